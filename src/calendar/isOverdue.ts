import { type DateInput, err, ok, type Result, toInstant } from '../core/index.js';
import type { Deadline } from './computeDeadline.js';

/**
 * Whether an action at `at` is late for a deadline: strictly after `dueAt` (a day-based deadline ends at
 * 24:00 of its last day).
 *
 * @example
 * ```ts
 * import { computeDeadlineOrThrow, isOverdue } from 'vn-portal-kit/calendar';
 * const d = computeDeadlineOrThrow('2026-04-24', { kind: 'working-days', days: 7 });
 * const late = isOverdue(d, '2026-05-09T00:00:01+07:00');
 * late.ok && late.value //=> true
 * ```
 */
export function isOverdue(deadline: Deadline, at: DateInput): Result<boolean> {
  const instant = toInstant(at, ['at']);
  if (!instant.ok) return err(instant.issues.map((i) => ({ ...i, code: 'calendar.date-invalid' })));
  return ok(instant.value.getTime() > deadline.dueAt.getTime());
}
