import { type Citation, type CivilDate, type LocalizedText, type Result, unwrap } from '../core/index.js';
import type { HolidayOccasion } from './holidayRules.js';
import { type CalendarChoice, stateAgencyCalendar } from './stateAgencyCalendar.js';

/**
 * One day off of state agencies.
 *
 * - `statutory`: a public holiday of Labor Code 2019 Art. 112.1 (2012 Art. 115 before 2021); listed even when
 *   it falls on a weekly rest day (`onRestDay`), in which case a `compensatory` day follows.
 * - `compensatory`: nghỉ bù (Art. 111.3; stacked in order when several holidays fall on rest days).
 * - `swap-day-off`: a weekday off approved in exchange for a worked Saturday (civil servants only).
 *
 * `status` is `official` for the published schedules (2019–2026 and the caller's announcements) and
 * `provisional` for days computed from the rules.
 *
 * @example
 * ```ts
 * import { getHolidaysOrThrow, type Holiday } from 'vn-portal-kit/calendar';
 * const h: Holiday | undefined = getHolidaysOrThrow(2026).find((x) => x.date === '2026-08-31');
 * h?.kind //=> 'swap-day-off'
 * ```
 */
export interface Holiday {
  readonly date: CivilDate;
  readonly name: LocalizedText;
  /**
   * `'break'`: a weekly rest day inside a holiday break (the Saturday and Sunday within Tết, Tết
   * itself on 2024-02-10): not one of the law's days off and never compensated, but part of the break and named.
   */
  readonly kind: 'statutory' | 'compensatory' | 'swap-day-off' | 'break';
  readonly status: 'official' | 'provisional';
  readonly citation: Citation;
  /** The holiday it belongs to, `'swap'` for swap days, `'announced'` for the caller's announcements. */
  readonly occasion: HolidayOccasion | 'swap' | 'announced';
  /** Whether the day is a weekly rest day anyway (a statutory day that triggers nghỉ bù). */
  readonly onRestDay: boolean;
  /** For a compensatory day: the holiday it compensates. */
  readonly compensatesFor?: CivilDate;
}

/**
 * A day worked in exchange for a swap day off (or announced as a working day).
 *
 * @example
 * ```ts
 * import { getWorkedSaturdays, type WorkedDay } from 'vn-portal-kit/calendar';
 * const r = getWorkedSaturdays(2024);
 * const w: WorkedDay | undefined = r.ok ? r.value[0] : undefined;
 * w?.replaces //=> '2024-04-29'
 * ```
 */
export interface WorkedDay {
  readonly date: CivilDate;
  readonly name: LocalizedText;
  readonly status: 'official' | 'provisional';
  readonly citation: Citation;
  /** The swapped weekday off it pays back. */
  readonly replaces?: CivilDate;
}

/**
 * Every day off of a civil year (2007–2199) for state agencies: statutory holidays, nghỉ bù and swap days,
 * sorted by date. Years 2019–2026 follow the official schedules; other years are provisional, computed from
 * the rules (a documented Tết span and Quốc khánh adjacent day; swaps are never invented).
 *
 * @example
 * ```ts
 * import { getHolidays } from 'vn-portal-kit/calendar';
 * const r = getHolidays(2023);
 * r.ok && r.value.filter((h) => h.kind === 'compensatory').map((h) => h.date) //=> ['2023-01-02', '2023-05-02', '2023-05-03', '2023-09-04']
 * getHolidays(2300).ok //=> false
 * ```
 */
export function getHolidays(year: number, options: CalendarChoice = {}): Result<readonly Holiday[]> {
  return (options.calendar ?? stateAgencyCalendar).getHolidays(year);
}

/**
 * Throwing form of {@link getHolidays}.
 *
 * @example
 * ```ts
 * import { getHolidaysOrThrow } from 'vn-portal-kit/calendar';
 * getHolidaysOrThrow(2026).filter((h) => h.kind === 'swap-day-off').map((h) => h.date) //=> ['2026-01-02', '2026-08-31']
 * ```
 */
export function getHolidaysOrThrow(year: number, options: CalendarChoice = {}): readonly Holiday[] {
  return unwrap(getHolidays(year, options));
}

/**
 * The Saturdays worked in exchange for swap days off in a civil year (make-up days, làm bù).
 *
 * @example
 * ```ts
 * import { getWorkedSaturdays } from 'vn-portal-kit/calendar';
 * const r = getWorkedSaturdays(2026);
 * r.ok && r.value.map((w) => w.date) //=> ['2026-01-10', '2026-08-22']
 * ```
 */
export function getWorkedSaturdays(year: number, options: CalendarChoice = {}): Result<readonly WorkedDay[]> {
  return (options.calendar ?? stateAgencyCalendar).getWorkedSaturdays(year);
}
