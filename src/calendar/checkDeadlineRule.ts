import { err, ok, type Result } from '../core/index.js';
import { isIssue } from './_lib/dateInput.js';
import { validateRule } from './_lib/deadline.js';
import type { DeadlineRule } from './DeadlineRule.js';

/**
 * Checks that a value is a {@link DeadlineRule} the calendar can evaluate: a known `kind`, whole-day counts
 * of 0–100,000 (`working-days` with `clockStartsAt` from 1), `working-hours` of 0–100,000 in whole minutes,
 * `clockStartsAt` as `'HH:MM'`, a `day-of-month` of 1–31. The one definition of a valid rule: `computeDeadline`
 * applies it, and the zod schemas of workflow policies and profiles (an internal zod wrapper) delegate to
 * it. Issue code: `calendar.rule-invalid` or `calendar.count-invalid`, bilingual.
 *
 * @example
 * ```ts
 * import { checkDeadlineRule } from 'vn-portal-kit/calendar';
 * checkDeadlineRule({ kind: 'working-days', days: 7 }).ok //=> true
 * checkDeadlineRule({ kind: 'fortnight' }).issues[0]?.code //=> 'calendar.rule-invalid'
 * checkDeadlineRule({ kind: 'working-days', days: 1.5 }).issues[0]?.code //=> 'calendar.count-invalid'
 * ```
 */
export function checkDeadlineRule(rule: unknown): Result<DeadlineRule> {
  const r = validateRule(rule);
  return isIssue(r) ? err([r]) : ok(r);
}
