import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { addCalendarDays } from '../../src/core/index.js';
import { nationalProfileAt } from '../../src/profiles/index.js';

const idAt = (d: string | Date): string | undefined => {
  const r = nationalProfileAt(d);
  return r.ok ? r.value.id : undefined;
};

describe('nationalProfileAt', () => {
  it('switches decrees exactly at the boundaries', () => {
    expect(idAt('2011-09-30')).toBeUndefined();
    expect(idAt('2011-10-01')).toBe('nd43-2011');
    expect(idAt('2022-08-14')).toBe('nd43-2011');
    expect(idAt('2022-08-15')).toBe('nd42-2022');
    expect(idAt('2026-06-30')).toBe('nd42-2022');
    expect(idAt('2026-07-01')).toBe('nd224-2026');
    expect(idAt('2099-12-31')).toBe('nd224-2026');
  });

  it('reads instants in UTC+07:00, whatever the host time zone', () => {
    // 2022-08-14T17:00Z is 2022-08-15 00:00 in Vietnam
    expect(idAt(new Date('2022-08-14T16:59:59Z'))).toBe('nd43-2011');
    expect(idAt(new Date('2022-08-14T17:00:00Z'))).toBe('nd42-2022');
    expect(idAt('2026-06-30T23:59:59+07:00')).toBe('nd42-2022');
    expect(idAt('2026-06-30T17:00:00Z')).toBe('nd224-2026');
  });

  it('reports a coded issue before 2011-10-01 and on bad dates', () => {
    const before = nationalProfileAt('2000-01-01');
    expect(before.ok).toBe(false);
    expect(before.issues[0]?.code).toBe('profiles.no-national-profile');
    expect(before.issues[0]?.message.vi).toContain('2000-01-01');
    const bad = nationalProfileAt('2026-02-30');
    expect(bad.ok).toBe(false);
    expect(bad.issues[0]?.path).toEqual(['date']);
    expect(nationalProfileAt('x'.repeat(1_000_000)).ok).toBe(false);
  });

  it('is monotonic: a later date never gives an older decree (property)', () => {
    const order = ['nd43-2011', 'nd42-2022', 'nd224-2026'];
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 12000 }), fc.integer({ min: 0, max: 3000 }), (a, gap) => {
        const d1 = addCalendarDays('2011-10-01', a);
        const d2 = addCalendarDays(d1, gap);
        const i1 = order.indexOf(idAt(d1) ?? '');
        const i2 = order.indexOf(idAt(d2) ?? '');
        expect(i1).toBeGreaterThanOrEqual(0);
        expect(i2).toBeGreaterThanOrEqual(i1);
      }),
      { numRuns: 500 },
    );
  });
});
