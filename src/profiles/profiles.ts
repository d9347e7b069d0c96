import { deepFreeze } from '../core/index.js';
import { hauGiang1347_2020 } from './hau-giang-1347-2020.js';
import { nd42_2022 } from './nd42-2022.js';
import { nd43_2011 } from './nd43-2011.js';
import { nd224_2026 } from './nd224-2026.js';
import { nhuXuan2112_2022 } from './nhu-xuan-2112-2022.js';
import type { Profile } from './Profile.js';
import { quangNam3069_2021 } from './quang-nam-3069-2021.js';
import { thaiNguyen40_2012 } from './thai-nguyen-40-2012.js';
import { vinhPhuc32_2023 } from './vinh-phuc-32-2023.js';

/**
 * Every shipped profile: the three national decrees in date order (ND 43/2011, ND 42/2022, ND 224/2026), then
 * the five regulations of the seeds (Hậu Giang, Quảng Nam, Vĩnh Phúc, Như Xuân, Thái Nguyên).
 *
 * @example
 * ```ts
 * import { profiles } from 'vn-portal-kit/profiles';
 * profiles.map((p) => p.id)
 * //=> ['nd43-2011', 'nd42-2022', 'nd224-2026', 'hau-giang-1347-2020', 'quang-nam-3069-2021', 'vinh-phuc-32-2023', 'nhu-xuan-2112-2022', 'thai-nguyen-40-2012']
 * ```
 */
export const profiles: readonly Profile[] = /*#__PURE__*/ deepFreeze([
  nd43_2011,
  nd42_2022,
  nd224_2026,
  hauGiang1347_2020,
  quangNam3069_2021,
  vinhPhuc32_2023,
  nhuXuan2112_2022,
  thaiNguyen40_2012,
]);

/**
 * The national profiles, oldest first; each ends the day before the next starts.
 *
 * @example
 * ```ts
 * import { nationalProfiles } from 'vn-portal-kit/profiles';
 * nationalProfiles.map((p) => p.effectiveFrom) //=> ['2011-10-01', '2022-08-15', '2026-07-01']
 * ```
 */
export const nationalProfiles: readonly Profile[] = /*#__PURE__*/ deepFreeze([
  nd43_2011,
  nd42_2022,
  nd224_2026,
]);

/**
 * The ids of {@link profiles}.
 *
 * @example
 * ```ts
 * import { PROFILE_IDS } from 'vn-portal-kit/profiles';
 * PROFILE_IDS.includes('thai-nguyen-40-2012') //=> true
 * ```
 */
export const PROFILE_IDS: readonly string[] = /*#__PURE__*/ deepFreeze(profiles.map((p) => p.id));

/**
 * The shipped profile with this id, or `undefined`. Profiles are deeply frozen: the object returned is shared
 * and cannot be changed (derive one with {@link extendProfile}). A lookup in a fixed table (like `Map#get`): an unknown id
 * is not an error in the data, so there are no issues to report; use {@link PROFILE_IDS} to list the known
 * ones, and {@link defineProfile} to validate a profile of your own.
 *
 * @example
 * ```ts
 * import { getProfile } from 'vn-portal-kit/profiles';
 * getProfile('quang-nam-3069-2021')?.nationalBasis?.profileId //=> 'nd43-2011'
 * getProfile('no-such-profile') //=> undefined
 * ```
 */
export function getProfile(id: string): Profile | undefined {
  return profiles.find((p) => p.id === id);
}
