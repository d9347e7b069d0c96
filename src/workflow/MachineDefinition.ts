import type { DeadlineRule } from '../calendar/index.js';
import type { Citation, LocalizedText } from '../core/index.js';

/**
 * A JSON value, as snapshots, payloads and contexts hold them (plain data, serialisable as is).
 *
 * @example
 * ```ts
 * import type { JsonValue } from 'vn-portal-kit/workflow';
 * const v: JsonValue = { a: [1, 'x', null, true] };
 * Array.isArray((v as { a: unknown }).a) //=> true
 * ```
 */
export type JsonValue =
  | null
  | boolean
  | number
  | string
  | readonly JsonValue[]
  | { readonly [k: string]: JsonValue };

/**
 * A JSON object: the context of a snapshot or the payload of an event.
 *
 * @example
 * ```ts
 * import type { JsonObject } from 'vn-portal-kit/workflow';
 * const o: JsonObject = { reason: 'Sai chính tả' };
 * o.reason //=> 'Sai chính tả'
 * ```
 */
export type JsonObject = { readonly [k: string]: JsonValue };

/**
 * The role of the system itself (scheduled publishing fires as `system`, on the instruction recorded when it
 * was scheduled). Machines list it like any other role.
 *
 * @example
 * ```ts
 * import { SYSTEM_ROLE } from 'vn-portal-kit/workflow';
 * SYSTEM_ROLE //=> 'system'
 * ```
 */
export const SYSTEM_ROLE = 'system';

/**
 * A state of a machine. `tags` mark meaning the invariants check: `'published'` (the item is live in its
 * approved form), `'final'` (no way out).
 *
 * @example
 * ```ts
 * import type { StateDefinition } from 'vn-portal-kit/workflow';
 * const s: StateDefinition = { id: 'draft', name: { vi: 'Bản nháp', en: 'Draft' } };
 * s.id //=> 'draft'
 * ```
 */
export interface StateDefinition {
  readonly id: string;
  readonly name: LocalizedText;
  readonly tags?: readonly ('published' | 'final' | 'approved' | 'live')[];
}

/**
 * A condition on the content attributes of the snapshot (`context.attributes`): the attribute's value is (not)
 * one of `values`. A missing attribute is not in any set.
 *
 * @example
 * ```ts
 * import type { AttributeCondition } from 'vn-portal-kit/workflow';
 * const c: AttributeCondition = { attribute: 'topic', in: ['party'] };
 * c.attribute //=> 'topic'
 * ```
 */
export interface AttributeCondition {
  readonly attribute: string;
  readonly in?: readonly string[];
  readonly notIn?: readonly string[];
}

/**
 * Who may fire a transition: any of `roles` (directly or by a valid delegation), when the content attributes
 * satisfy `when` (topic routing). Each permission cites the provision granting it.
 *
 * @example
 * ```ts
 * import type { TransitionPermission } from 'vn-portal-kit/workflow';
 * const p: TransitionPermission = { roles: ['deputy'], when: { attribute: 'topic', in: ['government'] }, citation: { id: 'NX-2112-2022/14.2' } };
 * p.roles[0] //=> 'deputy'
 * ```
 */
export interface TransitionPermission {
  readonly roles: readonly string[];
  readonly when?: AttributeCondition;
  readonly citation: Citation;
}

/**
 * A guard, as data: a condition the engine checks before a transition; when it fails, the refusal carries the
 * guard's `code`, its message and its citation. The kinds are generic; the data comes from a policy.
 *
 * Person ids are compared after normalisation (Unicode NFKC, trimmed, lower case): `Truong-Ban` is `truong-ban`.
 *
 * - `actor-differs`: the actor is not the person in `context[field]`.
 * - `actor-equals`: the actor is the person in `context[field]` (only the holder of a draft submits it).
 * - `actor-not-among`: the actor is not among the people in `context[field]` (an id or a list of ids: the
 *   item's authors over its whole life); with `delegator: true`, neither is the person the actor acts for
 *   (approval on behalf of an author is the author's own approval).
 * - `field-not-among`: `context[field]` is set and is not among the people in `context[among]` (the recorded
 *   approver is not an author); with `optional: true` an unset field passes.
 * - `classification-publishable`: `attributes[attribute]`, read by the shared classification normaliser (any
 *   case, diacritics, spacing, Vietnamese or English name), is not one of `neverPublish`; a value it does not
 *   recognise is refused with `workflow.classification-unknown`, never treated as public.
 * - `attributes-unchanged`: `payload.attributes` does not change any of `attributes` (routing fixed at
 *   submission).
 * - `field-set`: `context[field]` is set (an approval was recorded).
 * - `fields-differ`: `context[field]` and `context[other]` differ (approver is not the author).
 * - `attribute-not-in`: `attributes[attribute]` is not one of `values` (classification marks).
 * - `attributes-present`: these attributes are non-empty strings (required fields of a page).
 * - `attribution`: when `attributes[flag]` is `true` (reused item), one of the `anyOf` sets of attributes is all
 *   present.
 * - `checklist`: `payload.confirmed` lists every item id.
 * - `payload-one-of`: `payload[field]` is one of `values`.
 * - `payload-instant-after-now`: `payload[field]` is an instant later than the transition time; with `atLeast`,
 *   no earlier than that rule counted from now.
 * - `payload-instant-after-field`: `payload[field]` is later than `context[after]`; with `notAfter`, no later than
 *   `notAfter.rule` counted from `context[notAfter.from]`.
 * - `now-at-or-after`: the transition time is at or after `context[field]`.
 * - `now-not-after`: the transition time is not after `context[field]`.
 *
 * @example
 * ```ts
 * import type { GuardDefinition } from 'vn-portal-kit/workflow';
 * const g: GuardDefinition = { kind: 'actor-differs', field: 'authorId', code: 'workflow.self-approval', message: { vi: 'Không tự duyệt bài của mình', en: 'Nobody approves their own item' }, citation: { id: 'NX-2112-2022/9' } };
 * g.kind //=> 'actor-differs'
 * ```
 */
export type GuardDefinition = GuardCommon &
  (
    | { readonly kind: 'actor-differs'; readonly field: string }
    | { readonly kind: 'actor-equals'; readonly field: string }
    | { readonly kind: 'actor-not-among'; readonly field: string; readonly delegator?: boolean }
    | {
        readonly kind: 'field-not-among';
        readonly field: string;
        readonly among: string;
        readonly optional?: boolean;
      }
    | {
        readonly kind: 'classification-publishable';
        readonly attribute: string;
        readonly neverPublish: readonly ('mat' | 'toi-mat' | 'tuyet-mat')[];
      }
    | { readonly kind: 'attributes-unchanged'; readonly attributes: readonly string[] }
    | { readonly kind: 'field-set'; readonly field: string }
    | { readonly kind: 'fields-differ'; readonly field: string; readonly other: string }
    | { readonly kind: 'attribute-not-in'; readonly attribute: string; readonly values: readonly string[] }
    | { readonly kind: 'attributes-present'; readonly attributes: readonly string[] }
    | {
        readonly kind: 'attribution';
        readonly flag: string;
        readonly anyOf: readonly (readonly string[])[];
      }
    | { readonly kind: 'checklist'; readonly items: readonly string[] }
    | { readonly kind: 'payload-one-of'; readonly field: string; readonly values: readonly string[] }
    | { readonly kind: 'payload-instant-after-now'; readonly field: string; readonly atLeast?: DeadlineRule }
    | {
        readonly kind: 'payload-instant-after-field';
        readonly field: string;
        readonly after: string;
        readonly notAfter?: { readonly from: string; readonly rule: DeadlineRule };
      }
    | { readonly kind: 'now-at-or-after'; readonly field: string }
    | { readonly kind: 'now-not-after'; readonly field: string }
  );

/**
 * What every {@link GuardDefinition} carries: the refusal code, message and citation.
 *
 * @example
 * ```ts
 * import type { GuardCommon } from 'vn-portal-kit/workflow';
 * const common: GuardCommon = {
 *   code: 'workflow.self-approval',
 *   message: { vi: 'Không tự duyệt tin bài của mình', en: 'Nobody approves their own item' },
 *   citation: { id: 'QN-3069-2021/10.2.b' },
 * };
 * common.code //=> 'workflow.self-approval'
 * ```
 */
export interface GuardCommon {
  /** Stable refusal code, e.g. `'workflow.self-approval'`. */
  readonly code: string;
  readonly message: LocalizedText;
  readonly citation: Citation;
}

/**
 * A payload field the event must carry as a non-empty string (at most `maxLength`, default 10 000
 * characters), e.g. the reason of a rejection.
 *
 * @example
 * ```ts
 * import type { RequiredField } from 'vn-portal-kit/workflow';
 * const f: RequiredField = { field: 'reason', name: { vi: 'lý do', en: 'reason' }, citation: { id: 'VP-32-2023/4.6' } };
 * f.field //=> 'reason'
 * ```
 */
export interface RequiredField {
  readonly field: string;
  readonly name: LocalizedText;
  readonly maxLength?: number;
  readonly citation: Citation;
}

/**
 * How a transition updates the context, as data:
 * - `{ set, from: 'actor' | 'role' | 'delegator' | 'at' | 'payload.<field>' | 'context.<field>' }` copies a
 *   value (an instant as ISO text);
 * - `{ set, value }` sets a constant; `{ unset }` sets a key back to `null`; `{ increment }` adds 1 to a
 *   counter (every key a machine writes exists from the start of a case, `null` until set);
 * - `{ set, deadline: { from, rule | rules + keyFrom } }` sets the instant a deadline rule gives, counted from
 *   `context[from]` (or the transition time when `from` is `'at'`);
 * - `{ set, later: { than } }` sets `true` when the transition time is after `context[than]`;
 * - `{ mergeAttributes: true, authors? }` merges `payload.attributes` (strings, booleans, null to delete) into
 *   `context.attributes`; with `authors`, when the merge changes the content, the actor's (normalised) id is
 *   added to the list `context[authors]`;
 * - `{ addActorTo }` adds the actor's (normalised) id to the list `context[addActorTo]` (the creator).
 *
 * @example
 * ```ts
 * import type { Assignment } from 'vn-portal-kit/workflow';
 * const a: Assignment = { set: 'approvedBy', from: 'actor' };
 * 'set' in a //=> true
 * ```
 */
export type Assignment =
  | {
      readonly set: string;
      readonly from: 'actor' | 'role' | 'delegator' | 'at' | `payload.${string}` | `context.${string}`;
    }
  | { readonly set: string; readonly value: JsonValue }
  | { readonly unset: string }
  | { readonly increment: string }
  | {
      readonly set: string;
      readonly deadline: {
        readonly from: string;
        readonly rule?: DeadlineRule;
        readonly rules?: { readonly [key: string]: DeadlineRule };
        readonly keyFrom?: string;
      };
    }
  | { readonly set: string; readonly later: { readonly than: string } }
  | { readonly mergeAttributes: true; readonly authors?: string }
  | { readonly addActorTo: string };

/**
 * A transition: on `event`, from any of `from`, to `to`, for the actors `permissions` allow, when every guard
 * holds and the required payload fields are there. `action` names the policy action it performs (what a
 * delegation covers; defaults to the event).
 *
 * @example
 * ```ts
 * import type { TransitionDefinition } from 'vn-portal-kit/workflow';
 * const t: TransitionDefinition = { event: 'submit', from: ['draft'], to: 'submitted', permissions: [{ roles: ['member'], citation: { id: 'QN-3069-2021/10.2.a' } }], citation: { id: 'QN-3069-2021/10.2.b' } };
 * t.to //=> 'submitted'
 * ```
 */
export interface TransitionDefinition {
  readonly event: string;
  readonly from: readonly string[];
  readonly to: string;
  readonly action?: string;
  readonly permissions: readonly TransitionPermission[];
  readonly guards?: readonly GuardDefinition[];
  readonly requires?: readonly RequiredField[];
  readonly assign?: readonly Assignment[];
  /** Name of the step for diagrams and notices. */
  readonly label?: LocalizedText;
  readonly citation: Citation;
}

/**
 * A delegation (ủy quyền) a regulation allows and a machine honours: a holder of `fromRole` may authorise
 * another person (holding one of `toRoles`, or anyone when absent) to perform `actions` on the role's behalf,
 * for at most `maxDays` days. The one delegation type of the library: policies use it with their action names
 * (`DelegationRule<EditorialAction>`), machines with any string.
 *
 * @example
 * ```ts
 * import type { DelegationRule } from 'vn-portal-kit/workflow';
 * const d: DelegationRule = { fromRole: 'head', toRoles: ['deputy'], actions: ['approve'], citation: { id: 'NX-2112-2022/14.2' } };
 * d.actions //=> ['approve']
 * ```
 */
export interface DelegationRule<A extends string = string> {
  readonly fromRole: string;
  /** Roles the delegate must hold; absent = any person ("người khác", QN-3069-2021/12.2). */
  readonly toRoles?: readonly string[];
  readonly actions: readonly A[];
  /** Longest allowed validity in calendar days (absent: the regulation sets none). */
  readonly maxDays?: number;
  readonly citation: Citation;
}

/**
 * The same type as {@link DelegationRule} (kept for existing imports).
 *
 * @example
 * ```ts
 * import type { MachineDelegationRule } from 'vn-portal-kit/workflow';
 * const d: MachineDelegationRule = { fromRole: 'head', actions: ['approve'], citation: { id: 'NX-2112-2022/14.2' } };
 * d.fromRole //=> 'head'
 * ```
 */
export type MachineDelegationRule = DelegationRule;

/**
 * How a new case starts: who may open it (cited), the first state, and what is recorded.
 *
 * @example
 * ```ts
 * import type { StartDefinition } from 'vn-portal-kit/workflow';
 * const s: StartDefinition = { event: 'create', to: 'draft', permissions: [{ roles: ['member'], citation: { id: 'QN-3069-2021/10.2.a' } }], citation: { id: 'QN-3069-2021/10.2.a' } };
 * s.to //=> 'draft'
 * ```
 */
export interface StartDefinition {
  readonly event: string;
  readonly to: string;
  readonly action?: string;
  readonly permissions: readonly TransitionPermission[];
  readonly guards?: readonly GuardDefinition[];
  readonly requires?: readonly RequiredField[];
  readonly assign?: readonly Assignment[];
  readonly citation: Citation;
}

/**
 * A workflow machine as plain data: its states, the start, the transitions with their permissions, guards and
 * assignments, the roles it knows and the delegations it honours. Build one with the approval, question or
 * consultation builders, or by hand, and check it with `defineMachine`.
 *
 * @example
 * ```ts
 * import type { MachineDefinition } from 'vn-portal-kit/workflow';
 * const m: Pick<MachineDefinition, 'id' | 'roles'> = { id: 'demo', roles: ['author'] };
 * m.id //=> 'demo'
 * ```
 */
export interface MachineDefinition {
  readonly id: string;
  readonly title: LocalizedText;
  /** Roles actors may hold (the system role included where used). */
  readonly roles: readonly string[];
  readonly states: readonly StateDefinition[];
  readonly start: StartDefinition;
  readonly transitions: readonly TransitionDefinition[];
  readonly delegations?: readonly DelegationRule[];
  /** Citation of why an event cannot happen in a state (the regulation's procedure as a whole). */
  readonly citation: Citation;
}
