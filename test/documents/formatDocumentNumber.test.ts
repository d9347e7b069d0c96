import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPES, formatDocumentNumber } from '../../src/documents/index.js';

describe('formatDocumentNumber', () => {
  it('writes the official examples of ND 30/2020 Appendix I', () => {
    expect(formatDocumentNumber({ number: 15, type: 'QĐ', issuer: 'BNV' })).toBe('15/QĐ-BNV');
    expect(formatDocumentNumber({ number: 5, issuer: 'BNV', units: ['VP'] })).toBe('05/BNV-VP');
    expect(formatDocumentNumber({ number: 12, issuer: 'UBND', units: ['VX'] })).toBe('12/UBND-VX');
  });

  it('pads below 10 only, and keeps the exact abbreviations of the table', () => {
    expect(formatDocumentNumber({ number: 9, type: 'ttr', issuer: 'sttt' })).toBe('09/TTr-STTT');
    expect(formatDocumentNumber({ number: 10, type: 'CTR', issuer: 'UBND' })).toBe('10/CTr-UBND');
    expect(formatDocumentNumber({ number: 1, type: 'trs', issuer: 'VP' })).toBe('01/TrS-VP');
    for (const t of DOCUMENT_TYPES.filter((x) => x.administrative)) {
      expect(formatDocumentNumber({ number: 3, type: t.code.toLowerCase(), issuer: 'UBND' })).toBe(
        `03/${t.code}-UBND`,
      );
    }
  });

  it('accepts a DocumentType object as the type', () => {
    const nd = DOCUMENT_TYPES.find((t) => t.code === 'NĐ');
    expect(nd && formatDocumentNumber({ number: 42, year: 2022, type: nd, issuer: 'CP' })).toBe(
      '42/2022/NĐ-CP',
    );
  });

  it('throws RangeError/TypeError on programmer errors', () => {
    expect(() => formatDocumentNumber({ number: 0, issuer: 'UBND' })).toThrow(RangeError);
    expect(() => formatDocumentNumber({ number: 1.5, issuer: 'UBND' })).toThrow(RangeError);
    expect(() => formatDocumentNumber({ number: 1, type: 'XYZ', issuer: 'UBND' })).toThrow(RangeError);
    expect(() => formatDocumentNumber({ number: 1, year: 2020, issuer: 'UBND' })).toThrow(RangeError);
    expect(() => formatDocumentNumber({ number: 1, issuer: 'QĐ' })).toThrow(RangeError);
    expect(() => formatDocumentNumber({ number: 1, issuer: 'U B' })).toThrow(RangeError);
    expect(() => formatDocumentNumber({ form: 'party', number: 1, type: 'TTr', issuer: 'TW' })).not.toThrow();
    expect(() => formatDocumentNumber({ form: 'party', number: 1, type: 'SY', issuer: 'TW' })).toThrow(
      RangeError,
    );
    expect(() => formatDocumentNumber({ number: 1, year: 2020, issuer: 'CP', legislature: 13 })).toThrow(
      RangeError,
    );
    expect(() => formatDocumentNumber(null as never)).toThrow(TypeError);
  });
});

describe('formatDocumentNumber: a công văn issuer that would read as a type', () => {
  it('throws for QĐ or QD (read back as Quyết định)', () => {
    expect(() => formatDocumentNumber({ number: 1, issuer: 'QD', units: ['VP'] })).toThrow(RangeError);
    expect(() => formatDocumentNumber({ number: 1, issuer: 'DA', units: ['VP'] })).toThrow(RangeError);
  });
});
