import { createCalendar, type VnCalendar } from './createCalendar.js';

/**
 * The default calendar of Vietnamese state agencies: Saturday and Sunday off (QĐ 188/1999 Art. 1), the
 * official schedules 2019–2026, provisional days from the Labor Code rules for other years, office hours
 * 08:00–12:00 and 13:00–17:00. The top-level functions (`addWorkingDays`, `computeDeadline`, …) use it.
 *
 * @example
 * ```ts
 * import { stateAgencyCalendar } from 'vn-portal-kit/calendar';
 * stateAgencyCalendar.isWorkingDayOrThrow('2026-09-01') //=> false
 * ```
 */
export const stateAgencyCalendar: VnCalendar = /* @__PURE__ */ createCalendar();

/**
 * Options of the top-level functions: the calendar to use (default {@link stateAgencyCalendar}).
 *
 * @example
 * ```ts
 * import { addWorkingDaysOrThrow, createCalendar, type CalendarChoice } from 'vn-portal-kit/calendar';
 * const choice: CalendarChoice = { calendar: createCalendar({ restDays: [0] }) };
 * addWorkingDaysOrThrow('2026-11-27', 1, choice) //=> '2026-11-28'
 * ```
 */
export interface CalendarChoice {
  readonly calendar?: VnCalendar;
}
