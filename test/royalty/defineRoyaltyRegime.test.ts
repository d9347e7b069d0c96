import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  calculateRoyalty,
  defineRoyaltyRegime,
  getRoyaltyRegime,
  ND18_2014_CAP,
  ND18_2014_REGIME,
  ROYALTY_REGIMES,
  type RoyaltyRegimeInput,
  RoyaltyRegimeSchema,
} from '../../src/royalty/index.js';

/** Vĩnh Phúc QĐ 37/2020/QĐ-UBND: its table is not in the library; a user enters it like this (guide example). */
const vinhPhuc: RoyaltyRegimeInput = {
  id: 'vinh-phuc-37-2020',
  name: {
    vi: 'Nhuận bút Vĩnh Phúc (QĐ 37/2020/QĐ-UBND)',
    en: 'Vĩnh Phúc royalties (Decision 37/2020/QD-UBND)',
  },
  citation: { id: 'VP-37-2020', note: 'cited by VP-32-2023/16.1' },
  inForceFrom: '2020-10-20',
  unitShare: 10,
  unitShareCitation: { id: 'ND-18-2014/7.2' },
  genres: [
    {
      id: 'tin',
      name: { vi: 'Tin', en: 'News' },
      unit: 'item',
      min: 1,
      max: 2,
      group: 1,
      citation: { id: 'VP-37-2020' },
    },
    {
      id: 'anh',
      name: { vi: 'Ảnh', en: 'Photo' },
      unit: 'item',
      min: 0.5,
      max: 12,
      group: 3,
      citation: { id: 'VP-37-2020' },
    },
  ],
  sites: [
    { id: 'department', name: { vi: 'Sở', en: 'Department' }, share: 50, citation: { id: 'VP-37-2020' } },
  ],
};

describe('shipped regimes', () => {
  it('all pass RoyaltyRegimeSchema and have unique ids', () => {
    for (const r of ROYALTY_REGIMES) {
      const parsed = RoyaltyRegimeSchema.safeParse(r);
      expect(parsed.success, r.id).toBe(true);
      expect(defineRoyaltyRegime(r).ok).toBe(true);
    }
    expect(new Set(ROYALTY_REGIMES.map((r) => r.id)).size).toBe(ROYALTY_REGIMES.length);
    expect(getRoyaltyRegime('nd18-2014')).toBe(ND18_2014_REGIME);
  });
  it('ND 18/2014 group maxima are those of Art. 7.1', () => {
    expect(ND18_2014_CAP.groups.map((g) => [g.group, g.max])).toEqual([
      [1, 10],
      [2, 10],
      [3, 10],
      [4, 30],
      [5, 30],
      [6, 30],
      [7, 30],
      [8, 50],
    ]);
    expect(ND18_2014_REGIME.unitShare).toBe(10);
    expect(ND18_2014_REGIME.modifiers.map((m) => [m.id, m.kind, m.min, m.max])).toEqual([
      ['translation', 'share', 40, 65],
      ['lyrics-subtitles', 'share', 20, 50],
      ['children-ethnic', 'surcharge', 10, 20],
      ['direct-foreign-language', 'surcharge', 30, 50],
      ['dangerous-conditions', 'surcharge', 0, 100],
    ]);
  });
  it('provincial tables carry the numbers of facts/royalty.md §4', () => {
    const range = (id: string) =>
      Object.fromEntries(getRoyaltyRegime(id)!.genres.map((g) => [g.id, [g.min ?? 0, g.max]]));
    expect(range('ninh-thuan-23-2020')).toEqual({
      'tin-khong-anh': [1, 1],
      'tin-co-anh': [1.5, 1.5],
      'tong-hop-chuyen-sau': [1.2, 2.5],
      'dang-lai': [0.5, 0.5],
      'anh-san-xuat-dong-bang': [1.2, 1.5],
      'anh-san-xuat-mien-nui': [1.5, 1.8],
      'bai-phan-anh': [2, 2.5],
      'binh-luan': [2.5, 3],
      'nghien-cuu': [3, 4],
      'truc-tuyen-media': [4, 5],
    });
    expect(getRoyaltyRegime('ninh-thuan-23-2020')!.sites.map((x) => [x.id, x.share])).toEqual([
      ['portal', 100],
      ['department', 20],
      ['district', 20],
    ]);
    const bk = range('bac-kan-18-2021');
    expect(Object.entries(bk).map(([id, [, max]]) => `${id}:${max}`)).toEqual([
      'tin:4',
      'tra-loi-ban-doc:4',
      'tranh:4',
      'anh:3',
      'chinh-luan:10',
      'phong-su:10',
      'ky:10',
      'phong-van:10',
      'sang-tac-van-hoc:10',
      'nghien-cuu:10',
      'truc-tuyen:15',
      'media:15',
      'talk-show:15',
    ]);
    const btp = getRoyaltyRegime('bo-tu-phap-1991-2013')!;
    expect(btp.genres.map((g) => [g.id, g.unit, g.grades!.map((x) => x.coefficient), g.max])).toEqual([
      ['tin', 'length', [0.7, 0.5, 0.3], 5],
      ['minh-hoa', 'length', [0.7, 0.5, 0.3], 5],
      ['tra-loi-ban-doc', 'length', [1, 0.7, 0.4], 7],
    ]);
  });
  it('every regional coefficient stays within its ND 18/2014 group maximum', () => {
    for (const r of ROYALTY_REGIMES) {
      if (r.legalBasis === 'nd287-2026') continue; // Decree 287/2026 has no national coefficient table (Art. 14.1)
      for (const g of r.genres) {
        const cap = ND18_2014_CAP.groups.find((x) => x.group === g.group);
        expect(cap, `${r.id}/${g.id}`).toBeDefined();
        if (g.max !== undefined) expect(g.max).toBeLessThanOrEqual(cap!.max);
      }
    }
  });
});

describe('defineRoyaltyRegime', () => {
  it('accepts a province table entered by the user (Vĩnh Phúc QĐ 37/2020) and defaults the cap to ND 18/2014', () => {
    const r = defineRoyaltyRegime(vinhPhuc);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.cap?.id).toBe('nd18-2014');
    expect(r.value.modifiers).toEqual([]);
    expect(Object.isFrozen(r.value.genres[0])).toBe(true);
    // 12 exceeds the table? no: the table's max is 12, but ND 18/2014 caps photos at 10
    const photo = calculateRoyalty({
      regime: r.value,
      genre: 'anh',
      coefficient: 12,
      commissionedOn: '2026-08-25',
      publishedOn: '2026-11-25',
      site: 'department',
    });
    expect(photo.ok && [photo.value.coefficient, photo.value.amount, photo.value.warnings[0]!.code]).toEqual([
      10,
      1_265_000,
      'royalty.coefficient-capped',
    ]);
  });
  it('allows `cap: null` (no cap)', () => {
    const r = defineRoyaltyRegime({ ...vinhPhuc, cap: null });
    const photo = r.ok
      ? calculateRoyalty({ regime: r.value, genre: 'anh', coefficient: 12, publishedOn: '2026-11-25' })
      : r;
    expect(photo.ok && photo.value.amount).toBe(3_036_000);
  });
  it('reports invalid tables with paths and bilingual messages', () => {
    const bad = defineRoyaltyRegime({
      ...vinhPhuc,
      genres: [
        { ...vinhPhuc.genres[0]!, min: 3, max: 2 },
        { ...vinhPhuc.genres[0]!, group: 9 },
        { id: 'dai', name: { vi: 'Dài', en: 'Long' }, unit: 'length', citation: { id: 'X' }, group: 1 },
      ],
    });
    expect(bad.ok).toBe(false);
    const found = bad.issues.map((i) => [i.code, i.path.join('.')]);
    expect(found).toContainEqual(['royalty.regime-invalid', 'genres.0.min']);
    expect(found).toContainEqual(['royalty.regime-invalid', 'genres.1.id']); // duplicate id
    expect(found).toContainEqual(['royalty.regime-invalid', 'genres.1.group']); // group 9 not in the cap table
    expect(found).toContainEqual(['royalty.regime-invalid', 'genres.2.grades']);
    expect(found).toContainEqual(['royalty.regime-invalid', 'genres.2.lengthUnit']);
    const dup = bad.issues.find((i) => i.path.join('.') === 'genres.1.id')!;
    expect(dup.message.vi).toContain('bị trùng');
    expect(dup.message.en).toContain('Duplicate id');
    expect(defineRoyaltyRegime(null as unknown as RoyaltyRegimeInput).issues[0]!.code).toBe(
      'royalty.regime-invalid',
    );
    const nan = defineRoyaltyRegime({ ...vinhPhuc, unitShare: Number.NaN });
    expect(nan.issues.map((i) => [i.path, i.message.en])).toEqual([
      [['unitShare'], 'Invalid royalty regime at unitShare: expected a finite number'],
    ]);
    const neg = defineRoyaltyRegime({ ...vinhPhuc, unitShare: -10 });
    expect(neg.issues[0]!.message).toEqual({
      vi: 'Bảng nhuận bút không hợp lệ tại unitShare: phải lớn hơn 0',
      en: 'Invalid royalty regime at unitShare: must be greater than 0',
    });
    const id = defineRoyaltyRegime({ ...vinhPhuc, id: 'Vĩnh Phúc' });
    expect(id.issues[0]!.message.en).toContain('wrong format');
    const unit = defineRoyaltyRegime({
      ...vinhPhuc,
      genres: [{ ...vinhPhuc.genres[0]!, unit: 'page' as 'item' }],
    });
    expect(unit.issues[0]!.message.en).toBe(
      'Invalid royalty regime at genres.0.unit: must be one of: item, length',
    );
  });
  it('property: never throws on arbitrary JSON-like input', () => {
    fc.assert(
      fc.property(fc.anything(), (x) => {
        const r = defineRoyaltyRegime(x as RoyaltyRegimeInput);
        expect(typeof r.ok).toBe('boolean');
        if (!r.ok) for (const i of r.issues) expect(i.code).toBe('royalty.regime-invalid');
      }),
      { numRuns: 300 },
    );
  });
});
