import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NATIONAL_PROVISIONS } from '../../src/profiles/_lib/nationalProvisions.js';
import { getProfile, requiredFieldsFor } from '../../src/profiles/index.js';

/**
 * Checks of profile data against the wording of the Vietnamese originals (`test/fixtures/seeds`), from a second
 * review of the regulation data. Each test quotes the phrase it rests on; the phrase is also
 * looked up in the vendored seed, so a test cannot drift from the text it cites.
 */
const SEEDS = 'test/fixtures/seeds';
const flat = (s: string): string => s.replace(/[*_\\]/g, '').replace(/\s+/g, ' ');
const seedSays = (file: string, phrase: string): boolean =>
  flat(readFileSync(`${SEEDS}/${file}`, 'utf8')).includes(flat(phrase));

describe('Quảng Nam 3069/QĐ-UBND: the sub-portals carry ND 43/2011 Chapter II (22.4)', () => {
  // Điều 22.4: "Cập nhật đầy đủ các thông tin trên trang TTĐT thành phần của đơn vị theo quy định tại
  // Chương II, Nghị định số 43/2011/NĐ-CP ngày 13/6/2011 của Chính phủ".
  const phrase =
    'Cập nhật đầy đủ các thông tin trên trang TTĐT thành phần của đơn vị theo quy định tại Chương II, Nghị định số 43/2011/NĐ-CP';
  const qn = getProfile('quang-nam-3069-2021')!;

  it('the seed says so', () => {
    expect(seedSays('quang-nam-3069-QD-UBND-2021.txt', phrase)).toBe(true);
  });

  it.each([
    ['department', 'introduction', 'ND-43-2011/10.1.a', 'department'],
    ['district', 'introduction', 'ND-43-2011/10.1.a', 'local-government'],
    ['department', 'direction', 'ND-43-2011/10.1.c', undefined],
    ['district', 'policy-propaganda', 'ND-43-2011/10.1.d', undefined],
    ['district', 'strategies-plans', 'ND-43-2011/10.1.đ', undefined],
    ['department', 'legal-documents', 'ND-43-2011/10.1.e', undefined],
    ['district', 'legal-documents', 'ND-43-2011/10.1.e', undefined],
    ['district', 'projects', 'ND-43-2011/10.1.h', undefined],
  ] as const)('a %s sub-portal must publish %s (%s)', (unit, category, citation, variant) => {
    const reqs = qn.categories.filter((c) => c.category === category && c.appliesTo.includes(unit));
    expect(reqs.map((c) => [c.citation.id, c.via?.id, c.mandatory])).toEqual([
      [citation, 'QN-3069-2021', true],
    ]);
    expect(reqs[0]?.via?.note).toMatch(/22\.4/);
    const fields = requiredFieldsFor(qn, category, { unit });
    expect(fields.ok).toBe(true);
    if (fields.ok) expect(fields.value.variant).toBe(variant);
  });

  it('the provincial portal keeps the supplier assignments of 7.2 (no second, unassigned copy)', () => {
    for (const category of ['introduction', 'direction', 'legal-documents', 'projects'] as const) {
      const province = qn.categories.filter(
        (c) => c.category === category && c.appliesTo.includes('province'),
      );
      expect(province.length).toBeGreaterThan(0);
      for (const c of province) {
        expect(c.citation.id).toMatch(/^QN-3069-2021\/7\.2\./);
        expect(c.supplier).toBeDefined();
      }
    }
  });

  it('science programmes and statistics reach the sub-portals through 22.4, cited as such (ND 43/2011 Art. 11–12 name ministry and provincial portals only)', () => {
    for (const category of ['science-technology', 'finance-statistics'] as const) {
      for (const unit of ['department', 'district'] as const) {
        const reqs = qn.categories.filter((c) => c.category === category && c.appliesTo.includes(unit));
        expect(reqs.map((c) => [c.citation.id, c.via?.id, c.mandatory])).toEqual([
          ['QN-3069-2021/22.4', undefined, true],
        ]);
      }
    }
    // The national profile itself no longer applies them to departments or districts, nor does Hậu Giang,
    // which has no extending provision.
    for (const id of ['nd43-2011', 'hau-giang-1347-2020']) {
      const p = getProfile(id)!;
      for (const category of ['science-technology', 'finance-statistics'] as const) {
        const units = p.categories
          .filter((c) => c.category === category && c.citation.id.startsWith('ND-43-2011/'))
          .flatMap((c) => c.appliesTo);
        expect(
          units.filter((u) => u === 'department' || u === 'district'),
          `${id} ${category}`,
        ).toEqual([]);
      }
    }
  });
});

describe('Như Xuân 2112/QĐ-UBND: in force from a stated date', () => {
  it('Art. 2 names the date; it does not say "kể từ ngày ký"', () => {
    // Điều 2: "Quyết định này có hiệu lực kể từ 12/9/2022; thay thế quyết định 883/QĐ-UBND ngày 19/4/2016".
    const file = 'nhu-xuan-2112-QD-UBND-2022.txt';
    expect(seedSays(file, 'Quyết định này có hiệu lực kể từ 12/9/2022')).toBe(true);
    expect(flat(readFileSync(`${SEEDS}/${file}`, 'utf8'))).not.toContain('kể từ ngày ký');
    const nx = getProfile('nhu-xuan-2112-2022')!;
    expect([nx.effectiveRule.kind, nx.effectiveFrom, nx.signedOn]).toEqual([
      'fixed-date',
      '2022-09-12',
      '2022-09-12',
    ]);
  });

  it('the on-signing regulations say "kể từ ngày ký"', () => {
    // HG Điều 2: "Quyết định này có hiệu lực thi hành kể từ ngày ký."; QN Điều 2: "có hiệu lực kể từ ngày ký".
    expect(seedSays('hau-giang-1347-QD-UBND-2020.txt', 'có hiệu lực thi hành kể từ ngày ký')).toBe(true);
    expect(seedSays('quang-nam-3069-QD-UBND-2021.txt', 'có hiệu lực kể từ ngày ký')).toBe(true);
    expect(getProfile('hau-giang-1347-2020')?.effectiveRule.kind).toBe('on-signing');
    expect(getProfile('quang-nam-3069-2021')?.effectiveRule.kind).toBe('on-signing');
  });
});

describe('Thái Nguyên 40/2012/QĐ-UBND', () => {
  it('records the yearly budget estimate of the Editor-in-Chief (16.2.g)', () => {
    // Điều 16.2.g: "Hàng năm xây dựng dự toán kinh phí duy trì, bảo đảm hoạt động của Trung tâm Thông tin và
    // Cổng thông tin tỉnh"; Điều 19 (first point d): "lập dự toán kinh phí hàng năm".
    const file = 'thai-nguyen-40-2012-QD-UBND.txt';
    expect(seedSays(file, 'g) Hàng năm xây dựng dự toán kinh phí duy trì')).toBe(true);
    expect(seedSays(file, 'lập dự toán kinh phí hàng năm')).toBe(true);
    const duties = getProfile('thai-nguyen-40-2012')?.operations.yearlyDuties ?? [];
    expect(duties.map((d) => [d.duty, d.citation.id])).toEqual([
      ['review', 'TN-40-2012/21.3'],
      ['budget', 'TN-40-2012/16.2'],
    ]);
    expect(duties[1]?.citation.note).toMatch(/point g/);
  });
});

describe('national profiles: the character-set citation points at no unrelated article', () => {
  // facts/decrees.md: ND 43/2011 "Art. 14 metadata (Dublin Core per TT 24/2011 ...)"; ND 42/2022 "Art. 7
  // support functions: search; links ...; English"; ND 224/2026 "Art. 11.5 metadata for search and exchange".
  // None of them sets TCVN 6909:2001, which VP-32-2023/3.1 traces to Thông tư 39/2017/TT-BTTTT.
  it('ND 43/2011 Art. 7.1 states TCVN 6909 itself and is cited for it', () => {
    const c = getProfile('nd43-2011')!.languages.encoding.citation;
    expect(c.id).toBe('ND-43-2011/7.1');
    expect(c.note).toMatch(/stated by the decree itself/);
  });

  it.each(['nd42-2022', 'nd224-2026'])('%s', (id) => {
    const p = getProfile(id)!;
    const c = p.languages.encoding.citation;
    expect(p.languages.encoding.standard).toBe('TCVN 6909:2001');
    expect(c.id).toBe(p.regulationId);
    expect(NATIONAL_PROVISIONS[c.id]).toBeDefined();
    expect(c.note).toMatch(/not the character set/);
  });

  it('Vĩnh Phúc states the basis: "(quy định tại Thông tư số 39/2017/TT-BTTTT ...)"', () => {
    expect(seedSays('vinh-phuc-32-2023-QD-UBND.txt', 'quy định tại Thông tư số 39/2017/TT-BTTTT')).toBe(true);
  });
});
