import { type DateInput, type Result, unwrap } from '../core/index.js';
import { type CalendarChoice, stateAgencyCalendar } from './stateAgencyCalendar.js';

/**
 * Whether a day is a working day (ngày làm việc) of state agencies: not a weekly rest day, not a holiday,
 * nghỉ bù or swap day off, or a Saturday worked in exchange for a swap.
 *
 * @example
 * ```ts
 * import { isWorkingDay } from 'vn-portal-kit/calendar';
 * const sat = isWorkingDay('2026-08-22');
 * sat.ok && sat.value //=> true
 * isWorkingDay('2026-02-30').ok //=> false
 * ```
 */
export function isWorkingDay(date: DateInput, options: CalendarChoice = {}): Result<boolean> {
  return (options.calendar ?? stateAgencyCalendar).isWorkingDay(date);
}

/**
 * Throwing form of {@link isWorkingDay}.
 *
 * @example
 * ```ts
 * import { isWorkingDayOrThrow } from 'vn-portal-kit/calendar';
 * isWorkingDayOrThrow('2026-04-27') //=> false
 * ```
 */
export function isWorkingDayOrThrow(date: DateInput, options: CalendarChoice = {}): boolean {
  return unwrap(isWorkingDay(date, options));
}
