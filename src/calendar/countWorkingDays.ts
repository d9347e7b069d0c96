import { type DateInput, type Result, unwrap } from '../core/index.js';
import { type CalendarChoice, stateAgencyCalendar } from './stateAgencyCalendar.js';

/**
 * Number of working days from `from` (excluded) to `to` (included); when `to` is before `from`, minus the
 * working days in [`to`, `from`). So `countWorkingDays(d, addWorkingDays(d, n)) === n` for every `n`.
 *
 * @example
 * ```ts
 * import { countWorkingDays } from 'vn-portal-kit/calendar';
 * const r = countWorkingDays('2026-02-11', '2026-02-25');
 * r.ok && r.value //=> 5
 * ```
 */
export function countWorkingDays(
  from: DateInput,
  to: DateInput,
  options: CalendarChoice = {},
): Result<number> {
  return (options.calendar ?? stateAgencyCalendar).countWorkingDays(from, to);
}

/**
 * Throwing form of {@link countWorkingDays}.
 *
 * @example
 * ```ts
 * import { countWorkingDaysOrThrow } from 'vn-portal-kit/calendar';
 * countWorkingDaysOrThrow('2026-01-01', '2026-12-31') //=> 250
 * ```
 */
export function countWorkingDaysOrThrow(
  from: DateInput,
  to: DateInput,
  options: CalendarChoice = {},
): number {
  return unwrap(countWorkingDays(from, to, options));
}
