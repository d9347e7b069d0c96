import { type CivilDate, type DateInput, type Result, unwrap } from '../core/index.js';
import { type CalendarChoice, stateAgencyCalendar } from './stateAgencyCalendar.js';

/**
 * The date `n` working days after `start`, the start day excluded (Bộ luật Dân sự 2015 Art. 147.2); negative
 * `n` goes back. O(1): a lookup in precomputed working-day tables. `n` must be an integer with |n| ≤ 100,000;
 * otherwise, or on an invalid date or a result outside 2007–2199, a coded issue.
 *
 * @example
 * ```ts
 * import { addWorkingDays } from 'vn-portal-kit/calendar';
 * const r = addWorkingDays('2026-02-11', 5);
 * r.ok && r.value //=> '2026-02-25'
 * addWorkingDays('2026-02-11', 1.5).ok //=> false
 * ```
 */
export function addWorkingDays(start: DateInput, n: number, options: CalendarChoice = {}): Result<CivilDate> {
  return (options.calendar ?? stateAgencyCalendar).addWorkingDays(start, n);
}

/**
 * Throwing form of {@link addWorkingDays}.
 *
 * @example
 * ```ts
 * import { addWorkingDaysOrThrow } from 'vn-portal-kit/calendar';
 * addWorkingDaysOrThrow('2024-04-26', 2) //=> '2024-05-03'
 * ```
 */
export function addWorkingDaysOrThrow(start: DateInput, n: number, options: CalendarChoice = {}): CivilDate {
  return unwrap(addWorkingDays(start, n, options));
}
