import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type CreationCostItem,
  calculateCreationCost,
  countStandardPages,
  TT194_2012_TABLE,
} from '../../src/royalty/index.js';

const before = { date: '2026-03-01' } as const;

describe('calculateCreationCost (TT 194/2012/TT-BTC)', () => {
  it('prices the rates of facts/royalty.md §5', () => {
    const works: [CreationCostItem['work'], number][] = [
      ['field-short', 300],
      ['field-medium', 375],
      ['field-long', 450],
      ['page-text', 9_500],
      ['page-table', 11_700],
      ['page-formula', 14_000],
      ['hypertext-simple', 12_000],
      ['hypertext-complex', 42_000],
    ];
    for (const [work, rate] of works) {
      const r = calculateCreationCost([{ work, quantity: 1 }], before);
      expect(r.ok && r.value.total, work).toBe(rate);
    }
  });
  it('picks the field tier by length: ≤ 15, 16–50, > 50 characters', () => {
    const tier = (fieldLength: number) => {
      const r = calculateCreationCost([{ work: 'field', fieldLength, quantity: 1 }], before);
      return r.ok ? r.value.lines[0]!.work : r.issues[0]!.code;
    };
    expect([tier(1), tier(15), tier(16), tier(50), tier(51), tier(10_000)]).toEqual([
      'field-short',
      'field-short',
      'field-medium',
      'field-medium',
      'field-long',
      'field-long',
    ]);
    expect(tier(0)).toBe('royalty.cost-item-invalid');
  });
  it('flags the 375 VND draft figure and the uncertain basis from 2026-07-01', () => {
    const draft = calculateCreationCost([{ work: 'field', fieldLength: 30, quantity: 10 }], before);
    expect(draft.ok && [draft.value.total, draft.value.warnings.map((w) => w.code)]).toEqual([
      3_750,
      ['royalty.cost-draft-rate'],
    ]);
    const d0 = calculateCreationCost([{ work: 'page-text', quantity: 1 }], { date: '2026-06-30' });
    const d1 = calculateCreationCost([{ work: 'page-text', quantity: 1 }], { date: '2026-07-01' });
    expect(d0.ok && d0.value.warnings).toEqual([]);
    expect(d1.ok && d1.value.warnings.map((w) => w.code)).toEqual(['royalty.cost-basis-uncertain']);
    const old = calculateCreationCost([{ work: 'page-text', quantity: 1 }], { date: '2012-12-31' });
    expect(old.ok && old.value.warnings.map((w) => w.code)).toEqual(['royalty.regime-not-in-force']);
  });
  it('applies method, language surcharge and in-house percentages, each line rounded half up', () => {
    const r = calculateCreationCost(
      [
        { work: 'page-text', quantity: 3, method: 'from-electronic' }, // 28,500 × 15 % = 4,275
        { work: 'page-table', quantity: 2.5, method: 'ocr', methodPercent: 20 }, // 29,250 × 20 % = 5,850
        { work: 'hypertext-complex', quantity: 1, method: 'photo-digitising' }, // 42,000 × 30 % = 12,600
        { work: 'hypertext-simple', quantity: 1, languageSurcharge: 30 }, // 12,000 + 3,600 = 15,600
        { work: 'field-short', quantity: 7, ratePercent: 33.33 }, // 2,100 × 33.33 % = 699.93 → 700
      ],
      { date: '2026-03-01', inHouse: true }, // each × 50 %
    );
    expect(r.ok && r.value.lines.map((l) => l.amount)).toEqual([2_138, 2_925, 6_300, 7_800, 350]);
    expect(r.ok && r.value.total).toBe(2_138 + 2_925 + 6_300 + 7_800 + 350);
    expect(r.ok && r.value.lines[0]!.breakdown.map((b) => b.text.vi)).toEqual([
      'Dữ liệu phi cấu trúc, chỉ có chữ và số: 3 trang tiêu chuẩn × 9.500 đ = 28.500 đ',
      'Tạo lập từ dữ liệu điện tử có sẵn: 15% × 28.500 đ = 4.275 đ',
      'Tự thực hiện (không thuê ngoài): 50% × 4.275 đ = 2.138 đ',
    ]);
  });
  it('clamps percentages above the maxima with a warning, and rejects mismatched methods', () => {
    const r = calculateCreationCost([{ work: 'page-text', quantity: 1, method: 'ocr', methodPercent: 45 }], {
      date: '2026-03-01',
      inHousePercent: 70,
    });
    expect(r.ok && [r.value.total, r.value.warnings.map((w) => w.code)]).toEqual([
      1_425,
      ['royalty.cost-percent-clamped', 'royalty.cost-percent-clamped'],
    ]);
    const lang = calculateCreationCost([{ work: 'page-text', quantity: 1, languageSurcharge: 5 }], before);
    expect(lang.ok && lang.value.total).toBe(10_450); // raised to the 10 % minimum
    const bad = calculateCreationCost([{ work: 'hypertext-simple', quantity: 1, method: 'ocr' }], before);
    expect(bad.issues[0]!.code).toBe('royalty.cost-method-invalid');
    const bad2 = calculateCreationCost(
      [{ work: 'page-text', quantity: 1, method: 'photo-digitising' }],
      before,
    );
    expect(bad2.issues[0]!.code).toBe('royalty.cost-method-invalid');
  });
  it('rejects bad quantities and works with coded issues', () => {
    const r = calculateCreationCost(
      [
        { work: 'page-text', quantity: -1 },
        { work: 'page-text', quantity: Number.NaN },
        { work: 'scan' as CreationCostItem['work'], quantity: 1 },
      ],
      before,
    );
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['royalty.cost-item-invalid', [0, 'quantity']],
      ['royalty.cost-item-invalid', [1, 'quantity']],
      ['royalty.cost-work-unknown', [2, 'work']],
    ]);
    expect(calculateCreationCost([], { date: 'nope' }).issues[0]!.code).toBe('date.invalid');
  });
  it('property: totals are integers equal to the sum of their lines, monotonic in quantity', () => {
    const work = fc.constantFrom(...TT194_2012_TABLE.rates.map((r) => r.id));
    fc.assert(
      fc.property(
        fc.array(fc.record({ work, q: fc.integer({ min: 0, max: 10_000_000 }) }), { maxLength: 20 }),
        fc.boolean(),
        (rows, inHouse) => {
          const items = rows.map((x) => ({ work: x.work, quantity: x.q / 100 }));
          const r = calculateCreationCost(items, { date: '2025-01-01', inHouse });
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          expect(Number.isSafeInteger(r.value.total)).toBe(true);
          expect(r.value.total).toBe(r.value.lines.reduce((s, l) => s + l.amount, 0));
          const more = calculateCreationCost(
            items.map((i) => ({ ...i, quantity: i.quantity + 1 })),
            { date: '2025-01-01', inHouse },
          );
          expect(more.ok && more.value.total).toBeGreaterThanOrEqual(r.value.total);
        },
      ),
      { numRuns: 200 },
    );
  });
});

describe('countStandardPages', () => {
  it('uses 46 × 70 = 3,220 characters a page', () => {
    expect(countStandardPages('a'.repeat(3_220))).toEqual({
      characters: 3_220,
      charactersPerPage: 3_220,
      pages: 1,
      wholePages: 1,
    });
    expect(countStandardPages('a'.repeat(3_221)).wholePages).toBe(2);
    expect(countStandardPages('a'.repeat(1_610)).pages).toBe(0.5);
    expect(countStandardPages('a'.repeat(16)).pages).toBe(0); // 0.00497 → 0.00
    expect(countStandardPages('a'.repeat(17)).pages).toBe(0.01); // 0.00528 → 0.01
  });
  it('counts code points after NFC, not UTF-16 units or line breaks', () => {
    expect(countStandardPages('Nghị định').characters).toBe(9);
    expect(countStandardPages('Nghi\u0323 đi\u0323nh').characters).toBe(9);
    expect(countStandardPages('😀\r\n😀\n').characters).toBe(2);
    expect(countStandardPages('\uD800x\uDC00').characters).toBe(3);
  });
  it('is linear on a 10 MB input', () => {
    expect(countStandardPages('ệ'.repeat(10_000_000)).wholePages).toBe(3_106);
  });
  it('property: pages × 3,220 ≈ characters, wholePages is the ceiling', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 20_000, unit: 'grapheme' }), (text) => {
        const c = countStandardPages(text);
        expect(c.wholePages).toBe(Math.ceil(c.characters / 3_220));
        expect(Math.abs(c.pages - c.characters / 3_220)).toBeLessThanOrEqual(0.005 + 1e-9);
      }),
      { numRuns: 200 },
    );
  });
});
