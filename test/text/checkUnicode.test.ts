import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkUnicode, TCVN6909_PROVISIONS } from '../../src/text/index.js';
import {
  encodeVni,
  PHRASES,
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
