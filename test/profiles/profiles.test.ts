import { describe, expect, it } from 'vitest';
import {
  defineProfile,
  getProfile,
  nationalProfiles,
  PROFILE_IDS,
  ProfileSchema,
  profileStatusAt,
  profiles,
} from '../../src/profiles/index.js';

describe('shipped profiles', () => {
  it('ships the eight regulations, with unique ids', () => {
    expect(PROFILE_IDS).toEqual([
      'nd43-2011',
      'nd42-2022',
      'nd224-2026',
      'hau-giang-1347-2020',
      'quang-nam-3069-2021',
      'vinh-phuc-32-2023',
      'nhu-xuan-2112-2022',
      'thai-nguyen-40-2012',
    ]);
    expect(new Set(PROFILE_IDS).size).toBe(PROFILE_IDS.length);
  });

  it.each(profiles.map((p) => [p.id, p] as const))(
    '%s validates against the schema and defineProfile',
    (_id, p) => {
      expect(ProfileSchema.safeParse(p).success).toBe(true);
      const r = defineProfile(p);
      expect(r.ok).toBe(true);
      expect(r.issues).toEqual([]);
    },
  );

  it('local profiles name a shipped national basis; national profiles chain without gaps', () => {
    for (const p of profiles.filter((x) => x.level !== 'national')) {
      expect(nationalProfiles.map((n) => n.id)).toContain(p.nationalBasis?.profileId);
    }
    for (let i = 1; i < nationalProfiles.length; i++) {
      const prev = nationalProfiles[i - 1]!;
      const next = nationalProfiles[i]!;
      expect(prev.replacedBy?.profileId).toBe(next.id);
      expect(prev.replacedBy?.effectiveFrom).toBe(next.effectiveFrom);
      // the day after prev's last day is next's first day
      const after = new Date(`${prev.effectiveUntil}T00:00:00Z`);
      after.setUTCDate(after.getUTCDate() + 1);
      expect(after.toISOString().slice(0, 10)).toBe(next.effectiveFrom);
    }
  });

  it('records the facts of provisions.md’s table of regulations', () => {
    const rows: [string, string, string, string, string][] = [
      ['hau-giang-1347-2020', 'province', '2020-07-23', '2020-07-23', 'nd43-2011'],
      ['quang-nam-3069-2021', 'province', '2021-10-25', '2021-10-25', 'nd43-2011'],
      ['vinh-phuc-32-2023', 'province', '2023-09-12', '2023-10-01', 'nd42-2022'],
      ['nhu-xuan-2112-2022', 'district', '2022-09-12', '2022-09-12', 'nd43-2011'],
      ['thai-nguyen-40-2012', 'province', '2012-11-06', '2012-11-16', 'nd43-2011'],
    ];
    for (const [id, level, signed, effective, basis] of rows) {
      const p = getProfile(id)!;
      expect([p.level, p.signedOn, p.effectiveFrom, p.nationalBasis?.profileId]).toEqual([
        level,
        signed,
        effective,
        basis,
      ]);
    }
    expect(getProfile('quang-nam-3069-2021')?.replaces[0]).toMatchObject({
      documentNumber: '3857/QĐ-UBND',
      signedOn: '2009-11-12',
    });
    expect(getProfile('vinh-phuc-32-2023')?.replaces[0]?.documentNumber).toBe('26/2017/QĐ-UBND');
    expect(getProfile('nhu-xuan-2112-2022')?.replaces[0]).toMatchObject({
      documentNumber: '883/QĐ-UBND',
      signedOn: '2016-04-19',
    });
  });

  it('encodes the operations of the seeds', () => {
    const backup = (id: string) => getProfile(id)?.operations.backup;
    expect([
      backup('vinh-phuc-32-2023')?.frequency,
      backup('thai-nguyen-40-2012')?.frequency,
      backup('hau-giang-1347-2020')?.frequency,
    ]).toEqual(['daily', 'weekly', 'periodic']);
    expect(backup('hau-giang-1347-2020')?.maxIntervalDays).toBeUndefined();
    const months = (id: string) =>
      getProfile(id)?.operations.reporting.map((r) => [r.kind, r.everyMonths ?? null]);
    expect(months('hau-giang-1347-2020')).toEqual([
      ['activity-report', 3],
      ['sub-portal-report', null],
    ]);
    expect(months('quang-nam-3069-2021')).toEqual([['activity-report', 6]]);
    expect(months('vinh-phuc-32-2023')).toEqual([['activity-report', 1]]);
    expect(months('thai-nguyen-40-2012')).toEqual([
      ['review-meeting', 6],
      ['sub-portal-report', null],
    ]);
    for (const id of [
      'hau-giang-1347-2020',
      'quang-nam-3069-2021',
      'vinh-phuc-32-2023',
      'thai-nguyen-40-2012',
    ]) {
      expect(getProfile(id)?.operations.availability).toMatchObject({ hoursPerDay: 24, daysPerWeek: 7 });
    }
    expect(getProfile('nd224-2026')?.operations.suspensionNotice).toMatchObject({
      workingDaysBefore: 7,
      citation: { id: 'ND-224-2026/13.1.a' },
    });
  });

  it('languages: Quảng Nam has English as an official language; Thái Nguyên translates when conditions allow', () => {
    expect(getProfile('quang-nam-3069-2021')?.languages.official).toEqual(['vi', 'en']);
    expect(getProfile('quang-nam-3069-2021')?.languages.otherLanguages?.policy).toBe('with-permission');
    expect(getProfile('thai-nguyen-40-2012')?.languages.english.status).toBe('when-conditions-allow');
    expect(getProfile('vinh-phuc-32-2023')?.languages.english.channel).toBe('http://english.vinhphuc.gov.vn');
    for (const p of profiles) expect(p.languages.encoding.standard).toBe('TCVN 6909:2001');
  });

  it('Vĩnh Phúc requires the 18 categories of Art. 5, the department and local variants of 5.1', () => {
    const vp = getProfile('vinh-phuc-32-2023')!;
    const cited = new Set(vp.categories.map((c) => c.citation.id));
    for (let i = 2; i <= 17; i++) expect(cited.has(`VP-32-2023/5.${i}`)).toBe(true);
    const intro = vp.categories.filter((c) => c.category === 'introduction');
    expect(intro.map((c) => [c.variant, c.appliesTo])).toEqual([
      ['local-government', ['province', 'district', 'commune']],
      ['department', ['department']],
    ]);
    expect(vp.categories.filter((c) => c.category === 'gazette').map((c) => c.appliesTo)).toEqual([
      ['province'],
    ]);
  });

  it('Thái Nguyên requires its 13 categories and the monthly news quotas', () => {
    const tn = getProfile('thai-nguyen-40-2012')!;
    const cited = new Set(tn.categories.map((c) => c.citation.id));
    for (let i = 1; i <= 13; i++) expect(cited.has(`TN-40-2012/4.${i}`)).toBe(true);
    expect(tn.quotas).toEqual([
      { category: 'news', per: 'month', unit: 'department', minimum: 2, citation: { id: 'TN-40-2012/8.3' } },
      { category: 'news', per: 'month', unit: 'district', minimum: 3, citation: { id: 'TN-40-2012/8.3' } },
    ]);
  });

  it('royalty basis: profiles in force today point to ND 287/2026, with the regime they were written for until 2026-08-31', () => {
    // ND 287/2026 Art. 20.2 ends ND 18/2014 from 2026-09-01; Art. 19.1 keeps earlier commissions under it.
    expect(
      profiles.map((p) => [
        p.id,
        p.royalty?.regime,
        p.royalty?.formerRegime?.regime,
        p.royalty?.formerRegime?.until,
      ]),
    ).toEqual([
      ['nd43-2011', 'nd18-2014', undefined, undefined],
      ['nd42-2022', 'nd18-2014', undefined, undefined],
      ['nd224-2026', 'nd287-2026', 'nd18-2014', '2026-08-31'],
      ['hau-giang-1347-2020', 'nd287-2026', 'nd18-2014', '2026-08-31'],
      ['quang-nam-3069-2021', 'nd287-2026', 'nd18-2014', '2026-08-31'],
      ['vinh-phuc-32-2023', 'nd287-2026', 'vinh-phuc-37-2020', '2026-08-31'],
      ['nhu-xuan-2112-2022', 'nd287-2026', 'nd18-2014', '2026-08-31'],
      ['thai-nguyen-40-2012', 'nd287-2026', 'nd18-2014', '2026-08-31'],
    ]);
    for (const p of profiles) {
      if (p.royalty?.formerRegime) expect(p.royalty.formerRegime.citation.id).toBe('ND-287-2026/19.1');
      // a profile in force today never points to the ended regime as its current one
      if (profileStatusAt(p, '2026-12-07').ok && p.royalty?.regime === 'nd18-2014') {
        const st = profileStatusAt(p, '2026-12-07');
        expect(st.ok && st.value.state, p.id).toBe('ended');
      }
    }
    expect(getProfile('vinh-phuc-32-2023')?.royalty?.citation.id).toBe('VP-32-2023/16.1');
    // NX 13.2.d: the chair decides the remuneration; it is not a payer
    expect(getProfile('nhu-xuan-2112-2022')?.royalty?.payer).toBeUndefined();
  });

  it('every profile records the 2025 reorganisation of its unit', () => {
    const successor = (id: string) => getProfile(id)?.timeline.map((e) => [e.on, e.kind, e.successor?.vi]);
    expect(successor('hau-giang-1347-2020')).toEqual([['2025-07-01', 'unit-merged', 'Thành phố Cần Thơ']]);
    expect(successor('quang-nam-3069-2021')).toEqual([['2025-07-01', 'unit-merged', 'Thành phố Đà Nẵng']]);
    expect(successor('vinh-phuc-32-2023')).toEqual([['2025-07-01', 'unit-merged', 'Tỉnh Phú Thọ']]);
    expect(successor('thai-nguyen-40-2012')).toEqual([
      ['2025-07-01', 'unit-merged', 'Tỉnh Thái Nguyên (mới)'],
    ]);
    expect(successor('nhu-xuan-2112-2022')?.[0]?.[1]).toBe('unit-abolished');
  });

  it('host-name schemes are attached where the regulation sets one', () => {
    expect(profiles.filter((p) => p.hostnames !== undefined).map((p) => [p.id, p.hostnames?.id])).toEqual([
      ['nd43-2011', 'ND-43-2011'],
      ['nd224-2026', 'ND-224-2026'],
      ['vinh-phuc-32-2023', 'VP-32-2023'],
      ['thai-nguyen-40-2012', 'TN-40-2012'],
    ]);
  });

  it('getProfile returns undefined for unknown ids', () => {
    expect(getProfile('')).toBeUndefined();
    expect(getProfile('ND-43-2011')).toBeUndefined();
  });
});
