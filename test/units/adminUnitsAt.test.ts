import { describe, expect, it } from 'vitest';
import { adminUnitsAt } from '../../src/units/index.js';

describe('adminUnitsAt', () => {
  it('three tiers until 2025-06-30, two tiers from 2025-07-01', () => {
    const before = adminUnitsAt('2025-06-30');
    expect(before.ok && before.value.info.id).toBe('2025-03');
    const after = adminUnitsAt('2025-07-01');
    expect(after.ok && after.value.info.id).toBe('2026');
    expect(after.issues.map((i) => [i.code, i.severity])).toEqual([['units.approximate', 'warning']]);
    const now = adminUnitsAt('2026-04-30');
    expect(now.ok && now.value.info.id).toBe('2026');
    expect(now.issues).toEqual([]);
  });
  it('reads instants in UTC+07:00', () => {
    // 2025-06-30T17:30Z is already 2025-07-01 in Vietnam.
    const r = adminUnitsAt(new Date('2025-06-30T17:30:00Z'));
    expect(r.ok && r.value.info.id).toBe('2026');
    const s = adminUnitsAt('2025-06-30T23:59:00+07:00');
    expect(s.ok && s.value.info.id).toBe('2025-03');
  });
  it('no data before 2025-03-01; invalid dates are issues', () => {
    expect(adminUnitsAt('2025-02-28').issues.map((i) => i.code)).toEqual(['units.no-data']);
    expect(adminUnitsAt('2025-13-01').ok).toBe(false);
    expect(adminUnitsAt('not a date').ok).toBe(false);
  });
});
