import type { Issue } from '../../core/index.js';
import {
  type DateInput,
  daysFromCivil,
  daysInMonth,
  type IssuePath,
  toInstant,
  VN_UTC_OFFSET_MINUTES,
} from '../../core/index.js';
import { dateInvalid } from './issues.js';

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;

/** A parsed date input: the Vietnamese civil day number and the minute of that day (0 for a civil date). */
export interface DayAndMinute {
  readonly day: number;
  readonly minute: number;
  /** Whether the input carried a time of day (a `Date` or an ISO date-time). */
  readonly timed: boolean;
}

/** A shared empty issue list for successful results on hot paths. */
export const NO_ISSUES: readonly Issue[] = Object.freeze([]);

const digit = (s: string, i: number): number => s.charCodeAt(i) - 48;

/** Day number of a strict `'YYYY-MM-DD'` string, or `NaN` when it is not one (fast path, no regex). */
export function civilDayOrNaN(s: string): number {
  if (s.length !== 10 || s.charCodeAt(4) !== 45 || s.charCodeAt(7) !== 45) return Number.NaN;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const d = digit(s, i);
    if (d < 0 || d > 9) return Number.NaN;
    y = y * 10 + d;
  }
  const m1 = digit(s, 5);
  const m2 = digit(s, 6);
  const d1 = digit(s, 8);
  const d2 = digit(s, 9);
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return Number.NaN;
  const m = m1 * 10 + m2;
  const d = d1 * 10 + d2;
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > daysInMonth(y, m)) return Number.NaN;
  return daysFromCivil(y, m, d);
}

/** Reads a {@link DateInput} as a Vietnamese civil day and minute of day, or an issue. */
export function readDateInput(input: DateInput, path: IssuePath): DayAndMinute | Issue {
  if (typeof input === 'string' && input.length === 10) {
    const day = civilDayOrNaN(input);
    return Number.isNaN(day) ? dateInvalid(input, path) : { day, minute: 0, timed: false };
  }
  if (!(input instanceof Date) && typeof input !== 'string') return dateInvalid(input, path);
  const r = toInstant(input, path);
  if (!r.ok) return dateInvalid(input, path);
  const local = r.value.getTime() + VN_UTC_OFFSET_MINUTES * MS_PER_MINUTE;
  const day = Math.floor(local / MS_PER_DAY);
  const minute = Math.floor((local - day * MS_PER_DAY) / MS_PER_MINUTE);
  return { day, minute, timed: true };
}

/** Whether a value returned by {@link readDateInput} is an issue. */
export function isIssue<T extends object>(x: T | Issue): x is Issue {
  return typeof (x as Issue).code === 'string' && typeof (x as Issue).message === 'object';
}

/** Parses `'HH:MM'` (00:00–24:00) to minutes of the day, or `NaN`. */
export function parseClock(s: unknown): number {
  if (typeof s !== 'string' || s.length !== 5 || s.charCodeAt(2) !== 58) return Number.NaN;
  const h1 = digit(s, 0);
  const h2 = digit(s, 1);
  const m1 = digit(s, 3);
  const m2 = digit(s, 4);
  if ([h1, h2, m1, m2].some((d) => d < 0 || d > 9)) return Number.NaN;
  const h = h1 * 10 + h2;
  const m = m1 * 10 + m2;
  if (h > 24 || m > 59 || (h === 24 && m !== 0)) return Number.NaN;
  return h * 60 + m;
}

/** Formats minutes of the day as `'HH:MM'`. */
export function formatClock(minute: number): string {
  const h = Math.floor(minute / 60);
  const m = minute % 60;
  return `${h < 10 ? '0' : ''}${h}:${m < 10 ? '0' : ''}${m}`;
}
