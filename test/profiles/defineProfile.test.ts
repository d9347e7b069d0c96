import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineProfile, getProfile, type Profile, profiles } from '../../src/profiles/index.js';

const vp = getProfile('vinh-phuc-32-2023')!;
const codes = (r: { issues: readonly { code: string; path: readonly (string | number)[] }[] }) =>
  r.issues.map((i) => [i.code, i.path]);

/** A fictional province's regulation written from scratch as plain data (what a vendor would write). */
const fictional = {
  id: 'lac-viet-12-2026',
  regulationId: 'LV-12-2026',
  title: {
    vi: 'Quy chế Cổng thông tin điện tử tỉnh Lạc Việt',
    en: 'Regulation of the Lạc Việt provincial portal',
  },
  documentNumber: '12/2026/QĐ-UBND',
  level: 'province',
  issuer: { vi: 'Ủy ban nhân dân tỉnh Lạc Việt', en: 'People’s Committee of Lạc Việt province' },
  signedOn: '2026-08-03',
  effectiveFrom: '2026-08-13',
  effectiveRule: {
    kind: 'days-after-signing',
    days: 10,
    citation: { id: 'LV-12-2026', note: 'Decision Art. 2' },
  },
  replaces: [],
  nationalBasis: { profileId: 'nd224-2026', citation: { id: 'LV-12-2026/1' } },
  categories: [
    {
      category: 'legal-documents',
      appliesTo: ['province', 'commune'],
      mandatory: true,
      citation: { id: 'LV-12-2026/5.1' },
    },
  ],
  updatePolicies: [],
  deadlines: [
    {
      category: 'legal-documents',
      trigger: 'normative',
      label: { vi: 'Văn bản QPPL', en: 'Normative document' },
      startsAt: { vi: 'Ngày ký', en: 'Signing' },
      rule: { kind: 'working-days', days: 3 },
      citation: { id: 'LV-12-2026/6.1' },
    },
  ],
  languages: {
    official: ['vi'],
    citation: { id: 'LV-12-2026/3.1' },
    encoding: { standard: 'TCVN 6909:2001', citation: { id: 'LV-12-2026/3.1' } },
    english: { status: 'encouraged', items: [], citation: { id: 'LV-12-2026/3.2' } },
  },
  operations: { reporting: [], yearlyDuties: [] },
  quotas: [],
  features: [],
  submissionChannels: [],
  timeline: [],
  readings: [],
};

describe('defineProfile', () => {
  it('accepts a new regulation written as plain data', () => {
    const r = defineProfile(fictional);
    expect(r.ok).toBe(true);
    expect(r.issues).toEqual([]);
  });

  it('rejects non-objects', () => {
    for (const x of [null, undefined, 42, 'profile', [], true]) {
      const r = defineProfile(x);
      expect(r.ok).toBe(false);
      expect(r.issues[0]?.code).toBe('profiles.not-an-object');
    }
  });

  it('reports missing fields, wrong types, unknown keys and bad enums with their paths', () => {
    const { title: _t, ...noTitle } = fictional;
    expect(codes(defineProfile(noTitle))).toEqual([['profiles.missing-field', ['title']]]);
    expect(codes(defineProfile({ ...fictional, quotas: 'many' }))).toEqual([
      ['profiles.invalid-type', ['quotas']],
    ]);
    expect(codes(defineProfile({ ...fictional, colour: 'red' }))).toEqual([['profiles.unknown-field', []]]);
    expect(codes(defineProfile({ ...fictional, level: 'ward' }))).toEqual([
      ['profiles.invalid-value', ['level']],
    ]);
    const badRule = { ...fictional, deadlines: [{ ...fictional.deadlines[0], rule: { kind: 'fortnight' } }] };
    expect(defineProfile(badRule).issues[0]?.path).toEqual(['deadlines', 0, 'rule', 'kind']);
    const negative = {
      ...fictional,
      deadlines: [{ ...fictional.deadlines[0], rule: { kind: 'working-days', days: -1 } }],
    };
    expect(codes(defineProfile(negative))).toEqual([
      ['calendar.count-invalid', ['deadlines', 0, 'rule', 'days']],
    ]);
  });

  it('every issue is bilingual', () => {
    const r = defineProfile({ ...fictional, level: 'ward', signedOn: '2026-13-01', categories: [{}] });
    expect(r.ok).toBe(false);
    for (const i of r.issues) {
      expect(i.message.vi.length).toBeGreaterThan(0);
      expect(i.message.en.length).toBeGreaterThan(0);
      expect(i.code).toMatch(/^profiles\./);
    }
  });

  it('checks dates and citations', () => {
    expect(codes(defineProfile({ ...fictional, signedOn: '2026-02-29' }))).toEqual([
      ['profiles.invalid-date', ['signedOn']],
    ]);
    const badCitation = {
      ...fictional,
      categories: [{ ...fictional.categories[0], citation: { id: 'article five' } }],
    };
    expect(codes(defineProfile(badCitation))).toEqual([
      ['profiles.invalid-citation-id', ['categories', 0, 'citation', 'id']],
    ]);
  });

  it('checks cross-field rules', () => {
    expect(codes(defineProfile({ ...fictional, effectiveFrom: '2026-08-01' }))).toEqual([
      ['profiles.effective-before-signing', ['effectiveFrom']],
      ['profiles.effective-rule-mismatch', ['effectiveFrom']],
    ]);
    const onSigning = { ...fictional, effectiveRule: { kind: 'on-signing', citation: { id: 'LV-12-2026' } } };
    expect(codes(defineProfile(onSigning))).toEqual([
      ['profiles.effective-rule-mismatch', ['effectiveFrom']],
    ]);
    const { nationalBasis: _n, ...noBasis } = fictional;
    expect(codes(defineProfile(noBasis))).toEqual([['profiles.missing-national-basis', ['nationalBasis']]]);
    const twice = { ...fictional, deadlines: [fictional.deadlines[0], fictional.deadlines[0]] };
    expect(codes(defineProfile(twice))).toEqual([
      ['profiles.duplicate-trigger', ['deadlines', 1, 'trigger']],
    ]);
    const unknownBasis = defineProfile({
      ...fictional,
      nationalBasis: { profileId: 'nd99-2030', citation: { id: 'LV-12-2026/1' } },
    });
    expect(unknownBasis.ok).toBe(true);
    expect(codes(unknownBasis)).toEqual([
      ['profiles.unknown-national-basis', ['nationalBasis', 'profileId']],
    ]);
  });

  it('rejects hostile input quickly: 1 MB strings, deep nesting, huge lists, cycles', () => {
    const big = 'x'.repeat(1_000_000);
    expect(defineProfile({ ...fictional, documentNumber: big }).issues[0]?.code).toBe('profiles.too-long');
    let deep: Record<string, unknown> = {};
    for (let i = 0; i < 10_000; i++) deep = { nested: deep };
    expect(defineProfile({ ...fictional, extra: deep }).issues[0]?.code).toBe('profiles.unknown-field');
    expect(defineProfile({ ...fictional, languages: deep }).ok).toBe(false);
    const many = defineProfile({ ...fictional, readings: Array.from({ length: 100_000 }, () => ({})) });
    expect(many.ok).toBe(false);
    expect(many.issues.length).toBeLessThanOrEqual(51);
    const cyclic: Record<string, unknown> = { ...fictional };
    cyclic.self = cyclic;
    expect(defineProfile(cyclic).ok).toBe(false);
    const throwing = Object.defineProperty({ ...fictional }, 'title', {
      enumerable: true,
      get() {
        throw new Error('boom');
      },
    });
    expect(defineProfile(throwing).issues[0]?.code).toBe('profiles.invalid-input');
  });

  it('random values never throw (property)', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4 }), (x) => {
        const r = defineProfile(x);
        expect(r.ok).toBe(false);
        expect(r.issues.length).toBeGreaterThan(0);
      }),
      { numRuns: 400 },
    );
  });

  it('a shipped profile with one field replaced by a random value never throws (property)', () => {
    const keys = Object.keys(vp) as (keyof Profile)[];
    fc.assert(
      fc.property(
        fc.constantFrom(...profiles),
        fc.constantFrom(...keys),
        fc.anything({ maxDepth: 3 }),
        (p, key, value) => {
          const r = defineProfile({ ...p, [key]: value });
          expect(typeof r.ok).toBe('boolean');
          for (const i of r.issues) expect(i.message.en.length).toBeGreaterThan(0);
        },
      ),
      { numRuns: 400 },
    );
  });
});
