import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  DOCUMENT_TYPES,
  type DocumentNumberParts,
  formatDocumentNumber,
  parseDocumentNumber,
} from '../../src/documents/index.js';

const codes = (s: unknown) => parseDocumentNumber(s).issues.map((i) => i.code);

describe('parseDocumentNumber: the forms of facts/decrees.md §5', () => {
  it.each([
    ['1347/QĐ-UBND', 'administrative', 1347, undefined, 'QĐ', ['UBND'], [], false],
    ['2112/QĐ-UBND', 'administrative', 2112, undefined, 'QĐ', ['UBND'], [], false],
    ['15/QĐ-BNV', 'administrative', 15, undefined, 'QĐ', ['BNV'], [], false],
    ['256/TTr-STTTT', 'administrative', 256, undefined, 'TTr', ['STTTT'], [], false],
    ['05/BNV-VP', 'official-letter', 5, undefined, undefined, ['BNV'], ['VP'], false],
    ['12/UBND-VX', 'official-letter', 12, undefined, undefined, ['UBND'], ['VX'], false],
    ['32/2023/QĐ-UBND', 'normative', 32, 2023, 'QĐ', ['UBND'], [], true],
    ['40/2012/QĐ-UBND', 'normative', 40, 2012, 'QĐ', ['UBND'], [], true],
    ['43/2011/NĐ-CP', 'normative', 43, 2011, 'NĐ', ['CP'], [], true],
    ['25/2010/TT-BTTTT', 'normative', 25, 2010, 'TT', ['BTTTT'], [], true],
    ['19/2012/TTLT-BTC-BKHĐT-BTTTT', 'normative', 19, 2012, 'TTLT', ['BTC', 'BKHĐT', 'BTTTT'], [], true],
    ['80/2015/QH13', 'national-assembly', 80, 2015, undefined, ['QH'], [], true],
    ['148/2025/QH15', 'national-assembly', 148, 2025, undefined, ['QH'], [], true],
    ['60-NQ/TW', 'party', 60, undefined, 'NQ', ['TW'], [], false],
  ] as const)('%s', (input, form, number, year, type, issuers, units, normative) => {
    const r = parseDocumentNumber(input);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.issues).toEqual([]);
    expect(r.value.text).toBe(input);
    expect(r.value.form).toBe(form);
    expect(r.value.number).toBe(number);
    expect(r.value.year).toBe(year);
    expect(r.value.type?.code).toBe(type);
    expect(r.value.issuers).toEqual(issuers);
    expect(r.value.units).toEqual(units);
    expect(r.value.isNormative).toBe(normative);
  });

  it('gives the type names of the Appendix III table and the legislature of laws', () => {
    const r = parseDocumentNumber('80/2015/QH13');
    expect(r.ok && r.value.legislature).toBe(13);
    const d = parseDocumentNumber('43/2011/NĐ-CP');
    expect(d.ok && d.value.type?.name).toEqual({ vi: 'Nghị định', en: 'Decree' });
    const q = parseDocumentNumber('02/QyĐ-UBND');
    expect(q.ok && q.value.type?.name.vi).toBe('Quy định');
  });

  it('reads a joint circular: all issuers, no drafting unit', () => {
    const r = parseDocumentNumber('19/2012/TTLT-BTC-BKHĐT-BTTTT');
    expect(r.ok && r.value.issuer).toBe('BTC');
    expect(r.ok && r.value.type?.joint).toBe(true);
  });
});

describe('parseDocumentNumber: real-world variants are normalised with a warning each', () => {
  it.each([
    ['Số: 1347 /QĐ-UBND', '1347/QĐ-UBND', ['docnum.prefix-removed', 'docnum.whitespace-removed']],
    ['SỐ: 2112/QĐ-UBND', '2112/QĐ-UBND', ['docnum.prefix-removed']],
    ['So 15/QĐ-BNV', '15/QĐ-BNV', ['docnum.prefix-removed']],
    ['1347/qđ-ubnd', '1347/QĐ-UBND', ['docnum.type-case-normalised', 'docnum.case-normalised']],
    ['12/QYĐ-UBND', '12/QyĐ-UBND', ['docnum.type-case-normalised']],
    ['12/ttr-ubnd', '12/TTr-UBND', ['docnum.type-case-normalised', 'docnum.case-normalised']],
    ['5/BNV-VP', '05/BNV-VP', ['docnum.leading-zero-added']],
    ['005/BNV-VP', '05/BNV-VP', ['docnum.leading-zero-removed']],
    ['43/2011/ND-CP', '43/2011/NĐ-CP', ['docnum.type-stroke-restored']],
    ['1347/QD-UBND', '1347/QĐ-UBND', ['docnum.type-stroke-restored']],
    ['1347/QĐ–UBND', '1347/QĐ-UBND', ['docnum.character-replaced']],
    ['1347/QÐ-UBND', '1347/QĐ-UBND', ['docnum.character-replaced']],
    ['  32 / 2023 / QĐ - UBND  ', '32/2023/QĐ-UBND', ['docnum.whitespace-removed']],
    ['1347/Q\u0110-UBND'.normalize('NFD'), '1347/QĐ-UBND', []],
    ['60-nq/tw', '60-NQ/TW', ['docnum.type-case-normalised', 'docnum.case-normalised']],
    ['12/UBND', '12/UBND', ['docnum.unit-missing']],
  ])('%j → %s', (input, text, warnings) => {
    const r = parseDocumentNumber(input);
    expect(r.ok).toBe(true);
    expect(r.ok && r.value.text).toBe(text);
    expect(r.issues.map((i) => i.code)).toEqual(warnings);
    for (const i of r.issues) {
      expect(i.severity).toBe('warning');
      expect(i.message.vi.length).toBeGreaterThan(0);
      expect(i.message.en.length).toBeGreaterThan(0);
      expect(i.citation?.id).toMatch(/^ND-30-2020\//);
    }
  });

  it('does not guess Đ where both readings exist (DA = Dự án, HD = Hướng dẫn)', () => {
    const da = parseDocumentNumber('03/DA-UBND');
    expect(da.ok && da.value.type?.name.vi).toBe('Dự án');
    const hd = parseDocumentNumber('03/HD-UBND');
    expect(hd.ok && hd.value.type?.name.vi).toBe('Hướng dẫn');
    expect(hd.issues).toEqual([]);
  });

  it('warns on a normative-only type without the year, and on an administrative type with a year', () => {
    expect(codes('12/NĐ-CP')).toEqual(['docnum.year-missing']);
    const r = parseDocumentNumber('12/2024/KH-UBND');
    expect(r.ok && r.value.isNormative).toBe(false);
    expect(r.issues.map((i) => i.code)).toEqual(['docnum.type-not-normative']);
  });
});

describe('parseDocumentNumber: what cannot be a number-symbol fails with a coded error', () => {
  it.each([
    [42, 'docnum.not-a-string'],
    [null, 'docnum.not-a-string'],
    ['', 'docnum.empty'],
    ['   ', 'docnum.empty'],
    ['hello', 'docnum.number-missing'],
    ['Quyết định 1347/QĐ-UBND', 'docnum.number-missing'],
    ['1347', 'docnum.symbol-missing'],
    ['32/2023', 'docnum.symbol-missing'],
    ['1/2/3/4', 'docnum.too-many-parts'],
    ['0/QĐ-UBND', 'docnum.number-zero'],
    ['12345678/QĐ-UBND', 'docnum.number-invalid'],
    ['12a/QĐ-UBND', 'docnum.number-invalid'],
    ['12/QĐ', 'docnum.issuer-missing'],
    ['12/2020/QĐ', 'docnum.issuer-missing'],
    ['12/QĐ--UBND', 'docnum.group-empty'],
    ['12/QĐ-UBND-', 'docnum.group-empty'],
    ['12/-UBND', 'docnum.group-empty'],
    ['12/1QĐ-UBND', 'docnum.group-invalid'],
    ['12/1890/NĐ-CP', 'docnum.year-invalid'],
    ['12/20x0/NĐ-CP', 'docnum.year-invalid'],
    ['12/2020/XYZ-UBND', 'docnum.type-unknown'],
    ['1/2020/TTLT-BTC', 'docnum.joint-issuers-missing'],
    ['60-XX/TW', 'docnum.type-unknown'],
    ['60-NQ/TW/1', 'docnum.party-form-invalid'],
    ['80/2015/QH13-VP', 'docnum.group-unexpected'],
    ['12/QĐ-UB<script>', 'docnum.invalid-character'],
    ['12/QĐ-UB\u0000ND', 'docnum.invalid-character'],
    ['12/QĐ-UB\uD800ND', 'docnum.invalid-character'],
    ['x'.repeat(1_000_000), 'docnum.too-long'],
  ])('%j → %s', (input, code) => {
    const r = parseDocumentNumber(input);
    expect(r.ok).toBe(false);
    expect(r.issues[0]?.code).toBe(code);
    expect(r.issues[0]?.severity).toBe('error');
    expect(r.issues[0]?.message.vi).toMatch(/[à-ỹĐđ]/);
  });

  it('puts the caller path on every issue', () => {
    const r = parseDocumentNumber('hello', { path: ['documents', 3, 'numberSymbol'] });
    expect(r.issues[0]?.path).toEqual(['documents', 3, 'numberSymbol']);
  });
});

const groupArb = fc
  .tuple(fc.constantFrom(...'ABCDEGHIKLMNOPQRSTUVXYĐ'), fc.stringMatching(/^[A-Z0-9Đ]{0,6}$/))
  .map(([a, b]) => a + b);
const stateTypes = DOCUMENT_TYPES.filter((t) => t.administrative || t.normative);
const isTypeLike = (g: string) =>
  stateTypes.some((t) =>
    [t.code.toUpperCase(), t.code.toUpperCase().replace(/Đ/g, 'D')].includes(g.toUpperCase()),
  );
const noAssembly = (g: string) => !/^(UBTVQH|QH)\d{1,2}$/.test(g);

const partsArb: fc.Arbitrary<DocumentNumberParts> = fc.oneof(
  fc.record({
    form: fc.constant('administrative' as const),
    number: fc.integer({ min: 1, max: 9_999_999 }),
    type: fc.constantFrom(...DOCUMENT_TYPES.filter((t) => t.administrative).map((t) => t.code)),
    issuer: groupArb,
    units: fc.array(groupArb, { maxLength: 2 }),
  }),
  fc.record({
    form: fc.constant('official-letter' as const),
    number: fc.integer({ min: 1, max: 9_999_999 }),
    // An issuer that starts with QĐ is read as a decision whose hyphen is missing ("1347/QĐUBND", issue #15).
    issuer: groupArb.filter((g) => !isTypeLike(g) && !/^QĐ[A-ZĐ]{2,}$/.test(g)),
    units: fc.array(groupArb, { maxLength: 2 }),
  }),
  fc.record({
    form: fc.constant('normative' as const),
    number: fc.integer({ min: 1, max: 99_999 }),
    year: fc.integer({ min: 1945, max: 2100 }),
    type: fc.constantFrom('NĐ', 'TT', 'QĐ', 'NQ'),
    issuer: groupArb.filter(noAssembly),
  }),
  fc.record({
    form: fc.constant('normative' as const),
    number: fc.integer({ min: 1, max: 99_999 }),
    year: fc.integer({ min: 1945, max: 2100 }),
    type: fc.constantFrom('TTLT', 'NQLT'),
    issuer: fc.constant('BTC'),
    issuers: fc.array(groupArb, { minLength: 2, maxLength: 4 }),
  }),
  fc.record({
    form: fc.constant('national-assembly' as const),
    number: fc.integer({ min: 1, max: 999 }),
    year: fc.integer({ min: 1946, max: 2100 }),
    issuer: fc.constantFrom('QH', 'UBTVQH'),
    legislature: fc.integer({ min: 1, max: 99 }),
  }),
  fc.record({
    form: fc.constant('party' as const),
    number: fc.integer({ min: 1, max: 9999 }),
    type: fc.constantFrom(...DOCUMENT_TYPES.filter((t) => t.party).map((t) => t.code)),
    issuer: groupArb,
    units: fc.array(groupArb, { maxLength: 1 }),
  }),
);

describe('parseDocumentNumber ∘ formatDocumentNumber (fast-check)', () => {
  it('parse(format(x)) gives back the parts, without warnings', () => {
    fc.assert(
      fc.property(partsArb, (parts) => {
        const text = formatDocumentNumber(parts);
        const r = parseDocumentNumber(text);
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        const expected =
          parts.form === 'official-letter' && parts.units?.length === 0 ? ['docnum.unit-missing'] : [];
        expect(r.issues.map((i) => i.code)).toEqual(expected);
        expect(r.value.text).toBe(text);
        expect(r.value.form).toBe(parts.form);
        expect(r.value.number).toBe(parts.number);
        expect(r.value.year).toBe(parts.year);
        if (parts.form !== 'national-assembly') expect(r.value.type?.code).toBe(parts.type);
        expect(formatDocumentNumber(r.value)).toBe(text);
      }),
      { numRuns: 1000 },
    );
  });

  it('lowercasing and spacing a formatted number still parses to the same text', () => {
    fc.assert(
      fc.property(partsArb, (parts) => {
        const text = formatDocumentNumber(parts);
        const messy = `Số: ${text.replace('/', ' / ').toLowerCase()}`;
        const r = parseDocumentNumber(messy);
        expect(r.ok && r.value.text).toBe(text);
        expect(r.issues.every((i) => i.severity === 'warning')).toBe(true);
      }),
      { numRuns: 500 },
    );
  });

  it('never throws on arbitrary strings and values; results are well-formed', () => {
    fc.assert(
      fc.property(fc.oneof(fc.string({ unit: 'binary', maxLength: 300 }), fc.anything()), (input) => {
        const r = parseDocumentNumber(input);
        if (r.ok) {
          expect(parseDocumentNumber(r.value.text).ok).toBe(true);
        } else {
          expect(r.issues.length).toBeGreaterThan(0);
          expect(r.issues[0]?.code).toMatch(/^docnum\./);
        }
      }),
      { numRuns: 2000 },
    );
  });

  it('handles near-miss strings built from the symbol alphabet', () => {
    fc.assert(
      fc.property(fc.stringMatching(/^[0-9/\-A-Za-zĐđ ]{0,40}$/), (input) => {
        const r = parseDocumentNumber(input);
        expect(typeof r.ok).toBe('boolean');
      }),
      { numRuns: 2000 },
    );
  });

  it('rejects hostile long input by its length before looking at it', () => {
    const hostile = `${'1/'.repeat(500_000)}QĐ`;
    expect(codes(hostile)).toEqual(['docnum.too-long']);
    expect(codes(`${'-'.repeat(250)}`)[0]).toBe('docnum.number-missing');
    expect(codes(`1/${'A-'.repeat(120)}`)[0]).toBe('docnum.group-empty');
  });
});
