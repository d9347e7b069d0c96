import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { CATEGORY_IDS, categoryById } from '../../src/categories/index.js';
import { directStringParse, fastSchemaValid } from '../../src/compliance/_lib/fastSchemaValid.js';

/** Values valid for some field and invalid for others: texts, dates, numbers, files, periods, enums. */
const VALUES: readonly unknown[] = [
  '',
  '   ',
  ' Quyết định ',
  'Quyết định',
  'UBND tỉnh Vĩnh Phúc',
  '123/QĐ-UBND',
  '32/2023/QĐ-UBND',
  'abc',
  '2026-09-01',
  '2026-02-30',
  '2026-09-01T09:00:00+07:00',
  'https://vinhphuc.gov.vn/vb/1.pdf',
  'ftp://vinhphuc.gov.vn/x',
  'in-progress',
  'answered',
  'news',
  '0211 3862 480',
  '+84 211 3862 480',
  'x'.repeat(3000),
  0,
  -0,
  -1,
  1.5,
  1,
  120_000_000_000,
  Number.NaN,
  true,
  null,
  undefined,
  [],
  ['text'],
  ['Quyết định'],
  [{ url: 'https://vinhphuc.gov.vn/vb/1.pdf' }],
  [{ url: 'not a url' }],
  { from: '2026-01-01', to: '2026-03-31' },
  { from: '2026-13-01' },
  { name: 'Nguyễn Văn A', email: 'a@vinhphuc.gov.vn' },
  { name: 'Sở Tư pháp', address: 'Vĩnh Yên', email: 'stp@vinhphuc.gov.vn' },
  [{ name: 'Đơn đề nghị', copies: 1 }],
  [{ number: '32/2023/QĐ-UBND', title: 'Quyết định', url: 'https://vinhphuc.gov.vn/vb/1.pdf' }],
  {},
];
const ABSENT = Symbol('absent');

describe('fastSchemaValid (the audit’s field-by-field pre-check)', () => {
  for (const def of CATEGORY_IDS.map((id) => categoryById(id)).filter((d) => d !== undefined)) {
    const schema = def.schema;
    const shape = (schema as unknown as { shape?: Record<string, z.ZodType> }).shape ?? {};
    const keys = [...Object.keys(shape), 'unknownKey'];
    // Mostly values the field accepts (so that whole items are often valid), sometimes any value or none.
    const fieldValue = (key: string) => {
      const inner = (shape[key] as unknown as { _zod?: { def: { entries?: object; values?: unknown[] } } })
        ?._zod?.def;
      const own = [...Object.values(inner?.entries ?? {}), ...(inner?.values ?? [])];
      const good = [...VALUES, ...own].filter((v) => shape[key]?.safeParse(v).success === true);
      return fc.oneof(
        {
          weight: good.length > 0 ? 8 : 0,
          arbitrary: fc.constantFrom(...(good.length > 0 ? good : [ABSENT])),
        },
        { weight: 1, arbitrary: fc.constantFrom(...VALUES, ...own) },
        { weight: 2, arbitrary: fc.constant(ABSENT) },
      );
    };
    const item = fc.tuple(...keys.map(fieldValue)).map((values) => {
      const fields: Record<string, unknown> = {};
      keys.forEach((k, i) => {
        if (values[i] !== ABSENT) fields[k] = values[i];
      });
      return fields;
    });
    it(`agrees with the zod schema of ${def.id} on whether an item is valid`, () => {
      const fast = fastSchemaValid(schema);
      fc.assert(
        fc.property(
          item,
          fc.constantFrom(...VALUES.filter((v): v is string => typeof v === 'string')),
          (fields, title) => {
            // Twice: the second run answers from the remembered verdicts.
            for (let round = 0; round < 2; round++) {
              const expected = schema.safeParse({ ...fields, title }).success;
              const got = fast.test(fields, title);
              if (got) expect(expected).toBe(true);
              expect(got).toBe(expected);
            }
          },
        ),
        { numRuns: 150 },
      );
    });
  }
});

describe('fastSchemaValid on legal documents (cross-field superRefine)', () => {
  const def = categoryById('legal-documents');
  const base = {
    form: 'Quyết định',
    issuingAuthority: 'UBND tỉnh Vĩnh Phúc',
    numberSymbol: '123/QĐ-UBND',
    issuedOn: '2026-09-01',
    effectiveOn: '2026-09-01',
    summary: 'Phê duyệt kế hoạch thực hiện nhiệm vụ',
    files: [{ url: 'https://vinhphuc.gov.vn/vb/1.pdf' }],
  };
  const changes: Record<string, readonly unknown[]> = {
    form: ['Quyết định', 'QĐ', 'Nghị quyết', 'Công văn', 'Luật', ' Quyết định ', '', 'Thông báo'],
    numberSymbol: [
      '123/QĐ-UBND',
      '32/2026/QĐ-UBND',
      '32/2023/QĐ-UBND',
      '15/NQ-HĐND',
      '1347/UBND-KT',
      '80/2015/QH13',
      'abc',
      ' 7/QĐ-UBND ',
      '',
    ],
    issuedOn: ['2026-09-01', '2023-05-04', '2015-06-22', '2026-02-30', '2026-9-1', undefined],
    effectiveOn: ['2026-09-01', '2026-08-31', '2026-10-15', '2023-05-04', undefined, 'x'],
    effectiveRule: [
      undefined,
      { kind: 'on-signing' },
      { kind: 'days-after-signing', days: 10 },
      { kind: 'days-after-signing', days: -1 },
      { kind: 'unknown' },
    ],
    status: [undefined, 'in-force', 'expired', 'replaced', 'nope'],
    expiredOn: [undefined, '2027-01-01', '2026-01-01', 'soon'],
    replacedBy: [undefined, '45/2027/QĐ-UBND', ''],
    replaces: [undefined, [], ['12/2020/QĐ-UBND'], [''], 'x'],
    files: [[{ url: 'https://vinhphuc.gov.vn/vb/1.pdf' }], [], [{ url: 'ftp://x' }], undefined],
    signer: [undefined, 'Trần Văn Hùng', ''],
    title: [undefined, 'Quyết định phê duyệt', ''],
  };
  const keys = Object.keys(changes);
  it('agrees with the zod schema on valid items and on one-to-three-field changes of them', () => {
    if (!def) throw new Error('legal-documents is a category');
    const fast = fastSchemaValid(def.schema);
    let valid = 0;
    fc.assert(
      fc.property(
        fc.uniqueArray(fc.constantFrom(...keys), { maxLength: 3 }),
        fc.array(fc.nat(20), { minLength: 3, maxLength: 3 }),
        fc.constantFrom('Quyết định phê duyệt kế hoạch', '', '  '),
        (changed, picks, title) => {
          const fields: Record<string, unknown> = { ...base };
          changed.forEach((k, i) => {
            const options = changes[k] ?? [];
            const v = options[(picks[i] ?? 0) % options.length];
            if (v === undefined) delete fields[k];
            else fields[k] = v;
          });
          for (let round = 0; round < 2; round++) {
            const expected = def.schema.safeParse({ ...fields, title }).success;
            if (expected) valid++;
            expect(fast.test(fields, title)).toBe(expected);
          }
        },
      ),
      { numRuns: 400 },
    );
    expect(valid).toBeGreaterThan(50);
  });
});

describe('directStringParse (string fields run without zod’s parse machinery)', () => {
  const stringArb = fc.oneof(
    fc.string({ maxLength: 40 }),
    fc.constantFrom(...VALUES.filter((v): v is string => typeof v === 'string')),
    fc.constantFrom(
      ' https://vinhphuc.gov.vn/a ',
      'http://x',
      'https:/x.vn',
      'javascript:alert(1)',
      'mailto:a@b.vn',
    ),
    fc.constantFrom(
      '2026-09-01',
      '2026-9-1',
      ' 2026-09-01',
      '2026-09-01T09:00:00+07:00',
      '2026-09-01T09:00:00Z',
    ),
    fc.constantFrom('a@vinhphuc.gov.vn', 'a@gmail.com', '0211 3862 480', ' \t x \n'),
    fc.string({ unit: 'binary', maxLength: 20 }),
    fc.nat(2000).map((n) => 'x'.repeat(n)),
  );
  const valueArb = fc.oneof(stringArb, fc.constantFrom(...VALUES));
  let fields = 0;
  for (const def of CATEGORY_IDS.map((id) => categoryById(id)).filter((d) => d !== undefined)) {
    const shape = (def.schema as unknown as { shape?: Record<string, z.ZodType> }).shape ?? {};
    for (const [key, schema] of Object.entries(shape)) {
      const direct = directStringParse(schema);
      if (!direct) continue;
      fields++;
      it(`${def.id}.${key}: same verdict and output as safeParse (fast-check)`, () => {
        fc.assert(
          fc.property(valueArb, (v) => {
            const r = schema.safeParse(v);
            const d = direct(v);
            expect(d).toBeDefined();
            expect(d?.ok).toBe(r.success);
            if (r.success) expect(d?.out).toEqual(r.data);
          }),
          { numRuns: 150 },
        );
      });
    }
  }
  it('covers the string fields of the categories, and only string schemas', () => {
    expect(fields).toBeGreaterThan(100);
    expect(directStringParse(z.number())).toBeUndefined();
    expect(directStringParse(z.array(z.string()))).toBeUndefined();
    expect(directStringParse(z.string().default('x'))).toBeUndefined();
    expect(directStringParse(z.coerce.string())).toBeUndefined();
    expect(directStringParse(z.string().optional())).toBeDefined();
  });
});

describe('fastSchemaValid: shape size', () => {
  const shape = (n: number) =>
    z.object(Object.fromEntries(Array.from({ length: n }, (_, i) => [`f${i}`, z.string().optional()])));
  it('tests shapes of up to 31 fields (the largest category has 31), and leaves larger ones to zod', () => {
    const withCheck = (n: number) => shape(n).superRefine(() => {});
    expect(fastSchemaValid(shape(31)).test({ f30: 'x' }, 't')).toBe(true);
    expect(fastSchemaValid(withCheck(31)).test({ f0: 'a', f30: 'x' }, 't')).toBe(true);
    expect(fastSchemaValid(withCheck(31)).test({ f30: 1 }, 't')).toBe(false);
    // 32 fields: no fast test (false means "run the full parse"), though the object is valid.
    expect(shape(32).safeParse({ f31: 'x' }).success).toBe(true);
    expect(fastSchemaValid(shape(32)).test({ f31: 'x' }, 't')).toBe(false);
  });
});
