import {
  type CivilDate,
  createIssue,
  type DateInput,
  type Issue,
  localized,
  ok,
  type Result,
  toCivilDate,
} from '../core/index.js';
import { findNational } from './_lib/findNational.js';
import type { Profile } from './Profile.js';
import { getProfile, nationalProfiles } from './profiles.js';

/**
 * What a profile means on a given day: whether it is in force, whether the national decree it cites is still
 * the one in force (and if not, since when and which replaced it), and the effective-dated events that affect
 * its unit (the 2025 reorganisation). `notices` are warnings a portal or an audit can show as they are.
 *
 * @example
 * ```ts
 * import { getProfile, profileStatusAt } from 'vn-portal-kit/profiles';
 * const r = profileStatusAt(getProfile('quang-nam-3069-2021')!, '2023-01-01');
 * r.ok && r.value.nationalBasis?.supersededOn //=> '2022-08-15'
 * ```
 */
export interface ProfileStatus {
  readonly profileId: string;
  /** The civil date asked about. */
  readonly date: CivilDate;
  /** `not-yet-in-force`, `in-force` or `ended` (after `effectiveUntil`). */
  readonly state: 'not-yet-in-force' | 'in-force' | 'ended';
  /** For local profiles: the decree cited and the one in force on the date. */
  readonly nationalBasis?:
    | {
        /** The national profile the regulation cites. */
        readonly citedProfileId: string;
        /** The national profile in force on the date (absent before 2011-10-01). */
        readonly inForceProfileId?: string | undefined;
        /** `true` when the cited decree is no longer in force on the date. */
        readonly superseded: boolean;
        /** First day the cited decree was no longer in force. */
        readonly supersededOn?: CivilDate | undefined;
      }
    | undefined;
  /** The timeline events on or before the date. */
  readonly events: Profile['timeline'];
  /**
   * Warnings: `profiles.not-yet-in-force`, `profiles.ended`, `profiles.national-basis-superseded`,
   * `profiles.unit-reorganised`.
   */
  readonly notices: readonly Issue[];
}

/**
 * Tells, for a Vietnamese civil date, whether a profile is in force, whether it rests on a superseded national
 * decree ("quang-nam-3069-2021 cites ND 43/2011, superseded on 2022-08-15 by ND 42/2022") and which
 * reorganisation events apply (Quảng Nam merged into Đà Nẵng on 2025-07-01). Fails only on a bad date.
 *
 * @example
 * ```ts
 * import { getProfile, profileStatusAt } from 'vn-portal-kit/profiles';
 * const qn = getProfile('quang-nam-3069-2021')!;
 * const r = profileStatusAt(qn, '2026-11-25');
 * r.ok && r.value.notices.map((n) => n.code) //=> ['profiles.national-basis-superseded', 'profiles.unit-reorganised']
 * r.ok && r.value.notices[0]?.message.en
 * //=> 'quang-nam-3069-2021 cites ND 43/2011 (43/2011/NĐ-CP), superseded on 2022-08-15; in force on 2026-11-25: 224/2026/NĐ-CP'
 * const before = profileStatusAt(qn, '2022-08-14');
 * before.ok && before.value.nationalBasis?.superseded //=> false
 * ```
 */
export function profileStatusAt(profile: Profile, date: DateInput): Result<ProfileStatus> {
  const day = toCivilDate(date, ['date']);
  if (!day.ok) return day;
  const d = day.value;
  const notices: Issue[] = [];
  const state =
    d < profile.effectiveFrom
      ? 'not-yet-in-force'
      : profile.effectiveUntil !== undefined && d > profile.effectiveUntil
        ? 'ended'
        : 'in-force';
  if (state === 'not-yet-in-force') {
    notices.push(
      createIssue(
        'profiles.not-yet-in-force',
        localized(
          `${profile.documentNumber} chưa có hiệu lực ngày ${d} (hiệu lực từ ${profile.effectiveFrom})`,
          `${profile.documentNumber} is not yet in force on ${d} (in force from ${profile.effectiveFrom})`,
        ),
        { severity: 'warning', citation: profile.effectiveRule.citation },
      ),
    );
  } else if (state === 'ended') {
    notices.push(
      createIssue(
        'profiles.ended',
        localized(
          `${profile.documentNumber} hết hiệu lực từ sau ngày ${profile.effectiveUntil}`,
          `${profile.documentNumber} ceased to be in force after ${profile.effectiveUntil}`,
        ),
        { severity: 'warning', details: { replacedBy: profile.replacedBy?.documentNumber } },
      ),
    );
  }
  let nationalBasis: ProfileStatus['nationalBasis'];
  if (profile.nationalBasis !== undefined) {
    const cited = getProfile(profile.nationalBasis.profileId);
    const current = findNational(d, nationalProfiles);
    const superseded = cited?.effectiveUntil !== undefined && d > cited.effectiveUntil;
    const supersededOn = cited?.replacedBy?.effectiveFrom;
    nationalBasis = {
      citedProfileId: profile.nationalBasis.profileId,
      inForceProfileId: current?.id,
      superseded,
      supersededOn,
    };
    if (superseded && cited !== undefined) {
      const short = shortName(cited);
      notices.push(
        createIssue(
          'profiles.national-basis-superseded',
          localized(
            `${profile.id} căn cứ ${short} (${cited.documentNumber}), đã bị thay thế từ ${supersededOn ?? '?'}; có hiệu lực ngày ${d}: ${current?.documentNumber ?? '?'}`,
            `${profile.id} cites ${short} (${cited.documentNumber}), superseded on ${supersededOn ?? '?'}; in force on ${d}: ${current?.documentNumber ?? '?'}`,
          ),
          {
            severity: 'warning',
            citation: profile.nationalBasis.citation,
            details: { cited: cited.id, inForce: current?.id, supersededOn },
          },
        ),
      );
    }
  }
  const events = profile.timeline.filter((e) => e.on <= d);
  for (const e of events) {
    notices.push(
      createIssue(
        'profiles.unit-reorganised',
        localized(`Từ ${e.on}: ${e.description.vi}`, `From ${e.on}: ${e.description.en}`),
        { severity: 'warning', citation: e.citation, details: { kind: e.kind, successor: e.successor } },
      ),
    );
  }
  return ok({ profileId: profile.id, date: d, state, nationalBasis, events, notices });
}

function shortName(p: Profile): string {
  const m = /^(\d+)\/(\d{4})\/NĐ-CP$/.exec(p.documentNumber);
  return m ? `ND ${m[1]}/${m[2]}` : p.documentNumber;
}
