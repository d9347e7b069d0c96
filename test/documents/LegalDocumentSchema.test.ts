import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  LEGAL_DOCUMENT_FIELDS,
  LegalDocumentSchema,
  validateLegalDocument,
} from '../../src/documents/index.js';

const vinhPhuc = {
  form: 'Quyết định',
  issuingAuthority: 'Ủy ban nhân dân tỉnh Vĩnh Phúc',
  numberSymbol: '32/2023/QĐ-UBND',
  issuedOn: '2023-09-12',
  effectiveOn: '2023-10-01',
  summary: 'Ban hành Quy chế hoạt động của Cổng thông tin điện tử tỉnh Vĩnh Phúc',
  files: [
    {
      url: 'https://vinhphuc.gov.vn/van-ban/32-2023-qd-ubnd.pdf',
      name: '32-2023-QD-UBND.pdf',
      mediaType: 'application/pdf',
    },
  ],
  status: 'in-force' as const,
  replaces: ['26/2017/QĐ-UBND'],
};

const codes = (input: unknown) => validateLegalDocument(input).issues.map((i) => i.code);

describe('LegalDocumentSchema: the seven fields of ND 42/2022 Art. 4.1.a', () => {
  it('accepts the seeds as documents', () => {
    expect(validateLegalDocument(vinhPhuc).ok).toBe(true);
    const haugiang = {
      form: 'Quyết định',
      issuingAuthority: 'UBND tỉnh Hậu Giang',
      numberSymbol: '1347/QĐ-UBND',
      issuedOn: '2020-07-23',
      effectiveRule: { kind: 'on-signing' },
      summary: 'Ban hành Quy chế hoạt động của Cổng thông tin điện tử tỉnh Hậu Giang',
      files: [{ url: 'https://haugiang.gov.vn/1347.pdf' }],
    };
    const r = validateLegalDocument(haugiang);
    expect(r.ok && r.value.effectiveOn).toBe('2020-07-23');
    const nhuXuan = {
      ...haugiang,
      numberSymbol: '2112/QĐ-UBND',
      issuedOn: '2022-09-12',
      effectiveOn: '2022-09-12',
      replaces: ['883/QĐ-UBND'],
    };
    expect(validateLegalDocument(nhuXuan).ok).toBe(true);
  });

  it('derives "N days after signing" (TN-40-2012: signed 2012-11-06, in force 10 days later)', () => {
    const tn = {
      ...vinhPhuc,
      numberSymbol: '40/2012/QĐ-UBND',
      issuedOn: '2012-11-06',
      effectiveOn: undefined,
      effectiveRule: { kind: 'days-after-signing', days: 10 },
      replaces: undefined,
    };
    const r = validateLegalDocument(tn);
    expect(r.ok && r.value.effectiveOn).toBe('2012-11-16');
    expect(codes({ ...tn, effectiveOn: '2012-11-15' })).toEqual(['document.effective-rule-mismatch']);
    expect(validateLegalDocument({ ...tn, effectiveOn: '2012-11-16' }).ok).toBe(true);
    const yearEnd = validateLegalDocument({ ...tn, numberSymbol: '40/2012/QĐ-UBND', issuedOn: '2012-12-28' });
    expect(yearEnd.ok && yearEnd.value.effectiveOn).toBe('2013-01-07');
  });

  it('rejects each missing required field with its path and Vietnamese label', () => {
    for (const field of LEGAL_DOCUMENT_FIELDS.filter((f) => f.required && f.key !== 'effectiveOn')) {
      const input: Record<string, unknown> = { ...vinhPhuc };
      delete input[field.key];
      const r = validateLegalDocument(input);
      expect(r.ok, field.key).toBe(false);
      const issue = r.issues.find((i) => i.path[0] === field.key);
      expect(issue?.code).toBe('schema.required');
      expect(issue?.message.vi).toContain(field.label.vi);
      expect(issue?.citation?.id).toBe(field.citation.id);
    }
    const noDate: Record<string, unknown> = { ...vinhPhuc };
    delete noDate.effectiveOn;
    expect(codes(noDate)).toEqual(['document.effective-date-missing']);
    expect(codes({ ...vinhPhuc, files: [] })).toEqual(['schema.too-few']);
    expect(codes({ ...vinhPhuc, summary: '   ' })).toEqual(['schema.empty']);
  });

  it('checks the number-symbol with the parser and reports its warnings', () => {
    expect(codes({ ...vinhPhuc, numberSymbol: 'Quyết định số 32' })).toEqual(['docnum.number-missing']);
    const r = validateLegalDocument({ ...vinhPhuc, numberSymbol: 'Số: 32/2023/qđ-ubnd' });
    expect(r.ok).toBe(true);
    expect(r.issues.map((i) => [i.code, i.path])).toEqual([
      ['docnum.prefix-removed', ['numberSymbol']],
      ['docnum.type-case-normalised', ['numberSymbol']],
      ['docnum.case-normalised', ['numberSymbol']],
    ]);
  });

  it('cross-field checks', () => {
    expect(codes({ ...vinhPhuc, issuedOn: '2022-09-12', effectiveOn: '2022-10-01' })).toEqual([
      'document.number-year-mismatch',
    ]);
    expect(codes({ ...vinhPhuc, effectiveOn: '2023-09-11' })).toEqual(['document.effective-before-issue']);
    expect(codes({ ...vinhPhuc, effectiveRule: { kind: 'on-signing' } })).toEqual([
      'document.effective-rule-mismatch',
    ]);
    expect(codes({ ...vinhPhuc, form: 'Nghị định' })).toEqual(['document.form-mismatch']);
    expect(codes({ ...vinhPhuc, form: 'QĐ' })).toEqual([]);
    expect(codes({ ...vinhPhuc, form: 'Công văn' })).toEqual(['document.form-mismatch']);
    expect(codes({ ...vinhPhuc, form: 'Luật' })).toEqual(['document.form-mismatch']);
    expect(codes({ ...vinhPhuc, status: 'replaced' })).toEqual(['document.replaced-by-missing']);
    expect(codes({ ...vinhPhuc, status: 'replaced', replacedBy: 'không rõ' })).toEqual([
      'docnum.number-missing',
    ]);
    expect(validateLegalDocument({ ...vinhPhuc, status: 'replaced', replacedBy: '15/2026/QĐ-UBND' }).ok).toBe(
      true,
    );
    expect(codes({ ...vinhPhuc, expiredOn: '2023-09-30' })).toEqual(['document.expired-before-effective']);
    expect(codes({ ...vinhPhuc, replaces: ['26/2017/QĐ-UBND', '??'] })[0]).toBe('docnum.number-missing');
    const law = {
      ...vinhPhuc,
      form: 'Luật',
      numberSymbol: '80/2015/QH13',
      issuedOn: '2015-06-22',
      effectiveOn: '2016-07-01',
      replaces: undefined,
    };
    expect(codes(law)).toEqual([]);
    const cv = {
      ...vinhPhuc,
      form: 'Công văn',
      numberSymbol: '05/BNV-VP',
      effectiveRule: { kind: 'on-signing' },
      effectiveOn: undefined,
    };
    expect(codes(cv)).toEqual([]);
  });

  it('maps wrong types, formats and enum values to bilingual codes', () => {
    const r = validateLegalDocument({
      ...vinhPhuc,
      issuedOn: '2023-02-30',
      files: [{ url: 'ftp://x/y' }],
      status: 'alive',
      form: 3,
    });
    expect(r.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['schema.invalid-type', 'form'],
      ['schema.invalid-format', 'issuedOn'],
      ['schema.invalid-format', 'files.0.url'],
      ['schema.invalid-value', 'status'],
    ]);
    for (const i of r.issues) expect(i.message.vi).not.toBe(i.message.en);
  });

  it('rejects 1 MB and deeply nested input quickly, before the schema', () => {
    expect(codes({ ...vinhPhuc, summary: 'x'.repeat(1_000_000) })).toEqual(['schema.string-too-long']);
    let deep: unknown = 'x';
    for (let i = 0; i < 100_000; i++) deep = { a: deep };
    expect(codes({ ...vinhPhuc, extra: deep })).toEqual(['schema.too-deep']);
    const wide = {
      ...vinhPhuc,
      files: Array.from({ length: 200_000 }, () => ({ url: 'https://a.gov.vn/x.pdf' })),
    };
    expect(codes(wide)).toEqual(['schema.too-many-values']);
    expect(
      codes({ ...vinhPhuc, files: Array.from({ length: 51 }, () => ({ url: 'https://a.gov.vn/x.pdf' })) }),
    ).toEqual(['schema.too-many']);
  });

  it('never throws on arbitrary input (fast-check)', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 4 }), (input) => {
        const r = validateLegalDocument(input);
        expect(r.ok).toBe(false);
        for (const i of r.issues) expect(i.code).toMatch(/^(schema|docnum|document)\./);
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(
        fc.record({
          numberSymbol: fc.string({ maxLength: 40 }),
          issuedOn: fc.constantFrom('2023-09-12', '2024-02-29', '2023-13-01'),
          effectiveOn: fc.option(fc.constantFrom('2023-09-12', '2023-01-01', 'x'), { nil: undefined }),
          form: fc.string({ maxLength: 12 }),
        }),
        (patch) => {
          const r = validateLegalDocument({ ...vinhPhuc, ...patch });
          expect(typeof r.ok).toBe('boolean');
        },
      ),
      { numRuns: 500 },
    );
  });

  it('LegalDocumentSchema.safeParse agrees with validateLegalDocument on success', () => {
    expect(LegalDocumentSchema.safeParse(vinhPhuc).success).toBe(true);
    expect(LegalDocumentSchema.safeParse({ ...vinhPhuc, effectiveOn: '2020-01-01' }).success).toBe(false);
  });
});
