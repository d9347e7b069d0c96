import { z } from 'zod';
import { checkDeadlineRule } from './checkDeadlineRule.js';
import type { DeadlineRule } from './DeadlineRule.js';

/**
 * A zod schema of a {@link DeadlineRule} that delegates to {@link checkDeadlineRule}, so that workflow
 * policies, profiles and the calendar accept exactly the same rules (one definition of the bounds). A function,
 * so that importing the calendar builds no schema: call it once where a schema is defined. Issues carry the
 * calendar's code and both languages in `params` (`code`, `vi`, `en`).
 *
 * @example
 * ```ts
 * import { deadlineRuleSchema } from 'vn-portal-kit/calendar';
 * const schema = deadlineRuleSchema();
 * schema.safeParse({ kind: 'calendar-days', days: 30 }).success //=> true
 * schema.safeParse({ kind: 'working-days', days: -1 }).success //=> false
 * ```
 */
export function deadlineRuleSchema(): z.ZodType<DeadlineRule> {
  return z.custom<DeadlineRule>().superRefine((value, ctx) => {
    const r = checkDeadlineRule(value);
    for (const issue of r.issues) {
      ctx.addIssue({
        code: 'custom',
        message: issue.message.en,
        path: issue.path[0] === 'rule' ? issue.path.slice(1) : [...issue.path],
        params: { code: issue.code, vi: issue.message.vi, en: issue.message.en },
      });
    }
  }) as z.ZodType<DeadlineRule>;
}
