import { type DateInput, err, type IssuePath, ok, type Result, unwrap } from '../core/index.js';
import { civilDayOrNaN, isIssue, NO_ISSUES, readDateInput } from './_lib/dateInput.js';
import { outOfRange } from './_lib/issues.js';
import {
  FIRST_YEAR,
  LEAP_POSITION,
  LUNAR_FIRST_DAY,
  LUNAR_LAST_DAY,
  monthPositionOf,
  monthStart,
  yearIndexOf,
} from './_lib/lunar.js';

/**
 * A day of the Vietnamese lunar calendar (âm lịch): the lunar year (numbered like the Gregorian year in which
 * its Tết falls), the month 1–12, the day 1–30, and whether the month is the leap month (tháng nhuận).
 *
 * @example
 * ```ts
 * import { solarToLunarOrThrow, type LunarDate } from 'vn-portal-kit/calendar';
 * const d: LunarDate = solarToLunarOrThrow('2026-02-17');
 * d //=> { year: 2026, month: 1, day: 1, leap: false }
 * ```
 */
export interface LunarDate {
  /** Lunar year: the Gregorian year in which its month 1 day 1 (Tết) falls. */
  readonly year: number;
  /** Month number 1–12 (a leap month repeats the number of the month before it). */
  readonly month: number;
  /** Day of the month, 1–30. */
  readonly day: number;
  /** Whether this is the leap month (tháng nhuận). */
  readonly leap: boolean;
}

/**
 * Supported solar range of the lunar conversion (UTC+07:00 astronomy, new moons and solar terms at 105°E).
 *
 * @example
 * ```ts
 * import { LUNAR_SUPPORTED_RANGE, solarToLunar } from 'vn-portal-kit/calendar';
 * [solarToLunar(LUNAR_SUPPORTED_RANGE.to).ok, solarToLunar('2200-01-01').ok] //=> [true, false]
 * ```
 */
export const LUNAR_SUPPORTED_RANGE: { readonly from: string; readonly to: string } = {
  from: '1900-01-01',
  to: '2199-12-31',
};

/**
 * Converts a solar (Gregorian) date to the Vietnamese lunar calendar, computed for UTC+07:00 (which is why
 * it differs from the Chinese calendar in some years: Tết 1985 was 21 January in Vietnam, 20 February in
 * China). O(1): a lookup in a per-year table generated from the astronomy. A `Date` or date-time is read as
 * its civil day in Vietnam. Supported: 1900-01-01 to 2199-12-31; dates before 1968 follow the modern rule,
 * not the historical (Chinese, UTC+08:00) calendar then in use.
 *
 * @example
 * ```ts
 * import { solarToLunar } from 'vn-portal-kit/calendar';
 * const r = solarToLunar('2026-11-25');
 * r.ok && r.value //=> { year: 2026, month: 10, day: 17, leap: false }
 * solarToLunar('2026-02-30').ok //=> false
 * ```
 */
export function solarToLunar(date: DateInput, path: IssuePath = ROOT): Result<LunarDate> {
  let day = typeof date === 'string' ? civilDayOrNaN(date) : Number.NaN;
  if (Number.isNaN(day)) {
    const parsed = readDateInput(date, path);
    if (isIssue(parsed)) return err([parsed]);
    day = parsed.day;
  }
  if (day < LUNAR_FIRST_DAY || day > LUNAR_LAST_DAY) {
    return err([outOfRange('Ngày', LUNAR_SUPPORTED_RANGE.from, LUNAR_SUPPORTED_RANGE.to, path)]);
  }
  return ok(lunarOfDay(day), NO_ISSUES);
}

/** Lunar date of a supported day number. */
function lunarOfDay(day: number): LunarDate {
  const i = yearIndexOf(day);
  const p = monthPositionOf(i, day);
  const leapPos = LEAP_POSITION[i] as number;
  const month = leapPos === 0 || p < leapPos ? p + 1 : p;
  return {
    year: FIRST_YEAR + i,
    month,
    day: day - monthStart(i, p) + 1,
    leap: leapPos !== 0 && p === leapPos,
  };
}

const ROOT: IssuePath = Object.freeze([]);

/**
 * Throwing form of {@link solarToLunar}: returns the lunar date or throws a `VnPortalKitError` carrying the
 * issues.
 *
 * @example
 * ```ts
 * import { solarToLunarOrThrow } from 'vn-portal-kit/calendar';
 * solarToLunarOrThrow('2023-06-18') //=> { year: 2023, month: 5, day: 1, leap: false }
 * ```
 */
export function solarToLunarOrThrow(date: DateInput): LunarDate {
  return unwrap(solarToLunar(date));
}
