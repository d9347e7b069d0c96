import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  defineRoyaltyRegime,
  ND18_2014_REGIME,
  type RemunerationInput,
  type RoyaltyInput,
  calculateRemuneration as remunerationAsCommissioned,
  calculateRoyalty as royaltyAsCommissioned,
} from '../../src/royalty/index.js';

// These tests are about ND 18/2014 Art. 6: they give a commission date before 2026-09-01 (Decree 287/2026
// Art. 19.1 keeps the old rules for such work). The regime selection is tested in nd287.test.ts.
const before = (p: unknown): string =>
  typeof p === 'string' && p.length === 10 && p < '2026-09-01' ? p : '2026-08-31';
const calculateRemuneration = (i: RemunerationInput) =>
  remunerationAsCommissioned({ commissionedOn: before(i.publishedOn), ...i });
const calculateRoyalty = (i: RoyaltyInput) =>
  royaltyAsCommissioned({ commissionedOn: before(i.publishedOn), ...i });

describe('calculateRemuneration (thù lao, ND 18/2014 Art. 6)', () => {
  it('computes coefficient × 10 % of the base salary for each Art. 6 role', () => {
    for (const role of ['leader', 'editor', 'contributor', 'material-collector', 'information-provider']) {
      const r = calculateRemuneration({ role, coefficient: 0.3, publishedOn: '2026-07-01' });
      expect(r.ok && [r.value.amount, r.value.citation.id]).toEqual([75_900, 'ND-18-2014/6']);
    }
  });
  it('warns when the author royalty is lower than the remuneration for the same genre', () => {
    const author = calculateRoyalty({
      regime: 'ninh-thuan-23-2020',
      genre: 'tin-co-anh',
      publishedOn: '2026-11-25',
      site: 'department',
    });
    const authorAmount = author.ok ? author.value.amount : 0; // 75,900
    const equal = calculateRemuneration({
      role: 'editor',
      coefficient: 0.3,
      genre: 'tin',
      authorRoyalty: authorAmount,
      publishedOn: '2026-11-25',
    });
    expect(equal.ok && equal.value.warnings).toEqual([]);
    const higher = calculateRemuneration({
      role: 'editor',
      coefficient: 0.31,
      genre: 'tin',
      authorRoyalty: authorAmount,
      publishedOn: '2026-11-25',
    });
    expect(
      higher.ok && [higher.value.amount, higher.value.warnings.map((w) => [w.code, w.citation?.id])],
    ).toEqual([78_430, [['royalty.royalty-below-remuneration', 'ND-18-2014/6']]]);
  });
  it('clamps to a role range set by a regime', () => {
    const regime = defineRoyaltyRegime({
      ...ND18_2014_REGIME,
      id: 'agency-x',
      remunerationRoles: [
        { id: 'editor', name: { vi: 'Biên tập', en: 'Editor' }, min: 0.2, max: 1, citation: { id: 'X-1' } },
      ],
    });
    expect(regime.ok).toBe(true);
    if (!regime.ok) return;
    const r = calculateRemuneration({
      regime: regime.value,
      role: 'editor',
      coefficient: 3,
      publishedOn: '2025-01-01',
    });
    expect(r.ok && [r.value.coefficient, r.value.amount, r.value.warnings[0]!.code]).toEqual([
      1,
      234_000,
      'royalty.coefficient-clamped',
    ]);
    expect(r.ok && r.value.breakdown.at(-1)!.text.vi).toBe('Thù lao (Biên tập): 234.000 đ');
  });
  it('rejects bad input with coded issues', () => {
    expect(
      calculateRemuneration({ role: 'boss', coefficient: 1, publishedOn: '2025-01-01' }).issues[0]!.code,
    ).toBe('royalty.role-unknown');
    expect(
      calculateRemuneration({ role: 'editor', coefficient: -1, publishedOn: '2025-01-01' }).issues[0]!.code,
    ).toBe('royalty.coefficient-invalid');
    expect(
      calculateRemuneration({ role: 'editor', coefficient: 1, genre: 'nope', publishedOn: '2025-01-01' })
        .issues[0]!.code,
    ).toBe('royalty.genre-unknown');
    expect(
      calculateRemuneration({ role: 'editor', coefficient: 1, authorRoyalty: 1.5, publishedOn: '2025-01-01' })
        .issues[0]!.code,
    ).toBe('royalty.amount-invalid');
    expect(
      calculateRemuneration({ role: 'editor', coefficient: 1, publishedOn: '2000-01-01' }).issues.map(
        (i) => i.code,
      ),
    ).toEqual(['royalty.regime-not-in-force', 'royalty.salary-date-uncovered']);
  });
  it('property: integer amounts, monotonic in the coefficient', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 1_000_000 }), fc.integer({ min: 0, max: 1_000_000 }), (a, b) => {
        const [lo, hi] = a <= b ? [a, b] : [b, a];
        const x = calculateRemuneration({
          role: 'editor',
          coefficient: lo / 10_000,
          publishedOn: '2026-08-01',
        });
        const y = calculateRemuneration({
          role: 'editor',
          coefficient: hi / 10_000,
          publishedOn: '2026-08-01',
        });
        expect(x.ok && y.ok).toBe(true);
        if (x.ok && y.ok) {
          expect(Number.isSafeInteger(x.value.amount)).toBe(true);
          expect(x.value.amount).toBeLessThanOrEqual(y.value.amount);
        }
      }),
      { numRuns: 300 },
    );
  });
});
