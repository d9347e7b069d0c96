import type { CategoryId } from '../categories/categoryIds.js';
import { addCalendarDays, type CivilDate } from '../core/index.js';
import { getProfile, type Profile } from '../profiles/index.js';
import { PORTAL_FEATURES } from '../profiles/portalFeatures.js';
import { workflowPolicyParts } from './_lib/workflowParts.js';
import type { AuditPolicy, PolicyCadence, PolicySuspensionNotice } from './AuditPolicy.js';
import type { PortalFeature } from './InventorySchema.js';

/**
 * The policy an audit reads, and the profile object it came from (if any).
 *
 * @example
 * ```ts
 * import { resolveAuditPolicy, type ResolvedAuditPolicy } from 'vn-portal-kit/compliance';
 * const r: ResolvedAuditPolicy = resolveAuditPolicy('quang-nam-3069-2021', '2026-11-25');
 * r.policy.profileId //=> 'quang-nam-3069-2021'
 * ```
 */
export interface ResolvedAuditPolicy {
  readonly policy: AuditPolicy;
  /** The profile object (`vn-portal-kit/profiles`), or the policy itself when one was passed. */
  readonly profile: unknown;
}

const FEATURES: ReadonlySet<string> = new Set<string>(PORTAL_FEATURES);
/** The national profiles whose suspension-notice duty binds every portal from their effective date. */
const NATIONAL_PROFILE_IDS = ['nd43-2011', 'nd42-2022', 'nd224-2026'] as const;

function isAuditPolicy(v: object): v is AuditPolicy {
  const o = v as Record<string, unknown>;
  return typeof o.profileId === 'string' && Array.isArray(o.requiredCategories) && Array.isArray(o.deadlines);
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
 * (returned as is). Adds what binds the portal on `asOf` from outside the profile: whether its national
 * basis has been superseded, the suspension-notice duty of the national decree in force, and (from the
 * profiles' workflow and host-name data) the Q&A, consultation and editorial policies and the host-name
 * scheme. Throws `RangeError` for an unknown profile id and `TypeError` for an object that is neither.
 *
 * @example
 * ```ts
 * import { resolveAuditPolicy } from 'vn-portal-kit/compliance';
 * const { policy } = resolveAuditPolicy('vinh-phuc-32-2023', '2026-11-25');
 * policy.nationalBasis?.supersededOn //=> '2026-07-01'
 * policy.backups //=> { every: 1, unit: 'days', citation: { id: 'VP-32-2023/11.2' } }
 * ```
 */
export function resolveAuditPolicy(profile: string | object, asOf: CivilDate): ResolvedAuditPolicy {
  if (typeof profile === 'string') {
    const p = getProfile(profile);
    if (!p) throw new RangeError(`auditPortal: unknown profile "${profile.slice(0, 80)}"`);
    return { policy: policyFromProfile(p, asOf), profile: p };
  }
  if (typeof profile !== 'object' || profile === null) {
    throw new TypeError('auditPortal: profile must be a profile id, a profile or an AuditPolicy');
  }
  if (isAuditPolicy(profile)) return { policy: profile, profile };
  if (isProfile(profile)) return { policy: policyFromProfile(profile, asOf), profile };
  throw new TypeError('auditPortal: profile must be a profile id, a profile or an AuditPolicy');
}

function policyFromProfile(p: Profile, asOf: CivilDate): AuditPolicy {
  const basis = p.nationalBasis ? getProfile(p.nationalBasis.profileId) : undefined;
  const dated = new Set<CategoryId>(p.deadlines.map((d) => d.category));
  const undated = new Set<CategoryId>();
  for (const u of p.updatePolicies) for (const c of u.categories) if (!dated.has(c)) undated.add(c);

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

  const suspensionNotices: PolicySuspensionNotice[] = [];
  const own = p.operations.suspensionNotice;
  if (own) {
    suspensionNotices.push({
      ...(p.level === 'national' ? { from: p.effectiveFrom } : {}),
      workingDays: own.workingDaysBefore,
      announceRestoration: own.announceRestoration,
      citation: own.citation,
    });
  }
  for (const id of NATIONAL_PROFILE_IDS) {
    if (id === p.id) continue;
    const n = getProfile(id);
    const s = n?.operations.suspensionNotice;
    if (!n || !s) continue;
    suspensionNotices.push({
      from: n.effectiveFrom,
      workingDays: s.workingDaysBefore,
      announceRestoration: s.announceRestoration,
      citation: s.citation,
    });
  }

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
    deadlines: p.deadlines.map((d) => ({
      category: d.category,
      trigger: d.trigger,
      isDefault: d.isDefault === true,
      label: d.label,
      rule: d.rule,
      citation: d.citation,
    })),
    ...(p.defaultDeadline
      ? { defaultDeadline: { rule: p.defaultDeadline.rule, citation: p.defaultDeadline.citation } }
      : {}),
    undatedCategories: [...undated],
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
    suspensionNotices,
    quotas: p.quotas
      .filter((q) => q.per === 'month')
      .map((q) => ({ unitKind: q.unit, category: q.category, minPerMonth: q.minimum, citation: q.citation })),
    features,
    ...workflow,
  };
}
