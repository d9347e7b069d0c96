import { civilFromDays, type DateInput, type Issue, type IssuePath, toInstant } from '../../core/index.js';
import { refusal } from './refusal.js';

const MS_PER_HOUR = 3_600_000;

/** '00'…'99' (an immutable lookup table: no string building per call). */
const TWO: readonly string[] = Object.freeze(
  Array.from({ length: 100 }, (_, i) => (i < 10 ? `0${i}` : `${i}`)),
);

/** '000'…'999'. */
const THREE: readonly string[] = Object.freeze(
  Array.from({ length: 1000 }, (_, i) => (i < 10 ? `00${i}` : i < 100 ? `0${i}` : `${i}`)),
);

/** 'YYYY-MM-DDTHH:' of an hour count since 1970, or '' outside the years 0000–9999. */
function hourPrefix(hours: number): string {
  const days = Math.floor(hours / 24);
  const { year, month, day } = civilFromDays(days);
  if (year < 0 || year > 9999) return '';
  return `${TWO[Math.floor(year / 100)]!}${TWO[year % 100]!}-${TWO[month]!}-${TWO[day]!}T${TWO[hours - days * 24]!}:`;
}

/**
 * `Date#toISOString()` for the years 0000–9999 without the builtin (several times faster; every step
 * writes one). Outside that range, the builtin. With `memo` (held by a compiled machine), the prefix of the
 * last hour formatted is reused.
 */
export function isoUtc(ms: number, memo?: { hour: number; prefix: string }): string {
  const hours = Math.floor(ms / MS_PER_HOUR);
  let prefix: string;
  if (memo !== undefined && memo.hour === hours) prefix = memo.prefix;
  else {
    prefix = hourPrefix(hours);
    if (prefix === '') return new Date(ms).toISOString();
    if (memo !== undefined) {
      memo.hour = hours;
      memo.prefix = prefix;
    }
  }
  const rest = ms - hours * MS_PER_HOUR;
  const mi = Math.floor(rest / 60_000);
  const s = Math.floor((rest % 60_000) / 1000);
  const milli = rest % 1000;
  return `${prefix}${TWO[mi]!}:${TWO[s]!}.${THREE[milli]!}Z`;
}

function digits(s: string, from: number, n: number): number {
  let v = 0;
  for (let i = from; i < from + n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Parses 'YYYY-MM-DDTHH:MM:SS.sssZ' without Date.parse (the hot path of every step). */
function parseIsoZ(v: string): number {
  if (
    v.charCodeAt(4) !== 45 ||
    v.charCodeAt(7) !== 45 ||
    v.charCodeAt(13) !== 58 ||
    v.charCodeAt(16) !== 58
  ) {
    return Number.NaN;
  }
  const y = digits(v, 0, 4);
  const mo = digits(v, 5, 2);
  const d = digits(v, 8, 2);
  const h = digits(v, 11, 2);
  const mi = digits(v, 14, 2);
  const sec = digits(v, 17, 2);
  const ms = digits(v, 20, 3);
  if (
    y < 0 ||
    mo < 1 ||
    mo > 12 ||
    d < 1 ||
    d > MONTH_DAYS[mo - 1]! ||
    h < 0 ||
    h > 23 ||
    mi < 0 ||
    mi > 59
  ) {
    return Number.NaN;
  }
  if (sec < 0 || sec > 59 || ms < 0) return Number.NaN;
  if (mo === 2 && d === 29 && !((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0)) return Number.NaN;
  if (y < 100) {
    // Date.UTC maps years 0–99 to 1900–1999.
    const t = new Date(0);
    t.setUTCFullYear(y, mo - 1, d);
    t.setUTCHours(h, mi, sec, ms);
    return t.getTime();
  }
  return Date.UTC(y, mo - 1, d, h, mi, sec, ms);
}

/**
 * Reads an ISO instant held in the context or payload; NaN when absent or malformed. A civil date is 00:00 in
 * Vietnam, a date-time without an offset is Vietnamese local time (the library's `DateInput` rules).
 */
export function parseInstant(v: unknown): number {
  if (typeof v !== 'string' || v.length > 40) return Number.NaN;
  // Fast path: the library's own format, Date#toISOString() ('YYYY-MM-DDTHH:MM:SS.sssZ').
  if (v.length === 24 && v.charCodeAt(23) === 90 && v.charCodeAt(10) === 84 && v.charCodeAt(19) === 46) {
    return parseIsoZ(v);
  }
  const r = toInstant(v);
  return r.ok ? r.value.getTime() : Number.NaN;
}

/** The instant of a `Date` or an ISO 8601 string (`DateInput`), in ms, or NaN. */
export function instantMs(at: unknown): number {
  if (at instanceof Date) return at.getTime();
  return parseInstant(at);
}

/** The format every time argument accepts, for messages. */
export const TIME_FORMAT = {
  vi: 'một Date hoặc chuỗi ISO 8601 (vd. 2026-03-02T08:00:00+07:00; không có múi giờ là giờ Việt Nam; 2026-03-02 là 00:00 giờ Việt Nam)',
  en: 'a Date or an ISO 8601 string (e.g. 2026-03-02T08:00:00+07:00; without an offset, Vietnamese time; 2026-03-02 is 00:00 Vietnamese time)',
} as const;

/** The refusal of an unreadable time argument, naming the expected format in both languages. */
export function timeInvalid(value: unknown, path: IssuePath = ['at'], code = 'workflow.time-invalid'): Issue {
  const shown =
    typeof value === 'string'
      ? JSON.stringify(value.slice(0, 40))
      : value instanceof Date
        ? 'Invalid Date'
        : typeof value;
  return refusal(
    code,
    `Thời điểm không hợp lệ: ${shown}; cần ${TIME_FORMAT.vi}`,
    `Invalid time: ${shown}; expected ${TIME_FORMAT.en}`,
    { path, details: { expected: 'DateInput (Date | ISO 8601)' } },
  );
}

/** Reads a time argument: its instant in ms, or the refusal. */
export function readTime(at: DateInput, path: IssuePath = ['at']): number | Issue {
  const ms = instantMs(at);
  return Number.isNaN(ms) ? timeInvalid(at, path) : ms;
}
