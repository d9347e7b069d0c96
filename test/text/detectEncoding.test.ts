import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { convertToUnicode, detectEncoding } from '../../src/text/index.js';
import {
  encodeTcvn3,
  encodeViqr,
  encodeVni,
  PHRASES,
  toMojibake,
  vietnameseSentence,
} from './_helpers/encodings.js';

describe('detectEncoding', () => {
  it('recognises each government phrase in each encoding', () => {
    for (const p of PHRASES) {
      expect(detectEncoding(p), p).toBe('nfc');
      expect(detectEncoding(encodeTcvn3(p.toLowerCase())), p).toBe('tcvn3');
      expect(detectEncoding(encodeVni(p)), p).toBe('vni');
      expect(detectEncoding(encodeViqr(p)), p).toBe('viqr');
      expect(detectEncoding(toMojibake(p)), p).toBe('utf8-mojibake');
      expect(detectEncoding(p.normalize('NFD')), p).toBe('nfd');
    }
  });
  it('does not take VNI for TCVN3 although TCVN3 signatures are more frequent in it (pitfall 6)', () => {
    expect(detectEncoding('Tröôøng hôïp ñöôïc quy ñònh taïi Ñieàu 12')).toBe('vni');
    expect(detectEncoding('Tr\u00ad\u00eang hîp ®\u00ad\u00eec quy ®Þnh t¹i §iÒu 12')).toBe('tcvn3');
  });
  it('leaves French, German, Spanish, Portuguese and English as nfc / ascii', () => {
    expect(detectEncoding('Le café est à côté de l’école. Où êtes-vous ?')).toBe('nfc');
    expect(detectEncoding('Schöne Grüße aus München, Größe und Übung')).toBe('nfc');
    expect(detectEncoding('España: el señor tiene un año más')).toBe('nfc');
    expect(detectEncoding('A ação não é fácil, irmão')).toBe('nfc');
    expect(detectEncoding("The People's Committee, e.g. at 5 p.m. I'm here (a+b)^2?")).toBe('ascii');
    expect(detectEncoding('')).toBe('ascii');
  });
  it('reports mixed encodings', () => {
    expect(detectEncoding('Cổng thông tin điện tử\nCæng th«ng tin ®iÖn tö')).toBe('mixed');
    expect(detectEncoding('Teát Nguyeân Ñaùn\nTÕt Nguyªn §¸n')).toBe('mixed');
    expect(detectEncoding('Cổng thông tin điện tử\nPortal')).toBe('nfc');
  });
  it('answers the windows-1258 extra', () => {
    expect(detectEncoding('Viêòt Nam, Quyêìt ðiònh')).toBe('cp1258');
  });
  it('detects generated Vietnamese text in every encoding', () => {
    fc.assert(
      fc.property(vietnameseSentence(), (s) => {
        expect(detectEncoding(s)).toBe('nfc');
        expect(detectEncoding(encodeVni(s))).toBe('vni');
        expect(detectEncoding(encodeViqr(s))).toBe('viqr');
        expect(detectEncoding(toMojibake(s))).toBe('utf8-mojibake');
        expect(detectEncoding(s.normalize('NFD'))).toBe('nfd');
        expect(detectEncoding(encodeTcvn3(s.toLowerCase()))).toBe('tcvn3');
      }),
      { numRuns: 300 },
    );
  });
  it('detects and converts generated texts whose lines come in two different encodings', () => {
    const forms: Record<string, (s: string) => string> = {
      nfc: (s) => s,
      vni: encodeVni,
      viqr: encodeViqr,
      tcvn3: encodeTcvn3,
      'utf8-mojibake': toMojibake,
    };
    const names = Object.keys(forms);
    fc.assert(
      fc.property(
        vietnameseSentence({ lowercase: true }),
        vietnameseSentence({ lowercase: true }),
        fc.constantFrom(...names),
        fc.constantFrom(...names),
        (a, b, fa, fb) => {
          fc.pre(fa !== fb);
          const s1 = `${a}.`;
          const s2 = `${b}.`;
          const text = `${forms[fa]?.(s1)}\n${forms[fb]?.(s2)}`;
          expect(detectEncoding(text)).toBe('mixed');
          expect(convertToUnicode(text)).toBe(`${s1}\n${s2}`);
        },
      ),
      { numRuns: 300 },
    );
  });
  it('keeps generated Western European text as nfc', () => {
    const words = [
      'café',
      'école',
      'où',
      'été',
      'très',
      'naïve',
      'Größe',
      'schön',
      'für',
      'Übung',
      'Bär',
      'señor',
      'año',
      'mañana',
      'ação',
      'não',
      'irmã',
      'the',
      'and',
      'council',
      'province',
      'déjà',
      'garçon',
      'heißt',
      'straße',
    ];
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...words), { minLength: 3, maxLength: 12 }), (ws) => {
        // all-ASCII picks are ascii, the others nfc; never a legacy encoding
        expect(['nfc', 'ascii']).toContain(detectEncoding(ws.join(' ')));
      }),
      { numRuns: 300 },
    );
  });
  it('never throws on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        expect(typeof detectEncoding(s)).toBe('string');
      }),
      { numRuns: 400 },
    );
  });
});

describe('regressions found by the properties', () => {
  it('a TCVN3 line whose VNI reading leaves toneless stop syllables is TCVN3 ("tử, xuất kí dự")', () => {
    // VNI reads "tö" as "tư" but leaves "xuÊt", which is no syllable: a stop coda (-c, -ch, -p, -t) takes
    // only sắc or nặng, never the level tone.
    expect(detectEncoding('tö, xuÊt kÝ dù')).toBe('tcvn3');
    expect(convertToUnicode('tö, xuÊt kÝ dù')).toBe('tử, xuất kí dự');
  });
});

describe('Latin-1-only Vietnamese lines', () => {
  it('count as Unicode evidence, so a second line in VIQR makes the text mixed', () => {
    expect(detectEncoding('biên, biên biên biên.\nbie^n, bie^n bie^n bie^n.')).toBe('mixed');
    expect(detectEncoding('tôi yêu quê hương tôi.\nTo^i yE^u')).toBe('mixed');
    expect(detectEncoding('A ação não é fácil, irmão\nbie^n, bie^n bie^n bie^n.')).toBe('viqr');
  });
});
