import type { Citation } from '../core/index.js';

/**
 * A deadline counted in state-agency working days, the start day excluded (Bộ luật Dân sự 2015 Art. 147.2; from an event, 147.3).
 * `clockStartsAt: '08:00'` anchors the count at 08:00 of the first working day after receipt (or the day of
 * receipt if it is a working day and receipt is before that hour): TN-40-2012/14.4.c, day 1 is that day.
 *
 * @example
 * ```ts
 * import { computeDeadlineOrThrow, type WorkingDaysRule } from 'vn-portal-kit/calendar';
 * const rule: WorkingDaysRule = { kind: 'working-days', days: 2 };
 * computeDeadlineOrThrow('2026-04-24', rule).dueDate //=> '2026-04-29'
 * ```
 */
export interface WorkingDaysRule {
  readonly kind: 'working-days';
  readonly days: number;
  /** `'HH:MM'`: the TN-40-2012/14.4 "tính từ 08h00" anchor. Absent: Civil Code counting. */
  readonly clockStartsAt?: string;
}

/**
 * A deadline counted in calendar days, rolled forward off a non-working last day (BLDS 2015 Art. 148.5).
 *
 * @example
 * ```ts
 * import { computeDeadlineOrThrow, type CalendarDaysRule } from 'vn-portal-kit/calendar';
 * const rule: CalendarDaysRule = { kind: 'calendar-days', days: 15 };
 * computeDeadlineOrThrow('2026-04-12', rule).dueDate //=> '2026-04-28'
 * ```
 */
export interface CalendarDaysRule {
  readonly kind: 'calendar-days';
  readonly days: number;
}

/**
 * A deadline counted in administrative (office) hours ("giờ hành chính"), consumed inside the office-hour
 * windows of working days.
 *
 * @example
 * ```ts
 * import { computeDeadlineOrThrow, type WorkingHoursRule } from 'vn-portal-kit/calendar';
 * const rule: WorkingHoursRule = { kind: 'working-hours', hours: 8 };
 * computeDeadlineOrThrow('2026-11-27T14:00:00+07:00', rule).dueDate //=> '2026-11-30'
 * ```
 */
export interface WorkingHoursRule {
  readonly kind: 'working-hours';
  readonly hours: number;
}

/**
 * Due by the end (24:00) of the day of the event.
 *
 * @example
 * ```ts
 * import { computeDeadlineOrThrow, type SameDayRule } from 'vn-portal-kit/calendar';
 * const rule: SameDayRule = { kind: 'same-day' };
 * computeDeadlineOrThrow('2026-11-25T09:00:00+07:00', rule).dueDate //=> '2026-11-25'
 * ```
 */
export interface SameDayRule {
  readonly kind: 'same-day';
}

/**
 * Due at once: the deadline is the event instant itself; any delay is late.
 *
 * @example
 * ```ts
 * import { computeDeadlineOrThrow, type ImmediatelyRule } from 'vn-portal-kit/calendar';
 * const rule: ImmediatelyRule = { kind: 'immediately' };
 * computeDeadlineOrThrow('2026-11-25T09:00:00+07:00', rule).dueAt.toISOString() //=> '2026-11-25T02:00:00.000Z'
 * ```
 */
export interface ImmediatelyRule {
  readonly kind: 'immediately';
}

/**
 * Due on a fixed day of each month ("chậm nhất vào ngày 30 hàng tháng", TN-40-2012/10.2); in a month with
 * fewer days, the last day of that month.
 *
 * @example
 * ```ts
 * import { computeDeadlineOrThrow, type DayOfMonthRule } from 'vn-portal-kit/calendar';
 * const rule: DayOfMonthRule = { kind: 'day-of-month', day: 30 };
 * computeDeadlineOrThrow('2028-02-03', rule).dueDate //=> '2028-02-29'
 * ```
 */
export interface DayOfMonthRule {
  readonly kind: 'day-of-month';
  readonly day: number;
}

/**
 * A deadline rule as data. Profiles store these per category with a citation; `computeDeadline` evaluates
 * them.
 *
 * @example
 * ```ts
 * import type { DeadlineRule } from 'vn-portal-kit/calendar';
 * const rules: DeadlineRule[] = [{ kind: 'working-days', days: 2 }, { kind: 'same-day' }];
 * rules.length //=> 2
 * ```
 */
export type DeadlineRule =
  | WorkingDaysRule
  | CalendarDaysRule
  | WorkingHoursRule
  | SameDayRule
  | ImmediatelyRule
  | DayOfMonthRule;

/**
 * The kinds of {@link DeadlineRule}.
 *
 * @example
 * ```ts
 * import type { DeadlineRuleKind } from 'vn-portal-kit/calendar';
 * const kind: DeadlineRuleKind = 'calendar-days';
 * kind //=> 'calendar-days'
 * ```
 */
export type DeadlineRuleKind = DeadlineRule['kind'];

/**
 * A {@link DeadlineRule} with the provision it comes from, as profiles store it.
 *
 * @example
 * ```ts
 * import { computeDeadlineOrThrow, type CitedDeadlineRule } from 'vn-portal-kit/calendar';
 * const vbqppl: CitedDeadlineRule = { rule: { kind: 'working-days', days: 7 }, citation: { id: 'VP-32-2023/6.2' } };
 * computeDeadlineOrThrow('2026-04-24', vbqppl).citation //=> { id: 'VP-32-2023/6.2' }
 * ```
 */
export interface CitedDeadlineRule {
  readonly rule: DeadlineRule;
  readonly citation: Citation;
}
