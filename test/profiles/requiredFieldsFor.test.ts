import { describe, expect, it } from 'vitest';
import { getProfile, requiredFieldsFor } from '../../src/profiles/index.js';

const keys = (
  id: string,
  category: Parameters<typeof requiredFieldsFor>[1],
  unit?: Parameters<typeof requiredFieldsFor>[2],
) => {
  const r = requiredFieldsFor(getProfile(id)!, category, unit ?? {});
  return r.ok ? r.value.fields.map((f) => f.key) : r.issues.map((i) => i.code);
};

describe('requiredFieldsFor', () => {
  it('legal documents: the seven fields of ND 42/2022 Art. 4.1.a / VP-32-2023/5.5', () => {
    expect(keys('vinh-phuc-32-2023', 'legal-documents')).toEqual([
      'form',
      'issuingAuthority',
      'numberSymbol',
      'issuedOn',
      'effectiveOn',
      'summary',
      'files',
    ]);
    expect(keys('nd42-2022', 'legal-documents')).toEqual(keys('vinh-phuc-32-2023', 'legal-documents'));
  });

  it('projects: Vĩnh Phúc’s nine fields (5.8.b) versus Quảng Nam’s public-investment list (7.2.d)', () => {
    const vp = keys('vinh-phuc-32-2023', 'projects');
    expect(vp).toEqual(
      expect.arrayContaining([
        'name',
        'objective',
        'field',
        'projectType',
        'duration',
        'budget',
        'fundingType',
        'sponsor',
        'status',
      ]),
    );
    // the provincial portal's list, supplied by the Department of Planning and Investment (7.2.d)
    const qn = keys('quang-nam-3069-2021', 'projects', { unit: 'province' });
    expect(qn).toEqual(expect.arrayContaining(['projectGroup', 'capitalSource']));
    expect(qn).not.toContain('sponsor');
  });

  it('introduction: the unit picks the variant and the provision', () => {
    const dept = requiredFieldsFor(getProfile('vinh-phuc-32-2023')!, 'introduction', { unit: 'department' });
    const commune = requiredFieldsFor(getProfile('vinh-phuc-32-2023')!, 'introduction', { unit: 'commune' });
    expect(dept.ok && dept.value.fieldLists.map((l) => l.citation.id)).toEqual(['VP-32-2023/5.1.b']);
    expect(commune.ok && commune.value.fieldLists.map((l) => l.citation.id)).toEqual(['VP-32-2023/5.1.a']);
    expect(commune.ok && commune.value.fields.map((f) => f.key)).toContain('boundaryMapUrl');
    expect(dept.ok && dept.value.fields.map((f) => f.key)).not.toContain('boundaryMapUrl');
  });

  it('Như Xuân’s contact list has name and phone only (7.4)', () => {
    expect(keys('nhu-xuan-2112-2022', 'contacts')).toEqual(['name', 'phone']);
  });

  it('Hậu Giang adopts ND 43/2011’s lists and adds its own (consultation summary, 8.4)', () => {
    expect(keys('hau-giang-1347-2020', 'consultation')).toContain('summaryOfComments');
    expect(keys('hau-giang-1347-2020', 'legal-documents')).toEqual(keys('nd43-2011', 'legal-documents'));
  });

  it('a category the profile does not require for that portal is a coded issue', () => {
    expect(keys('vinh-phuc-32-2023', 'gazette', { unit: 'commune' })).toEqual([
      'profiles.category-not-required',
    ]);
    expect(keys('thai-nguyen-40-2012', 'epidemics')).toEqual(['profiles.category-not-required']);
    expect(keys('thai-nguyen-40-2012', 'nonsense' as never)).toEqual(['profiles.category-not-required']);
  });
});
