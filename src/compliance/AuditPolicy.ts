import type { DeadlineRule } from '../calendar/index.js';
import type { CategoryId } from '../categories/categoryIds.js';
import type { CategoryFieldList } from '../categories/index.js';
import type { Citation, CivilDate, LocalizedText } from '../core/index.js';
import type { DatedSuspensionNoticePolicy, DeadlineSource } from '../profiles/index.js';
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
 * The fields a profile requires of one category on one kind of portal, as `requiredFieldsFor` of
 * `vn-portal-kit/profiles` answers: the keys (schema-required ones included), the provisions' field lists
 * that were applied, and the profile's own provision that requires the category there.
 *
 * @example
 * ```ts
 * import { resolveAuditPolicyOrThrow } from 'vn-portal-kit/compliance';
 * const { policy } = resolveAuditPolicyOrThrow('vinh-phuc-32-2023', '2026-11-25');
 * policy.requiredFields.find((r) => r.category === 'projects' && r.unitKind === 'province')?.fieldLists[0]?.citation.id //=> 'VP-32-2023/5.8.b'
 * ```
 */
export interface PolicyFieldRequirement {
  readonly category: CategoryId;
  readonly unitKind: UnitKind;
  /** Every field key the portal must fill (the schema's required ones and those of the lists). */
  readonly fields: readonly string[];
  readonly fieldLists: readonly CategoryFieldList[];
  /** The profile's provision that requires the category on this kind of portal. */
  readonly citation: Citation;
}

/**
 * A Q&A case type with its answer deadline.
 *
 * @example
 * ```ts
 * import { resolveAuditPolicyOrThrow } from 'vn-portal-kit/compliance';
 * const { policy } = resolveAuditPolicyOrThrow('thai-nguyen-40-2012', '2026-11-25');
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
 * import { resolveAuditPolicyOrThrow } from 'vn-portal-kit/compliance';
 * const { policy } = resolveAuditPolicyOrThrow('thai-nguyen-40-2012', '2026-11-25');
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
 * import { resolveAuditPolicyOrThrow } from 'vn-portal-kit/compliance';
 * resolveAuditPolicyOrThrow('thai-nguyen-40-2012', '2026-11-25').policy.backups?.every //=> 7
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
 * What the audit needs to know of a regulation, in one flat, normalised shape: the built-in rules read only
 * this. `resolveAuditPolicy` builds it from a `vn-portal-kit/profiles` profile (plus the national decree in
 * force on the audit date, the workflow policies and the host-name scheme); a caller can also pass one
 * directly as `profile` to audit against a regulation that is not shipped.
 *
 * @example
 * ```ts
 * import { resolveAuditPolicyOrThrow } from 'vn-portal-kit/compliance';
 * const { policy } = resolveAuditPolicyOrThrow('thai-nguyen-40-2012', '2026-11-25');
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
  /** The fields required per category and kind of portal (`requiredFieldsFor`). */
  readonly requiredFields: readonly PolicyFieldRequirement[];
  /**
   * The profile's deadline data, from which `selectDeadlineRule` of `vn-portal-kit/profiles` chooses the rule
   * of each category and trigger (as `deadlineFor` does), falling back to the national decree in force on the
   * event date.
   */
  readonly deadlines: DeadlineSource;
  /** The provision that requires Unicode TCVN 6909 text (the profile's own, or its national text's). */
  readonly textEncoding: Citation;
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
  /** Suspension-notice duties with the days they bind (`suspensionNoticePolicies`). */
  readonly suspensionNotices: readonly DatedSuspensionNoticePolicy[];
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
