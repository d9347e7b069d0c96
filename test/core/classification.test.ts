import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  CLASSIFICATION_MARKS,
  classificationMark,
  isPublishableClassification,
  normaliseClassification,
} from '../../src/core/index.js';

describe('normaliseClassification: one closed set, by meaning not spelling', () => {
  it('reads Vietnamese and English names in any case, diacritics and spacing', () => {
    const cases: [string, string][] = [
      ['Mật', 'mat'],
      ['MẬT', 'mat'],
      ['MAT', 'mat'],
      [' mat', 'mat'],
      ['confidential', 'mat'],
      ['tối mật', 'toi-mat'],
      ['TỐI  MẬT', 'toi-mat'],
      ['toi_mat', 'toi-mat'],
      ['secret', 'toi-mat'],
      ['Tuyệt mật', 'tuyet-mat'],
      ['tuyet-mat', 'tuyet-mat'],
      ['TOP SECRET', 'tuyet-mat'],
      ['Độ mật', 'mat'],
      ['none', 'none'],
      ['Công khai', 'none'],
      ['không mật', 'none'],
      ['public', 'none'],
    ];
    for (const [input, mark] of cases) expect(classificationMark(input), input).toBe(mark);
  });

  it('refuses anything it does not recognise, with a bilingual coded issue naming the expected marks', () => {
    for (const input of ['restricted', 'mật?', 'bí mật nhà nước', 'x'.repeat(65), 1, true, {}, []]) {
      const r = normaliseClassification(input);
      expect(r.ok).toBe(false);
      if (r.ok) continue;
      expect(r.issues[0]!.code).toBe('classification.unknown');
      expect(r.issues[0]!.message.vi).toContain('Tối mật');
      expect(r.issues[0]!.message.en).toContain('expected one of');
      expect(isPublishableClassification(input)).toBe(false);
    }
    expect(normaliseClassification(undefined, { absentIs: 'refused' }).ok).toBe(false);
    const absent = normaliseClassification(undefined);
    expect(absent.ok ? absent.value : null).toBe('none');
  });

  it('property: every answer is in the closed set or a refusal; never throws; publishable only when none', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string({ maxLength: 80 }), fc.string({ unit: 'grapheme', maxLength: 20 }), fc.anything()),
        (v) => {
          const m = classificationMark(v);
          expect(m === null || (CLASSIFICATION_MARKS as readonly string[]).includes(m)).toBe(true);
          expect(isPublishableClassification(v)).toBe(m === 'none');
          const r = normaliseClassification(v);
          expect(r.ok ? r.value : null).toBe(m);
        },
      ),
      { numRuns: 500 },
    );
  });
});
