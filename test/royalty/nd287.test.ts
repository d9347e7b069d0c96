import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  BAC_KAN_18_2021_REGIME,
  calculateExhibitionRoyalty,
  calculateRemuneration,
  calculateRoyalty,
  calculateStateWorkUse,
  defineRoyaltyRegime,
  ND287_2026_EXHIBITION_TABLE,
  NINH_THUAN_23_2020_REGIME,
  type RoyaltyRegimeInput,
  royaltyStatement,
} from '../../src/royalty/index.js';

// facts/royalty.md §6 (Nghị định 287/2026/NĐ-CP): in force 2026-09-01; Art. 20.2 ends ND 18/2014 and ND 21/2015
// from that day; Art. 19 keeps work ordered, assigned or bid before it under the rules then in force; Art. 14.1
// press creation is paid under assignment/ordering/bidding rules, no coefficient table; Art. 21.2 ministers and
// provincial chairs set the rate tables.

const codes = (r: { issues: readonly { code: string }[] }) => r.issues.map((i) => i.code);

describe('calculateRoyalty: the commission date selects the regime (ND 287/2026 Art. 19.1)', () => {
  it('commissioned 2026-08-20: ND 18/2014 still applies, citing Art. 19.1', () => {
    const r = calculateRoyalty({
      genre: 'tin',
      coefficient: 1.5,
      commissionedOn: '2026-08-20',
      publishedOn: '2026-12-07',
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect([r.value.regime, r.value.amount, r.value.unitValue]).toEqual(['nd18-2014', 379_500, 253_000]);
    expect(r.value.rule.citation.id).toBe('ND-287-2026/19.1');
    expect(r.value.breakdown[0]).toMatchObject({ step: 'regime', citation: { id: 'ND-287-2026/19.1' } });
    expect(r.value.breakdown[0]?.text.vi).toContain('2026-08-20');
    expect(r.value.breakdown.at(-1)?.text.vi).toBe('Tổng nhuận bút: 379.500 đ');
    expect(r.value.warnings).toEqual([]);
  });

  it('commissioned 2026-12-07: never applies ND 18/2014 coefficients silently', () => {
    // Default: the ND 287/2026 regime, which has no coefficient table: a coded error, not an amount.
    const d = calculateRoyalty({
      genre: 'tin',
      coefficient: 1.5,
      commissionedOn: '2026-12-07',
      publishedOn: '2026-12-07',
    });
    expect(d.ok).toBe(false);
    expect(codes(d)).toEqual(['royalty.coefficient-not-applicable']);
    expect(d.issues[0]?.message.en).toMatch(/no national coefficient table/);
    const none = calculateRoyalty({ genre: 'tin', commissionedOn: '2026-12-07', publishedOn: '2026-12-07' });
    expect(codes(none)).toEqual(['royalty.contract-amount-missing']);
    // Naming ND 18/2014 explicitly computes, with a warning that it is no longer in force.
    const old = calculateRoyalty({
      regime: 'nd18-2014',
      genre: 'tin',
      coefficient: 1.5,
      commissionedOn: '2026-12-07',
      publishedOn: '2026-12-07',
    });
    expect(old.ok && old.value.warnings.map((w) => [w.code, w.citation?.id])).toEqual([
      ['royalty.regime-not-in-force', 'ND-287-2026/20.2'],
    ]);
    // A provincial table made under ND 18/2014: flagged, unless the caller supplies the reissue.
    for (const regime of [NINH_THUAN_23_2020_REGIME, BAC_KAN_18_2021_REGIME]) {
      const genre = regime.genres[0]!.id;
      const lapsed = calculateRoyalty({
        regime,
        genre,
        coefficient: 1,
        commissionedOn: '2026-12-07',
        publishedOn: '2026-12-07',
      });
      expect(lapsed.ok && lapsed.value.warnings.map((w) => w.code)).toContain('royalty.basis-lapsed');
    }
    const reissued = calculateRoyalty({
      regime: 'ninh-thuan-23-2020',
      genre: 'tin-co-anh',
      commissionedOn: '2026-12-07',
      publishedOn: '2026-12-07',
      reissuedBasis: { number: '45/2026/QĐ-UBND', effectiveFrom: '2026-10-15' },
    });
    expect(
      reissued.ok && [reissued.value.amount, reissued.value.warnings, reissued.value.rule.citation.id],
    ).toEqual([379_500, [], 'ND-287-2026/21.2']);
    // A reissue in force only after the commission date does not cover it.
    const late = calculateRoyalty({
      regime: 'ninh-thuan-23-2020',
      genre: 'tin-co-anh',
      commissionedOn: '2026-09-10',
      publishedOn: '2026-12-07',
      reissuedBasis: { number: '45/2026/QĐ-UBND', effectiveFrom: '2026-10-15' },
    });
    expect(late.ok && late.value.warnings.map((w) => w.code)).toEqual(['royalty.basis-lapsed']);
  });

  it('the boundary is 2026-08-31 / 2026-09-01', () => {
    const at = (commissionedOn: string) =>
      calculateRoyalty({ genre: 'tin', contractAmount: 100, commissionedOn, publishedOn: '2026-09-15' });
    expect(at('2026-09-01').ok && at('2026-09-01').ok).toBe(true);
    const before = calculateRoyalty({
      genre: 'tin',
      coefficient: 1,
      commissionedOn: '2026-08-31',
      publishedOn: '2026-09-15',
    });
    expect(before.ok && before.value.regime).toBe('nd18-2014');
    // a contract amount is not a coefficient table: the old regime refuses it
    expect(codes(at('2026-08-31'))).toEqual(['royalty.contract-amount-not-applicable']);
  });

  it('without a commission date, assumes the publication date and warns', () => {
    const r = calculateRoyalty({ genre: 'tin', contractAmount: 500_000, publishedOn: '2026-12-07' });
    expect(r.ok && [r.value.regime, r.value.commissionDateAssumed, r.value.commissionedOn]).toEqual([
      'nd287-2026',
      true,
      '2026-12-07',
    ]);
    expect(r.ok && r.value.warnings[0]?.code).toBe('royalty.commission-date-assumed');
    const old = calculateRoyalty({ genre: 'tin', coefficient: 1, publishedOn: '2026-08-01' });
    expect(old.ok && [old.value.regime, old.value.warnings[0]?.code]).toEqual([
      'nd18-2014',
      'royalty.commission-date-assumed',
    ]);
    expect(
      codes(
        calculateRoyalty({
          genre: 'tin',
          coefficient: 1,
          publishedOn: '2026-08-01',
          commissionedOn: '1/8/2026',
        }),
      ),
    ).toEqual(['date.invalid']);
  });

  it('the contract path: the order amount plus Art. 3.3 incentives, said as "tiền bản quyền"', () => {
    const r = calculateRoyalty({
      genre: 'phong-su',
      contractAmount: '2000000',
      commissionedOn: '2026-10-01',
      publishedOn: '2026-11-20',
      incentives: [
        { ground: 'investigative-reportage', amount: 300_000 },
        { ground: 'state-profit', profit: 5_000_000, percent: 10 },
      ],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect([r.value.amount, r.value.baseAmount, r.value.incentiveAmount]).toEqual([
      2_800_000, 2_000_000, 800_000,
    ]);
    expect(r.value.breakdown.map((l) => l.step)).toEqual([
      'regime',
      'contract',
      'incentive',
      'incentive',
      'total',
    ]);
    expect(r.value.breakdown.map((l) => l.citation?.id)).toEqual([
      'ND-287-2026/14.1',
      'ND-287-2026/14.1',
      'ND-287-2026/3.3.a',
      'ND-287-2026/3.3.c',
      'ND-287-2026/14.1',
    ]);
    expect(r.value.breakdown.at(-1)?.text.vi).toBe('Tổng tiền bản quyền: 2.800.000 đ');
    expect(r.value.genreName.vi).toBe('Phóng sự');
  });

  it('rejects bad incentives and contract amounts with coded issues', () => {
    const base = {
      genre: 'tin',
      contractAmount: 1_000,
      commissionedOn: '2026-10-01',
      publishedOn: '2026-10-02',
    };
    expect(
      codes(
        calculateRoyalty({ ...base, incentives: [{ ground: 'state-profit', profit: 1000, percent: 10.5 }] }),
      ),
    ).toEqual(['royalty.incentive-over-limit']);
    expect(codes(calculateRoyalty({ ...base, incentives: [{ ground: 'nope', amount: 1 }] }))).toEqual([
      'royalty.incentive-unknown',
    ]);
    expect(codes(calculateRoyalty({ ...base, incentives: [{ ground: 'disabilities' }] }))).toEqual([
      'royalty.incentive-amount-missing',
    ]);
    expect(
      codes(
        calculateRoyalty({
          ...base,
          incentives: [
            { ground: 'disabilities', amount: 1 },
            { ground: 'disabilities', amount: 1 },
          ],
        }),
      ),
    ).toEqual(['royalty.incentive-duplicate']);
    expect(codes(calculateRoyalty({ ...base, contractAmount: 10.5 }))).toEqual([
      'royalty.contract-amount-invalid',
    ]);
    expect(codes(calculateRoyalty({ ...base, contractAmount: -1 }))).toEqual([
      'royalty.contract-amount-invalid',
    ]);
    expect(codes(calculateRoyalty({ ...base, contractAmount: '1e9' }))).toEqual([
      'royalty.contract-amount-invalid',
    ]);
    // ND 18/2014 had modifiers, not Art. 3.3 incentives
    expect(
      codes(
        calculateRoyalty({
          genre: 'tin',
          coefficient: 1,
          commissionedOn: '2026-08-01',
          publishedOn: '2026-08-01',
          incentives: [{ ground: 'disabilities', amount: 1 }],
        }),
      ),
    ).toEqual(['royalty.incentive-not-in-regime']);
  });
});

describe('an agency table under ND 287/2026 Art. 21.2 (defineRoyaltyRegime)', () => {
  const table: RoyaltyRegimeInput = {
    id: 'tinh-x-12-2026',
    name: { vi: 'Bảng tiền bản quyền tỉnh X', en: 'Province X royalty table' },
    citation: { id: 'QĐ-12-2026-X' },
    legalBasis: 'nd287-2026',
    decision: {
      number: '12/2026/QĐ-UBND',
      signedOn: '2026-09-20',
      effectiveFrom: '2026-10-01',
      basis: { id: 'ND-287-2026/21.2' },
    },
    unitShare: 10,
    unitShareCitation: { id: 'QĐ-12-2026-X' },
    genres: [
      {
        id: 'tin',
        name: { vi: 'Tin', en: 'News' },
        unit: 'item',
        min: 1,
        max: 60,
        citation: { id: 'QĐ-12-2026-X' },
      },
    ],
  };

  it('needs the decision and the Art. 21.2 basis', () => {
    const { decision: _d, ...noDecision } = table;
    expect(defineRoyaltyRegime(noDecision).issues.map((i) => i.path.join('.'))).toEqual(['decision']);
    const wrongBasis = defineRoyaltyRegime({
      ...table,
      decision: { ...table.decision!, basis: { id: 'ND-18-2014/7' } },
    });
    expect(wrongBasis.issues.map((i) => i.path.join('.'))).toEqual(['decision.basis']);
  });

  it('computes from the table without ND 18/2014 maxima, says "tiền bản quyền", and carries the Art. 3.3 grounds', () => {
    const t = defineRoyaltyRegime(table);
    expect(t.ok).toBe(true);
    if (!t.ok) return;
    expect(t.value.cap).toBeNull();
    expect(t.value.incentiveGrounds.length).toBe(6);
    const r = calculateRoyalty({
      regime: t.value,
      genre: 'tin',
      coefficient: 40, // above ND 18/2014's old group-1 maximum of 10: no longer a limit
      commissionedOn: '2026-11-02',
      publishedOn: '2026-11-20',
      incentives: [{ ground: 'children-ethnic', amount: 100_000 }],
    });
    expect(r.ok && [r.value.amount, r.value.coefficient, r.value.warnings]).toEqual([10_220_000, 40, []]);
    expect(r.ok && r.value.rule.text.vi).toContain('12/2026/QĐ-UBND');
    expect(r.ok && r.value.breakdown.find((l) => l.step === 'royalty')?.text.vi).toBe(
      'Tiền bản quyền = hệ số 40 × 253.000 đ = 10.120.000 đ',
    );
  });

  it('warns for a commission outside the decision’s dates or before 2026-09-01', () => {
    const t = defineRoyaltyRegime(table);
    if (!t.ok) throw new Error('fixture');
    const early = calculateRoyalty({
      regime: t.value,
      genre: 'tin',
      coefficient: 1,
      commissionedOn: '2026-09-15',
      publishedOn: '2026-10-15',
    });
    expect(early.ok && early.value.warnings.map((w) => w.code)).toEqual(['royalty.table-not-in-force']);
    const old = calculateRoyalty({
      regime: t.value,
      genre: 'tin',
      coefficient: 1,
      commissionedOn: '2026-08-15',
      publishedOn: '2026-10-15',
    });
    expect(old.ok && old.value.warnings.map((w) => w.code)).toEqual([
      'royalty.regime-not-in-force',
      'royalty.table-not-in-force',
    ]);
  });
});

describe('calculateRoyalty: properties of the selection', () => {
  const day = fc
    .integer({ min: 0, max: 3 * 365 })
    .map((n) => new Date(Date.UTC(2025, 8, 1) + n * 86_400_000).toISOString().slice(0, 10));
  it('the regime follows the commission date; a coefficient never yields an amount from 2026-09-01 by default', () => {
    fc.assert(
      fc.property(day, day, fc.integer({ min: 0, max: 100_000 }), (commissionedOn, publishedOn, c) => {
        const r = calculateRoyalty({ genre: 'tin', coefficient: c / 10_000, commissionedOn, publishedOn });
        if (commissionedOn >= '2026-09-01') {
          expect(r.ok).toBe(false);
        } else {
          expect(r.ok && r.value.regime).toBe('nd18-2014');
          expect(r.ok && r.value.rule.citation.id).toBe('ND-287-2026/19.1');
        }
      }),
      { numRuns: 300 },
    );
  });
  it('the contract amount plus incentives is the total, exactly', () => {
    fc.assert(
      fc.property(
        day.filter((d) => d >= '2026-09-01'),
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.integer({ min: 0, max: 10 ** 9 }),
        fc.integer({ min: 0, max: 10 ** 12 }),
        fc.integer({ min: 0, max: 1000 }),
        (commissionedOn, amount, bonus, profit, bp) => {
          const r = calculateRoyalty({
            genre: 'tin',
            contractAmount: amount,
            commissionedOn,
            publishedOn: commissionedOn,
            incentives: [
              { ground: 'dangerous-conditions', amount: bonus },
              { ground: 'state-profit', profit, percent: bp / 100 },
            ],
            explain: false,
          });
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          const share = Number((BigInt(profit) * BigInt(bp) * 2n + 10_000n) / 20_000n);
          expect(r.value.amount).toBe(amount + bonus + share);
          expect(r.value.breakdown).toEqual([]);
        },
      ),
      { numRuns: 300 },
    );
  });
});

describe('calculateStateWorkUse (ND 287/2026 Art. 15)', () => {
  it('the floor is 20 % of the creation royalty, and an agreement below it is raised', () => {
    const r = calculateStateWorkUse({
      creationRoyalty: 1_000_001,
      agreedAmount: 100,
      commissionedOn: '2026-12-07',
    });
    expect(r.ok && [r.value.floor, r.value.amount, r.value.warnings[0]?.code]).toEqual([
      200_001,
      200_001,
      'royalty.below-floor',
    ]);
    const above = calculateStateWorkUse({
      creationRoyalty: 1_000_000,
      agreedAmount: 300_000,
      commissionedOn: '2026-12-07',
    });
    expect(above.ok && [above.value.amount, above.value.warnings]).toEqual([300_000, []]);
    const free = calculateStateWorkUse({
      creationRoyalty: 1_000_000,
      freeUse: 'remote-border-island',
      commissionedOn: '2026-12-07',
    });
    expect(free.ok && [free.value.amount, free.value.creditRequired, free.value.citation.id]).toEqual([
      0,
      true,
      'ND-287-2026/15.2',
    ]);
    expect(
      codes(
        calculateStateWorkUse({
          creationRoyalty: 1,
          freeUse: 'tourism' as never,
          commissionedOn: '2026-12-07',
        }),
      ),
    ).toEqual(['royalty.free-use-unknown']);
    expect(codes(calculateStateWorkUse({ creationRoyalty: 1, commissionedOn: '2026-08-31' }))).toEqual([
      'royalty.regime-not-in-force',
    ]);
    expect(codes(calculateStateWorkUse(null as never))).toEqual(['royalty.input-invalid']);
  });
  it('property: the amount is never below 20 % of the creation royalty, and never below the agreement', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 10 ** 15 }),
        fc.option(fc.integer({ min: 0, max: 10 ** 15 })),
        (creation, agreed) => {
          const r = calculateStateWorkUse({
            creationRoyalty: creation,
            ...(agreed === null ? {} : { agreedAmount: agreed }),
            commissionedOn: '2026-09-01',
          });
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          expect(BigInt(r.value.floor) * 5n >= BigInt(creation)).toBe(true);
          expect(BigInt(r.value.floor - 1) * 5n < BigInt(creation) || r.value.floor === 0).toBe(true);
          expect(r.value.amount).toBe(Math.max(r.value.floor, agreed ?? 0));
        },
      ),
      { numRuns: 500 },
    );
  });
});

describe('calculateExhibitionRoyalty (ND 287/2026 Art. 8.1.a)', () => {
  it('base-salary units × the base salary on the contract date', () => {
    const r = calculateExhibitionRoyalty({
      kind: 'photo',
      level: 'commune',
      units: '0.15',
      commissionedOn: '2026-12-07',
    });
    expect(r.ok && [r.value.amount, r.value.units, r.value.citation.id]).toEqual([
      379_500,
      0.15,
      'ND-287-2026/8.1.a',
    ]);
    const d = calculateExhibitionRoyalty({
      kind: 'fine-art',
      level: 'regional',
      commissionedOn: '2026-12-07',
    });
    expect(d.ok && [d.value.amount, d.value.warnings[0]?.code]).toEqual([
      1_518_000,
      'royalty.units-defaulted',
    ]);
    expect(
      codes(
        calculateExhibitionRoyalty({
          kind: 'photo',
          level: 'district' as never,
          commissionedOn: '2026-12-07',
        }),
      ),
    ).toEqual(['royalty.exhibition-unknown']);
    expect(
      codes(
        calculateExhibitionRoyalty({
          kind: '__proto__' as never,
          level: 'national',
          commissionedOn: '2026-12-07',
        }),
      ),
    ).toEqual(['royalty.exhibition-unknown']);
    expect(
      codes(calculateExhibitionRoyalty({ kind: 'photo', level: 'national', commissionedOn: '2026-08-01' })),
    ).toEqual(['royalty.regime-not-in-force']);
  });
  it('property: the amount stays within the row’s range times the base salary', () => {
    const kinds = ['photo', 'fine-art'] as const;
    const levels = ['international', 'national', 'regional', 'province', 'commune', 'sector'] as const;
    fc.assert(
      fc.property(
        fc.constantFrom(...kinds),
        fc.constantFrom(...levels),
        fc.integer({ min: 0, max: 500 }),
        (kind, level, u) => {
          const r = calculateExhibitionRoyalty({ kind, level, units: u / 100, commissionedOn: '2026-12-07' });
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          const row = ND287_2026_EXHIBITION_TABLE[kind][level];
          expect(r.value.amount).toBeGreaterThanOrEqual(Math.round(row.min * 2_530_000));
          expect(r.value.amount).toBeLessThanOrEqual(Math.round(row.max * 2_530_000));
          expect(Number.isSafeInteger(r.value.amount)).toBe(true);
        },
      ),
    );
  });
});

describe('remuneration and statements under the new regime', () => {
  it('calculateRemuneration selects by commission date too', () => {
    const old = calculateRemuneration({
      role: 'editor',
      coefficient: 1,
      commissionedOn: '2026-08-20',
      publishedOn: '2026-12-07',
    });
    expect(old.ok && [old.value.regime, old.value.amount, old.value.rule.citation.id]).toEqual([
      'nd18-2014',
      253_000,
      'ND-287-2026/19.1',
    ]);
    const now = calculateRemuneration({
      role: 'editor',
      coefficient: 1,
      commissionedOn: '2026-12-07',
      publishedOn: '2026-12-07',
    });
    expect(codes(now)).toEqual(['royalty.remuneration-not-in-regime']);
  });
  it('statements: no 60-day limit from 2026-09-01 (Art. 3.6), genre names, authors in Vietnamese order', () => {
    const s = royaltyStatement(
      [
        {
          author: 'Trần Văn Bình',
          genre: 'tin',
          amount: 1,
          publishedOn: '2026-11-02',
          commissionedOn: '2026-10-01',
        },
        {
          author: 'Đặng Thị An',
          genre: 'anh',
          amount: 2,
          publishedOn: '2026-11-03',
          commissionedOn: '2026-08-01',
        },
        { author: 'Lê Đức', genre: 'tin', amount: 3, publishedOn: '2026-11-04' },
        {
          author: 'Nguyễn Dũng',
          genre: 'tin',
          amount: 4,
          publishedOn: '2026-11-05',
          commissionedOn: '2026-08-01',
        },
      ],
      '2026-11',
      { asOf: '2027-03-01' },
    );
    expect(s.ok).toBe(true);
    if (!s.ok) return;
    expect(s.value.lines.map((l) => [l.paymentStatus, l.paymentDueOn, l.genreName.vi])).toEqual([
      ['as-agreed', undefined, 'Tin'],
      ['overdue', '2027-01-02', 'Ảnh'],
      ['as-agreed', undefined, 'Tin'],
      ['overdue', '2027-01-04', 'Tin'],
    ]);
    // An, Bình, Dũng, Đức: by given name, Đ after D
    expect(s.value.byAuthor.map((a) => a.key)).toEqual([
      'Đặng Thị An',
      'Trần Văn Bình',
      'Nguyễn Dũng',
      'Lê Đức',
    ]);
    expect(s.value.warnings.map((w) => w.code)).toEqual([
      'royalty.payment-overdue',
      'royalty.payment-overdue',
      'royalty.commission-date-assumed',
    ]);
  });
});
