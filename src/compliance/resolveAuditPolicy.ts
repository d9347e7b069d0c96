import { CATEGORY_IDS } from '../categories/categoryIds.js';
import {
  addCalendarDays,
  type CivilDate,
  createIssue,
  err,
  localized,
  ok,
  type Result,
  unwrap,
} from '../core/index.js';
import {
  getProfile,
  PROFILE_IDS,
  type Profile,
  requiredFieldsFor,
  suspensionNoticePolicies,
} from '../profiles/index.js';
import { PORTAL_FEATURES } from '../profiles/portalFeatures.js';
import { workflowPolicyParts } from './_lib/workflowParts.js';
import type { AuditPolicy, PolicyCadence, PolicyFieldRequirement } from './AuditPolicy.js';
import { type PortalFeature, UNIT_KINDS } from './InventorySchema.js';

/**
 * The policy an audit reads, and the profile object it came from (if any).
 *
 * @example
 * ```ts
 * import { resolveAuditPolicyOrThrow, type ResolvedAuditPolicy } from 'vn-portal-kit/compliance';
 * const r: ResolvedAuditPolicy = resolveAuditPolicyOrThrow('quang-nam-3069-2021', '2026-11-25');
 * r.policy.profileId //=> 'quang-nam-3069-2021'
 * ```
 */
export interface ResolvedAuditPolicy {
  readonly policy: AuditPolicy;
  /** The profile object (`vn-portal-kit/profiles`), or the policy itself when one was passed. */
  readonly profile: unknown;
}

const FEATURES: ReadonlySet<string> = new Set<string>(PORTAL_FEATURES);

function isAuditPolicy(v: object): v is AuditPolicy {
  const o = v as Record<string, unknown>;
  return (
    typeof o.profileId === 'string' &&
    Array.isArray(o.requiredCategories) &&
    Array.isArray(o.requiredFields) &&
    Array.isArray(o.suspensionNotices) &&
    typeof o.deadlines === 'object' &&
    o.deadlines !== null &&
    Array.isArray((o.deadlines as { deadlines?: unknown }).deadlines)
  );
}

function isProfile(v: object): v is Profile {
  const o = v as Record<string, unknown>;
  return (
    typeof o.id === 'string' &&
    typeof o.regulationId === 'string' &&
    Array.isArray(o.categories) &&
    Array.isArray(o.deadlines) &&
    typeof o.operations === 'object' &&
    typeof o.languages === 'object'
  );
}

/**
 * Reads a regulation for the audit: a profile id (`getProfile`), a profile object, or an `AuditPolicy`
 * (returned as is). Everything the rules decide with comes from the profile, each through the one function
 * that decides it in `vn-portal-kit/profiles`: the binding fields per category and kind of portal
 * (`requiredFieldsFor`), the deadline data `selectDeadlineRule` chooses from (the audit calls it per category
 * and trigger), the suspension-notice duties (`suspensionNoticePolicies`, checked with `checkSuspensionNotice`),
 * the citation of the text-encoding duty; plus whether its national basis has been superseded, and (from the
 * profiles' workflow and host-name data) the Q&A, consultation and editorial policies and the host-name scheme.
 * An unknown profile id or a value that is neither gives a coded bilingual issue (`audit.unknown-profile`,
 * `audit.profile-invalid`) listing the valid ids; never throws (see {@link resolveAuditPolicyOrThrow}).
 *
 * @example
 * ```ts
 * import { resolveAuditPolicy } from 'vn-portal-kit/compliance';
 * const r = resolveAuditPolicy('vinh-phuc-32-2023', '2026-11-25');
 * r.ok && r.value.policy.nationalBasis?.supersededOn //=> '2026-07-01'
 * r.ok && r.value.policy.backups //=> { every: 1, unit: 'days', citation: { id: 'VP-32-2023/11.2' } }
 * resolveAuditPolicy('vinh-phuc', '2026-11-25').issues[0]?.code //=> 'audit.unknown-profile'
 * ```
 */
export function resolveAuditPolicy(profile: unknown, asOf: CivilDate): Result<ResolvedAuditPolicy> {
  if (typeof profile === 'string') {
    const p = getProfile(profile);
    if (!p) {
      const valid = PROFILE_IDS.join(', ');
      return err([
        createIssue(
          'audit.unknown-profile',
          localized(
            `Không có quy định (profile) "${profile.slice(0, 80)}"; các mã hợp lệ: ${valid}`,
            `Unknown profile "${profile.slice(0, 80)}"; valid ids: ${valid}`,
          ),
          { path: ['options', 'profile'], details: { valid: [...PROFILE_IDS] } },
        ),
      ]);
    }
    return ok({ policy: policyFromProfile(p, asOf), profile: p });
  }
  if (typeof profile === 'object' && profile !== null) {
    if (isAuditPolicy(profile)) return ok({ policy: profile, profile });
    if (isProfile(profile)) return ok({ policy: policyFromProfile(profile, asOf), profile });
  }
  return err([
    createIssue(
      'audit.profile-invalid',
      localized(
        `profile phải là mã quy định (${PROFILE_IDS.join(', ')}), một profile của vn-portal-kit/profiles hoặc một AuditPolicy`,
        `profile must be a profile id (${PROFILE_IDS.join(', ')}), a profile of vn-portal-kit/profiles or an AuditPolicy`,
      ),
      { path: ['options', 'profile'], details: { valid: [...PROFILE_IDS] } },
    ),
  ]);
}

/**
 * {@link resolveAuditPolicy} that throws a `VnPortalKitError` (coded, bilingual) instead of returning issues.
 *
 * @example
 * ```ts
 * import { resolveAuditPolicyOrThrow } from 'vn-portal-kit/compliance';
 * resolveAuditPolicyOrThrow('quang-nam-3069-2021', '2026-11-25').policy.regulationId //=> 'QN-3069-2021'
 * ```
 */
export function resolveAuditPolicyOrThrow(profile: unknown, asOf: CivilDate): ResolvedAuditPolicy {
  return unwrap(resolveAuditPolicy(profile, asOf));
}

/**
 * `requiredFieldsFor` for every category and kind of portal: those the profile requires, and those whose
 * fields its regulation lists for an item published anyway (`published: true`).
 */
function requiredFieldsOf(p: Profile): PolicyFieldRequirement[] {
  const out: PolicyFieldRequirement[] = [];
  for (const unitKind of UNIT_KINDS) {
    for (const category of CATEGORY_IDS) {
      const r = requiredFieldsFor(p, category, { unit: unitKind, published: true });
      if (!r.ok) continue;
      const cited = r.value.requirements[0]?.citation ?? r.value.fieldLists[0]?.citation;
      if (!cited) continue;
      out.push({
        category,
        unitKind,
        fieldLists: r.value.fieldLists,
        fields: r.value.fields.map((f) => f.key),
        citation: cited,
      });
    }
  }
  return out;
}

function policyFromProfile(p: Profile, asOf: CivilDate): AuditPolicy {
  const basis = p.nationalBasis ? getProfile(p.nationalBasis.profileId) : undefined;

  const english = p.languages.english;
  const englishCategories = [...new Set(english.items.flatMap((i) => i.categories))];

  let reports: PolicyCadence | undefined;
  for (const r of p.operations.reporting) {
    if (r.kind !== 'activity-report' || r.everyMonths === undefined) continue;
    if (!reports || r.everyMonths < reports.every)
      reports = { every: r.everyMonths, unit: 'months', citation: r.citation };
  }
  const backup = p.operations.backup;
  const backups: PolicyCadence | undefined =
    backup?.maxIntervalDays === undefined
      ? undefined
      : { every: backup.maxIntervalDays, unit: 'days', citation: backup.citation };

  const features = p.features
    .filter((f) => FEATURES.has(f.feature))
    .map((f) => ({
      feature: f.feature as PortalFeature,
      optional: f.optional === true,
      citation: f.citation,
    }));

  const workflow = workflowPolicyParts(p, asOf);
  const nationalBasis: AuditPolicy['nationalBasis'] = p.nationalBasis
    ? {
        profileId: p.nationalBasis.profileId,
        ...(basis ? { documentNumber: basis.documentNumber } : {}),
        ...(basis?.effectiveUntil ? { supersededOn: addCalendarDays(basis.effectiveUntil, 1) } : {}),
        ...(basis?.replacedBy?.profileId ? { supersededBy: basis.replacedBy.profileId } : {}),
        citation: p.nationalBasis.citation,
      }
    : undefined;

  return {
    profileId: p.id,
    title: p.title,
    regulationId: p.regulationId,
    effectiveFrom: p.effectiveFrom,
    ...(p.effectiveUntil ? { effectiveUntil: p.effectiveUntil } : {}),
    ...(nationalBasis ? { nationalBasis } : {}),
    unitEvents: p.timeline.map((t) => ({ on: t.on, description: t.description, citation: t.citation })),
    requiredCategories: p.categories
      .filter((c) => c.mandatory)
      .map((c) => ({ category: c.category, unitKinds: c.appliesTo, citation: c.citation })),
    deadlines: {
      id: p.id,
      level: p.level,
      deadlines: p.deadlines,
      updatePolicies: p.updatePolicies,
      defaultDeadline: p.defaultDeadline,
    },
    requiredFields: requiredFieldsOf(p),
    textEncoding: p.languages.encoding.citation,
    languages: p.languages.official,
    ...(englishCategories.length > 0 && english.status !== 'not-stated'
      ? {
          english: {
            categories: englishCategories,
            required: english.status === 'required',
            citation: english.items[0]?.citation ?? english.citation,
          },
        }
      : {}),
    ...(backups ? { backups } : {}),
    ...(reports ? { reports } : {}),
    suspensionNotices: suspensionNoticePolicies(p),
    quotas: p.quotas
      .filter((q) => q.per === 'month')
      .map((q) => ({ unitKind: q.unit, category: q.category, minPerMonth: q.minimum, citation: q.citation })),
    features,
    ...workflow,
  };
}
