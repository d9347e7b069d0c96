import { createIssue, type DateInput, err, localized, ok, type Result, toCivilDate } from '../core/index.js';
import { findNational } from './_lib/findNational.js';
import type { Profile } from './Profile.js';
import { nationalProfiles } from './profiles.js';

/**
 * The national decree in force on a Vietnamese civil date: ND 43/2011 from 2011-10-01 to 2022-08-14, ND 42/2022
 * from 2022-08-15 to 2026-06-30, ND 224/2026 from 2026-07-01. An instant is read in UTC+07:00, whatever the
 * host time zone. Before 2011-10-01: `profiles.no-national-profile`; a bad date: the `core` date issue.
 *
 * @example
 * ```ts
 * import { nationalProfileAt } from 'vn-portal-kit/profiles';
 * const r = nationalProfileAt('2022-08-14');
 * r.ok && r.value.id //=> 'nd43-2011'
 * const s = nationalProfileAt(new Date('2026-06-30T17:00:00Z'));
 * s.ok && s.value.id //=> 'nd224-2026'
 * ```
 */
export function nationalProfileAt(date: DateInput): Result<Profile> {
  const day = toCivilDate(date, ['date']);
  if (!day.ok) return day;
  const found = findNational(day.value, nationalProfiles);
  if (found !== undefined) return ok(found);
  return err([
    createIssue(
      'profiles.no-national-profile',
      localized(
        `Không có nghị định về cổng thông tin điện tử nào được mã hóa có hiệu lực ngày ${day.value} (sớm nhất: 2011-10-01)`,
        `No encoded national portal decree is in force on ${day.value} (the earliest starts 2011-10-01)`,
      ),
      { path: ['date'], details: { date: day.value } },
    ),
  ]);
}
