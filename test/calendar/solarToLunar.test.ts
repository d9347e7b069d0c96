import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  getLunarYearOrThrow,
  lunarNewYear,
  lunarToSolar,
  lunarToSolarOrThrow,
  solarToLunar,
  solarToLunarOrThrow,
} from 'vn-portal-kit/calendar';
import { daysFromCivil, daysToCivilDate } from 'vn-portal-kit/core';
import { generateMonths } from '../../scripts/generate-lunar-table.js';

const FIRST = daysFromCivil(1900, 1, 1);
const LAST = daysFromCivil(2199, 12, 31);

describe('solarToLunar / lunarToSolar', () => {
  it('known Tết and Giỗ Tổ dates (facts/calendar.md §4)', () => {
    const known: [number, string, string][] = [
      [2019, '2019-02-05', '2019-04-14'],
      [2020, '2020-01-25', '2020-04-02'],
      [2023, '2023-01-22', '2023-04-29'],
      [2024, '2024-02-10', '2024-04-18'],
      [2025, '2025-01-29', '2025-04-07'],
      [2026, '2026-02-17', '2026-04-26'],
      [2027, '2027-02-06', '2027-04-16'],
      [2030, '2030-02-02', '2030-04-12'],
    ];
    for (const [year, tet, gioTo] of known) {
      expect(lunarToSolarOrThrow({ year, month: 1, day: 1 })).toBe(tet);
      expect(lunarToSolarOrThrow({ year, month: 3, day: 10 })).toBe(gioTo);
      expect(solarToLunarOrThrow(tet)).toEqual({ year, month: 1, day: 1, leap: false });
      expect(solarToLunarOrThrow(gioTo)).toEqual({ year, month: 3, day: 10, leap: false });
    }
  });

  it('the years where Vietnam (UTC+7) and China (UTC+8) differ', () => {
    expect(lunarNewYear(1985)).toEqual({ ok: true, value: '1985-01-21', issues: [] });
    expect(lunarNewYear(2007)).toEqual({ ok: true, value: '2007-02-17', issues: [] });
    expect(lunarNewYear(2030)).toEqual({ ok: true, value: '2030-02-02', issues: [] });
    expect(lunarNewYear(2053)).toEqual({ ok: true, value: '2053-02-18', issues: [] });
    expect(lunarToSolarOrThrow({ year: 2037, month: 3, day: 10 })).toBe('2037-04-24');
    expect(lunarToSolarOrThrow({ year: 2038, month: 3, day: 10 })).toBe('2038-04-13');
    // 1985 in Vietnam: a leap month 2 made 1985-02-20 (Chinese new year) the 1st of month 2.
    expect(solarToLunarOrThrow('1985-02-20')).toEqual({ year: 1985, month: 2, day: 1, leap: false });
  });

  it('Tết and Giỗ Tổ of every year 1968–2199 equal the astronomical rule in UTC+7', () => {
    const months = generateMonths(1968, 2199, 7);
    for (let year = 1968; year <= 2199; year++) {
      const m1 = months.find((m) => m.year === year && m.month === 1 && !m.leap);
      const m3 = months.find((m) => m.year === year && m.month === 3 && !m.leap);
      expect(lunarToSolarOrThrow({ year, month: 1, day: 1 })).toBe(daysToCivilDate(m1?.start ?? 0));
      expect(lunarToSolarOrThrow({ year, month: 3, day: 10 })).toBe(daysToCivilDate((m3?.start ?? 0) + 9));
    }
  });

  it('round-trips every day 1900-01-01 … 2199-12-31, days advance by one', () => {
    let prev = solarToLunarOrThrow('1900-01-01');
    expect(prev).toEqual({ year: 1899, month: 12, day: 1, leap: false });
    let mismatches = 0;
    for (let d = FIRST + 1; d <= LAST; d++) {
      const date = daysToCivilDate(d);
      const l = solarToLunarOrThrow(date);
      const continues =
        l.day === prev.day + 1 && l.month === prev.month && l.leap === prev.leap && l.year === prev.year;
      const newMonth = l.day === 1 && prev.day >= 29;
      if (!(continues || newMonth)) mismatches++;
      const back = lunarToSolar(l);
      if (!back.ok || back.value !== date) mismatches++;
      prev = l;
    }
    expect(mismatches).toBe(0);
  });

  it('property: solar → lunar → solar is the identity (fast-check, 5000 runs)', () => {
    fc.assert(
      fc.property(fc.integer({ min: FIRST, max: LAST }), (d) => {
        const date = daysToCivilDate(d);
        expect(lunarToSolarOrThrow(solarToLunarOrThrow(date))).toBe(date);
      }),
      { numRuns: 5000 },
    );
  });

  it('property: arbitrary lunar inputs never throw; accepted ones round-trip (3000 runs)', () => {
    fc.assert(
      fc.property(
        fc.record({
          year: fc.oneof(fc.integer({ min: 1890, max: 2210 }), fc.double()),
          month: fc.integer({ min: -1, max: 14 }),
          day: fc.integer({ min: -1, max: 32 }),
          leap: fc.boolean(),
        }),
        (lunar) => {
          const r = lunarToSolar(lunar);
          if (r.ok) expect(solarToLunarOrThrow(r.value)).toEqual(lunar);
          else expect(r.issues[0]?.code).toMatch(/^calendar\./);
        },
      ),
      { numRuns: 3000 },
    );
  });

  it('reads instants in Vietnamese time whatever the host time zone', () => {
    // 2026-02-16T17:30Z is 00:30 on 17 February in Vietnam: Tết.
    expect(solarToLunarOrThrow(new Date('2026-02-16T17:30:00Z'))).toEqual({
      year: 2026,
      month: 1,
      day: 1,
      leap: false,
    });
    expect(solarToLunarOrThrow('2026-02-16T23:59:00+07:00')).toEqual({
      year: 2025,
      month: 12,
      day: 29,
      leap: false,
    });
  });

  it('leap months: 2023 leap 2, 2025 leap 6, 2033 leap 11 (Vietnam)', () => {
    expect(getLunarYearOrThrow(2023).leapMonth).toBe(2);
    expect(getLunarYearOrThrow(2025).leapMonth).toBe(6);
    expect(getLunarYearOrThrow(2033).leapMonth).toBe(11);
    expect(
      getLunarYearOrThrow(2026)
        .months.map((m) => m.days)
        .reduce((a, b) => a + b, 0),
    ).toBe(354);
    expect(lunarToSolarOrThrow({ year: 2023, month: 2, day: 1, leap: true })).toBe('2023-03-22');
  });

  it('bad input: coded issues, never a neighbouring date', () => {
    expect(solarToLunar('2026-02-30')).toMatchObject({
      ok: false,
      issues: [{ code: 'calendar.date-invalid' }],
    });
    expect(solarToLunar('1899-12-31')).toMatchObject({
      ok: false,
      issues: [{ code: 'calendar.out-of-range' }],
    });
    expect(solarToLunar('2200-01-01')).toMatchObject({
      ok: false,
      issues: [{ code: 'calendar.out-of-range' }],
    });
    expect(solarToLunar('x'.repeat(5_000_000))).toMatchObject({ ok: false });
    expect(solarToLunar(new Date(Number.NaN))).toMatchObject({ ok: false });
    // 2026 month 1 has 29 days? check both ways: a 30th of a 29-day month is refused.
    const y = getLunarYearOrThrow(2026);
    const short = y.months.find((m) => m.days === 29);
    expect(short).toBeDefined();
    if (short) {
      const r = lunarToSolar({ year: 2026, month: short.month, day: 30, leap: short.leap });
      expect(r).toMatchObject({
        ok: false,
        issues: [{ code: 'calendar.lunar-date-invalid', path: ['day'] }],
      });
      expect(r.ok === false && r.issues[0]?.message.vi).toContain('29 ngày');
    }
    expect(lunarToSolar({ year: 2026, month: 5, day: 1, leap: true })).toMatchObject({
      ok: false,
      issues: [{ code: 'calendar.lunar-date-invalid', path: ['leap'] }],
    });
    expect(lunarToSolar({ year: 2300, month: 1, day: 1 })).toMatchObject({
      ok: false,
      issues: [{ code: 'calendar.year-invalid' }],
    });
    expect(lunarToSolar({ year: 2026, month: 13, day: 1 })).toMatchObject({ ok: false });
    expect(lunarToSolar({ year: 2026, month: 1, day: 1.5 })).toMatchObject({ ok: false });
    expect(() => solarToLunarOrThrow('2026-13-01')).toThrow(/calendar\.date-invalid/);
  });
});
