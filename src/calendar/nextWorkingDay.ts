import type { CivilDate, DateInput, Result } from '../core/index.js';
import { type CalendarChoice, stateAgencyCalendar } from './stateAgencyCalendar.js';

/**
 * The first working day strictly after a date.
 *
 * @example
 * ```ts
 * import { nextWorkingDay } from 'vn-portal-kit/calendar';
 * const r = nextWorkingDay('2026-02-13');
 * r.ok && r.value //=> '2026-02-23'
 * ```
 */
export function nextWorkingDay(date: DateInput, options: CalendarChoice = {}): Result<CivilDate> {
  return (options.calendar ?? stateAgencyCalendar).nextWorkingDay(date);
}

/**
 * The last working day strictly before a date.
 *
 * @example
 * ```ts
 * import { previousWorkingDay } from 'vn-portal-kit/calendar';
 * const r = previousWorkingDay('2026-02-23');
 * r.ok && r.value //=> '2026-02-13'
 * ```
 */
export function previousWorkingDay(date: DateInput, options: CalendarChoice = {}): Result<CivilDate> {
  return (options.calendar ?? stateAgencyCalendar).previousWorkingDay(date);
}
