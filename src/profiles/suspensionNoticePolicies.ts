import type { CivilDate } from '../core/index.js';
import type { SuspensionNoticePolicy } from '../workflow/index.js';
import type { Profile } from './Profile.js';
import { nationalProfiles } from './profiles.js';

/**
 * A suspension-notice duty and the days it binds (suspensions starting from `from` to `until`, inclusive).
 *
 * @example
 * ```ts
 * import { getProfile, suspensionNoticePolicies } from 'vn-portal-kit/profiles';
 * const [duty] = suspensionNoticePolicies(getProfile('vinh-phuc-32-2023')!);
 * [duty?.profileId, duty?.from, duty?.policy.leadTime] //=> ['nd224-2026', '2026-07-01', { kind: 'working-days', days: 7 }]
 * ```
 */
export interface DatedSuspensionNoticePolicy {
  /** The profile that sets it (the profile itself, or the national decree in force). */
  readonly profileId: string;
  readonly from?: CivilDate | undefined;
  readonly until?: CivilDate | undefined;
  /** The policy `checkSuspensionNotice` of `vn-portal-kit/workflow` takes. */
  readonly policy: SuspensionNoticePolicy;
}

/** The profile's own duty as a `SuspensionNoticePolicy`: its workflow table's, else its operations data's. */
function ownPolicy(p: Profile): SuspensionNoticePolicy | undefined {
  const fromWorkflow = p.workflow?.suspensionNotice;
  if (fromWorkflow) return fromWorkflow;
  const s = p.operations.suspensionNotice;
  if (!s) return undefined;
  return {
    regulationId: p.regulationId,
    leadTime: { kind: 'working-days', days: s.workingDaysBefore },
    requiresRestorationTime: s.announceRestoration,
    citation: s.citation,
  };
}

/**
 * Every suspension-notice duty that binds a portal under a profile, with the days it binds: the profile's
 * own (a national profile's only while it is in force), and for a local profile each national decree's, while
 * that decree is in force (the same windows `nationalProfileAt` reads). A notice must satisfy every duty that
 * binds on the day the suspension starts; `checkSuspensionNotice` checks one.
 *
 * @example
 * ```ts
 * import { getProfile, suspensionNoticePolicies } from 'vn-portal-kit/profiles';
 * suspensionNoticePolicies(getProfile('nd224-2026')!).map((d) => d.policy.citation.id) //=> ['ND-224-2026/13.1.a']
 * suspensionNoticePolicies(getProfile('nd42-2022')!) //=> []
 * ```
 */
export function suspensionNoticePolicies(profile: Profile): DatedSuspensionNoticePolicy[] {
  const out: DatedSuspensionNoticePolicy[] = [];
  const own = ownPolicy(profile);
  if (own) {
    out.push(
      profile.level === 'national'
        ? { profileId: profile.id, from: profile.effectiveFrom, until: profile.effectiveUntil, policy: own }
        : { profileId: profile.id, policy: own },
    );
  }
  if (profile.level !== 'national') {
    for (const n of nationalProfiles) {
      const policy = ownPolicy(n);
      if (policy) out.push({ profileId: n.id, from: n.effectiveFrom, until: n.effectiveUntil, policy });
    }
  }
  return out;
}

/**
 * The duties of {@link suspensionNoticePolicies} that bind a suspension starting on `day`.
 *
 * @example
 * ```ts
 * import { getProfile, suspensionNoticePoliciesAt } from 'vn-portal-kit/profiles';
 * suspensionNoticePoliciesAt(getProfile('vinh-phuc-32-2023')!, '2026-06-30') //=> []
 * suspensionNoticePoliciesAt(getProfile('vinh-phuc-32-2023')!, '2026-07-01').length //=> 1
 * ```
 */
export function suspensionNoticePoliciesAt(profile: Profile, day: CivilDate): DatedSuspensionNoticePolicy[] {
  return suspensionNoticePolicies(profile).filter((d) => bindsOn(d, day));
}

/**
 * Whether a dated duty binds a suspension starting on `day`.
 *
 * @example
 * ```ts
 * import { bindsOn } from 'vn-portal-kit/profiles';
 * bindsOn({ from: '2026-07-01' }, '2026-06-30') //=> false
 * ```
 */
export function bindsOn(
  d: { readonly from?: CivilDate | undefined; readonly until?: CivilDate | undefined },
  day: CivilDate,
): boolean {
  return (d.from === undefined || d.from <= day) && (d.until === undefined || day <= d.until);
}
