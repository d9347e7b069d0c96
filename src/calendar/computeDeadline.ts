import {
  type Citation,
  type CivilDate,
  type DateInput,
  type LocalizedText,
  type Result,
  unwrap,
} from '../core/index.js';
import type { CitedDeadlineRule, DeadlineRule } from './DeadlineRule.js';
import { type CalendarChoice, stateAgencyCalendar } from './stateAgencyCalendar.js';

/**
 * One step of a deadline's explanation, in Vietnamese and English: the start, the anchor hour, each counted
 * or skipped day (and why), a roll-forward off a day off, office hours consumed, the due moment.
 *
 * @example
 * ```ts
 * import { computeDeadlineOrThrow, type DeadlineTraceStep } from 'vn-portal-kit/calendar';
 * const steps: readonly DeadlineTraceStep[] = computeDeadlineOrThrow('2026-04-12', { kind: 'calendar-days', days: 15 }).trace;
 * steps.map((s) => s.kind) //=> ['start', 'nominal', 'roll-forward', 'due']
 * ```
 */
export interface DeadlineTraceStep {
  readonly kind:
    | 'start'
    | 'anchor'
    | 'count'
    | 'skip'
    | 'nominal'
    | 'roll-forward'
    | 'hours'
    | 'due'
    | 'note';
  readonly date?: CivilDate;
  readonly message: LocalizedText;
  readonly citation?: Citation;
}

/**
 * A computed deadline. A day-based deadline ends at 24:00 of its last day (BLDS 2015 Art. 148.1, 148.6), so
 * `dueAt` is the next day 00:00 +07:00; a working-hours deadline ends at the exact minute; `immediately`
 * at the event itself.
 *
 * @example
 * ```ts
 * import { computeDeadlineOrThrow, type Deadline } from 'vn-portal-kit/calendar';
 * const d: Deadline = computeDeadlineOrThrow('2026-08-28', { kind: 'working-days', days: 3 });
 * d.dueDate //=> '2026-09-07'
 * d.dueAt.toISOString() //=> '2026-09-07T17:00:00.000Z'
 * ```
 */
export interface Deadline {
  /** The event (receipt, signing, approval…): its civil date and instant. */
  readonly start: { readonly date: CivilDate; readonly at: Date };
  readonly dueDate: CivilDate;
  readonly dueAt: Date;
  readonly rule: DeadlineRule;
  /** The provision that sets the deadline (from a cited rule or the options). */
  readonly citation?: Citation;
  readonly trace: readonly DeadlineTraceStep[];
}

/**
 * Options of {@link computeDeadline}: the calendar, and the provision to report as the deadline's citation.
 *
 * @example
 * ```ts
 * import { computeDeadlineOrThrow, type ComputeDeadlineOptions } from 'vn-portal-kit/calendar';
 * const o: ComputeDeadlineOptions = { citation: { id: 'VP-32-2023/6.2' } };
 * computeDeadlineOrThrow('2026-04-24', { kind: 'working-days', days: 7 }, o).citation //=> { id: 'VP-32-2023/6.2' }
 * ```
 */
export interface ComputeDeadlineOptions extends CalendarChoice {
  readonly citation?: Citation;
  /**
   * `false`: compute only the due date and instant, with an empty `trace` (the same dates; about what
   * `addWorkingDays` costs, whatever the number of days). Default `true`: the bilingual trace a clerk reads.
   */
  readonly explain?: boolean;
}

/**
 * Working time left before a deadline at an instant.
 *
 * @example
 * ```ts
 * import { computeDeadlineOrThrow, remainingWorkingTime, type RemainingWorkingTime } from 'vn-portal-kit/calendar';
 * const d = computeDeadlineOrThrow('2026-11-25', { kind: 'working-days', days: 2 });
 * const r = remainingWorkingTime(d, '2026-11-26T16:00:00+07:00');
 * const left: RemainingWorkingTime | undefined = r.ok ? r.value : undefined;
 * left //=> { overdue: false, workingDays: 1, workingMinutes: 540 }
 * ```
 */
export interface RemainingWorkingTime {
  readonly overdue: boolean;
  /** Working days after the day of `at` up to the due date (negative when past). */
  readonly workingDays: number;
  /** Office-hour minutes on working days between `at` and `dueAt` (0 when past). */
  readonly workingMinutes: number;
}

/**
 * Evaluates a {@link DeadlineRule} (or a {@link CitedDeadlineRule}) from an event date or instant:
 * - `working-days`: state-agency working days, the event day excluded (BLDS 2015 Art. 147.3); with
 *   `clockStartsAt: '08:00'`, day 1 is the first working day from that hour (TN-40-2012/14.4.c);
 * - `calendar-days`: calendar days, rolled forward off a day off (Art. 148.5);
 * - `working-hours`: office hours consumed inside the windows of working days, from the event moment (Art. 147.1);
 * - `same-day`, `immediately`, `day-of-month` (a short month: its last day; rolled forward like Art. 148.5).
 * The trace explains each skipped day; `{ explain: false }` skips it (same dates, an empty trace, the cost of
 * `addWorkingDays`: for bulk checks such as the compliance audit). Bad input: coded issues, never a wrong date.
 *
 * @example
 * ```ts
 * import { computeDeadline } from 'vn-portal-kit/calendar';
 * const r = computeDeadline('2026-08-17', { kind: 'working-days', days: 5 });
 * r.ok && r.value.dueDate //=> '2026-08-22'
 * const fast = computeDeadline('2026-08-17', { kind: 'working-days', days: 5 }, { explain: false });
 * fast.ok && [fast.value.dueDate, fast.value.trace.length] //=> ['2026-08-22', 0]
 * computeDeadline('2026-08-17', { kind: 'fortnight' } as never).ok //=> false
 * ```
 */
export function computeDeadline(
  start: DateInput,
  rule: DeadlineRule | CitedDeadlineRule,
  options: ComputeDeadlineOptions = {},
): Result<Deadline> {
  return (options.calendar ?? stateAgencyCalendar).computeDeadline(start, rule, options);
}

/**
 * Throwing form of {@link computeDeadline}.
 *
 * @example
 * ```ts
 * import { computeDeadlineOrThrow } from 'vn-portal-kit/calendar';
 * computeDeadlineOrThrow('2026-04-24T14:00:00+07:00', { kind: 'working-hours', hours: 8 }).dueAt.toISOString() //=> '2026-04-28T07:00:00.000Z'
 * ```
 */
export function computeDeadlineOrThrow(
  start: DateInput,
  rule: DeadlineRule | CitedDeadlineRule,
  options: ComputeDeadlineOptions = {},
): Deadline {
  return unwrap(computeDeadline(start, rule, options));
}
