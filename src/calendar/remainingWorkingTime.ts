import type { DateInput, Result } from '../core/index.js';
import type { Deadline, RemainingWorkingTime } from './computeDeadline.js';
import { type CalendarChoice, stateAgencyCalendar } from './stateAgencyCalendar.js';

/**
 * Working time left before a deadline at an instant: working days after that day up to the due date, and
 * office-hour minutes until `dueAt`.
 *
 * @example
 * ```ts
 * import { computeDeadlineOrThrow, remainingWorkingTime } from 'vn-portal-kit/calendar';
 * const d = computeDeadlineOrThrow('2026-02-11', { kind: 'working-days', days: 5 });
 * const r = remainingWorkingTime(d, '2026-02-13T09:00:00+07:00');
 * r.ok && r.value.workingDays //=> 3
 * ```
 */
export function remainingWorkingTime(
  deadline: Deadline,
  at: DateInput,
  options: CalendarChoice = {},
): Result<RemainingWorkingTime> {
  return (options.calendar ?? stateAgencyCalendar).remainingWorkingTime(deadline, at);
}
