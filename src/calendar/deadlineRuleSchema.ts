import * as z from 'zod';
import { checkDeadlineRule } from './checkDeadlineRule.js';
import type { DeadlineRule } from './DeadlineRule.js';

/**
 * A zod schema of a {@link DeadlineRule} that delegates to `checkDeadlineRule`, so that workflow policies,
 * profiles and the calendar accept exactly the same rules (one definition of the bounds). Internal: not
 * exported from `vn-portal-kit/calendar`, whose bundle carries no zod; the workflow and profiles schemas,
 * which use zod anyway, import it by path. A function, so that importing the module builds no schema. Issues
 * carry the calendar's code and both languages in `params` (`code`, `vi`, `en`).
 *
 * @internal
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
