// date-fns as an independent oracle (docs/design.md, "The design card's packages"): the library does its
// civil-date arithmetic on integer day numbers in UTC+07:00 and does not depend on date-fns at run time, so
// the date library users would otherwise pick checks it here, under every TZ the suite runs in.
import { TZDate } from '@date-fns/tz';
import { UTCDate } from '@date-fns/utc';
import { addDays, format, getDay } from 'date-fns';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  type CivilDate,
  dayOfWeek,
  daysToCivilDate,
  formatVnDateTime,
  todayInVietnam,
  vnDateTimeParts,
} from '../../src/core/index.js';

const FIRST = -25_567; // 1900-01-01 as a day number (days since 1970-01-01)
const LAST = 84_005; // 2199-12-31
const civilDate = fc.integer({ min: FIRST, max: LAST }).map(daysToCivilDate);
/** Instants from 1976 (Asia/Ho_Chi_Minh has been UTC+07:00 without DST since 1975-06-13 in the tz database). */
const instant = fc
  .integer({ min: Date.UTC(1976, 0, 1), max: Date.UTC(2199, 11, 31, 23, 59, 59) })
  .map((ms) => new Date(ms));

/**
 * A civil date as a date-fns date in UTC (`UTCDate`), a zone without gaps. Host-local dates are not an oracle,
 * nor is a `TZDate`, which computes through one: a date can be missing locally (Pacific/Kiritimati skipped
 * 1994-12-31), and date-fns then answers the next day.
 */
const utcDate = (d: CivilDate): UTCDate => new UTCDate(Date.parse(d));

describe('civil dates against date-fns', () => {
  it('addCalendarDays agrees with date-fns addDays (property)', () => {
    fc.assert(
      fc.property(civilDate, fc.integer({ min: -40_000, max: 40_000 }), (d: CivilDate, n) => {
        const expected = format(addDays(utcDate(d), n), 'yyyy-MM-dd');
        const days = (Date.parse(d) / 86_400_000) | 0;
        if (days + n < FIRST || days + n > LAST) return; // outside the years both sides cover
        expect(addCalendarDays(d, n)).toBe(expected);
      }),
      { numRuns: 2000 },
    );
  });
  it('dayOfWeek agrees with date-fns getDay (property)', () => {
    fc.assert(
      fc.property(civilDate, (d) => {
        expect(dayOfWeek(d)).toBe(getDay(utcDate(d)));
      }),
      { numRuns: 2000 },
    );
  });
});

describe('instants read in Vietnamese time, against @date-fns/tz', () => {
  it('vnDateTimeParts, formatVnDateTime and todayInVietnam agree with TZDate in Asia/Ho_Chi_Minh (property)', () => {
    fc.assert(
      fc.property(instant, (at) => {
        const vn = new TZDate(at.getTime(), 'Asia/Ho_Chi_Minh');
        const parts = vnDateTimeParts(at);
        expect(parts.date).toBe(format(vn, 'yyyy-MM-dd'));
        expect(parts.minuteOfDay).toBe(vn.getHours() * 60 + vn.getMinutes());
        expect(todayInVietnam(at)).toBe(parts.date);
        expect(formatVnDateTime(at)).toBe(format(vn, "yyyy-MM-dd'T'HH:mm:ssxxx"));
      }),
      { numRuns: 2000 },
    );
  });
  it('a day a host-local date-fns date cannot hold (Kiritimati skipped 1994-12-31) is still a civil date', () => {
    expect(addCalendarDays('1994-12-30', 1)).toBe('1994-12-31');
    expect(format(addDays(utcDate('1994-12-30'), 1), 'yyyy-MM-dd')).toBe('1994-12-31');
  });
  it('the seven hours where UTC is still on the previous day', () => {
    const at = new Date('2026-12-06T17:30:00Z'); // 00:30 on 7 December in Vietnam
    expect(todayInVietnam(at)).toBe('2026-12-07');
    expect(format(new TZDate(at.getTime(), 'Asia/Ho_Chi_Minh'), 'yyyy-MM-dd')).toBe('2026-12-07');
    expect(at.toISOString().slice(0, 10)).toBe('2026-12-06'); // what `date -u +%F` would say
  });
});
