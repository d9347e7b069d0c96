import { readFileSync } from 'node:fs';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CATEGORY_DEFINITIONS,
  CATEGORY_IDS,
  categoryById,
  categoryJsonSchema,
  categorySchemas,
  validateCategoryItem,
} from '../../src/categories/index.js';
import { fixtures } from './fixtures.js';

const provisions = readFileSync('test/fixtures/docs/provisions.md', 'utf8');
const decrees = readFileSync('test/fixtures/docs/facts/decrees.md', 'utf8');

describe('the category registry', () => {
  it('has one definition per id, consistent with its schema', () => {
    for (const id of CATEGORY_IDS) {
      const def = categoryById(id);
      expect(def.id).toBe(id);
      expect(def.schema).toBe(categorySchemas[id]);
      expect(def.name.vi.length).toBeGreaterThan(0);
      expect(def.citations.length).toBeGreaterThan(0);
      const keys = new Set(def.fields.map((f) => f.key));
      expect(keys.size).toBe(def.fields.length);
      for (const list of def.fieldLists)
        for (const k of list.fields) expect(keys.has(k), `${id}: ${k}`).toBe(true);
      for (const f of def.fields) {
        expect(f.label.vi).not.toBe('');
        expect(f.label.en).not.toBe('');
      }
    }
    expect(categoryById('unknown')).toBeUndefined();
    expect(categoryById('toString')).toBeUndefined();
  });

  it('cites provisions that exist: seed ids in provisions.md, national ids named in the facts', () => {
    const national: Record<string, RegExp> = {
      'ND-43-2011': /ND 43\/2011|Nghị định 43\/2011/,
      'ND-42-2022': /ND 42\/2022/,
      'ND-224-2026': /ND 224\/2026/,
      'LTCTT-2016': /Tiếp cận thông tin/,
      'ND-30-2020': /ND 30\/2020/,
    };
    for (const def of Object.values(CATEGORY_DEFINITIONS)) {
      const ids = [
        ...def.citations,
        ...def.fields.map((f) => f.citation),
        ...def.fieldLists.map((l) => l.citation),
      ].map((c) => c.id);
      for (const id of ids) {
        const reg = id.split('/')[0] as string;
        if (national[reg]) {
          expect(decrees, id).toMatch(national[reg]);
        } else {
          const article = id.split('/')[1]?.split('.')[0];
          expect(provisions.includes(reg), id).toBe(true);
          expect(provisions.includes(`${reg}/${article}`), id).toBe(true);
        }
      }
    }
  });

  it('models the exact field lists of the provisions', () => {
    const list = (id: keyof typeof CATEGORY_DEFINITIONS, cit: string) =>
      CATEGORY_DEFINITIONS[id].fieldLists.find((l) => l.citation.id === cit)?.fields;
    expect(list('legal-documents', 'ND-42-2022/4.1.a')).toEqual([
      'form',
      'issuingAuthority',
      'numberSymbol',
      'issuedOn',
      'effectiveOn',
      'summary',
      'files',
    ]);
    expect(list('projects', 'VP-32-2023/5.8.b')).toEqual([
      'list',
      'name',
      'objective',
      'field',
      'projectType',
      'duration',
      'budget',
      'fundingType',
      'sponsor',
      'status',
    ]);
    expect(list('projects', 'QN-3069-2021/7.2.d')).toEqual([
      'list',
      'name',
      'objective',
      'field',
      'projectGroup',
      'duration',
      'capitalSource',
    ]);
    expect(list('science-technology', 'VP-32-2023/5.11.a')).toEqual([
      'name',
      'code',
      'managementLevel',
      'field',
      'leadUnit',
      'duration',
    ]);
    expect(list('finance-statistics', 'ND-43-2011/12')).toEqual([
      'data',
      'report',
      'methodology',
      'analysis',
      'period',
    ]);
    expect(list('information-catalogue', 'LTCTT-2016/19')).toEqual([
      'informationType',
      'location',
      'form',
      'time',
      'duration',
    ]);
    expect(list('contacts', 'NX-2112-2022/7.4')).toEqual(['name', 'phone']);
    expect(list('procedures', 'TN-40-2012/12.2')).toEqual([
      'name',
      'implementingAgency',
      'dossierComponents',
      'dossierCount',
      'forms',
      'processingTime',
      'fees',
    ]);
    expect(list('consultation', 'VP-32-2023/5.14.d')).toEqual([
      'fullText',
      'commentDeadline',
      'comments',
      'submitChannel',
      'receivingAgency',
    ]);
    expect(CATEGORY_DEFINITIONS.introduction.variants).toEqual(['local-government', 'department']);
  });
});

describe('every schema accepts its fixture and rejects each missing required field at its path', () => {
  for (const id of CATEGORY_IDS) {
    it(id, () => {
      const def = CATEGORY_DEFINITIONS[id];
      for (const fixture of fixtures[id]) {
        const ok = validateCategoryItem(id, fixture);
        expect(ok.issues, `${id} fixture`).toEqual([]);
        expect(ok.ok).toBe(true);
        const variant = fixture.variant as string | undefined;
        const required = def.fields.filter(
          (f) =>
            f.required &&
            (f.variants === undefined || variant === undefined || f.variants.includes(variant as never)) &&
            (id !== 'direction' || f.key in fixture),
        );
        expect(required.length).toBeGreaterThan(0);
        for (const field of required) {
          const input: Record<string, unknown> = { ...fixture };
          delete input[field.key];
          const r = validateCategoryItem(id, input);
          expect(r.ok, `${id} without ${field.key}`).toBe(false);
          const issue = r.issues.find((i) => i.path[0] === field.key);
          expect(issue, `${id} without ${field.key}: ${JSON.stringify(r.issues)}`).toBeDefined();
          expect(['schema.required', 'schema.invalid-value', 'document.effective-date-missing']).toContain(
            issue?.code,
          );
        }
        const noTitle: Record<string, unknown> = { ...fixture };
        delete noTitle.title;
        if (id !== 'legal-documents')
          expect(validateCategoryItem(id, noTitle).issues[0]?.path).toEqual(['title']);
        for (const list of def.fieldLists) {
          if (list.variant !== undefined && variant !== undefined && list.variant !== variant) continue;
          const filled = list.fields.every((k) => fixture[k] !== undefined);
          const r = validateCategoryItem(id, fixture, { requiredBy: [list.citation.id] });
          if (filled) expect(r.ok, `${id} under ${list.citation.id}`).toBe(true);
        }
      }
    });
  }
});

describe('JSON Schema for non-TypeScript users', () => {
  it('exists for every category, with labels and citations', () => {
    for (const id of CATEGORY_IDS) {
      const s = categoryJsonSchema(id);
      expect(s.$schema).toMatch(/json-schema\.org/);
      expect(s['x-category']).toBe(id);
      expect(JSON.stringify(s)).toContain('"x-citation"');
      expect(() => JSON.parse(JSON.stringify(s))).not.toThrow();
    }
    const intro = categoryJsonSchema('introduction') as { anyOf?: unknown[]; oneOf?: unknown[] };
    expect((intro.anyOf ?? intro.oneOf)?.length).toBe(2);
  });
});

describe('validateCategoryItem: field lists of a regulation', () => {
  const item = { title: 'Dự án', name: 'Dự án', objective: '…', field: 'Giao thông', duration: '2024–2027' };

  it('reports the fields one provision needs, citing it', () => {
    const r = validateCategoryItem('projects', item, { requiredBy: ['VP-32-2023/5.8.b'] });
    expect(r.issues.map((i) => i.path[0])).toEqual([
      'list',
      'projectType',
      'budget',
      'fundingType',
      'sponsor',
      'status',
    ]);
    expect(
      r.issues.every((i) => i.code === 'category.field-required' && i.citation?.id === 'VP-32-2023/5.8.b'),
    ).toBe(true);
    expect(r.issues[0]?.message.vi).toBe('Thiếu trường «Danh sách» (list) mà VP-32-2023/5.8.b yêu cầu');
  });

  it('applies variant-specific lists only to that variant, and reports unknown provisions', () => {
    const dept = fixtures.introduction[1] as Record<string, unknown>;
    expect(
      validateCategoryItem('introduction', dept, { requiredBy: ['VP-32-2023/5.1.a', 'VP-32-2023/5.1.b'] }).ok,
    ).toBe(true);
    expect(
      validateCategoryItem('news', { title: 'x', body: 'y' }, { requiredBy: ['XX-1/1'] }).issues[0]?.code,
    ).toBe('category.field-list-unknown');
  });

  it('returns number-symbol warnings for legal documents', () => {
    const doc = {
      ...(fixtures['legal-documents'][0] as Record<string, unknown>),
      numberSymbol: 'Số: 32/2023/QĐ-UBND',
    };
    const r = validateCategoryItem('legal-documents', doc);
    expect(r.ok).toBe(true);
    expect(r.issues.map((i) => i.code)).toEqual(['docnum.prefix-removed']);
  });
});

describe('cross-field rules of the categories', () => {
  it('procedures: một phần needs its reason (ND 224/2026 Art. 14)', () => {
    const p = { ...(fixtures.procedures[0] as Record<string, unknown>) };
    delete p.partialReason;
    const r = validateCategoryItem('procedures', p);
    expect(r.issues.map((i) => [i.code, i.citation?.id])).toEqual([
      ['procedure.partial-reason-missing', 'ND-224-2026/14'],
    ]);
    expect(validateCategoryItem('procedures', { ...p, onlineLevel: 5 }).issues[0]?.path).toEqual([
      'onlineLevel',
    ]);
  });

  it('S&T: an accepted programme publishes both reports (5.11.b)', () => {
    const s = { ...(fixtures['science-technology'][0] as Record<string, unknown>) };
    delete s.applicationReportUrl;
    expect(validateCategoryItem('science-technology', s).issues.map((i) => i.code)).toEqual([
      'science.results-missing',
    ]);
  });

  it('consultation: a channel to comment and a deadline not before opening', () => {
    const c = fixtures.consultation[0] as Record<string, unknown>;
    expect(
      validateCategoryItem('consultation', { ...c, commentDeadline: '2026-10-01' }).issues[0]?.code,
    ).toBe('consultation.deadline-before-opening');
    expect(validateCategoryItem('consultation', { ...c, submitChannel: {} }).issues[0]?.code).toBe(
      'consultation.channel-missing',
    );
  });

  it('qa: an answered question carries its answer', () => {
    const q = { ...(fixtures.qa[0] as Record<string, unknown>) };
    delete q.answer;
    expect(validateCategoryItem('qa', q).issues[0]?.code).toBe('qa.answer-missing');
  });

  it('contacts: official e-mail and Vietnamese phone formats', () => {
    const c = fixtures.contacts[0] as Record<string, unknown>;
    expect(validateCategoryItem('contacts', { ...c, email: 'a@gmail.com' }).issues[0]?.code).toBe(
      'contact.email-not-official',
    );
    expect(validateCategoryItem('contacts', { ...c, email: 'a@thanhhoa.dcs.vn' }).ok).toBe(true);
    expect(validateCategoryItem('contacts', { ...c, phone: '12345' }).issues[0]?.code).toBe(
      'contact.phone-invalid',
    );
  });

  it('classification marks are modelled for the audit (NX-2112-2022/7#mat)', () => {
    const n = fixtures.news[0] as Record<string, unknown>;
    expect(validateCategoryItem('news', { ...n, classification: 'mat' }).ok).toBe(true);
    expect(validateCategoryItem('news', { ...n, classification: 'secret' }).issues[0]?.code).toBe(
      'schema.invalid-value',
    );
  });
});

describe('bad input never throws', () => {
  it('random values (fast-check)', () => {
    fc.assert(
      fc.property(fc.constantFrom(...CATEGORY_IDS), fc.anything({ maxDepth: 4 }), (id, input) => {
        const r = validateCategoryItem(id, input);
        for (const i of r.issues) expect(i.message.vi.length).toBeGreaterThan(0);
      }),
      { numRuns: 600 },
    );
  });

  it('mutated fixtures (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...CATEGORY_IDS),
        fc.string({ maxLength: 12 }),
        fc.oneof(fc.string({ maxLength: 20 }), fc.integer(), fc.constant(null), fc.constant(undefined)),
        (id, key, value) => {
          const base = fixtures[id][0] as Record<string, unknown>;
          const keys = Object.keys(base);
          const k = keys[Math.abs(key.length) % keys.length] as string;
          const r = validateCategoryItem(id, { ...base, [k]: value });
          expect(typeof r.ok).toBe('boolean');
        },
      ),
      { numRuns: 600 },
    );
  });

  it('1 MB strings and deep nesting are rejected by the size guard', () => {
    expect(validateCategoryItem('news', { title: 'x', body: 'y'.repeat(1_000_000) }).issues[0]?.code).toBe(
      'schema.string-too-long',
    );
    let deep: unknown = 1;
    for (let i = 0; i < 50_000; i++) deep = [deep];
    expect(validateCategoryItem('news', { title: 'x', body: 'y', z: deep }).issues[0]?.code).toBe(
      'schema.too-deep',
    );
  });
});
