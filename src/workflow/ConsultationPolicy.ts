import * as z from 'zod';
import type { DeadlineRule } from '../calendar/index.js';
import type { Citation } from '../core/index.js';
import { citationSchema, deadlineRuleSchema, idSchema } from './_lib/schemas.js';

/**
 * What a consultation page must show (ND-43-2011/10.1.i, VP-32-2023/5.14.d): the full text, the comment
 * deadline, the comments received, a form for new comments, and the receiving unit's address and e-mail.
 *
 * @example
 * ```ts
 * import type { ConsultationField } from 'vn-portal-kit/workflow';
 * const f: ConsultationField = 'commentDeadline';
 * f //=> 'commentDeadline'
 * ```
 */
export type ConsultationField =
  | 'fullText'
  | 'commentDeadline'
  | 'comments'
  | 'commentForm'
  | 'receivingUnitAddress'
  | 'receivingUnitEmail';

/**
 * The policy for drafts posted for public comment (lấy ý kiến góp ý dự thảo), as data.
 *
 * @example
 * ```ts
 * import { ConsultationPolicySchema } from 'vn-portal-kit/workflow';
 * ConsultationPolicySchema.safeParse({ regulationId: 'X' }).success //=> false
 * ```
 */
export interface ConsultationPolicy {
  readonly regulationId: string;
  /** Roles that post, close and summarise consultations (the portal's operators, the drafting agency). */
  readonly operators: { readonly roles: readonly string[]; readonly citation: Citation };
  /** How fast the portal posts a draft after receiving the drafting agency's request (VP-32-2023/6.6). */
  readonly postingDeadline?: { readonly rule: DeadlineRule; readonly citation: Citation };
  /** The shortest comment window the regulation sets, counted from opening (none in the five seeds). */
  readonly minimumCommentPeriod?: { readonly rule: DeadlineRule; readonly citation: Citation };
  /** Fields the consultation page must carry. */
  readonly requiredFields: { readonly fields: readonly ConsultationField[]; readonly citation: Citation };
  /** The comments are summarised and the summary published (HG-1347-2020/8.4). */
  readonly summary?: { readonly required: boolean; readonly citation: Citation };
}

/**
 * zod schema of {@link ConsultationPolicy}.
 *
 * @example
 * ```ts
 * import { ConsultationPolicySchema } from 'vn-portal-kit/workflow';
 * ConsultationPolicySchema.safeParse({ regulationId: 'X', operators: { roles: ['operator'], citation: { id: 'A' } }, requiredFields: { fields: ['fullText'], citation: { id: 'A' } } }).success //=> true
 * ```
 */
export const ConsultationPolicySchema: z.ZodType<ConsultationPolicy> = /* @__PURE__ */ (() =>
  z.object({
    regulationId: z.string().min(1).max(64),
    operators: z.object({ roles: z.array(idSchema).min(1), citation: citationSchema }),
    postingDeadline: z.object({ rule: deadlineRuleSchema, citation: citationSchema }).optional(),
    minimumCommentPeriod: z.object({ rule: deadlineRuleSchema, citation: citationSchema }).optional(),
    requiredFields: z.object({
      fields: z
        .array(
          z.enum([
            'fullText',
            'commentDeadline',
            'comments',
            'commentForm',
            'receivingUnitAddress',
            'receivingUnitEmail',
          ]),
        )
        .min(1),
      citation: citationSchema,
    }),
    summary: z.object({ required: z.boolean(), citation: citationSchema }).optional(),
  }) as z.ZodType<ConsultationPolicy>)();
