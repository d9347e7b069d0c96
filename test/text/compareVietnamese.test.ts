import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { compareVietnamese } from '../../src/text/index.js';
import { SEED_WORDS } from './_helpers/encodings.js';

const sign = (n: number): number => (n > 0 ? 1 : n < 0 ? -1 : 0);

describe('compareVietnamese', () => {
  it('orders letters a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y', () => {
    const letters = 'a ă â b c d đ e ê g h i k l m n o ô ơ p q r s t u ư v x y'.split(' ');
    const shuffled = [...letters].reverse();
    expect(shuffled.sort(compareVietnamese)).toEqual(letters);
  });
  it('orders tones none, huyền, hỏi, ngã, sắc, nặng, after letters', () => {
    expect(['mạ', 'má', 'mã', 'mả', 'mà', 'ma', 'mai'].sort(compareVietnamese)).toEqual([
      'ma',
      'mà',
      'mả',
      'mã',
      'má',
      'mạ',
      'mai',
    ]);
    expect(['bác', 'bạc', 'bắc', 'bấc', 'bậc'].sort(compareVietnamese)).toEqual([
      'bác',
      'bạc',
      'bắc',
      'bấc',
      'bậc',
    ]);
  });
  it('sorts a list of officials and units as a portal expects', () => {
    const names = [
      'Trần Văn Ơn',
      'Trần Văn Ân',
      'Trần Văn An',
      'Đỗ Thị Hà',
      'Dương Văn Bình',
      'Ủy ban',
      'Uông',
    ];
    expect([...names].sort(compareVietnamese)).toEqual([
      'Dương Văn Bình',
      'Đỗ Thị Hà',
      'Trần Văn An',
      'Trần Văn Ân',
      'Trần Văn Ơn',
      'Uông',
      'Ủy ban',
    ]);
    expect(['Phường 10', 'Phường 9', 'Phường 1'].sort(compareVietnamese)).toEqual([
      'Phường 1',
      'Phường 9',
      'Phường 10',
    ]);
  });
  it('treats NFC and NFD alike, and case only as a last resort', () => {
    expect(compareVietnamese('Việt', 'Vie\u0302\u0323t')).toBe(0);
    expect(compareVietnamese('an', 'An')).toBeLessThan(0);
    expect(compareVietnamese('An', 'ăn')).toBeLessThan(0);
  });
  it('differs from Intl.Collator("vi") where documented, agrees on single syllables', () => {
    const icu = new Intl.Collator('vi');
    // syllable by syllable (dictionary order) vs whole-string letters first (ICU)
    expect(['bà ba', 'ba lô'].sort(compareVietnamese)).toEqual(['ba lô', 'bà ba']);
    expect(['bà ba', 'ba lô'].sort(icu.compare)).toEqual(['bà ba', 'ba lô']);
    // numbers by value vs digit by digit
    expect(['Phường 10', 'Phường 2'].sort(icu.compare)).toEqual(['Phường 10', 'Phường 2']);
    // single syllables: same order as ICU
    const words = SEED_WORDS.filter((w) => w === w.toLowerCase()).slice(0, 400);
    expect([...words].sort(compareVietnamese)).toEqual([...words].sort(icu.compare));
  });
  it('is a consistent total order (antisymmetric, transitive) usable with sort', () => {
    const word = fc.oneof(fc.constantFrom(...SEED_WORDS), fc.string({ maxLength: 6 }));
    const phrase = fc.array(word, { maxLength: 3 }).map((ws) => ws.join(' '));
    fc.assert(
      fc.property(phrase, phrase, phrase, (a, b, c) => {
        expect(sign(compareVietnamese(a, b)) + sign(compareVietnamese(b, a))).toBe(0);
        expect(compareVietnamese(a, a)).toBe(0);
        if (compareVietnamese(a, b) <= 0 && compareVietnamese(b, c) <= 0)
          expect(compareVietnamese(a, c)).toBeLessThanOrEqual(0);
      }),
      { numRuns: 2000 },
    );
  });
});
