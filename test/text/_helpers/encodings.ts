import { readFileSync } from 'node:fs';
import fc from 'fast-check';

/** Rows of a CSV of test/fixtures/data/encodings (no quoted fields in these tables). */
export function readEncodingCsv(name: 'tcvn3' | 'vni' | 'viqr'): string[][] {
  return readFileSync(`test/fixtures/data/encodings/${name}.csv`, 'utf8')
    .trim()
    .split('\n')
    .slice(1)
    .map((l) => l.split(','));
}

const tcvn3Rows = readEncodingCsv('tcvn3');
const vniRows = readEncodingCsv('vni');
const viqrRows = readEncodingCsv('viqr');

const TCVN3_ENC = new Map(tcvn3Rows.map((r) => [r[2] as string, r[0] as string]));
const VNI_ENC = new Map(vniRows.map((r) => [r[2] as string, r[0] as string]));
const VIQR_ENC = new Map(viqrRows.map((r) => [r[1] as string, r[0] as string]));

/** Encodes NFC text to TCVN3 (as read through windows-1252). Toned capitals do not exist in TCVN3. */
export function encodeTcvn3(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) out += TCVN3_ENC.get(ch) ?? ch;
  return out;
}

/** Encodes NFC text to VNI-Windows (as read through windows-1252). */
export function encodeVni(text: string): string {
  let out = '';
  for (const ch of text.normalize('NFC')) out += VNI_ENC.get(ch) ?? ch;
  return out;
}

const VIQR_MARKS = "'`?~.^(+\\";
/** Encodes NFC text to VIQR (RFC 1456), escaping literal marks that follow a vowel with `\`. */
export function encodeViqr(text: string): string {
  let out = '';
  let prevVowel = false;
  for (const ch of text.normalize('NFC')) {
    const seq = VIQR_ENC.get(ch);
    if (seq !== undefined) {
      out += seq;
      prevVowel = ch !== 'đ' && ch !== 'Đ';
      continue;
    }
    if (VIQR_MARKS.includes(ch) && prevVowel) out += '\\';
    out += ch;
    prevVowel = 'aeiouyAEIOUY'.includes(ch);
  }
  return out;
}

/** windows-1252 characters of bytes 0x80–0x9F (undefined bytes kept as C1 controls, as browsers do). */
const CP1252_80 =
  '\u20ac\u0081\u201a\u0192\u201e\u2026\u2020\u2021\u02c6\u2030\u0160\u2039\u0152\u008d\u017d\u008f' +
  '\u0090\u2018\u2019\u201c\u201d\u2022\u2013\u2014\u02dc\u2122\u0161\u203a\u0153\u009d\u017e\u0178';

/**
 * Encodes text to UTF-8 and reads the bytes as windows-1252 (mojibake), like a browser or Word would.
 * (Node's TextDecoder treats the label 'windows-1252' as ISO-8859-1, so the table is spelled out.)
 */
export function toMojibake(text: string): string {
  let out = '';
  for (const b of new TextEncoder().encode(text))
    out += b >= 0x80 && b <= 0x9f ? CP1252_80[b - 0x80] : String.fromCharCode(b);
  return out;
}

/** Encodes text to UTF-8 and reads the bytes as ISO-8859-1 (mojibake with C1 control characters). */
export function toLatin1Mojibake(text: string): string {
  let out = '';
  for (const b of new TextEncoder().encode(text)) out += String.fromCharCode(b);
  return out;
}

/** Real Vietnamese words (syllables) from the five regulations' texts. */
export const SEED_WORDS: readonly string[] = (() => {
  const words = new Set<string>();
  for (const f of [
    'hau-giang-1347-QD-UBND-2020',
    'nhu-xuan-2112-QD-UBND-2022',
    'quang-nam-3069-QD-UBND-2021',
    'thai-nguyen-40-2012-QD-UBND',
    'vinh-phuc-32-2023-QD-UBND',
  ]) {
    const text = readFileSync(`test/fixtures/seeds/${f}.txt`, 'utf8').normalize('NFC');
    for (const w of text.match(/\p{L}+/gu) ?? []) {
      if (/[^\x00-\x7f]/.test(w) && !/[A-ZĐ]{2}/u.test(w) && w.length > 1 && !w.includes('Ð')) words.add(w);
    }
  }
  return [...words].sort();
})();

/** A sentence of 4–12 real Vietnamese words, optionally with a comma, ending with a period or not. */
export const vietnameseSentence = (options: { lowercase?: boolean } = {}): fc.Arbitrary<string> =>
  fc
    .tuple(
      fc.array(fc.constantFrom(...SEED_WORDS), { minLength: 4, maxLength: 12 }),
      fc.boolean(),
      fc.nat(20),
    )
    .map(([words, period, comma]) => {
      const ws = options.lowercase ? words.map((w) => w.toLowerCase()) : [...words];
      if (comma < ws.length - 1) ws[comma] = `${ws[comma]},`;
      return ws.join(' ') + (period ? '.' : '');
    });

/** Government phrases used across the tests, in Unicode NFC. */
export const PHRASES: readonly string[] = [
  'Ủy ban nhân dân tỉnh Vĩnh Phúc',
  'Cổng thông tin điện tử',
  'Quyết định ban hành Quy chế hoạt động của Cổng thông tin điện tử tỉnh',
  'Sở Thông tin và Truyền thông',
  'Tết Nguyên Đán',
  'Giỗ Tổ Hùng Vương',
  'Thủ tục hành chính thuộc thẩm quyền giải quyết của huyện Như Xuân',
  'Hội đồng nhân dân tỉnh Hậu Giang',
  'Ban Biên tập Cổng thông tin điện tử tỉnh Quảng Nam',
  'Thông tin về dự án đầu tư, đấu thầu, mua sắm công',
  'Lấy ý kiến góp ý dự thảo văn bản quy phạm pháp luật',
  'Chế độ nhuận bút, thù lao đối với tác giả',
];
