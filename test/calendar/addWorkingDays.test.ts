import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addWorkingDays,
  addWorkingDaysOrThrow,
  countWorkingDays,
  countWorkingDaysOrThrow,
  createCalendar,
  isWorkingDayOrThrow,
  nextWorkingDay,
  previousWorkingDay,
} from 'vn-portal-kit/calendar';
import { addCalendarDays, daysFromCivil, daysToCivilDate } from 'vn-portal-kit/core';

const FIRST = daysFromCivil(2007, 1, 1);
const LAST = daysFromCivil(2199, 12, 31);
const dateArb = fc.integer({ min: FIRST + 1500, max: LAST - 1500 }).map(daysToCivilDate);

/** The slow, obvious algorithm: walk day by day. */
function naiveAdd(start: string, n: number): string {
  let d = start;
  let left = Math.abs(n);
  const step = n >= 0 ? 1 : -1;
  while (left > 0) {
    d = addCalendarDays(d, step);
    if (isWorkingDayOrThrow(d)) left--;
  }
  return d;
}

describe('addWorkingDays / countWorkingDays', () => {
  it('worked examples of facts/calendar.md §3', () => {
    expect(addWorkingDaysOrThrow('2026-02-11', 5)).toBe('2026-02-25');
    expect(addWorkingDaysOrThrow('2026-08-28', 3)).toBe('2026-09-07');
    expect(addWorkingDaysOrThrow('2026-08-17', 5)).toBe('2026-08-22');
    expect(addWorkingDaysOrThrow('2024-04-26', 2)).toBe('2024-05-03');
  });

  it('start day excluded; n = 0 is the start; negative n goes back', () => {
    expect(addWorkingDaysOrThrow('2026-11-25', 1)).toBe('2026-11-26');
    expect(addWorkingDaysOrThrow('2026-11-28', 1)).toBe('2026-11-30');
    expect(addWorkingDaysOrThrow('2026-11-28', 0)).toBe('2026-11-28');
    expect(addWorkingDaysOrThrow('2026-02-23', -1)).toBe('2026-02-13');
    expect(addWorkingDaysOrThrow('2026-09-03', -1)).toBe('2026-08-28');
    expect(addWorkingDaysOrThrow('2026-09-03', -2)).toBe('2026-08-27');
    expect(nextWorkingDay('2026-04-24')).toMatchObject({ ok: true, value: '2026-04-28' });
    expect(previousWorkingDay('2026-04-28')).toMatchObject({ ok: true, value: '2026-04-24' });
  });

  it('counts: from excluded, to included', () => {
    expect(countWorkingDaysOrThrow('2026-02-11', '2026-02-25')).toBe(5);
    expect(countWorkingDaysOrThrow('2026-02-13', '2026-02-22')).toBe(0);
    expect(countWorkingDaysOrThrow('2026-02-25', '2026-02-11')).toBe(-5);
    expect(countWorkingDaysOrThrow('2026-02-24', '2026-02-13')).toBe(-2);
    expect(countWorkingDaysOrThrow('2026-02-25', '2026-02-25')).toBe(0);
  });

  it('property: countWorkingDays(d, addWorkingDays(d, n)) === n (3000 runs)', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -1000, max: 1000 }), (d, n) => {
        expect(countWorkingDaysOrThrow(d, addWorkingDaysOrThrow(d, n))).toBe(n);
      }),
      { numRuns: 3000 },
    );
  });

  it('property: monotonic in n, and the result (n ≠ 0) is always a working day (3000 runs)', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -1000, max: 999 }), (d, n) => {
        const a = addWorkingDaysOrThrow(d, n);
        const b = addWorkingDaysOrThrow(d, n + 1);
        expect(a < b).toBe(true);
        if (n !== 0) expect(isWorkingDayOrThrow(a)).toBe(true);
        expect(isWorkingDayOrThrow(b)).toBe(n + 1 === 0 ? isWorkingDayOrThrow(d) : true);
      }),
      { numRuns: 3000 },
    );
  });

  it('property: agrees with the day-by-day walk (500 runs)', () => {
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -40, max: 40 }), (d, n) => {
        expect(addWorkingDaysOrThrow(d, n)).toBe(naiveAdd(d, n));
      }),
      { numRuns: 500 },
    );
  });

  it('configurable rest days (QĐ 188/1999 Art. 2) and calendars with announcements keep the properties', () => {
    const sundayOnly = createCalendar({ restDays: [0] });
    expect(sundayOnly.addWorkingDaysOrThrow('2026-11-27', 1)).toBe('2026-11-28');
    const announced = createCalendar({ announcements: [{ date: '2027-03-02', type: 'day-off' }] });
    expect(announced.addWorkingDaysOrThrow('2027-03-01', 1)).toBe('2027-03-03');
    fc.assert(
      fc.property(dateArb, fc.integer({ min: -500, max: 500 }), (d, n) => {
        for (const cal of [sundayOnly, announced]) {
          expect(cal.countWorkingDaysOrThrow(d, cal.addWorkingDaysOrThrow(d, n))).toBe(n);
        }
      }),
      { numRuns: 500 },
    );
  });

  it('bad input: coded bilingual issues, never a wrong date', () => {
    for (const n of [1.5, Number.NaN, Number.POSITIVE_INFINITY, 1e9, -1e9, '3' as unknown as number]) {
      const r = addWorkingDays('2026-04-24', n);
      expect(r).toMatchObject({ ok: false, issues: [{ code: 'calendar.count-invalid', path: ['n'] }] });
      expect(r.ok === false && r.issues[0]?.message.vi).toMatch(/Số lượng không hợp lệ/);
    }
    expect(addWorkingDays('2026-02-30', 1)).toMatchObject({
      ok: false,
      issues: [{ code: 'calendar.date-invalid', path: ['start'] }],
    });
    expect(addWorkingDays('2006-12-31', 1)).toMatchObject({
      ok: false,
      issues: [{ code: 'calendar.out-of-range' }],
    });
    expect(addWorkingDays('2199-12-01', 100)).toMatchObject({
      ok: false,
      issues: [{ code: 'calendar.out-of-range' }],
    });
    expect(addWorkingDays('2007-01-02', -100)).toMatchObject({
      ok: false,
      issues: [{ code: 'calendar.out-of-range' }],
    });
    expect(countWorkingDays('2026-01-01', 'tomorrow')).toMatchObject({
      ok: false,
      issues: [{ path: ['to'] }],
    });
    expect(() => addWorkingDaysOrThrow('2026-04-24', 0.5)).toThrow(/count-invalid/);
  });

  it('a Date is read as its Vietnamese civil day, whatever the host TZ', () => {
    // 2026-04-23T18:00Z is Friday 24 April 01:00 in Vietnam.
    expect(addWorkingDaysOrThrow(new Date('2026-04-23T18:00:00Z'), 1)).toBe('2026-04-28');
  });
});
