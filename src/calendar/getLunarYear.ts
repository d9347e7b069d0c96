import {
  type CivilDate,
  daysToCivilDate,
  err,
  type IssuePath,
  type LocalizedText,
  ok,
  type Result,
  unwrap,
} from '../core/index.js';
import { yearInvalid } from './_lib/issues.js';
import {
  FIRST_YEAR,
  LAST_YEAR,
  LEAP_POSITION,
  MONTH_COUNT,
  monthNumberAt,
  monthStart,
} from './_lib/lunar.js';

/**
 * One month of a lunar year.
 *
 * @example
 * ```ts
 * import { getLunarYearOrThrow, type LunarMonth } from 'vn-portal-kit/calendar';
 * const m: LunarMonth | undefined = getLunarYearOrThrow(2026).months[0];
 * m?.start //=> '2026-02-17'
 * ```
 */
export interface LunarMonth {
  readonly month: number;
  readonly leap: boolean;
  /** 29 (tháng thiếu) or 30 (tháng đủ). */
  readonly days: 29 | 30;
  /** Solar date of day 1. */
  readonly start: CivilDate;
}

/**
 * A lunar year: its new-year day (Tết), its leap month (0 when none) and its 12 or 13 months.
 *
 * @example
 * ```ts
 * import { getLunarYearOrThrow, type LunarYear } from 'vn-portal-kit/calendar';
 * const y: LunarYear = getLunarYearOrThrow(2025);
 * y.leapMonth //=> 6
 * ```
 */
export interface LunarYear {
  readonly year: number;
  /** Tết Nguyên đán: the solar date of lunar 1/1. */
  readonly newYear: CivilDate;
  /** Number of the leap month (tháng nhuận), 0 when the year has none. */
  readonly leapMonth: number;
  /** Name in the sexagenary cycle (can chi), e.g. `{ vi: 'Bính Ngọ', en: 'Bính Ngọ (Fire Horse)' }`. */
  readonly name: LocalizedText;
  readonly months: readonly LunarMonth[];
}

const CAN = ['Giáp', 'Ất', 'Bính', 'Đinh', 'Mậu', 'Kỷ', 'Canh', 'Tân', 'Nhâm', 'Quý'] as const;
const CHI = ['Tý', 'Sửu', 'Dần', 'Mão', 'Thìn', 'Tỵ', 'Ngọ', 'Mùi', 'Thân', 'Dậu', 'Tuất', 'Hợi'] as const;
const ELEMENT = [
  'Wood',
  'Wood',
  'Fire',
  'Fire',
  'Earth',
  'Earth',
  'Metal',
  'Metal',
  'Water',
  'Water',
] as const;
const ANIMAL = [
  'Rat',
  'Buffalo',
  'Tiger',
  'Cat',
  'Dragon',
  'Snake',
  'Horse',
  'Goat',
  'Monkey',
  'Rooster',
  'Dog',
  'Pig',
] as const;

/**
 * The can-chi (sexagenary) name of a lunar year. Vietnam's zodiac has the Cat (Mão) and the Buffalo (Sửu).
 *
 * @example
 * ```ts
 * import { lunarYearName } from 'vn-portal-kit/calendar';
 * lunarYearName(2026) //=> { vi: 'Bính Ngọ', en: 'Bính Ngọ (Fire Horse)' }
 * ```
 */
export function lunarYearName(year: number): LocalizedText {
  const c = (((year + 6) % 10) + 10) % 10;
  const h = (((year + 8) % 12) + 12) % 12;
  const vi = `${CAN[c]} ${CHI[h]}`;
  return { vi, en: `${vi} (${ELEMENT[c]} ${ANIMAL[h]})` };
}

/**
 * The months of a lunar year (1899–2199; 1899 and 2199 extend outside the solar range of
 * {@link solarToLunar}).
 *
 * @example
 * ```ts
 * import { getLunarYear } from 'vn-portal-kit/calendar';
 * const y = getLunarYear(2033);
 * y.ok && y.value.leapMonth //=> 11
 * y.ok && y.value.months.length //=> 13
 * ```
 */
export function getLunarYear(year: number, path: IssuePath = []): Result<LunarYear> {
  if (typeof year !== 'number' || !Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    return err([yearInvalid(year, FIRST_YEAR, LAST_YEAR, path)]);
  }
  const i = year - FIRST_YEAR;
  const months: LunarMonth[] = [];
  for (let p = 0; p < (MONTH_COUNT[i] as number); p++) {
    const { month, leap } = monthNumberAt(i, p);
    const start = monthStart(i, p);
    months.push({
      month,
      leap,
      days: (monthStart(i, p + 1) - start) as 29 | 30,
      start: daysToCivilDate(start),
    });
  }
  return ok({
    year,
    newYear: daysToCivilDate(monthStart(i, 0)),
    leapMonth: LEAP_POSITION[i] as number,
    name: lunarYearName(year),
    months,
  });
}

/**
 * Throwing form of {@link getLunarYear}.
 *
 * @example
 * ```ts
 * import { getLunarYearOrThrow } from 'vn-portal-kit/calendar';
 * getLunarYearOrThrow(2024).leapMonth //=> 0
 * ```
 */
export function getLunarYearOrThrow(year: number): LunarYear {
  return unwrap(getLunarYear(year));
}

/**
 * The solar date of Tết Nguyên đán (lunar 1/1) of a year.
 *
 * @example
 * ```ts
 * import { lunarNewYear } from 'vn-portal-kit/calendar';
 * const r = lunarNewYear(1985);
 * r.ok && r.value //=> '1985-01-21'
 * ```
 */
export function lunarNewYear(year: number, path: IssuePath = []): Result<CivilDate> {
  if (typeof year !== 'number' || !Number.isInteger(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    return err([yearInvalid(year, FIRST_YEAR, LAST_YEAR, path)]);
  }
  return ok(daysToCivilDate(monthStart(year - FIRST_YEAR, 0)));
}
