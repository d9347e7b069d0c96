import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { checkUnicode, convertToUnicode, convertToUnicodeDetailed } from '../../src/text/index.js';
import {
  encodeTcvn3,
  encodeViqr,
  encodeVni,
  PHRASES,
  readEncodingCsv,
  SEED_WORDS,
  toLatin1Mojibake,
  toMojibake,
  vietnameseSentence,
} from './_helpers/encodings.js';

describe('convertToUnicode: every row of test/fixtures/data/encodings', () => {
  it('TCVN3: all 74 ABC code points, alone and inside a word', () => {
    const rows = readEncodingCsv('tcvn3');
    expect(rows).toHaveLength(74);
    for (const [legacy, hex, unicode] of rows) {
      expect(legacy?.charCodeAt(0)).toBe(Number.parseInt(hex as string, 16));
      expect(convertToUnicode(legacy as string, 'tcvn3')).toBe(unicode);
      expect(convertToUnicode(`x${legacy}n`, { from: 'tcvn3', tcvn3Capitals: 'never' })).toBe(`x${unicode}n`);
    }
  });
  it('TCVN3 in a .VnTimeH capital word: the uppercase column', () => {
    for (const [legacy, , unicode, , upper] of readEncodingCsv('tcvn3')) {
      const expected = upper === '' ? unicode : upper;
      expect(convertToUnicode(`NG${legacy}H`, 'tcvn3')).toBe(`NG${expected}H`);
      expect(convertToUnicode(`ng${legacy}h`, { from: 'tcvn3', tcvn3Capitals: 'always' })).toBe(
        `NG${expected}H`,
      );
    }
  });
  it('VNI: all 134 sequences, alone and inside a word', () => {
    const rows = readEncodingCsv('vni');
    expect(rows).toHaveLength(134);
    for (const [legacy, , unicode] of rows) {
      expect(convertToUnicode(legacy as string, 'vni')).toBe(unicode);
      expect(convertToUnicode(`th${legacy}n`, 'vni')).toBe(`th${unicode}n`);
    }
  });
  it('VIQR: all 134 sequences, inside a word and before another word', () => {
    const rows = readEncodingCsv('viqr');
    expect(rows).toHaveLength(134);
    for (const [viqr, unicode] of rows) {
      expect(convertToUnicode(`${viqr} la\``, 'viqr')).toBe(`${unicode} là`);
      if ((viqr as string).length > 1 && !/^dd$/i.test(viqr as string))
        expect(convertToUnicode(`th${viqr}n`, 'viqr')).toBe(`th${unicode}n`);
    }
  });
});

describe('convertToUnicode: government phrases in each encoding', () => {
  const cases: [string, string, string][] = [
    ['ñy ban nh©n d©n tØnh VÜnh Phóc', 'tcvn3', 'ủy ban nhân dân tỉnh Vĩnh Phúc'],
    ['Cæng th«ng tin ®iÖn tö', 'tcvn3', 'Cổng thông tin điện tử'],
    ['QuyÕt ®Þnh ban hµnh Quy chÕ', 'tcvn3', 'Quyết định ban hành Quy chế'],
    ['TÕt Nguyªn §¸n', 'tcvn3', 'Tết Nguyên Đán'],
    ['Giç Tæ Hïng V\u00ad¬ng', 'tcvn3', 'Giỗ Tổ Hùng Vương'],
    ['UÛy ban nhaân daân tænh Vónh Phuùc', 'vni', 'Ủy ban nhân dân tỉnh Vĩnh Phúc'],
    ['Coång thoâng tin ñieän töû', 'vni', 'Cổng thông tin điện tử'],
    ['Quyeát ñònh ban haønh Quy cheá', 'vni', 'Quyết định ban hành Quy chế'],
    ['Teát Nguyeân Ñaùn', 'vni', 'Tết Nguyên Đán'],
    ['Gioã Toå Huøng Vöông', 'vni', 'Giỗ Tổ Hùng Vương'],
    ["U?y ban nha^n da^n ti?nh Vi~nh Phu'c", 'viqr', 'Ủy ban nhân dân tỉnh Vĩnh Phúc'],
    ['Co^?ng tho^ng tin ddie^.n tu+?', 'viqr', 'Cổng thông tin điện tử'],
    ["Quye^'t ddi.nh ban ha`nh Quy che^'", 'viqr', 'Quyết định ban hành Quy chế'],
    ['Gio^~ To^? Hu`ng Vu+o+ng', 'viqr', 'Giỗ Tổ Hùng Vương'],
    ['Cá»•ng thÃ´ng tin Ä‘iá»‡n tá»­', 'utf8-mojibake', 'Cổng thông tin điện tử'],
    ['á»¦y ban nhÃ¢n dÃ¢n tá»‰nh VÄ©nh PhÃºc', 'utf8-mojibake', 'Ủy ban nhân dân tỉnh Vĩnh Phúc'],
    [
      'Co\u0302\u0309ng tho\u0302ng tin \u0111ie\u0302\u0323n tu\u031b\u0309',
      'nfd',
      'Cổng thông tin điện tử',
    ],
    ['C\u00f4\u0309ng th\u00f4ng tin \u0111i\u00ea\u0323n t\u01b0\u0309', 'nfd', 'Cổng thông tin điện tử'],
    ['Quyêìt ðiònh ban haÌnh Quy chêì', 'cp1258', 'Quyết định ban hành Quy chế'],
  ];
  for (const [input, enc, expected] of cases) {
    it(`${enc}: ${expected}`, () => {
      expect(convertToUnicode(input, enc as never)).toBe(expected);
      const auto = convertToUnicodeDetailed(input);
      expect(auto.text).toBe(expected);
      expect(auto.encoding).toBe(enc);
    });
  }
  it('repairs mojibake produced by a real UTF-8 → windows-1252 misreading of every phrase', () => {
    for (const p of PHRASES) {
      expect(convertToUnicode(toMojibake(p))).toBe(p);
      expect(convertToUnicode(toLatin1Mojibake(p))).toBe(p);
    }
  });
  it('decodes windows-1258 produced by the platform decoder', () => {
    // windows-1258 bytes of "Việt Nam" with the tone as a separate byte (ê + 0xF2 dot below)
    const bytes = new Uint8Array([0x56, 0x69, 0xea, 0xf2, 0x74, 0x20, 0x4e, 0x61, 0x6d]);
    expect(new TextDecoder('windows-1258').decode(bytes).normalize('NFC')).toBe('Việt Nam');
    expect(convertToUnicode(new TextDecoder('windows-1252').decode(bytes))).toBe('Việt Nam');
  });
});

describe('convertToUnicode: the pitfalls of facts/text.md', () => {
  it('1. TCVN3 has no toned capitals: mixed-case words come out lowercase, capital words are guessed', () => {
    expect(convertToUnicode('Õ', 'tcvn3')).toBe('ế');
    expect(convertToUnicode('ñy ban', 'tcvn3')).toBe('ủy ban');
    expect(convertToUnicode('QUYÕT §ÞNH', 'tcvn3')).toBe('QUYẾT ĐỊNH');
    expect(convertToUnicode('QUYÕT §ÞNH', { from: 'tcvn3', tcvn3Capitals: 'never' })).toBe('QUYếT ĐịNH');
    expect(convertToUnicode('quyÕt ®Þnh', { from: 'tcvn3', tcvn3Capitals: 'always' })).toBe('QUYẾT ĐỊNH');
  });
  it('2. ABC only: Word smart quotes and dashes survive TCVN3 decoding', () => {
    expect(convertToUnicode('“Bé Tµi chÝnh” –', 'tcvn3')).toBe('“Bộ Tài chính” –');
    expect(convertToUnicode('‘Së T\u00ad ph¸p’ — …', 'tcvn3')).toBe('‘Sở Tư pháp’ — …');
    expect(convertToUnicode('“Bé Tµi chÝnh” – Th«ng b¸o')).toBe('“Bộ Tài chính” – Thông báo');
  });
  it('3. the soft hyphen U+00AD is ư in TCVN3 and is never stripped', () => {
    expect(convertToUnicode('Tr\u00ad\u00eang', 'tcvn3')).toBe('Trường');
    expect(convertToUnicode('Së T\u00ad ph¸p, tr\u00ad\u00eang häc')).toBe('Sở Tư pháp, trường học');
  });
  it('4. VNI is decoded longest match first', () => {
    expect(convertToUnicode('ôù', 'vni')).toBe('ớ');
    expect(convertToUnicode('Tröôøng hôïp', 'vni')).toBe('Trường hợp');
    expect(convertToUnicode('thôøi gian, nöôùc, ñöôïc', 'vni')).toBe('thời gian, nước, được');
    expect(convertToUnicode('Kyû nieäm, myõ thuaät', 'vni')).toBe('Kỷ niệm, mỹ thuật');
  });
  it('5. VIQR: marks only inside words, escapes honoured, sentence periods kept', () => {
    expect(convertToUnicode('Ha` No^.i.', 'viqr')).toBe('Hà Nội.');
    expect(convertToUnicode('Vie^.t Nam. Ha` No^.i', 'viqr')).toBe('Việt Nam. Hà Nội');
    expect(convertToUnicode('Ba\\. Ca\\?', 'viqr')).toBe('Ba. Ca?');
    expect(convertToUnicode("Anh co' khoe? kho^ng?", 'viqr')).toBe('Anh có khoẻ không?');
    expect(convertToUnicode("Bo^. Ta`i chi'nh", 'viqr')).toBe('Bộ Tài chính');
    expect(convertToUnicode("'Ha` No^.i'", 'viqr')).toBe("'Hà Nội'");
    expect(convertToUnicode("ddi dde^'n DDa` La.t", 'viqr')).toBe('đi đến Đà Lạt');
    expect(convertToUnicode('1 + 2 = 3 (x) ^ y', 'viqr')).toBe('1 + 2 = 3 (x) ^ y');
  });
  it('6. French, German, Spanish and English text comes back untouched', () => {
    const foreign = [
      'Le café est à côté de l’école. Où êtes-vous ?',
      'Schöne Grüße aus München, Größe und Übung für Bären',
      'España: el señor tiene un año más; ¿qué pasó?',
      'The Provincial People’s Committee – annual report (2025). I’m fine; you’re welcome.',
      'Naïve façade, coöperate, résumé, smörgåsbord',
      '« Oui », dit-il. — Très bien !',
    ];
    for (const t of foreign) {
      const r = convertToUnicodeDetailed(t);
      expect(r.text).toBe(t);
      expect(r.changed).toBe(false);
      expect(['nfc', 'ascii']).toContain(r.encoding);
    }
  });
  it('7. mojibake repair leaves what is not valid UTF-8 alone', () => {
    expect(convertToUnicode('Ã© Ã x', 'utf8-mojibake')).toBe('é Ã x');
    expect(convertToUnicode('áº  tá»‰nh', 'utf8-mojibake')).toBe('Ạ tỉnh');
  });
});

describe('convertToUnicode: mixed texts and warnings', () => {
  it('converts each line with its own encoding and warns', () => {
    const text = [
      'Cổng thông tin điện tử tỉnh Vĩnh Phúc',
      'QuyÕt ®Þnh ban hµnh Quy chÕ',
      'Teát Nguyeân Ñaùn',
    ].join('\n');
    const r = convertToUnicodeDetailed(text);
    expect(r.text).toBe('Cổng thông tin điện tử tỉnh Vĩnh Phúc\nQuyết định ban hành Quy chế\nTết Nguyên Đán');
    expect(r.encoding).toBe('mixed');
    expect(r.segments.map((s) => s.encoding)).toEqual(['nfc', 'tcvn3', 'vni']);
    expect(r.issues.map((i) => i.code)).toContain('text.mixed-encodings');
    expect(r.issues[0]?.message.vi).toMatch(/bảng mã/);
  });
  it('repairs mojibake inside a line that is otherwise correct Unicode', () => {
    expect(convertToUnicode('Cổng thông tin Ä‘iá»‡n tá»­ tỉnh')).toBe('Cổng thông tin điện tử tỉnh');
    expect(convertToUnicode('Cổng thông tin điện tử: Ã© is not Vietnamese')).toBe(
      'Cổng thông tin điện tử: Ã© is not Vietnamese',
    );
  });
  it('keeps a short ambiguous line in the document encoding', () => {
    const text = 'QuyÕt ®Þnh sè 32/2023/Q§-UBND\nSè 12\nVÒ viÖc ban hµnh Quy chÕ';
    expect(convertToUnicode(text)).toBe('Quyết định số 32/2023/QĐ-UBND\nSố 12\nVề việc ban hành Quy chế');
  });
  it('warns when words still do not read as Vietnamese after a forced conversion', () => {
    const r = convertToUnicodeDetailed('Schöne Grüße', { from: 'tcvn3' });
    expect(r.issues.map((i) => i.code)).toEqual(['text.unreadable-words']);
    expect(r.issues[0]?.severity).toBe('warning');
  });
});

describe('convertToUnicode: properties', () => {
  it('decodes TCVN3 encodings of generated Vietnamese text, explicitly and by detection', () => {
    fc.assert(
      fc.property(vietnameseSentence({ lowercase: true }), (s) => {
        expect(convertToUnicode(encodeTcvn3(s), 'tcvn3')).toBe(s);
        expect(convertToUnicode(encodeTcvn3(s))).toBe(s);
      }),
      { numRuns: 300 },
    );
  });
  it('decodes VNI encodings of generated Vietnamese text, explicitly and by detection', () => {
    fc.assert(
      fc.property(vietnameseSentence(), (s) => {
        expect(convertToUnicode(encodeVni(s), 'vni')).toBe(s);
        expect(convertToUnicode(encodeVni(s))).toBe(s);
      }),
      { numRuns: 300 },
    );
  });
  it('decodes VIQR encodings of generated Vietnamese text, explicitly and by detection', () => {
    fc.assert(
      // A nặng on the last vowel of a line is read as a sentence period unless escaped, so end with one.
      fc.property(vietnameseSentence(), (raw) => {
        const s = raw.endsWith('.') ? raw : `${raw}.`;
        expect(convertToUnicode(encodeViqr(s), 'viqr')).toBe(s);
        expect(convertToUnicode(encodeViqr(s))).toBe(s);
      }),
      { numRuns: 300 },
    );
  });
  it('repairs mojibake and composes NFD of generated Vietnamese text', () => {
    fc.assert(
      fc.property(vietnameseSentence(), (s) => {
        expect(convertToUnicode(toMojibake(s))).toBe(s);
        expect(convertToUnicode(s.normalize('NFD'))).toBe(s);
        expect(convertToUnicode(s)).toBe(s);
      }),
      { numRuns: 300 },
    );
  });
  it('never throws and always returns NFC on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 200 }), (s) => {
        const out = convertToUnicode(s);
        expect(out).toBe(out.normalize('NFC'));
      }),
      { numRuns: 400 },
    );
  });
});

describe('convertToUnicode: legacy words pasted into Unicode lines', () => {
  it('converts them when detecting, and says so in a warning; an explicit source encoding does not', () => {
    const r = convertToUnicodeDetailed('Cổng thông tin\nQuyết định phª duyÖt Cæng th«ng tin ®iÖn tö\n');
    expect(r.text).toBe('Cổng thông tin\nQuyết định phê duyệt Cổng thông tin điện tử\n');
    expect(r.changed).toBe(true);
    expect(r.issues.map((i) => [i.code, i.severity, i.details?.count, i.details?.line])).toEqual([
      ['text.legacy-fragment', 'warning', 6, 2],
    ]);
    expect(convertToUnicode('Caùc coâng vieäc cuûa UBND. Việt Nam')).toBe('Các công việc của UBND. Việt Nam');
    expect(convertToUnicode('Quyết định phª duyÖt', 'nfc')).toBe('Quyết định phª duyÖt');
  });

  it('gives what checkUnicode calls the fixed line, and a text checkUnicode then accepts (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.array(fc.constantFrom(...SEED_WORDS), { minLength: 3, maxLength: 10 }),
        fc.array(fc.boolean(), { minLength: 10, maxLength: 10 }),
        (words, pasted) => {
          const lower = words.map((w) => w.toLowerCase());
          // "Cổng" keeps a letter beyond Latin-1 in the line, so that it is Unicode as a whole.
          const line = `Cổng ${lower.map((w, i) => (pasted[i] ? encodeTcvn3(w) : w)).join(' ')}`;
          const converted = convertToUnicode(line);
          const issue = checkUnicode(line).issues.find((i) => i.code === 'text.legacy-fragment');
          expect(converted).toBe(issue?.details?.fixed ?? line.normalize('NFC'));
          expect(checkUnicode(converted).issues.some((i) => i.code === 'text.legacy-fragment')).toBe(false);
        },
      ),
      { numRuns: 500 },
    );
  });
});
