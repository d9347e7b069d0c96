import * as z from 'zod';
import type { Citation, LocalizedText } from '../core/index.js';
import { citationSchema, idSchema, localizedTextSchema } from './_lib/schemas.js';
import type { DelegationRule } from './MachineDefinition.js';

/**
 * What a person can do to a content item in the editorial workflow. `administer` is holding the
 * system-administration password ("quản trị hệ thống", QN-3069-2021/12.2).
 *
 * @example
 * ```ts
 * import { EDITORIAL_ACTIONS } from 'vn-portal-kit/workflow';
 * EDITORIAL_ACTIONS.includes('approve') //=> true
 * ```
 */
export type EditorialAction =
  | 'draft'
  | 'submit'
  | 'edit'
  | 'review'
  | 'request-changes'
  | 'reject'
  | 'approve'
  | 'schedule'
  | 'publish'
  | 'unpublish'
  | 'correct'
  | 'administer';

/**
 * Every {@link EditorialAction}, in workflow order.
 *
 * @example
 * ```ts
 * import { EDITORIAL_ACTIONS } from 'vn-portal-kit/workflow';
 * EDITORIAL_ACTIONS[0] //=> 'draft'
 * ```
 */
export const EDITORIAL_ACTIONS: readonly EditorialAction[] = [
  'draft',
  'submit',
  'edit',
  'review',
  'request-changes',
  'reject',
  'approve',
  'schedule',
  'publish',
  'unpublish',
  'correct',
  'administer',
];

/**
 * Security classification marks of state secrets (độ mật): Mật, Tối mật, Tuyệt mật.
 *
 * @example
 * ```ts
 * import type { ClassificationLevel } from 'vn-portal-kit/workflow';
 * const level: ClassificationLevel = 'toi-mat';
 * level //=> 'toi-mat'
 * ```
 */
export type ClassificationLevel = 'mat' | 'toi-mat' | 'tuyet-mat';

/**
 * A role of an editorial board or a portal's accounts (e.g. Trưởng Ban, Phó Trưởng Ban, thành viên; quản trị,
 * kiểm duyệt, cập nhật), with the provision that creates it.
 *
 * @example
 * ```ts
 * import type { WorkflowRole } from 'vn-portal-kit/workflow';
 * const head: WorkflowRole = { id: 'head', name: { vi: 'Trưởng Ban Biên tập', en: 'Head of the board' }, citation: { id: 'NX-2112-2022/12' } };
 * head.id //=> 'head'
 * ```
 */
export interface WorkflowRole {
  /** Kebab-case id, unique in the policy. */
  readonly id: string;
  /** Name in Vietnamese and English. */
  readonly name: LocalizedText;
  /** The provision that creates the role. */
  readonly citation: Citation;
}

/**
 * A topic (lĩnh vực) that routes approval to a specific role (Như Xuân: Party matters to the Head,
 * government matters to the Deputy, NX-2112-2022/14.1–14.2).
 *
 * @example
 * ```ts
 * import type { EditorialTopic } from 'vn-portal-kit/workflow';
 * const t: EditorialTopic = { id: 'party', name: { vi: 'Đảng, đoàn thể', en: 'Party and mass organisations' }, citation: { id: 'NX-2112-2022/14.1' } };
 * t.id //=> 'party'
 * ```
 */
export interface EditorialTopic {
  readonly id: string;
  readonly name: LocalizedText;
  readonly citation: Citation;
}

/**
 * Who may perform an action: the roles, optionally limited to items of some topics (`topics`) or to items of
 * every topic but some (`exceptTopics`; an item without a topic counts as "not in" any topic).
 *
 * @example
 * ```ts
 * import type { EditorialPermission } from 'vn-portal-kit/workflow';
 * const p: EditorialPermission = { action: 'approve', roles: ['deputy'], topics: ['government'], citation: { id: 'NX-2112-2022/14.2' } };
 * p.roles //=> ['deputy']
 * ```
 */
export interface EditorialPermission {
  readonly action: EditorialAction;
  readonly roles: readonly string[];
  /** Only items whose topic is one of these. */
  readonly topics?: readonly string[];
  /** Only items whose topic is none of these (items without a topic included). */
  readonly exceptTopics?: readonly string[];
  readonly citation: Citation;
}

/**
 * Which delegations (ủy quyền) the regulation allows, with the editorial actions they may cover: the library's
 * one delegation type, {@link DelegationRule}, over {@link EditorialAction}.
 *
 * @example
 * ```ts
 * import type { EditorialDelegationRule } from 'vn-portal-kit/workflow';
 * const r: EditorialDelegationRule = { fromRole: 'head', toRoles: ['deputy'], actions: ['approve'], citation: { id: 'NX-2112-2022/14.2' } };
 * r.fromRole //=> 'head'
 * ```
 */
export type EditorialDelegationRule = DelegationRule<EditorialAction>;

/**
 * What a reused (republished) item must name: any one of the `anyOf` sets of fields, all fields of the set
 * (HG-1347-2020/3.3: author and source; VP-32-2023/4.4: source and author, or source and source agency).
 *
 * @example
 * ```ts
 * import type { AttributionRule } from 'vn-portal-kit/workflow';
 * const r: AttributionRule = { anyOf: [['author', 'source']], citation: { id: 'HG-1347-2020/3.3' } };
 * r.anyOf.length //=> 1
 * ```
 */
export interface AttributionRule {
  readonly anyOf: readonly (readonly ('author' | 'source' | 'sourceAgency')[])[];
  readonly citation: Citation;
}

/**
 * A point of the moderation checklist the approver confirms (prohibited content the library cannot judge,
 * e.g. HG-1347-2020/6.1, TN-40-2012/5.1).
 *
 * @example
 * ```ts
 * import type { ChecklistItem } from 'vn-portal-kit/workflow';
 * const c: ChecklistItem = { id: 'no-state-secrets', text: { vi: 'Không chứa bí mật nhà nước', en: 'No state secrets' }, citation: { id: 'TN-40-2012/5.2' } };
 * c.id //=> 'no-state-secrets'
 * ```
 */
export interface ChecklistItem {
  readonly id: string;
  readonly text: LocalizedText;
  readonly citation: Citation;
}

/**
 * The editorial policy of a regulation, as data: its roles, who may do what (with topic routing), which
 * delegations are allowed, the approval requirement, attribution of reused items, classification marks that
 * can never be published, and the approver's checklist. The content-approval machine is built from it.
 *
 * @example
 * ```ts
 * import { EditorialPolicySchema } from 'vn-portal-kit/workflow';
 * const r = EditorialPolicySchema.safeParse({ regulationId: 'X', roles: [], permissions: [], approvalRequired: [] });
 * r.success //=> false
 * ```
 */
export interface EditorialPolicy {
  /** Regulation id, e.g. `'QN-3069-2021'`. */
  readonly regulationId: string;
  readonly roles: readonly WorkflowRole[];
  readonly topics?: readonly EditorialTopic[];
  readonly permissions: readonly EditorialPermission[];
  readonly delegations?: readonly EditorialDelegationRule[];
  /** The provisions that forbid publishing before approval (e.g. `VP-32-2023/4.6`). At least one. */
  readonly approvalRequired: readonly Citation[];
  /**
   * The provision behind separation of duties: nobody who wrote or changed the item, in any round, approves,
   * schedules or publishes it (defaults to the first approval citation).
   */
  readonly separationOfDuties?: Citation;
  /**
   * Whether a delegate may approve (schedule, publish) an item written by the person who delegated to them.
   * Default: **refused** — acting on behalf of someone is signing in their name, so the delegator's own item
   * would be approved by its author (NX-2112-2022/9: the person who signs off answers for the content, which
   * separates signing from writing). A regulation that says otherwise sets `allowed: true` with its citation.
   */
  readonly delegatedSelfApproval?: { readonly allowed: boolean; readonly citation: Citation };
  readonly attribution?: AttributionRule;
  /** Marks that can never be published. */
  readonly classification?: {
    readonly neverPublish: readonly ClassificationLevel[];
    readonly citation: Citation;
  };
  readonly checklist?: readonly ChecklistItem[];
}

const actionSchema = /* @__PURE__ */ (() =>
  z.enum(EDITORIAL_ACTIONS as unknown as [EditorialAction, ...EditorialAction[]]))();

/**
 * zod schema of {@link EditorialPolicy}, with the cross-checks a hand-written policy needs: unique role ids,
 * every role and topic mentioned is declared, and some role may approve and publish.
 *
 * @example
 * ```ts
 * import { EditorialPolicySchema } from 'vn-portal-kit/workflow';
 * EditorialPolicySchema.safeParse({}).success //=> false
 * ```
 */
export const EditorialPolicySchema: z.ZodType<EditorialPolicy> = /* @__PURE__ */ (() =>
  z
    .object({
      regulationId: z.string().min(1).max(64),
      roles: z
        .array(z.object({ id: idSchema, name: localizedTextSchema, citation: citationSchema }))
        .min(1)
        .max(64),
      topics: z
        .array(z.object({ id: idSchema, name: localizedTextSchema, citation: citationSchema }))
        .max(64)
        .optional(),
      permissions: z
        .array(
          z.object({
            action: actionSchema,
            roles: z.array(idSchema).min(1).max(64),
            topics: z.array(idSchema).min(1).max(64).optional(),
            exceptTopics: z.array(idSchema).min(1).max(64).optional(),
            citation: citationSchema,
          }),
        )
        .min(1)
        .max(256),
      delegations: z
        .array(
          z.object({
            fromRole: idSchema,
            toRoles: z.array(idSchema).min(1).max(64).optional(),
            actions: z.array(actionSchema).min(1),
            maxDays: z.number().int().min(1).max(3660).optional(),
            citation: citationSchema,
          }),
        )
        .max(64)
        .optional(),
      approvalRequired: z.array(citationSchema).min(1).max(16),
      separationOfDuties: citationSchema.optional(),
      delegatedSelfApproval: z.object({ allowed: z.boolean(), citation: citationSchema }).optional(),
      attribution: z
        .object({
          anyOf: z
            .array(
              z
                .array(z.enum(['author', 'source', 'sourceAgency']))
                .min(1)
                .max(3),
            )
            .min(1)
            .max(8),
          citation: citationSchema,
        })
        .optional(),
      classification: z
        .object({
          neverPublish: z.array(z.enum(['mat', 'toi-mat', 'tuyet-mat'])).min(1),
          citation: citationSchema,
        })
        .optional(),
      checklist: z
        .array(z.object({ id: idSchema, text: localizedTextSchema, citation: citationSchema }))
        .max(64)
        .optional(),
    })
    .superRefine((p, ctx) => {
      const roles = new Set<string>();
      p.roles.forEach((r, i) => {
        if (roles.has(r.id))
          ctx.addIssue({ code: 'custom', path: ['roles', i, 'id'], message: `duplicate role ${r.id}` });
        roles.add(r.id);
      });
      const topics = new Set((p.topics ?? []).map((t) => t.id));
      p.permissions.forEach((perm, i) => {
        perm.roles.forEach((r, j) => {
          if (!roles.has(r))
            ctx.addIssue({
              code: 'custom',
              path: ['permissions', i, 'roles', j],
              message: `unknown role ${r}`,
            });
        });
        for (const key of ['topics', 'exceptTopics'] as const) {
          (perm[key] ?? []).forEach((t, j) => {
            if (!topics.has(t))
              ctx.addIssue({
                code: 'custom',
                path: ['permissions', i, key, j],
                message: `unknown topic ${t}`,
              });
          });
        }
      });
      (p.delegations ?? []).forEach((d, i) => {
        if (!roles.has(d.fromRole))
          ctx.addIssue({
            code: 'custom',
            path: ['delegations', i, 'fromRole'],
            message: `unknown role ${d.fromRole}`,
          });
        (d.toRoles ?? []).forEach((r, j) => {
          if (!roles.has(r))
            ctx.addIssue({
              code: 'custom',
              path: ['delegations', i, 'toRoles', j],
              message: `unknown role ${r}`,
            });
        });
      });
      for (const needed of ['approve', 'publish'] as const) {
        if (!p.permissions.some((perm) => perm.action === needed)) {
          ctx.addIssue({ code: 'custom', path: ['permissions'], message: `no role may ${needed}` });
        }
      }
    }) as z.ZodType<EditorialPolicy>)();
