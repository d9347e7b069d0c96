import { createIssue, type IssuePath } from './Issue.js';
import { localized } from './LocalizedText.js';
import { err, ok, type Result } from './Result.js';

/**
 * A Vietnamese civil date written `'YYYY-MM-DD'` (a day in Asia/Ho_Chi_Minh, UTC+07:00), independent of the
 * host machine's time zone.
 *
 * @example
 * ```ts
 * import { type CivilDate, toCivilDate } from 'vn-portal-kit/core';
 * const r = toCivilDate(new Date('2026-04-24T18:30:00Z'));
 * const day: CivilDate = r.ok ? r.value : '';
 * day //=> '2026-04-25'
 * ```
 */
export type CivilDate = string;

/**
 * What date-taking functions accept: a `Date` (an instant, read in UTC+07:00), a civil date `'YYYY-MM-DD'`,
 * or an ISO 8601 date-time. A date-time with `Z` or an offset is an instant; one without an offset is read as
 * Vietnamese local time (UTC+07:00), never as the host's time.
 *
 * @example
 * ```ts
 * import { type DateInput, toCivilDate } from 'vn-portal-kit/core';
 * const inputs: DateInput[] = ['2026-04-25', '2026-04-25T07:00', new Date('2026-04-25T00:00:00Z')];
 * inputs.map((d) => { const r = toCivilDate(d); return r.ok ? r.value : null; }) //=> ['2026-04-25', '2026-04-25', '2026-04-25']
 * ```
 */
export type DateInput = Date | string;

/**
 * Vietnam's offset from UTC in minutes (UTC+07:00, no daylight saving since 1975).
 *
 * @example
 * ```ts
 * import { VN_UTC_OFFSET_MINUTES } from 'vn-portal-kit/core';
 * VN_UTC_OFFSET_MINUTES / 60 //=> 7
 * ```
 */
export const VN_UTC_OFFSET_MINUTES = 420;

const MS_PER_DAY = 86_400_000;
const MS_PER_MINUTE = 60_000;
const CIVIL_RE = /^(\d{4})-(\d{2})-(\d{2})$/;
const DATETIME_RE =
  /^(\d{4})-(\d{2})-(\d{2})[T ](\d{2}):(\d{2})(?::(\d{2})(?:\.(\d{1,9}))?)?(Z|[+-]\d{2}:?\d{2})?$/i;

/**
 * Days from 1970-01-01 to the given proleptic-Gregorian date (Howard Hinnant's `days_from_civil`): pure
 * integer arithmetic, no `Date`, no time zone.
 *
 * @example
 * ```ts
 * import { daysFromCivil } from 'vn-portal-kit/core';
 * daysFromCivil(1970, 1, 2) //=> 1
 * ```
 */
export function daysFromCivil(year: number, month: number, day: number): number {
  const y = month <= 2 ? year - 1 : year;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const mp = (month + 9) % 12;
  const doy = Math.floor((153 * mp + 2) / 5) + day - 1;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + doy;
  return era * 146097 + doe - 719468;
}

/**
 * The `{ year, month, day }` of a day number counted from 1970-01-01 (inverse of {@link daysFromCivil}).
 *
 * @example
 * ```ts
 * import { civilFromDays } from 'vn-portal-kit/core';
 * civilFromDays(20_516) //=> { year: 2026, month: 3, day: 4 }
 * ```
 */
export function civilFromDays(days: number): { year: number; month: number; day: number } {
  const z = days + 719468;
  const era = Math.floor(z / 146097);
  const doe = z - era * 146097;
  const yoe = Math.floor(
    (doe - Math.floor(doe / 1460) + Math.floor(doe / 36524) - Math.floor(doe / 146096)) / 365,
  );
  const doy = doe - (365 * yoe + Math.floor(yoe / 4) - Math.floor(yoe / 100));
  const mp = Math.floor((5 * doy + 2) / 153);
  const day = doy - Math.floor((153 * mp + 2) / 5) + 1;
  const month = mp < 10 ? mp + 3 : mp - 9;
  return { year: yoe + era * 400 + (month <= 2 ? 1 : 0), month, day };
}

/**
 * Number of days in a Gregorian month.
 *
 * @example
 * ```ts
 * import { daysInMonth } from 'vn-portal-kit/core';
 * daysInMonth(2028, 2) //=> 29
 * ```
 */
export function daysInMonth(year: number, month: number): number {
  if (month === 2) return (year % 4 === 0 && year % 100 !== 0) || year % 400 === 0 ? 29 : 28;
  return month === 4 || month === 6 || month === 9 || month === 11 ? 30 : 31;
}

const pad2 = (n: number): string => (n < 10 ? `0${n}` : String(n));
const pad4 = (n: number): string => String(n).padStart(4, '0');

/**
 * Formats a year, month and day as `'YYYY-MM-DD'` (no validation).
 *
 * @example
 * ```ts
 * import { formatCivilDate } from 'vn-portal-kit/core';
 * formatCivilDate(2026, 2, 5) //=> '2026-02-05'
 * ```
 */
export function formatCivilDate(year: number, month: number, day: number): CivilDate {
  return `${pad4(year)}-${pad2(month)}-${pad2(day)}`;
}

/**
 * Day number (days since 1970-01-01) of a civil date known to be valid. Use {@link parseCivilDate} first on
 * untrusted strings.
 *
 * @example
 * ```ts
 * import { civilDateToDays } from 'vn-portal-kit/core';
 * civilDateToDays('1970-01-31') //=> 30
 * ```
 */
export function civilDateToDays(date: CivilDate): number {
  return daysFromCivil(Number(date.slice(0, 4)), Number(date.slice(5, 7)), Number(date.slice(8, 10)));
}

/**
 * Civil date of a day number.
 *
 * @example
 * ```ts
 * import { daysToCivilDate } from 'vn-portal-kit/core';
 * daysToCivilDate(0) //=> '1970-01-01'
 * ```
 */
export function daysToCivilDate(days: number): CivilDate {
  const { year, month, day } = civilFromDays(days);
  return formatCivilDate(year, month, day);
}

/**
 * Adds calendar days to a civil date.
 *
 * @example
 * ```ts
 * import { addCalendarDays } from 'vn-portal-kit/core';
 * addCalendarDays('2026-02-27', 2) //=> '2026-03-01'
 * ```
 */
export function addCalendarDays(date: CivilDate, days: number): CivilDate {
  return daysToCivilDate(civilDateToDays(date) + days);
}

/**
 * Day of the week of a civil date: 0 = Sunday (Chủ nhật), 1 = Monday (Thứ Hai), …, 6 = Saturday (Thứ Bảy).
 *
 * @example
 * ```ts
 * import { dayOfWeek } from 'vn-portal-kit/core';
 * dayOfWeek('2026-11-25') //=> 3
 * ```
 */
export function dayOfWeek(date: CivilDate): number {
  return (((civilDateToDays(date) + 4) % 7) + 7) % 7;
}

function invalidDate(input: unknown, path: IssuePath, why: string) {
  return err([
    createIssue(
      'date.invalid',
      localized(
        `Ngày không hợp lệ: ${preview(input)} (cần dạng YYYY-MM-DD hoặc ngày giờ ISO 8601)`,
        `Invalid date: ${preview(input)} (expected YYYY-MM-DD or an ISO 8601 date-time; ${why})`,
      ),
      { path, details: { input: preview(input) } },
    ),
  ]);
}

function preview(input: unknown): string {
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? 'Invalid Date' : input.toISOString();
  // Objects and arrays are described, never stringified: a hostile `toString` or a deeply nested array
  // would throw (or overflow the stack) inside String().
  const s =
    typeof input === 'string'
      ? input
      : input === null || (typeof input !== 'object' && typeof input !== 'function')
        ? String(input)
        : Array.isArray(input)
          ? '[array]'
          : `[${typeof input}]`;
  return s.length > 40 ? `${JSON.stringify(s.slice(0, 40))}…` : JSON.stringify(s);
}

/**
 * Parses a strict civil date `'YYYY-MM-DD'` (years 0001–9999), rejecting days that do not exist.
 *
 * @example
 * ```ts
 * import { parseCivilDate } from 'vn-portal-kit/core';
 * parseCivilDate('2026-02-30').ok //=> false
 * ```
 */
export function parseCivilDate(input: string, path: IssuePath = []): Result<CivilDate> {
  if (typeof input !== 'string' || input.length !== 10) return invalidDate(input, path, 'not YYYY-MM-DD');
  const m = CIVIL_RE.exec(input);
  if (!m) return invalidDate(input, path, 'not YYYY-MM-DD');
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo)) {
    return invalidDate(input, path, 'no such day');
  }
  return ok(input);
}

/**
 * Whether a string is a valid civil date `'YYYY-MM-DD'`.
 *
 * @example
 * ```ts
 * import { isCivilDate } from 'vn-portal-kit/core';
 * isCivilDate('2024-02-29') //=> true
 * ```
 */
export function isCivilDate(input: unknown): input is CivilDate {
  return typeof input === 'string' && parseCivilDate(input).ok;
}

/**
 * Reads any {@link DateInput} as an instant. A civil date means 00:00 in Vietnam (UTC+07:00); a date-time
 * without an offset is Vietnamese local time.
 *
 * @example
 * ```ts
 * import { toInstant } from 'vn-portal-kit/core';
 * const r = toInstant('2026-04-24');
 * r.ok && r.value.toISOString() //=> '2026-04-23T17:00:00.000Z'
 * ```
 */
export function toInstant(input: DateInput, path: IssuePath = []): Result<Date> {
  if (input instanceof Date) {
    const t = input.getTime();
    return Number.isNaN(t) ? invalidDate(input, path, 'Invalid Date') : ok(new Date(t));
  }
  if (typeof input !== 'string') return invalidDate(input, path, `got ${typeof input}`);
  if (input.length === 10) {
    const civil = parseCivilDate(input, path);
    if (!civil.ok) return civil;
    return ok(vnInstant(civil.value, 0));
  }
  if (input.length > 40) return invalidDate(input, path, 'too long');
  const m = DATETIME_RE.exec(input);
  if (!m) return invalidDate(input, path, 'not ISO 8601');
  const y = Number(m[1]);
  const mo = Number(m[2]);
  const d = Number(m[3]);
  const h = Number(m[4]);
  const mi = Number(m[5]);
  const s = m[6] === undefined ? 0 : Number(m[6]);
  const ms = m[7] === undefined ? 0 : Number(m[7].slice(0, 3).padEnd(3, '0'));
  if (y < 1 || mo < 1 || mo > 12 || d < 1 || d > daysInMonth(y, mo) || h > 24 || mi > 59 || s > 59) {
    return invalidDate(input, path, 'field out of range');
  }
  if (h === 24 && (mi !== 0 || s !== 0 || ms !== 0)) return invalidDate(input, path, 'field out of range');
  let offsetMinutes = VN_UTC_OFFSET_MINUTES;
  const tz = m[8];
  if (tz !== undefined) {
    if (tz === 'Z' || tz === 'z') offsetMinutes = 0;
    else {
      const sign = tz[0] === '-' ? -1 : 1;
      const digits = tz.slice(1).replace(':', '');
      const oh = Number(digits.slice(0, 2));
      const om = Number(digits.slice(2, 4));
      if (oh > 23 || om > 59) return invalidDate(input, path, 'offset out of range');
      offsetMinutes = sign * (oh * 60 + om);
    }
  }
  const epochMs = daysFromCivil(y, mo, d) * MS_PER_DAY + ((h * 60 + mi - offsetMinutes) * 60 + s) * 1000 + ms;
  return ok(new Date(epochMs));
}

/**
 * Reads any {@link DateInput} as a Vietnamese civil date: a `Date` or an ISO date-time is the day it is in
 * UTC+07:00, whatever the host time zone.
 *
 * @example
 * ```ts
 * import { toCivilDate } from 'vn-portal-kit/core';
 * const r = toCivilDate(new Date('2026-11-24T18:30:00Z'));
 * r.ok && r.value //=> '2026-11-25'
 * ```
 */
export function toCivilDate(input: DateInput, path: IssuePath = []): Result<CivilDate> {
  if (typeof input === 'string' && input.length === 10) return parseCivilDate(input, path);
  const instant = toInstant(input, path);
  if (!instant.ok) return instant;
  return ok(vnDateTimeParts(instant.value).date);
}

/**
 * Splits an instant into its Vietnamese civil date and the minute of that day (0–1439) in UTC+07:00.
 *
 * @example
 * ```ts
 * import { vnDateTimeParts } from 'vn-portal-kit/core';
 * vnDateTimeParts(new Date('2026-11-25T01:30:00Z')) //=> { date: '2026-11-25', minuteOfDay: 510 }
 * ```
 */
export function vnDateTimeParts(instant: Date): { date: CivilDate; minuteOfDay: number } {
  const local = instant.getTime() + VN_UTC_OFFSET_MINUTES * MS_PER_MINUTE;
  const days = Math.floor(local / MS_PER_DAY);
  const minuteOfDay = Math.floor((local - days * MS_PER_DAY) / MS_PER_MINUTE);
  return { date: daysToCivilDate(days), minuteOfDay };
}

/**
 * The instant of a Vietnamese civil date at a minute of the day (UTC+07:00). `minuteOfDay` may be 1440 (24:00,
 * the end of the day, which is the next day's 00:00).
 *
 * @example
 * ```ts
 * import { vnInstant } from 'vn-portal-kit/core';
 * vnInstant('2026-04-24', 1440).toISOString() //=> '2026-04-24T17:00:00.000Z'
 * ```
 */
export function vnInstant(date: CivilDate, minuteOfDay = 0): Date {
  return new Date(civilDateToDays(date) * MS_PER_DAY + (minuteOfDay - VN_UTC_OFFSET_MINUTES) * MS_PER_MINUTE);
}

/**
 * Formats an instant in Vietnamese local time as ISO 8601 with the `+07:00` offset.
 *
 * @example
 * ```ts
 * import { formatVnDateTime } from 'vn-portal-kit/core';
 * formatVnDateTime(new Date('2026-04-24T17:00:00Z')) //=> '2026-04-25T00:00:00+07:00'
 * ```
 */
export function formatVnDateTime(instant: Date): string {
  const { date, minuteOfDay } = vnDateTimeParts(instant);
  const sec = Math.floor((((instant.getTime() % MS_PER_MINUTE) + MS_PER_MINUTE) % MS_PER_MINUTE) / 1000);
  return `${date}T${pad2(Math.floor(minuteOfDay / 60))}:${pad2(minuteOfDay % 60)}:${pad2(sec)}+07:00`;
}

/**
 * Today's civil date in Vietnam at the given instant (default: now). Pass `now` explicitly in pure code.
 *
 * @example
 * ```ts
 * import { todayInVietnam } from 'vn-portal-kit/core';
 * todayInVietnam(new Date('2026-11-24T17:00:00Z')) //=> '2026-11-25'
 * ```
 */
export function todayInVietnam(now: Date = new Date()): CivilDate {
  return vnDateTimeParts(now).date;
}
