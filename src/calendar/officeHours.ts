import { type DateInput, type Result, unwrap } from '../core/index.js';
import type { OfficeHoursWindow } from './createCalendar.js';
import { type CalendarChoice, stateAgencyCalendar } from './stateAgencyCalendar.js';

/**
 * The office-hour windows (giờ hành chính) of a day: empty on days off. There is no national clock time:
 * each ministry or province sets its own, so configure them with `createCalendar({ officeHours })`.
 *
 * @example
 * ```ts
 * import { officeHours } from 'vn-portal-kit/calendar';
 * const r = officeHours('2026-11-25');
 * r.ok && r.value //=> [{ start: '08:00', end: '12:00' }, { start: '13:00', end: '17:00' }]
 * ```
 */
export function officeHours(
  date: DateInput,
  options: CalendarChoice = {},
): Result<readonly OfficeHoursWindow[]> {
  return (options.calendar ?? stateAgencyCalendar).officeHours(date);
}

/**
 * Throwing form of {@link officeHours}.
 *
 * @example
 * ```ts
 * import { officeHoursOrThrow } from 'vn-portal-kit/calendar';
 * officeHoursOrThrow('2026-11-28') //=> []
 * ```
 */
export function officeHoursOrThrow(
  date: DateInput,
  options: CalendarChoice = {},
): readonly OfficeHoursWindow[] {
  return unwrap(officeHours(date, options));
}

/**
 * Whether the office is open at an instant (Vietnamese time, whatever the host time zone).
 *
 * @example
 * ```ts
 * import { isOfficeOpen } from 'vn-portal-kit/calendar';
 * const r = isOfficeOpen('2026-11-25T12:30:00+07:00');
 * r.ok && r.value //=> false
 * ```
 */
export function isOfficeOpen(at: DateInput, options: CalendarChoice = {}): Result<boolean> {
  return (options.calendar ?? stateAgencyCalendar).isOfficeOpen(at);
}
