import {
  type CivilDate,
  daysToCivilDate,
  err,
  type IssuePath,
  ok,
  type Result,
  unwrap,
} from '../core/index.js';
import { lunarInvalid, outOfRange, yearInvalid } from './_lib/issues.js';
import {
  FIRST_YEAR,
  LAST_YEAR,
  LEAP_POSITION,
  LUNAR_FIRST_DAY,
  LUNAR_LAST_DAY,
  monthStart,
  positionOf,
} from './_lib/lunar.js';
import { LUNAR_SUPPORTED_RANGE } from './solarToLunar.js';

/**
 * A lunar date to convert: like {@link LunarDate} with `leap` optional (default `false`).
 *
 * @example
 * ```ts
 * import { lunarToSolarOrThrow, type LunarDateInput } from 'vn-portal-kit/calendar';
 * const gioTo: LunarDateInput = { year: 2026, month: 3, day: 10 };
 * lunarToSolarOrThrow(gioTo) //=> '2026-04-26'
 * ```
 */
export interface LunarDateInput {
  readonly year: number;
  readonly month: number;
  readonly day: number;
  /** The leap month (tháng nhuận) of that number; default `false`. */
  readonly leap?: boolean;
}

const isInt = (x: unknown): x is number => typeof x === 'number' && Number.isInteger(x);

/**
 * Converts a Vietnamese lunar date to its solar civil date `'YYYY-MM-DD'`. A day that does not exist (the
 * 30th of a 29-day month, a leap month the year does not have) is a `calendar.lunar-date-invalid` issue,
 * never a neighbouring date.
 *
 * @example
 * ```ts
 * import { lunarToSolar } from 'vn-portal-kit/calendar';
 * const tet = lunarToSolar({ year: 2030, month: 1, day: 1 });
 * tet.ok && tet.value //=> '2030-02-02'
 * lunarToSolar({ year: 2026, month: 2, day: 1, leap: true }).ok //=> false
 * ```
 */
export function lunarToSolar(lunar: LunarDateInput, path: IssuePath = []): Result<CivilDate> {
  if (typeof lunar !== 'object' || lunar === null) {
    return err([lunarInvalid('Ngày âm lịch không hợp lệ', 'Invalid lunar date', path)]);
  }
  const { year, month, day } = lunar;
  const leap = lunar.leap === true;
  if (!isInt(year) || year < FIRST_YEAR || year > LAST_YEAR) {
    return err([yearInvalid(year, FIRST_YEAR, LAST_YEAR, [...path, 'year'])]);
  }
  if (!isInt(month) || month < 1 || month > 12) {
    return err([
      lunarInvalid(`Tháng âm lịch không hợp lệ: ${String(month)}`, `Invalid lunar month: ${String(month)}`, [
        ...path,
        'month',
      ]),
    ]);
  }
  const i = year - FIRST_YEAR;
  const p = positionOf(i, month, leap);
  if (p < 0) {
    const lp = LEAP_POSITION[i] as number;
    return err([
      lunarInvalid(
        `Năm âm lịch ${year} không có tháng ${month} nhuận${lp ? ` (tháng nhuận là tháng ${lp})` : ' (năm không nhuận)'}`,
        `Lunar year ${year} has no leap month ${month}${lp ? ` (its leap month is ${lp})` : ' (no leap month)'}`,
        [...path, 'leap'],
      ),
    ]);
  }
  const start = monthStart(i, p);
  const length = monthStart(i, p + 1) - start;
  if (!isInt(day) || day < 1 || day > length) {
    return err([
      lunarInvalid(
        `Tháng ${month}${leap ? ' nhuận' : ''} năm âm lịch ${year} chỉ có ${length} ngày: không có ngày ${String(day)}`,
        `Lunar month ${month}${leap ? ' (leap)' : ''} of ${year} has ${length} days: there is no day ${String(day)}`,
        [...path, 'day'],
      ),
    ]);
  }
  const solar = start + day - 1;
  if (solar < LUNAR_FIRST_DAY || solar > LUNAR_LAST_DAY) {
    return err([
      outOfRange('Ngày dương lịch tương ứng', LUNAR_SUPPORTED_RANGE.from, LUNAR_SUPPORTED_RANGE.to, path),
    ]);
  }
  return ok(daysToCivilDate(solar));
}

/**
 * Throwing form of {@link lunarToSolar}.
 *
 * @example
 * ```ts
 * import { lunarToSolarOrThrow } from 'vn-portal-kit/calendar';
 * lunarToSolarOrThrow({ year: 2025, month: 6, day: 1, leap: true }) //=> '2025-07-25'
 * ```
 */
export function lunarToSolarOrThrow(lunar: LunarDateInput): CivilDate {
  return unwrap(lunarToSolar(lunar));
}
