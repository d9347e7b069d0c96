import type { DeadlineRule } from '../calendar/index.js';
import type { CategoryId } from '../categories/categoryIds.js';
import type { Citation, CivilDate, LocalizedText } from '../core/index.js';
import type { PortalFeature, UnitKind } from './InventorySchema.js';

/**
 * A category a regulation requires, for the unit kinds it names.
 *
 * @example
 * ```ts
 * import type { PolicyRequiredCategory } from 'vn-portal-kit/compliance';
 * const r: PolicyRequiredCategory = { category: 'news', unitKinds: ['province'], citation: { id: 'VP-32-2023/5.2' } };
 * r.unitKinds //=> ['province']
 * ```
 */
export interface PolicyRequiredCategory {
  readonly category: CategoryId;
  readonly unitKinds: readonly UnitKind[];
  readonly citation: Citation;
}

/**
 * A publication deadline of a category under one trigger (e.g. `'normative'` legal documents).
 *
 * @example
 * ```ts
 * import { resolveAuditPolicy } from 'vn-portal-kit/compliance';
 * const { policy } = resolveAuditPolicy('vinh-phuc-32-2023', '2026-11-25');
 * policy.deadlines.find((d) => d.trigger === 'normative')?.rule //=> { kind: 'working-days', days: 7 }
 * ```
 */
export interface PolicyDeadline {
  readonly category: CategoryId;
  /** Trigger id, matched against an item's `variant`. */
  readonly trigger: string;
  /** Used when the item names no variant. */
  readonly isDefault: boolean;
  readonly label?: LocalizedText;
  readonly rule: DeadlineRule;
  readonly citation: Citation;
}

/**
 * A Q&A case type with its answer deadline.
 *
 * @example
 * ```ts
 * import { resolveAuditPolicy } from 'vn-portal-kit/compliance';
 * const { policy } = resolveAuditPolicy('thai-nguyen-40-2012', '2026-11-25');
 * policy.qa?.kinds.every((k) => k.rule.kind === 'working-days') //=> true
 * ```
 */
export interface PolicyQaKind {
  readonly id: string;
  readonly rule: DeadlineRule;
  readonly citation: Citation;
}

/**
 * The Q&A policy: answer deadlines per case type and who may answer.
 *
 * @example
 * ```ts
 * import { resolveAuditPolicy } from 'vn-portal-kit/compliance';
 * const { policy } = resolveAuditPolicy('thai-nguyen-40-2012', '2026-11-25');
 * policy.qa !== undefined //=> true
 * ```
 */
export interface PolicyQa {
  readonly kinds: readonly PolicyQaKind[];
  /** The kind of a case that names none. */
  readonly defaultKind: string;
  /** Roles allowed to answer (the head and the persons the head authorises). */
  readonly answererRoles: readonly string[];
  /** Whether the answerer roles may delegate (a delegate listed with `delegatedBy`). */
  readonly delegable: boolean;
  readonly answererCitation: Citation;
}

/**
 * A periodic duty: at least once every `every` `unit`s.
 *
 * @example
 * ```ts
 * import { resolveAuditPolicy } from 'vn-portal-kit/compliance';
 * resolveAuditPolicy('thai-nguyen-40-2012', '2026-11-25').policy.backups?.every //=> 7
 * ```
 */
export interface PolicyCadence {
  readonly every: number;
  readonly unit: 'days' | 'months';
  readonly citation: Citation;
}

/**
 * A monthly minimum of items a kind of supplying unit must provide.
 *
 * @example
 * ```ts
 * import type { PolicyQuota } from 'vn-portal-kit/compliance';
 * const q: PolicyQuota = { unitKind: 'district', category: 'news', minPerMonth: 3, citation: { id: 'TN-40-2012/8.3' } };
 * q.minPerMonth //=> 3
 * ```
 */
export interface PolicyQuota {
  readonly unitKind: UnitKind;
  readonly category: CategoryId;
  readonly minPerMonth: number;
  readonly citation: Citation;
}

/**
 * An advance-notice duty for planned suspensions, in force from a date.
 *
 * @example
 * ```ts
 * import { resolveAuditPolicy } from 'vn-portal-kit/compliance';
 * resolveAuditPolicy('vinh-phuc-32-2023', '2026-11-25').policy.suspensionNotices[0]?.workingDays //=> 7
 * ```
 */
export interface PolicySuspensionNotice {
  /** First day the duty applies (absent: always). */
  readonly from?: CivilDate;
  readonly workingDays: number;
  readonly announceRestoration: boolean;
  readonly citation: Citation;
}

/**
 * What the audit needs to know of a regulation, in one flat, normalised shape: the built-in rules read only
 * this. `resolveAuditPolicy` builds it from a `vn-portal-kit/profiles` profile (plus the national decree in
 * force on the audit date, the workflow policies and the host-name scheme); a caller can also pass one
 * directly as `profile` to audit against a regulation that is not shipped.
 *
 * @example
 * ```ts
 * import { resolveAuditPolicy } from 'vn-portal-kit/compliance';
 * const { policy } = resolveAuditPolicy('thai-nguyen-40-2012', '2026-11-25');
 * policy.quotas.map((q) => `${q.unitKind}:${q.minPerMonth}`) //=> ['department:2', 'district:3']
 * ```
 */
export interface AuditPolicy {
  readonly profileId: string;
  readonly title: LocalizedText;
  /** The regulation's provision-id prefix, e.g. `'VP-32-2023'`. */
  readonly regulationId: string;
  readonly effectiveFrom?: CivilDate;
  /** Last day the regulation itself is in force, when it has ended. */
  readonly effectiveUntil?: CivilDate;
  /** The national decree the regulation rests on, and when (if ever) it was superseded. */
  readonly nationalBasis?: {
    readonly profileId: string;
    readonly documentNumber?: string;
    readonly supersededOn?: CivilDate;
    readonly supersededBy?: string;
    readonly citation: Citation;
  };
  /** Effective-dated events that changed the governed unit (mergers, the end of the district tier). */
  readonly unitEvents?: readonly {
    readonly on: CivilDate;
    readonly description: LocalizedText;
    readonly citation: Citation;
  }[];
  readonly requiredCategories: readonly PolicyRequiredCategory[];
  readonly deadlines: readonly PolicyDeadline[];
  /** For categories without their own deadline nor an update policy (VP-32-2023/6.7). */
  readonly defaultDeadline?: { readonly rule: DeadlineRule; readonly citation: Citation };
  /** Categories updated "regularly" or "on change": no day count to check. */
  readonly undatedCategories: readonly CategoryId[];
  readonly qa?: PolicyQa;
  /** The comment window of consultations: a minimum (if the regulation sets one) and the page's functions. */
  readonly consultation?: {
    readonly minimum?: { readonly rule: DeadlineRule; readonly citation: Citation };
    readonly requiredFunctions: readonly (
      | 'fullText'
      | 'showsComments'
      | 'acceptsComments'
      | 'contactEmail'
    )[];
    readonly citation: Citation;
  };
  /** Host-name scheme in force (`vn-portal-kit/domains` scheme). */
  readonly hostnames?: { readonly scheme: unknown; readonly schemeId: string; readonly citation: Citation };
  /** Official languages of the portal. */
  readonly languages: readonly ('vi' | 'en')[];
  /** Categories that must (or should) have English items. */
  readonly english?: {
    readonly categories: readonly CategoryId[];
    readonly required: boolean;
    readonly citation: Citation;
  };
  readonly backups?: PolicyCadence;
  readonly reports?: PolicyCadence;
  readonly suspensionNotices: readonly PolicySuspensionNotice[];
  readonly quotas: readonly PolicyQuota[];
  /** Who may approve publication. */
  readonly editorial?: {
    /** Roles allowed to approve; empty: any recorded approval counts. */
    readonly approverRoles: readonly string[];
    readonly separationOfDuties: boolean;
    readonly citation: Citation;
  };
  /** Classified items may never be published. */
  readonly classifiedBan?: Citation;
  /** Features the portal must (or, `optional`, should) offer. */
  readonly features: readonly {
    readonly feature: PortalFeature;
    readonly optional: boolean;
    readonly citation: Citation;
  }[];
}
