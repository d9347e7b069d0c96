import type { DeadlineRule } from '../../calendar/index.js';
import { computeDeadline } from '../../calendar/index.js';

/**
 * The default deadline evaluator: Vietnamese state-agency working days and holidays of
 * `vn-portal-kit/calendar` (Civil Code counting; `clockStartsAt` anchors of TN-40-2012/14.4.c).
 */
export function calendarDeadline(start: Date, rule: DeadlineRule): Date | null {
  const r = computeDeadline(start, rule);
  return r.ok ? r.value.dueAt : null;
}
