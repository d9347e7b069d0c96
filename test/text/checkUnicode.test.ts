import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkUnicode, TCVN6909_PROVISIONS } from '../../src/text/index.js';
import {
  encodeTcvn3,
  encodeVni,
  PHRASES,
  SEED_WORDS,
  toLatin1Mojibake,
  toMojibake,
  vietnameseSentence,
} from './_helpers/encodings.js';

describe('checkUnicode (TCVN 6909:2001)', () => {
  it('accepts NFC Vietnamese and foreign text', () => {
    for (const p of PHRASES) expect(checkUnicode(p)).toEqual({ ok: true, issues: [], encoding: 'nfc' });
    expect(checkUnicode('Le café, s’il vous plaît.\tOK\r\n').ok).toBe(true);
    expect(checkUnicode('').ok).toBe(true);
  });
  it('reports decomposed sequences with their position and the NFC form', () => {
    const text = 'Cổng thông tin\nđie\u0302\u0323n tu\u031b\u0309';
    const r = checkUnicode(text);
    expect(r.ok).toBe(false);
    expect(r.encoding).toBe('mixed'); // an NFC line and an NFD line
    expect(checkUnicode('đie\u0302\u0323n tu\u031b\u0309').encoding).toBe('nfd');
    const nfc = r.issues.filter((i) => i.code === 'text.not-nfc');
    expect(nfc).toHaveLength(1);
    expect(nfc[0]?.details).toMatchObject({
      index: 17,
      line: 2,
      column: 3,
      count: 2,
      columns: [3, 9],
      expected: 'ệ',
    });
    expect(nfc[0]?.message.vi).toContain('Dòng 2 có 2 chuỗi');
    expect(nfc[0]?.message.en).toContain('first at column 3');
  });
  it('flags UniKey "tổ hợp" (precomposed ê plus a combining tone) too', () => {
    const r = checkUnicode('Vi\u00ea\u0323t');
    expect(r.issues.map((i) => [i.code, i.details?.found, i.details?.expected])).toEqual([
      ['text.not-nfc', '\u00ea\u0323', 'ệ'],
    ]);
  });
  it('reports legacy encodings line by line with the citation', () => {
    const r = checkUnicode('Cæng th«ng tin ®iÖn tö\nQuyÕt ®Þnh ban hµnh Quy chÕ');
    expect(r.encoding).toBe('tcvn3');
    expect(r.issues).toHaveLength(1);
    const [issue] = r.issues;
    expect(issue?.code).toBe('text.legacy-encoding');
    expect(issue?.details).toMatchObject({ encoding: 'tcvn3', fromLine: 1, toLine: 2, index: 0 });
    expect(issue?.citation?.id).toBe('VP-32-2023/3.1');
    expect(issue?.citation?.note).toContain('NX-2112-2022/11');
    expect(checkUnicode(toMojibake('Cổng thông tin điện tử')).issues.map((i) => i.code)).toEqual([
      'text.legacy-encoding',
    ]);
    // read as ISO-8859-1 instead, the mojibake also carries C1 control characters
    const latin1 = checkUnicode(toLatin1Mojibake('Cổng thông tin điện tử'));
    expect(latin1.encoding).toBe('utf8-mojibake');
    expect(new Set(latin1.issues.map((i) => i.code))).toEqual(
      new Set(['text.legacy-encoding', 'text.control-character']),
    );
  });
  it('reports mixed encodings with the lines of each', () => {
    const text = 'Cổng thông tin điện tử\nPortal\nTeát Nguyeân Ñaùn\nCæng th«ng tin ®iÖn tö';
    const r = checkUnicode(text);
    expect(r.encoding).toBe('mixed');
    const mixed = r.issues.find((i) => i.code === 'text.mixed-encodings');
    expect(mixed?.details?.encodings).toEqual({ nfc: [1], vni: [3], tcvn3: [4] });
    const legacy = r.issues.filter((i) => i.code === 'text.legacy-encoding');
    expect(legacy.map((i) => [i.details?.encoding, i.details?.line])).toEqual([
      ['vni', 3],
      ['tcvn3', 4],
    ]);
  });
  it('reports control characters, lone surrogates and replacement characters', () => {
    const r = checkUnicode('Sở\u0007 Tư\u0085 pháp \ud800 x \ufffd');
    expect(r.issues.map((i) => [i.code, i.severity, i.details?.column])).toEqual([
      ['text.control-character', 'error', 3],
      ['text.control-character', 'error', 7],
      ['text.lone-surrogate', 'error', 14],
      ['text.replacement-character', 'warning', 18],
    ]);
    expect(checkUnicode('😀 ok').ok).toBe(true);
  });
  it('warns about the Icelandic eth typed for Đ (seen in the Như Xuân regulation: "QÐ-UBND")', () => {
    const r = checkUnicode('Quyết định số 2112/QÐ-UBND của Ủy ban nhân dân huyện');
    expect(r.ok).toBe(true);
    expect(r.issues.map((i) => [i.code, i.severity, i.details?.column, i.details?.expected])).toEqual([
      ['text.eth-instead-of-d', 'warning', 21, 'Đ'],
    ]);
    expect(checkUnicode('Ðórður og Guðrún').issues).toEqual([]);
  });
  it('cites the provision asked for, by id or regulation', () => {
    for (const p of TCVN6909_PROVISIONS) {
      expect(checkUnicode('\u0007', { citation: p.id }).issues[0]?.citation?.id).toBe(p.id);
      expect(checkUnicode('\u0007', { citation: p.id.split('/')[0] as string }).issues[0]?.citation?.id).toBe(
        p.id,
      );
    }
    expect(checkUnicode('\u0007', { path: ['title'] }).issues[0]?.path).toEqual(['title']);
  });
  it('caps the issues per code with a summary', () => {
    const r = checkUnicode('\u0001'.repeat(100), { maxIssuesPerCode: 5 });
    expect(r.issues.filter((i) => i.code === 'text.control-character')).toHaveLength(5);
    expect(r.issues.at(-1)).toMatchObject({ code: 'text.more-issues', details: { total: 100 } });
  });
  it('properties: generated NFC Vietnamese passes, its VNI and NFD forms fail', () => {
    fc.assert(
      fc.property(vietnameseSentence(), (s) => {
        expect(checkUnicode(s).ok).toBe(true);
        expect(checkUnicode(encodeVni(s)).issues.map((i) => i.code)).toEqual(['text.legacy-encoding']);
        expect(checkUnicode(s.normalize('NFD')).issues.every((i) => i.code === 'text.not-nfc')).toBe(true);
      }),
      { numRuns: 200 },
    );
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const r = checkUnicode(s);
        expect(r.ok).toBe(!r.issues.some((i) => i.severity === 'error'));
      }),
      { numRuns: 300 },
    );
  });
});

describe('checkUnicode: legacy words pasted into a Unicode line (text.legacy-fragment)', () => {
  const fragmentIssue = (s: string) => checkUnicode(s).issues.find((i) => i.code === 'text.legacy-fragment');

  it('finds TCVN3 and VNI words among Unicode ones and gives the corrected line (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...SEED_WORDS), { minLength: 3, maxLength: 12 }),
        fc.array(fc.boolean(), { minLength: 12, maxLength: 12 }),
        fc.constantFrom(encodeTcvn3, encodeVni),
        (words, pasted, encode) => {
          const lower = words.map((w) => w.toLowerCase());
          // A word counts as pasted when its legacy form shows a Latin-1 sign no Vietnamese word has.
          const shown = lower.map((w, i) => (pasted[i] ? encode(w) : w));
          const visible = shown.filter((w, i) => pasted[i] && /[\u00a1-\u00ff]/.test(w) && w !== lower[i]);
          const line = shown.join(' ');
          const issue = fragmentIssue(line);
          const legacyLine = checkUnicode(line).issues.some((i) => i.code === 'text.legacy-encoding');
          if (issue === undefined) {
            // Nothing found: no pasted word carries a foreign sign, or the line reads as legacy as a whole.
            expect(
              legacyLine ||
                visible.every((w) => [...w].every((c) => c.charCodeAt(0) < 0xa1 || /\p{L}/u.test(c))),
            ).toBe(true);
            return;
          }
          expect(issue.severity).toBe('error');
          const details = issue.details as {
            fixed: string;
            fragments: { found: string; converted: string; encoding: string }[];
          };
          for (const f of details.fragments) {
            // Only pasted words are reported, each read as a Vietnamese syllable; TCVN3 words exactly (a lone VNI
            // word can also be a TCVN3 one: "chæ" is VNI "chỉ" and TCVN3 "chổ", and the line's majority decides).
            const i = shown.indexOf(f.found);
            expect(pasted[i]).toBe(true);
            if (encode === encodeTcvn3) expect(f.converted).toBe(lower[i]);
          }
          // The corrected line differs from the original only where a pasted word was not recognised.
          const fixedWords = details.fixed.split(' ');
          expect(fixedWords).toHaveLength(lower.length);
          fixedWords.forEach((w, i) => {
            if (!pasted[i]) expect(w).toBe(lower[i]);
          });
        },
      ),
      { numRuns: 500 },
    );
  });

  it('flags nothing in real Unicode text: the five regulations, line by line, and generated sentences', () => {
    for (const w of SEED_WORDS) expect(fragmentIssue(`Quyết định ${w} của tỉnh`), w).toBeUndefined();
    fc.assert(
      fc.property(vietnameseSentence(), (s) => {
        expect(fragmentIssue(s)).toBeUndefined();
      }),
      { numRuns: 500 },
    );
  });

  it('leaves foreign words, signs and punctuation alone', () => {
    for (const s of [
      'Ông Müller đến thăm façade của Coca-Cola® và São Paulo, naïve Björk',
      'Giá 100.000 đồng « trích dẫn » ½ ¼ °C ±5 §3 ¶ ©2026 ®',
      'Nguyễn Văn Ánh, Ðoàn Thị Út',
    ]) {
      expect(fragmentIssue(s), s).toBeUndefined();
    }
  });

  it('reports one issue per line, with the column and count of its words', () => {
    const r = checkUnicode(
      'Cổng thông tin\nQuyết định vÒ viÖc phª duyÖt\nThông báo của tỉnh: Teát Nguyeân Ñaùn',
    );
    const found = r.issues.filter((i) => i.code === 'text.legacy-fragment');
    expect(
      found.map((i) => [i.details?.line, i.details?.column, i.details?.found, i.details?.expected]),
    ).toEqual([
      [2, 15, 'viÖc', 'việc'],
      [3, 21, 'Teát', 'Tết'],
    ]);
    expect(found[0]?.message.vi).toBe(
      'Dòng 2 có 3 từ ở bảng mã TCVN3 (ABC, phông .VnTime) lẫn trong văn bản Unicode, đầu tiên ở cột 15: "viÖc" → "việc"',
    );
    expect(found[1]?.details?.fixed).toBe('Thông báo của tỉnh: Tết Nguyên Đán');
    expect(r.ok).toBe(false);
    expect(r.encoding).toBe('nfc');
  });

  it('once a line proves an encoding, also converts its words made only of letters Vietnamese shares', () => {
    // VNI "Caùc coâng" has no sign foreign to Vietnamese; "vieäc cuûa" prove the line is VNI.
    const issue = fragmentIssue('Caùc coâng vieäc cuûa UBND. Việt Nam là nước');
    expect(issue?.details?.fixed).toBe('Các công việc của UBND. Việt Nam là nước');
    // Without proof, such words are left alone ("Caùc" alone could be a typo as well as VNI).
    expect(fragmentIssue('Caùc coâng của UBND')).toBeUndefined();
  });
});
