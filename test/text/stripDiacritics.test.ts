import fc from 'fast-check';
import slugify from 'slugify';
import { describe, expect, it } from 'vitest';
import { vietnameseSpecialLetters } from '../../src/text/_lib/letters.js';
import { stripDiacritics, toAsciiLabel, toNFC } from '../../src/text/index.js';
import { PHRASES, readEncodingCsv } from './_helpers/encodings.js';

describe('stripDiacritics', () => {
  it('folds all 134 toned letters (the VIQR table) to their ASCII base, đ/Đ included', () => {
    const rows = readEncodingCsv('viqr');
    expect(rows).toHaveLength(134);
    for (const [viqr, letter] of rows) {
      const base = (viqr as string).startsWith('dd')
        ? 'd'
        : (viqr as string).startsWith('DD')
          ? 'D'
          : viqr?.[0];
      expect(stripDiacritics(letter as string)).toBe(base);
      expect(stripDiacritics((letter as string).normalize('NFD'))).toBe(base);
    }
    expect(vietnameseSpecialLetters()).toHaveLength(134);
    expect(new Set(vietnameseSpecialLetters())).toEqual(new Set(rows.map((r) => r[1])));
  });
  it('keeps case, spaces, digits and punctuation', () => {
    expect(stripDiacritics('Đạo Trù')).toBe('Dao Tru');
    expect(stripDiacritics('ĐẮK LẮK, Quyết định số 32/2023/QĐ-UBND')).toBe(
      'DAK LAK, Quyet dinh so 32/2023/QD-UBND',
    );
    expect(stripDiacritics('“Sở Tư pháp” – 15 ngày')).toBe('“So Tu phap” – 15 ngay');
  });
  it('does what remove-accents-like libraries miss: ỷ ỹ ỵ, capital Ỏ Ử, and Đ without DJ', () => {
    expect(stripDiacritics('ỷ ỹ ỵ Ỏ Ử Ý Đ')).toBe('y y y O U Y D');
    expect(slugify('Đ')).not.toBe('D'); // the baseline without locale: 'DJ'
  });
  it('is idempotent and returns NFC', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
        const once = stripDiacritics(s);
        expect(stripDiacritics(once)).toBe(once);
        expect(once).toBe(once.normalize('NFC'));
      }),
      { numRuns: 500 },
    );
  });
});

describe('toNFC', () => {
  it('composes NFD and UniKey "tổ hợp" and is idempotent', () => {
    for (const p of PHRASES) {
      expect(toNFC(p.normalize('NFD'))).toBe(p);
      expect(toNFC(p)).toBe(p);
    }
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
        expect(toNFC(toNFC(s))).toBe(toNFC(s));
      }),
      { numRuns: 300 },
    );
  });
});

describe('toAsciiLabel', () => {
  it('makes host-name bases of administrative unit and agency names', () => {
    expect(toAsciiLabel('Ủy ban nhân dân tỉnh Vĩnh Phúc')).toBe('uybannhandantinhvinhphuc');
    expect(toAsciiLabel('Như Xuân')).toBe('nhuxuan');
    expect(toAsciiLabel('Đắk Lắk')).toBe('daklak');
    expect(toAsciiLabel('Thị xã Phú Thọ', { separator: '-' })).toBe('thi-xa-phu-tho');
    expect(toAsciiLabel('Phường １２ (cũ)')).toBe('phuong12cu');
    expect(toAsciiLabel('')).toBe('');
  });
  it('only ever returns a–z and 0–9 (and the separator)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 80 }), (s) => {
        expect(toAsciiLabel(s)).toMatch(/^[a-z0-9]*$/);
        expect(toAsciiLabel(s, { separator: '-' })).toMatch(/^([a-z0-9]+(-[a-z0-9]+)*)?$/);
      }),
      { numRuns: 300 },
    );
  });
});
