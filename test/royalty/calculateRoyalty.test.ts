import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BAC_KAN_18_2021_REGIME,
  calculateRoyalty as calculateRoyaltyAsCommissioned,
  defineBaseSalaryTable,
  ND18_2014_CAP,
  ROYALTY_REGIMES,
  type RoyaltyInput,
} from '../../src/royalty/index.js';

/**
 * The arithmetic tests below are about coefficient tables (ND 18/2014 and the provincial tables made under it):
 * they give a commission date before 2026-09-01 (the publication date, or 2026-08-31 for later publications), so
 * the old rules apply under ND 287/2026 Art. 19.1. The regime selection itself is tested in
 * calculateRoyalty.nd287.test.ts.
 */
function calculateRoyalty(input: RoyaltyInput): ReturnType<typeof calculateRoyaltyAsCommissioned> {
  if (typeof input !== 'object' || input === null || 'commissionedOn' in input)
    return calculateRoyaltyAsCommissioned(input);
  const p = input.publishedOn;
  const commissionedOn = typeof p === 'string' && p.length === 10 && p < '2026-09-01' ? p : '2026-08-31';
  return calculateRoyaltyAsCommissioned({ commissionedOn, ...input });
}

function amountOf(input: RoyaltyInput): number {
  const r = calculateRoyalty(input);
  if (!r.ok) throw new Error(r.issues.map((i) => i.code).join(', '));
  return r.value.amount;
}

describe('calculateRoyalty: the worked examples of facts/royalty.md', () => {
  it('50 × 10 % × 1,800,000 = 9,000,000 (the most one work could earn at the 1.8 M base)', () => {
    const r = calculateRoyalty({ genre: 'media', coefficient: 50, publishedOn: '2024-01-15' });
    expect(r.ok && [r.value.baseSalary, r.value.unitValue, r.value.amount, r.value.warnings]).toEqual([
      1_800_000,
      180_000,
      9_000_000,
      [],
    ]);
    // one step more is capped at the group maximum of 50
    const over = calculateRoyalty({ genre: 'media', coefficient: 50.5, publishedOn: '2024-01-15' });
    expect(over.ok && [over.value.amount, over.value.warnings.map((w) => w.code)]).toEqual([
      9_000_000,
      ['royalty.coefficient-capped'],
    ]);
  });
  it('Ninh Thuận tin with photo: 1.5 × 234,000 = 351,000; on a department site 20 % = 70,200 (base 2,340,000)', () => {
    const portal = calculateRoyalty({
      regime: 'ninh-thuan-23-2020',
      genre: 'tin-co-anh',
      publishedOn: '2025-03-10',
    });
    expect(portal.ok && [portal.value.unitValue, portal.value.coefficient, portal.value.amount]).toEqual([
      234_000, 1.5, 351_000,
    ]);
    for (const site of ['department', 'district']) {
      const r = calculateRoyalty({
        regime: 'ninh-thuan-23-2020',
        genre: 'tin-co-anh',
        publishedOn: '2025-03-10',
        site,
      });
      expect(r.ok && [r.value.baseAmount, r.value.amount, r.value.site]).toEqual([351_000, 70_200, site]);
      expect(r.ok && r.value.breakdown.find((l) => l.step === 'site')?.citation?.id).toBe('NT-2157-2020');
    }
    // the provincial portal itself pays 100 %
    expect(
      amountOf({
        regime: 'ninh-thuan-23-2020',
        genre: 'tin-co-anh',
        publishedOn: '2025-03-10',
        site: 'portal',
      }),
    ).toBe(351_000);
  });
  it('the same at base 2,530,000: 379,500 and 75,900', () => {
    const base = { regime: 'ninh-thuan-23-2020', genre: 'tin-co-anh', publishedOn: '2026-11-25' } as const;
    expect(amountOf(base)).toBe(379_500);
    expect(amountOf({ ...base, site: 'department' })).toBe(75_900);
  });
  it('the salary step boundary: 2026-06-30 vs 2026-07-01', () => {
    const on = (publishedOn: string) => amountOf({ genre: 'tin', coefficient: 1.5, publishedOn });
    expect([on('2026-06-30'), on('2026-07-01')]).toEqual([351_000, 379_500]);
    const early = calculateRoyalty({ genre: 'tin', coefficient: 1, publishedOn: '2024-06-30' });
    const late = calculateRoyalty({ genre: 'tin', coefficient: 1, publishedOn: '2024-07-01' });
    expect([early.ok && early.value.unitValue, late.ok && late.value.unitValue]).toEqual([180_000, 234_000]);
  });
  it('Ninh Thuận fixed rates and ranges from QĐ 23/2020', () => {
    const nt = (genre: string, coefficient?: number) =>
      calculateRoyalty({
        regime: 'ninh-thuan-23-2020',
        genre,
        publishedOn: '2025-01-01',
        ...(coefficient === undefined ? {} : { coefficient }),
      });
    const plain = nt('tin-khong-anh');
    expect(plain.ok && plain.value.amount).toBe(234_000);
    const repost = nt('dang-lai');
    expect(repost.ok && repost.value.amount).toBe(117_000);
    const media = nt('truc-tuyen-media', 4.5);
    expect(media.ok && media.value.amount).toBe(1_053_000);
    const low = nt('binh-luan', 2);
    expect(low.ok && [low.value.coefficient, low.value.warnings[0]!.code]).toEqual([
      2.5,
      'royalty.coefficient-clamped',
    ]);
    const missing = nt('nghien-cuu');
    expect(missing.issues[0]).toMatchObject({ code: 'royalty.coefficient-missing', path: ['coefficient'] });
    expect(missing.issues[0]!.message.vi).toContain('3–4');
  });
});

describe('calculateRoyalty: exact integer arithmetic and rounding', () => {
  it('never leaks float error: 0.7, 0.1 + 0.2 and 1.15 coefficients', () => {
    // 0.7 × 234,000 = 163,800 exactly; floats give 163799.99999999997.
    expect(amountOf({ genre: 'tin', coefficient: 0.7, publishedOn: '2025-01-01' })).toBe(163_800);
    expect(amountOf({ genre: 'tin', coefficient: '0,7', publishedOn: '2025-01-01' })).toBe(163_800);
    // 1.15 × 115,000 = 132,250 exactly (floats: 132249.99999999999)
    expect(amountOf({ genre: 'tin', coefficient: 1.15, publishedOn: '2014-06-01' })).toBe(132_250);
    const r = calculateRoyalty({ genre: 'tin', coefficient: 0.1 + 0.2, publishedOn: '2025-01-01' });
    expect(r.ok && [r.value.amount, r.value.warnings[0]!.code]).toEqual([
      70_200,
      'royalty.coefficient-rounded',
    ]);
  });
  it('rounds half up to the whole đồng at the end of each line', () => {
    // 0.0001 × 115,000 = 11.5 → 12; then 50 % of 12 (translation share) = 6
    const tiny = calculateRoyalty({ genre: 'tin', coefficient: 0.0001, publishedOn: '2014-06-01' });
    expect(tiny.ok && tiny.value.amount).toBe(12);
    // 1,490,000 × 10 % = 149,000; × 0.3333 = 49,661.7 → 49,662; × 20 % children = 9,932.4 → 9,932
    const r = calculateRoyalty({
      genre: 'tin',
      coefficient: 0.3333,
      publishedOn: '2020-01-01',
      modifiers: [{ id: 'children-ethnic', percent: 20 }],
    });
    expect(r.ok && r.value.breakdown.filter((l) => l.step !== 'regime').map((l) => l.amount)).toEqual([
      1_490_000, 149_000, 3_333, 49_662, 9_932, 59_594,
    ]);
  });
  it('applies share modifiers, then surcharges on the shared amount, then the site share', () => {
    const r = calculateRoyalty({
      regime: 'ninh-thuan-23-2020',
      genre: 'tin-co-anh',
      publishedOn: '2026-07-01',
      site: 'department',
      modifiers: [
        { id: 'translation', percent: 50 },
        { id: 'children-ethnic', percent: 10 },
        { id: 'dangerous-conditions', percent: 100 },
      ],
    });
    // 379,500 × 50 % = 189,750; + 10 % = 18,975; + 100 % = 189,750 → 398,475; × 20 % = 79,695
    expect(r.ok && r.value.breakdown.filter((l) => l.step === 'modifier').map((l) => l.amount)).toEqual([
      189_750, 18_975, 189_750,
    ]);
    expect(r.ok && r.value.amount).toBe(79_695);
    expect(r.ok && r.value.breakdown.at(-1)?.text).toEqual({
      vi: 'Tổng nhuận bút: 79.695 đ',
      en: 'Total royalty: 79,695 VND',
    });
  });
  it('handles huge coefficients without overflow or NaN (BigInt path, then a coded issue)', () => {
    const big = calculateRoyalty({
      regime: BAC_KAN_18_2021_REGIME,
      genre: 'tin',
      coefficient: 1e9,
      publishedOn: '2025-01-01',
    });
    expect(big.ok && [big.value.amount, big.value.coefficient]).toEqual([936_000, 4]);
    const uncapped = {
      ...BAC_KAN_18_2021_REGIME,
      cap: null,
      genres: [{ ...BAC_KAN_18_2021_REGIME.genres[0]!, max: undefined }],
    };
    const { max: _drop, ...genre } = uncapped.genres[0]!;
    const r = calculateRoyalty({
      regime: { ...uncapped, genres: [genre] },
      genre: 'tin',
      coefficient: 100_000_000_000,
      publishedOn: '2025-01-01',
    });
    expect(r.ok).toBe(false);
    expect(r.issues[0]!.code).toBe('royalty.amount-overflow');
  });
});

describe('calculateRoyalty: grades and lengths (Bộ Tư pháp QĐ 1991/2013)', () => {
  const btp = (genre: string, grade: string, length: number) =>
    calculateRoyalty({ regime: 'bo-tu-phap-1991-2013', genre, grade, length, publishedOn: '2025-01-01' });
  it('coefficient = length × grade, capped at the genre maximum', () => {
    const a = btp('tin', 'A', 4);
    expect(a.ok && [a.value.coefficient, a.value.amount]).toEqual([2.8, 655_200]);
    const c = btp('tin', 'C', 3);
    expect(c.ok && c.value.coefficient).toBe(0.9);
    const capped = btp('tin', 'A', 10);
    expect(
      capped.ok && [
        capped.value.requestedCoefficient,
        capped.value.coefficient,
        capped.value.warnings[0]!.code,
      ],
    ).toEqual([7, 5, 'royalty.coefficient-clamped']);
    const reply = btp('tra-loi-ban-doc', 'A', 9);
    expect(reply.ok && reply.value.coefficient).toBe(7);
    const pictures = btp('minh-hoa', 'B', 2);
    expect(pictures.ok && pictures.value.breakdown.find((l) => l.step === 'coefficient')?.text.vi).toContain(
      '2 bức × 0,5 (loại B) = 1',
    );
  });
  it('reports missing or unknown grades and lengths', () => {
    const base = { regime: 'bo-tu-phap-1991-2013', genre: 'tin', publishedOn: '2025-01-01' } as const;
    expect(calculateRoyalty(base).issues[0]!.code).toBe('royalty.grade-missing');
    expect(calculateRoyalty({ ...base, grade: 'D', length: 1 }).issues[0]!.code).toBe(
      'royalty.grade-unknown',
    );
    expect(calculateRoyalty({ ...base, grade: 'A' }).issues[0]!.code).toBe('royalty.length-missing');
    expect(calculateRoyalty({ ...base, grade: 'A', length: -1 }).issues[0]!.code).toBe(
      'royalty.length-invalid',
    );
    expect(calculateRoyalty({ ...base, grade: 'A', length: 1, coefficient: 1 }).issues[0]!.code).toBe(
      'royalty.coefficient-conflict',
    );
    expect(calculateRoyalty({ ...base, length: 2, coefficient: 1 }).issues[0]!.code).toBe(
      'royalty.grade-missing',
    );
  });
});

describe('calculateRoyalty: Bắc Kạn QĐ 18/2021 maxima', () => {
  it('clamps to the provincial maxima, which are below ND 18/2014', () => {
    const r = calculateRoyalty({
      regime: 'bac-kan-18-2021',
      genre: 'anh',
      coefficient: 5,
      publishedOn: '2025-01-01',
    });
    expect(r.ok && [r.value.coefficient, r.value.amount, r.value.warnings[0]!.citation?.id]).toEqual([
      3,
      702_000,
      'BK-18-2021',
    ]);
    for (const g of BAC_KAN_18_2021_REGIME.genres) {
      const cap = ND18_2014_CAP.groups.find((x) => x.group === g.group)!;
      expect(g.max!).toBeLessThanOrEqual(cap.max);
    }
  });
});

describe('calculateRoyalty: dates and payment', () => {
  it('selects the salary by the payment date on request', () => {
    const input = {
      genre: 'tin',
      coefficient: 1.5,
      publishedOn: '2026-06-20',
      paidOn: '2026-07-05',
    } as const;
    expect(amountOf(input)).toBe(351_000);
    expect(amountOf({ ...input, salaryDate: 'paid' })).toBe(379_500);
    expect(
      calculateRoyalty({ genre: 'tin', coefficient: 1, publishedOn: '2026-06-20', salaryDate: 'paid' })
        .issues[0]!.code,
    ).toBe('royalty.paid-on-missing');
  });
  it('warns when paid more than 60 calendar days after publication (ND 18/2014 Art. 6)', () => {
    const onTime = calculateRoyalty({
      genre: 'tin',
      coefficient: 1,
      publishedOn: '2026-01-01',
      paidOn: '2026-03-02',
    });
    expect(onTime.ok && onTime.value.warnings).toEqual([]);
    const late = calculateRoyalty({
      genre: 'tin',
      coefficient: 1,
      publishedOn: '2026-01-01',
      paidOn: '2026-03-03',
    });
    expect(late.ok && late.value.warnings.map((w) => [w.code, w.citation?.id])).toEqual([
      ['royalty.payment-late', 'ND-18-2014/6'],
    ]);
  });
  it('warns when a regime is applied before it was in force', () => {
    const r = calculateRoyalty({
      regime: 'ninh-thuan-23-2020',
      genre: 'tin-co-anh',
      publishedOn: '2020-07-26',
    });
    expect(r.ok && r.value.warnings.map((w) => w.code)).toEqual(['royalty.regime-not-in-force']);
  });
  it('rejects dates before any salary entry and invalid dates', () => {
    expect(
      calculateRoyalty({ genre: 'tin', coefficient: 1, publishedOn: '2012-12-31' }).issues.find(
        (i) => i.severity === 'error',
      ),
    ).toMatchObject({
      code: 'royalty.salary-date-uncovered',
      path: ['publishedOn'],
    });
    expect(
      calculateRoyalty({ genre: 'tin', coefficient: 1, publishedOn: '31/12/2025' }).issues[0]!.code,
    ).toBe('date.invalid');
  });
  it('uses a caller salary table, and reports its overlaps', () => {
    const t = defineBaseSalaryTable([
      { from: '2030-01-01', amount: 3_000_000, citation: { id: 'ND-X-2029' } },
    ]);
    expect(
      t.ok && amountOf({ genre: 'tin', coefficient: 1.5, publishedOn: '2030-05-01', salaryTable: t.value }),
    ).toBe(450_000);
    const bad = calculateRoyalty({
      genre: 'tin',
      coefficient: 1,
      publishedOn: '2030-05-01',
      salaryTable: [
        { from: '2030-01-01', to: '2030-12-31', amount: 1, citation: { id: 'A' } },
        { from: '2030-06-01', amount: 2, citation: { id: 'B' } },
      ],
    });
    expect(bad.issues[0]).toMatchObject({
      code: 'royalty.salary-table-overlap',
      path: ['salaryTable', 1, 'from'],
    });
  });
});

describe('calculateRoyalty: bad input', () => {
  const base = { genre: 'tin', publishedOn: '2025-01-01' } as const;
  it.each([
    [-1, 'negative'],
    [Number.NaN, 'not-a-number'],
    [Number.POSITIVE_INFINITY, 'not-finite'],
    [Number.NEGATIVE_INFINITY, 'not-finite'],
    ['1.5.2', 'not-a-number'],
    ['-0.5', 'negative'],
    [{}, 'not-a-number'],
    ['9'.repeat(100), 'too-large'],
  ])('coefficient %s → royalty.coefficient-invalid (%s)', (coefficient, reason) => {
    const r = calculateRoyalty({ ...base, coefficient: coefficient as number });
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({
      code: 'royalty.coefficient-invalid',
      path: ['coefficient'],
      details: { reason },
    });
    expect(r.issues[0]!.message.vi).toMatch(/^Hệ số/);
    expect(r.issues[0]!.message.en).toMatch(/^The coefficient/);
  });
  it('unknown genres, regimes, sites and modifiers', () => {
    const g = calculateRoyalty({ ...base, genre: 'tho', coefficient: 1 });
    expect(g.issues[0]).toMatchObject({ code: 'royalty.genre-unknown', path: ['genre'] });
    expect(g.issues[0]!.message.en).toContain('tin, tra-loi-ban-doc');
    expect(calculateRoyalty({ ...base, regime: 'ha-noi', coefficient: 1 }).issues[0]!.code).toBe(
      'royalty.regime-unknown',
    );
    expect(calculateRoyalty({ ...base, coefficient: 1, site: 'department' }).issues[0]!.code).toBe(
      'royalty.site-unknown',
    );
    expect(calculateRoyalty({ ...base, coefficient: 1, modifiers: ['poetry'] }).issues[0]!.code).toBe(
      'royalty.modifier-unknown',
    );
    expect(
      calculateRoyalty({ ...base, coefficient: 1, modifiers: ['translation', 'translation'] }).issues.at(-1)!
        .code,
    ).toBe('royalty.modifier-duplicate');
    expect(
      calculateRoyalty({ ...base, coefficient: 1, modifiers: [{ id: 'translation', percent: Number.NaN }] })
        .issues[0]!.code,
    ).toBe('royalty.modifier-invalid');
  });
  it('clamps modifier percentages to their range with a warning', () => {
    const r = calculateRoyalty({ ...base, coefficient: 1, modifiers: [{ id: 'translation', percent: 80 }] });
    expect(r.ok && [r.value.amount, r.value.warnings[0]!.code]).toEqual([
      152_100,
      'royalty.modifier-clamped',
    ]);
  });
  it('stays linear and coded on hostile input (10 MB strings, lone surrogates, long lists)', () => {
    const huge = `\uD800${'x'.repeat(10_000_000)}`;
    expect(calculateRoyalty({ ...base, genre: huge, coefficient: 1 }).issues[0]!.code).toBe(
      'royalty.genre-unknown',
    );
    expect(
      calculateRoyalty({ ...base, genre: huge, coefficient: 1 }).issues[0]!.message.en.length,
    ).toBeLessThan(400);
    expect(calculateRoyalty({ ...base, coefficient: huge }).issues[0]!.code).toBe(
      'royalty.coefficient-invalid',
    );
    expect(calculateRoyalty({ ...base, coefficient: 1, publishedOn: huge }).issues[0]!.code).toBe(
      'date.invalid',
    );
    const site = calculateRoyalty({
      site: huge,
      regime: 'ninh-thuan-23-2020',
      genre: 'tin-co-anh',
      publishedOn: '2025-01-01',
    });
    expect(site.issues.map((i) => i.code)).toEqual(['royalty.site-unknown']);
    const many = Array.from({ length: 100_000 }, () => 'translation');
    expect(calculateRoyalty({ ...base, coefficient: 1, modifiers: many }).issues[0]!.code).toBe(
      'royalty.modifier-invalid',
    );
  });
  it('warns when the payment date is before publication', () => {
    const r = calculateRoyalty({ ...base, coefficient: 1, paidOn: '2024-12-31' });
    expect(r.ok && r.value.warnings.map((w) => w.code)).toEqual(['royalty.paid-before-published']);
  });
  it('returns a coded issue, never a throw, for a non-object argument', () => {
    for (const bad of [null, undefined, 42, 'tin']) {
      const r = calculateRoyalty(bad as unknown as RoyaltyInput);
      expect(r.ok).toBe(false);
      expect(r.issues[0]?.code).toBe('royalty.input-invalid');
    }
  });
});

describe('calculateRoyalty: properties', () => {
  const regimeIds = ROYALTY_REGIMES.filter(
    (r) => r.id !== 'bo-tu-phap-1991-2013' && r.amountSource !== 'contract',
  ).map((r) => r.id);
  const coefficient = fc.integer({ min: 0, max: 800_000 }).map((n) => n / 10_000);
  const date = fc
    .integer({ min: 15887, max: 22000 })
    .map((n) => new Date(n * 86_400_000).toISOString().slice(0, 10));
  const regimeGenre = fc
    .constantFrom(...regimeIds)
    .chain((id) =>
      fc.tuple(
        fc.constant(id),
        fc.constantFrom(...ROYALTY_REGIMES.find((r) => r.id === id)!.genres.map((g) => g.id)),
      ),
    );

  it('amounts are non-negative safe integers, and the coefficient is clamped by the maxima', () => {
    fc.assert(
      fc.property(regimeGenre, coefficient, date, ([regime, genre], c, publishedOn) => {
        const r = calculateRoyalty({ regime, genre, coefficient: c, publishedOn });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const v = r.value;
        expect(Number.isSafeInteger(v.amount) && v.amount >= 0).toBe(true);
        const reg = ROYALTY_REGIMES.find((x) => x.id === regime)!;
        const g = reg.genres.find((x) => x.id === genre)!;
        const groupMax = ND18_2014_CAP.groups.find((x) => x.group === g.group)!.max;
        expect(v.coefficient).toBeLessThanOrEqual(Math.min(groupMax, g.max ?? Number.POSITIVE_INFINITY));
        expect(v.coefficient).toBeGreaterThanOrEqual(g.min ?? 0);
        expect(v.amount).toBeLessThanOrEqual(Math.ceil(groupMax * v.unitValue));
        const c10k = BigInt(Math.round(v.coefficient * 10_000));
        expect(BigInt(v.amount)).toBe((c10k * BigInt(v.unitValue) * 2n + 10_000n) / 20_000n);
      }),
      { numRuns: 400 },
    );
  });
  it('is monotonic in the coefficient', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('tin', 'chinh-luan', 'media'),
        coefficient,
        coefficient,
        date,
        fc.constantFrom<string[]>([], ['children-ethnic'], ['translation', 'dangerous-conditions']),
        (genre, a, b, publishedOn, modifiers) => {
          const [lo, hi] = a <= b ? [a, b] : [b, a];
          const x = amountOf({ genre, coefficient: lo, publishedOn, modifiers });
          const y = amountOf({ genre, coefficient: hi, publishedOn, modifiers });
          expect(x).toBeLessThanOrEqual(y);
        },
      ),
      { numRuns: 300 },
    );
  });
  it('is monotonic in the base salary', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 50_000_000 }),
        fc.integer({ min: 0, max: 50_000_000 }),
        coefficient,
        fc.constantFrom<string | undefined>(undefined, 'department'),
        (salary, extra, c, site) => {
          const table = (amount: number) => [{ from: '2030-01-01', amount, citation: { id: 'ND-X' } }];
          const input = {
            regime: 'ninh-thuan-23-2020',
            genre: 'tong-hop-chuyen-sau',
            coefficient: c,
            publishedOn: '2030-02-01',
            ...(site ? { site } : {}),
          };
          const x = amountOf({ ...input, salaryTable: table(salary) });
          const y = amountOf({ ...input, salaryTable: table(salary + extra) });
          expect(x).toBeLessThanOrEqual(y);
        },
      ),
      { numRuns: 300 },
    );
  });
  it('equals the exact rational result rounded half up (checked with BigInt)', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 500_000 }),
        fc.integer({ min: 1, max: 100_000_000 }),
        (c10k, salary) => {
          const r = calculateRoyalty({
            genre: 'truc-tuyen',
            coefficient: c10k / 10_000,
            publishedOn: '2030-01-01',
            salaryTable: [{ from: '2030-01-01', amount: salary, citation: { id: 'X' } }],
          });
          const unit = (BigInt(salary) * 1000n * 2n + 10_000n) / 20_000n; // round(salary × 10 %)
          const amount = (BigInt(c10k) * unit * 2n + 10_000n) / 20_000n;
          expect(r.ok && [BigInt(r.value.unitValue), BigInt(r.value.amount)]).toEqual([unit, amount]);
        },
      ),
      { numRuns: 300 },
    );
  });
});
