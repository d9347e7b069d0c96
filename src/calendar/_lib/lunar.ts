import { daysFromCivil } from '../../core/index.js';
import { LUNAR_TABLE, LUNAR_TABLE_FIRST_YEAR, LUNAR_TABLE_LAST_YEAR } from '../data/lunarTable.js';

/** Number of lunar years in the table. */
export const YEAR_COUNT: number = LUNAR_TABLE_LAST_YEAR - LUNAR_TABLE_FIRST_YEAR + 1;
/** Stride of {@link MONTH_STARTS}: up to 13 months plus the start of the next year. */
const STRIDE = 14;

/** Day number of Tết (lunar 1/1) of each table year, plus one entry for the year after the last. */
export const NEW_YEAR_DAY: Int32Array = new Int32Array(YEAR_COUNT + 1);
/** Day numbers of the start of each month position of each year (`STRIDE` per year). */
export const MONTH_STARTS: Int32Array = new Int32Array(YEAR_COUNT * STRIDE);
/** Number of months (12 or 13) of each year. */
export const MONTH_COUNT: Uint8Array = new Uint8Array(YEAR_COUNT);
/** Leap-month position (1–12) of each year, 0 when the year has no leap month. */
export const LEAP_POSITION: Uint8Array = new Uint8Array(YEAR_COUNT);

for (let i = 0; i < YEAR_COUNT; i++) {
  const word = Number.parseInt(LUNAR_TABLE.slice(i * 5, i * 5 + 5), 32);
  const leapPos = (word >> 13) & 15;
  const tet = daysFromCivil(LUNAR_TABLE_FIRST_YEAR + i, 1, 1) + (word >> 17);
  const count = leapPos === 0 ? 12 : 13;
  NEW_YEAR_DAY[i] = tet;
  MONTH_COUNT[i] = count;
  LEAP_POSITION[i] = leapPos;
  let start = tet;
  for (let p = 0; p < count; p++) {
    MONTH_STARTS[i * STRIDE + p] = start;
    start += (word >> p) & 1 ? 30 : 29;
  }
  MONTH_STARTS[i * STRIDE + count] = start;
  if (i === YEAR_COUNT - 1) NEW_YEAR_DAY[YEAR_COUNT] = start;
}

/** First solar day supported by the lunar conversion: 1900-01-01. */
export const LUNAR_FIRST_DAY: number = daysFromCivil(1900, 1, 1);
/** Last solar day supported by the lunar conversion: 2199-12-31. */
export const LUNAR_LAST_DAY: number = daysFromCivil(2199, 12, 31);
/** First and last lunar years whose every day lies in the supported range (1900 and 2199 are partial). */
export const FIRST_YEAR: number = LUNAR_TABLE_FIRST_YEAR;
export const LAST_YEAR: number = LUNAR_TABLE_LAST_YEAR;

/** Index of the lunar year containing a supported day number. */
export function yearIndexOf(day: number): number {
  let i = Math.floor((day - (NEW_YEAR_DAY[0] as number)) / 365.2422);
  if (i < 0) i = 0;
  if (i > YEAR_COUNT - 1) i = YEAR_COUNT - 1;
  while ((NEW_YEAR_DAY[i] as number) > day) i--;
  while ((NEW_YEAR_DAY[i + 1] as number) <= day) i++;
  return i;
}

/** Month position (0-based, leap month included) within year index `i` of a day of that year. */
export function monthPositionOf(i: number, day: number): number {
  const base = i * STRIDE;
  let p = Math.floor((day - (MONTH_STARTS[base] as number)) / 29.530588);
  if (p > 12) p = 12;
  while ((MONTH_STARTS[base + p] as number) > day) p--;
  while (p + 1 <= (MONTH_COUNT[i] as number) - 1 && (MONTH_STARTS[base + p + 1] as number) <= day) p++;
  return p;
}

/** Start day of month position `p` of year index `i` (position `count` = next year's Tết). */
export function monthStart(i: number, p: number): number {
  return MONTH_STARTS[i * STRIDE + p] as number;
}

/** Month number (1–12) of position `p` in year index `i`, and whether it is the leap month. */
export function monthNumberAt(i: number, p: number): { month: number; leap: boolean } {
  const leapPos = LEAP_POSITION[i] as number;
  if (leapPos === 0 || p < leapPos) return { month: p + 1, leap: false };
  return p === leapPos ? { month: p, leap: true } : { month: p, leap: false };
}

/** Position of month `month` (leap or not) in year index `i`, or -1 when that month does not exist. */
export function positionOf(i: number, month: number, leap: boolean): number {
  const leapPos = LEAP_POSITION[i] as number;
  if (leap) return leapPos !== 0 && leapPos === month ? leapPos : -1;
  return leapPos === 0 || month <= leapPos ? month - 1 : month;
}
