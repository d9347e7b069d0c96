import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  baseSalaryOn,
  defineBaseSalaryTable,
  extendBaseSalaryTable,
  VN_BASE_SALARY_TABLE,
} from '../../src/royalty/index.js';

const facts = readFileSync('test/fixtures/docs/facts/royalty.md', 'utf8');

/** The rows of the facts file's "Mức lương cơ sở" table: from, amount, unit, decree. */
function factRows(): { from: string; amount: number; unit: number; decree: string }[] {
  const rows: { from: string; amount: number; unit: number; decree: string }[] = [];
  for (const line of facts.split('\n')) {
    const m = /^\| (\d{4}-\d{2}-\d{2}) \| ([\d,]+) \| ([\d,]+) \| ND (\d+)\/(\d{4}) \|$/.exec(line.trim());
    if (m) {
      rows.push({
        from: m[1]!,
        amount: Number(m[2]!.replace(/,/g, '')),
        unit: Number(m[3]!.replace(/,/g, '')),
        decree: `ND-${m[4]}-${m[5]}`,
      });
    }
  }
  return rows;
}

describe('VN_BASE_SALARY_TABLE', () => {
  it('matches every row of facts/royalty.md §3 (start, amount, decree) and the 10 % unit', () => {
    const rows = factRows();
    expect(rows.length).toBe(8);
    expect(VN_BASE_SALARY_TABLE.periods.map((p) => [p.from, p.amount, p.citation.id])).toEqual(
      rows.map((r) => [r.from, r.amount, r.decree]),
    );
    for (const r of rows) expect(r.amount / 10).toBe(r.unit);
  });
  it('is itself a valid table (re-validating gives the same periods)', () => {
    const again = defineBaseSalaryTable(VN_BASE_SALARY_TABLE.periods);
    expect(again.ok && again.value.periods).toEqual(VN_BASE_SALARY_TABLE.periods);
  });
});

describe('baseSalaryOn', () => {
  it('steps on each effective date, not the day before', () => {
    for (const [i, p] of VN_BASE_SALARY_TABLE.periods.entries()) {
      const on = baseSalaryOn(p.from);
      expect(on.ok && on.value.amount).toBe(p.amount);
      if (i > 0) {
        const prev = VN_BASE_SALARY_TABLE.periods[i - 1]!;
        const before = baseSalaryOn(prev.to!);
        expect(before.ok && before.value.amount).toBe(prev.amount);
      }
    }
  });
  it('2026-06-30 is 2,340,000 (ND 73/2024) and 2026-07-01 is 2,530,000 (ND 161/2026)', () => {
    const a = baseSalaryOn('2026-06-30');
    const b = baseSalaryOn('2026-07-01');
    expect(a.ok && [a.value.amount, a.value.citation.id, a.value.to]).toEqual([
      2_340_000,
      'ND-73-2024',
      '2026-06-30',
    ]);
    expect(b.ok && [b.value.amount, b.value.citation.id, b.value.to]).toEqual([
      2_530_000,
      'ND-161-2026',
      undefined,
    ]);
  });
  it('reads instants in Vietnam time: 2026-06-30T17:30Z is already 2026-07-01 in Hà Nội', () => {
    const r = baseSalaryOn(new Date('2026-06-30T17:30:00Z'));
    expect(r.ok && [r.value.date, r.value.amount]).toEqual(['2026-07-01', 2_530_000]);
    const s = baseSalaryOn('2026-06-30T23:59:00+07:00');
    expect(s.ok && s.value.amount).toBe(2_340_000);
  });
  it('rejects dates before the first entry and invalid dates with coded bilingual issues', () => {
    const r = baseSalaryOn('2013-06-30');
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({ code: 'royalty.salary-date-uncovered', path: ['date'] });
    expect(r.issues[0]!.message.vi).toContain('Không có mức lương cơ sở');
    expect(baseSalaryOn('2026-02-30').issues[0]!.code).toBe('date.invalid');
    expect(baseSalaryOn('garbage'.repeat(100_000)).issues[0]!.code).toBe('date.invalid');
  });
  it('accepts a raw user table and validates it first', () => {
    const r = baseSalaryOn('2030-01-01', [
      { from: '2029-01-01', amount: 3_000_000, citation: { id: 'ND-X' } },
    ]);
    expect(r.ok && r.value.amount).toBe(3_000_000);
    const bad = baseSalaryOn('2030-01-01', [
      { from: '2029-01-01', amount: 3_000_000, citation: { id: 'ND-X' } },
      { from: '2029-01-01', amount: 3_100_000, citation: { id: 'ND-Y' } },
    ]);
    expect(bad.issues[0]!.code).toBe('royalty.salary-table-overlap');
  });
  it('property: every date from 2013-07-01 on is covered and the amount never decreases with time', () => {
    fc.assert(
      fc.property(fc.integer({ min: 15887, max: 25000 }), fc.integer({ min: 0, max: 3000 }), (d, step) => {
        const day = (n: number) => new Date(n * 86_400_000).toISOString().slice(0, 10);
        const a = baseSalaryOn(day(d));
        const b = baseSalaryOn(day(d + step));
        expect(a.ok && b.ok).toBe(true);
        if (a.ok && b.ok) expect(b.value.amount).toBeGreaterThanOrEqual(a.value.amount);
      }),
      { numRuns: 300 },
    );
  });
});

describe('defineBaseSalaryTable', () => {
  const c = { id: 'ND-X' };
  it('fills `to` from the next period and keeps an explicit one', () => {
    const t = defineBaseSalaryTable([
      { from: '2024-01-01', to: '2024-06-30', amount: 1, citation: c },
      { from: '2024-09-01', amount: 2, citation: c },
      { from: '2025-01-01', amount: 3, citation: c },
    ]);
    expect(t.ok && t.value.periods.map((p) => p.to)).toEqual(['2024-06-30', '2024-12-31', undefined]);
    // a gap is allowed in a caller's table, but a date in it has no salary
    expect(t.ok && baseSalaryOn('2024-07-15', t.value).issues[0]!.code).toBe('royalty.salary-date-uncovered');
  });
  it('reports overlapping, unordered and invalid periods', () => {
    const overlap = defineBaseSalaryTable([
      { from: '2024-01-01', to: '2024-12-31', amount: 1, citation: c },
      { from: '2024-12-31', amount: 2, citation: c },
    ]);
    expect(overlap.issues.map((i) => [i.code, i.path])).toEqual([
      ['royalty.salary-table-overlap', [1, 'from']],
    ]);
    const unordered = defineBaseSalaryTable([
      { from: '2025-01-01', amount: 1, citation: c },
      { from: '2024-01-01', amount: 2, citation: c },
    ]);
    expect(unordered.issues[0]!.code).toBe('royalty.salary-table-unordered');
    const invalid = defineBaseSalaryTable([
      { from: '2025-02-30', amount: 1, citation: c },
      { from: '2025-03-01', amount: 1.5, citation: c },
      { from: '2025-04-01', amount: -3, citation: c },
      { from: '2025-05-01', amount: Number.NaN, citation: c },
      { from: '2025-06-01', to: '2025-05-01', amount: 1, citation: c },
      { from: '2025-07-01', amount: 1, citation: { id: '' } },
    ]);
    expect(invalid.issues.map((i) => [i.code, i.path])).toEqual([
      ['date.invalid', [0, 'from']],
      ['royalty.salary-table-invalid', [1, 'amount']],
      ['royalty.salary-table-invalid', [2, 'amount']],
      ['royalty.salary-table-invalid', [3, 'amount']],
      ['royalty.salary-table-invalid', [4, 'to']],
      ['royalty.salary-table-invalid', [5, 'citation']],
    ]);
    for (const i of invalid.issues) expect(i.message.vi.length > 0 && i.message.en.length > 0).toBe(true);
    expect(defineBaseSalaryTable([]).issues[0]!.code).toBe('royalty.salary-table-invalid');
  });
});

describe('extendBaseSalaryTable', () => {
  it('closes the open last period the day before the addition', () => {
    const t = extendBaseSalaryTable([{ from: '2028-01-01', amount: 2_800_000, citation: { id: 'ND-Z' } }]);
    expect(t.ok).toBe(true);
    if (!t.ok) return;
    expect(t.value.periods.at(-2)).toMatchObject({ from: '2026-07-01', to: '2027-12-31', amount: 2_530_000 });
    const before = baseSalaryOn('2027-12-31', t.value);
    const after = baseSalaryOn('2028-01-01', t.value);
    expect([before.ok && before.value.amount, after.ok && after.value.amount]).toEqual([
      2_530_000, 2_800_000,
    ]);
  });
  it('refuses additions that overlap the existing table', () => {
    expect(
      extendBaseSalaryTable([{ from: '2026-07-01', amount: 9, citation: { id: 'X' } }]).issues[0]!.code,
    ).toBe('royalty.salary-table-overlap');
    expect(
      extendBaseSalaryTable([
        { from: '2028-01-01', amount: 9, citation: { id: 'X' } },
        { from: '2027-01-01', amount: 9, citation: { id: 'X' } },
      ]).issues[0]!.code,
    ).toBe('royalty.salary-table-unordered');
  });
});
