import * as z from 'zod';
import { type ConsultationPolicy, ConsultationPolicySchema } from './ConsultationPolicy.js';
import { type EditorialPolicy, EditorialPolicySchema } from './EditorialPolicy.js';
import { type QuestionPolicy, QuestionPolicySchema } from './QuestionPolicy.js';
import { type SuspensionNoticePolicy, SuspensionNoticePolicySchema } from './SuspensionNoticePolicy.js';

/**
 * The workflow policies of one regulation, as a profile carries them. Each part is optional: a regulation
 * that says nothing about consultations has no `consultations`.
 *
 * @example
 * ```ts
 * import { WorkflowPoliciesSchema } from 'vn-portal-kit/workflow';
 * WorkflowPoliciesSchema.safeParse({}).success //=> true
 * ```
 */
export interface WorkflowPolicies {
  readonly editorial?: EditorialPolicy;
  readonly questions?: QuestionPolicy;
  readonly consultations?: ConsultationPolicy;
  readonly suspensionNotice?: SuspensionNoticePolicy;
}

/**
 * zod schema of {@link WorkflowPolicies} (profiles embed it).
 *
 * @example
 * ```ts
 * import { WorkflowPoliciesSchema } from 'vn-portal-kit/workflow';
 * WorkflowPoliciesSchema.safeParse({ editorial: {} }).success //=> false
 * ```
 */
export const WorkflowPoliciesSchema: z.ZodType<WorkflowPolicies> = /* @__PURE__ */ (() =>
  z.object({
    editorial: EditorialPolicySchema.optional(),
    questions: QuestionPolicySchema.optional(),
    consultations: ConsultationPolicySchema.optional(),
    suspensionNotice: SuspensionNoticePolicySchema.optional(),
  }) as z.ZodType<WorkflowPolicies>)();
