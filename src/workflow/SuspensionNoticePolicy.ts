import * as z from 'zod';
import type { DeadlineRule } from '../calendar/index.js';
import type { Citation } from '../core/index.js';
import { citationSchema, deadlineRuleSchema } from './_lib/schemas.js';

/**
 * The notice a portal must give before a planned suspension (tạm dừng) of its service: at least `leadTime`
 * before it starts, with the expected restoration time (ND-224-2026/13.1.a: 7 working days).
 *
 * @example
 * ```ts
 * import { SuspensionNoticePolicySchema } from 'vn-portal-kit/workflow';
 * SuspensionNoticePolicySchema.safeParse({ regulationId: 'ND-224-2026', leadTime: { kind: 'working-days', days: 7 }, requiresRestorationTime: true, citation: { id: 'ND-224-2026/13.1.a' } }).success //=> true
 * ```
 */
export interface SuspensionNoticePolicy {
  readonly regulationId: string;
  /** The notice must be given so that this rule, counted from the notice, ends no later than the suspension. */
  readonly leadTime: DeadlineRule;
  /** The notice states the expected restoration time. */
  readonly requiresRestorationTime: boolean;
  readonly citation: Citation;
}

/**
 * zod schema of {@link SuspensionNoticePolicy}.
 *
 * @example
 * ```ts
 * import { SuspensionNoticePolicySchema } from 'vn-portal-kit/workflow';
 * SuspensionNoticePolicySchema.safeParse({}).success //=> false
 * ```
 */
export const SuspensionNoticePolicySchema: z.ZodType<SuspensionNoticePolicy> = /* @__PURE__ */ (() =>
  z.object({
    regulationId: z.string().min(1).max(64),
    leadTime: deadlineRuleSchema,
    requiresRestorationTime: z.boolean(),
    citation: citationSchema,
  }) as z.ZodType<SuspensionNoticePolicy>)();
