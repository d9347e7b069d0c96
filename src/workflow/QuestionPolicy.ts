import * as z from 'zod';
import type { DeadlineRule } from '../calendar/index.js';
import type { Citation, LocalizedText } from '../core/index.js';
import { citationSchema, deadlineRuleSchema, idSchema, localizedTextSchema } from './_lib/schemas.js';

/**
 * A kind of question with its answer deadline, counted from receipt (TN-40-2012/14.4.a–b: 5 working days within
 * the agency's own competence, 10 with cross-sector coordination; the special case of 14.4.c, at most 15 with
 * an appointment, is the policy's `extension`).
 *
 * @example
 * ```ts
 * import type { QuestionKind } from 'vn-portal-kit/workflow';
 * const k: QuestionKind = { id: 'own-competence', name: { vi: 'Thuộc thẩm quyền', en: 'Own competence' }, deadline: { kind: 'working-days', days: 5, clockStartsAt: '08:00' }, citation: { id: 'TN-40-2012/14.4.a' } };
 * k.deadline.kind //=> 'working-days'
 * ```
 */
export interface QuestionKind {
  readonly id: string;
  readonly name: LocalizedText;
  /** The answer deadline, counted from receipt; absent where the regulation sets no count (ND-42-2022/8). */
  readonly deadline?: DeadlineRule;
  readonly citation: Citation;
}

/**
 * Fields a case-status notice carries (ND-224-2026/15.1.g: the agency, the receiving/handling person, and the
 * times of receipt, processing and return).
 *
 * @example
 * ```ts
 * import type { StatusNoticeField } from 'vn-portal-kit/workflow';
 * const f: StatusNoticeField = 'handler';
 * f //=> 'handler'
 * ```
 */
export type StatusNoticeField = 'agency' | 'handler' | 'receivedAt' | 'processedAt' | 'returnedAt';

/**
 * The question-and-answer (hỏi đáp) and feedback (phản ánh, kiến nghị) policy of a regulation, as data: intake
 * hours, kinds with their deadlines, who may answer, what happens out of scope, extensions, publication and
 * status tracking.
 *
 * @example
 * ```ts
 * import { QuestionPolicySchema } from 'vn-portal-kit/workflow';
 * QuestionPolicySchema.safeParse({ regulationId: 'X' }).success //=> false
 * ```
 */
export interface QuestionPolicy {
  readonly regulationId: string;
  /** Questions are received at any hour of any day (TN-40-2012/14.1). */
  readonly intake: { readonly always: boolean; readonly citation: Citation };
  /** At least one kind; `defaultKind` names the kind a question gets when classified without one. */
  readonly kinds: readonly QuestionKind[];
  readonly defaultKind: string;
  /** Roles that may answer (TN-40-2012/14.3: head of the agency), and whether they may authorise another. */
  readonly answerers: {
    readonly roles: readonly string[];
    readonly delegable: boolean;
    readonly citation: Citation;
  };
  /** Roles that receive, classify, assign and forward questions (the portal's operators). */
  readonly handlers: { readonly roles: readonly string[]; readonly citation: Citation };
  /** Out of scope: forward, and whether the asker must be told at once (ND-43-2011/17). */
  readonly outOfScope: {
    readonly notifyAskerImmediately: boolean;
    readonly forwardTo?: LocalizedText;
    readonly citation: Citation;
  };
  /** An extension given with an appointment (giấy hẹn); `maxTotal` caps the new due date, counted from receipt. */
  readonly extension?: {
    readonly requiresAppointment: boolean;
    readonly maxTotal?: DeadlineRule;
    readonly citation: Citation;
  };
  /** Where answers go (TN-40-2012/14.2: the portal, or the asker's e-mail). */
  readonly publication: { readonly channels: readonly ('portal' | 'email')[]; readonly citation: Citation };
  /** The asker can follow the processing status online (ND-43-2011/15, ND-42-2022/8, VP-32-2023/9.1.a). */
  readonly statusTracking: { readonly citation: Citation };
  /** A notice to the asker on each status change with these fields (ND-224-2026/15.1.g). */
  readonly statusNotice?: {
    readonly fields: readonly StatusNoticeField[];
    readonly onEveryChange: boolean;
    readonly citation: Citation;
  };
  /** A statement published with answers (TN-40-2012/14.5: guidance, not a legal basis). */
  readonly disclaimer?: { readonly text: LocalizedText; readonly citation: Citation };
}

/**
 * zod schema of {@link QuestionPolicy}; checks that `defaultKind` is one of `kinds`.
 *
 * @example
 * ```ts
 * import { QuestionPolicySchema } from 'vn-portal-kit/workflow';
 * QuestionPolicySchema.safeParse(null).success //=> false
 * ```
 */
export const QuestionPolicySchema: z.ZodType<QuestionPolicy> = /* @__PURE__ */ (() =>
  z
    .object({
      regulationId: z.string().min(1).max(64),
      intake: z.object({ always: z.boolean(), citation: citationSchema }),
      kinds: z
        .array(
          z.object({
            id: idSchema,
            name: localizedTextSchema,
            deadline: deadlineRuleSchema.optional(),
            citation: citationSchema,
          }),
        )
        .min(1)
        .max(32),
      defaultKind: idSchema,
      answerers: z.object({
        roles: z.array(idSchema).min(1),
        delegable: z.boolean(),
        citation: citationSchema,
      }),
      handlers: z.object({ roles: z.array(idSchema).min(1), citation: citationSchema }),
      outOfScope: z.object({
        notifyAskerImmediately: z.boolean(),
        forwardTo: localizedTextSchema.optional(),
        citation: citationSchema,
      }),
      extension: z
        .object({
          requiresAppointment: z.boolean(),
          maxTotal: deadlineRuleSchema.optional(),
          citation: citationSchema,
        })
        .optional(),
      publication: z.object({
        channels: z.array(z.enum(['portal', 'email'])).min(1),
        citation: citationSchema,
      }),
      statusTracking: z.object({ citation: citationSchema }),
      statusNotice: z
        .object({
          fields: z.array(z.enum(['agency', 'handler', 'receivedAt', 'processedAt', 'returnedAt'])).min(1),
          onEveryChange: z.boolean(),
          citation: citationSchema,
        })
        .optional(),
      disclaimer: z.object({ text: localizedTextSchema, citation: citationSchema }).optional(),
    })
    .superRefine((p, ctx) => {
      if (!p.kinds.some((k) => k.id === p.defaultKind)) {
        ctx.addIssue({ code: 'custom', path: ['defaultKind'], message: `unknown kind ${p.defaultKind}` });
      }
      const timed = p.kinds.filter((k) => k.deadline !== undefined).length;
      if (timed !== 0 && timed !== p.kinds.length) {
        ctx.addIssue({
          code: 'custom',
          path: ['kinds'],
          message: 'either every kind has a deadline or none has',
        });
      }
      if (p.extension !== undefined && timed === 0) {
        ctx.addIssue({
          code: 'custom',
          path: ['extension'],
          message: 'an extension needs kinds with deadlines',
        });
      }
    }) as z.ZodType<QuestionPolicy>)();
