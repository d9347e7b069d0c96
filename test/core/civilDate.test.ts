import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  addCalendarDays,
  civilDateToDays,
  civilFromDays,
  dayOfWeek,
  daysFromCivil,
  daysToCivilDate,
  formatVnDateTime,
  parseCivilDate,
  toCivilDate,
  toInstant,
  vnDateTimeParts,
  vnInstant,
} from '../../src/core/index.js';

describe('civil date arithmetic', () => {
  it('agrees with Date.UTC on every day of 1890–2210', () => {
    for (let y = 1890; y <= 2210; y++) {
      for (let m = 1; m <= 12; m++) {
        const d = daysFromCivil(y, m, 1);
        expect(d * 86_400_000).toBe(Date.UTC(y, m - 1, 1));
      }
    }
  });
  it('round-trips day numbers (property)', () => {
    fc.assert(
      fc.property(fc.integer({ min: -719_162, max: 2_932_896 }), (n) => {
        const { year, month, day } = civilFromDays(n);
        expect(daysFromCivil(year, month, day)).toBe(n);
        expect(civilDateToDays(daysToCivilDate(n))).toBe(n);
      }),
      { numRuns: 2000 },
    );
  });
  it('knows weekdays', () => {
    expect(dayOfWeek('2026-11-25')).toBe(3);
    expect(dayOfWeek('2026-02-17')).toBe(2);
    expect(dayOfWeek('1970-01-01')).toBe(4);
    expect(dayOfWeek('1900-01-01')).toBe(1);
  });
  it('adds calendar days across months and leap years', () => {
    expect(addCalendarDays('2024-02-28', 1)).toBe('2024-02-29');
    expect(addCalendarDays('2100-02-28', 1)).toBe('2100-03-01');
    expect(addCalendarDays('2026-01-01', -1)).toBe('2025-12-31');
  });
});

describe('parsing date inputs', () => {
  it('rejects impossible civil dates with a bilingual coded issue', () => {
    for (const bad of ['2026-02-30', '2026-13-01', '2026-00-10', '2025-02-29', '26-01-01', '', '2026-1-1']) {
      const r = parseCivilDate(bad);
      expect(r.ok).toBe(false);
      if (!r.ok) {
        expect(r.issues[0]?.code).toBe('date.invalid');
        expect(r.issues[0]?.message.vi).toMatch(/Ngày không hợp lệ/);
        expect(r.issues[0]?.message.en).toMatch(/Invalid date/);
      }
    }
    expect(parseCivilDate('2024-02-29').ok).toBe(true);
  });
  it('reads instants in UTC+7 whatever the host zone', () => {
    expect(toCivilDate(new Date('2026-11-24T16:59:59Z'))).toMatchObject({ ok: true, value: '2026-11-24' });
    expect(toCivilDate(new Date('2026-11-24T17:00:00Z'))).toMatchObject({ ok: true, value: '2026-11-25' });
    expect(toCivilDate('2026-11-24T23:30:00-05:00')).toMatchObject({ ok: true, value: '2026-11-25' });
    expect(toCivilDate('2026-11-25T06:59')).toMatchObject({ ok: true, value: '2026-11-25' });
  });
  it('treats an offset-less date-time as Vietnamese local time', () => {
    const r = toInstant('2026-04-24T08:00:00');
    expect(r.ok && r.value.toISOString()).toBe('2026-04-24T01:00:00.000Z');
    const z = toInstant('2026-04-24T08:00:00.5+07:00');
    expect(z.ok && z.value.toISOString()).toBe('2026-04-24T01:00:00.500Z');
  });
  it('never throws on hostile input', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string(), fc.string({ unit: 'binary' })), (s) => {
        const r = toInstant(s);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) expect(r.issues[0]?.code).toBe('date.invalid');
      }),
      { numRuns: 3000 },
    );
    expect(toInstant(new Date(Number.NaN)).ok).toBe(false);
    expect(toInstant('x'.repeat(10_000_000)).ok).toBe(false);
    expect(toInstant(42 as unknown as string).ok).toBe(false);
  });
  it('describes objects in its issue without stringifying them (nested arrays, hostile toString)', () => {
    let nested: unknown[] = [];
    const root = nested;
    for (let i = 0; i < 100_000; i++) {
      const next: unknown[] = [];
      nested.push(next);
      nested = next;
    }
    const hostile = {
      toString(): string {
        throw new Error('boom');
      },
    };
    for (const input of [root, hostile, Object.create(null), Symbol('s')]) {
      const r = parseCivilDate(input as unknown as string);
      expect(r.ok).toBe(false);
      if (!r.ok) expect(r.issues[0]?.code).toBe('date.invalid');
      expect(toInstant(input as unknown as string).ok).toBe(false);
    }
  });
  it('formats and splits instants in UTC+7', () => {
    fc.assert(
      fc.property(
        fc.date({ min: new Date('1900-01-01'), max: new Date('2199-12-31'), noInvalidDate: true }),
        (d) => {
          const { date, minuteOfDay } = vnDateTimeParts(d);
          const back = vnInstant(date, minuteOfDay).getTime();
          expect(d.getTime() - back).toBeGreaterThanOrEqual(0);
          expect(d.getTime() - back).toBeLessThan(60_000);
          expect(formatVnDateTime(d).slice(0, 10)).toBe(date);
        },
      ),
      { numRuns: 2000 },
    );
  });
});
