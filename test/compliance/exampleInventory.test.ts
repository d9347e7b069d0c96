import { describe, expect, it } from 'vitest';
import { auditPortal } from '../../src/compliance/index.js';
import { AS_OF, cleanInventory, exampleInventory, keyOf, PLANTED, PROFILE, problems } from './_fixtures.js';

describe('the bundled example inventory (examples/inventory/vinh-phuc-portal.json)', () => {
  const report = auditPortal(exampleInventory(), { profile: PROFILE, asOf: AS_OF });
  const found = problems(report).map((f) => `${f.ruleId} ${keyOf(f)}`);

  it('is valid against the inventory schema (no inventory.schema finding)', () => {
    expect(report.summary.invalidItems).toBe(0);
    expect(found.filter((f) => f.startsWith('inventory.schema'))).toEqual([]);
  });

  it('finds every planted defect', () => {
    for (const p of PLANTED) expect(found, p.what).toContain(`${p.ruleId} ${p.key}`);
  });

  it('finds nothing else', () => {
    const expected = PLANTED.map((p) => `${p.ruleId} ${p.key}`).sort();
    expect([...found].sort()).toEqual(expected);
  });

  it('reports the due date and the delay in working days of the late decision', () => {
    const late = report.findings.find(
      (f) => f.ruleId === 'deadline.publication' && f.location.item === 'qd-41-2026',
    );
    // 7 working days from Thursday 2026-10-01 (day 1 = Friday 2) → Monday 2026-10-12; published Friday 16.
    expect(late?.evidence).toMatchObject({ dueDate: '2026-10-12', delayWorkingDays: 4 });
    expect(late?.citation?.id).toBe('VP-32-2023/6.2');
  });

  it('fails overall, and the fixed inventory leaves only the profile-level notes', () => {
    expect(report.summary.passed).toBe(false);
    const clean = auditPortal(cleanInventory(), { profile: PROFILE, asOf: AS_OF });
    expect(problems(clean).map((f) => f.ruleId)).toEqual(['basis.superseded', 'basis.superseded']);
    expect(clean.summary.passed).toBe(true);
  });

  it('tallies on-time and late publication per category for the chart', () => {
    const legal = report.summary.categories.find((c) => c.category === 'legal-documents');
    expect(legal).toMatchObject({ late: 1, overdue: 1 });
    expect(legal?.onTime).toBeGreaterThanOrEqual(2);
  });
});
