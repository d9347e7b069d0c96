/**
 * What {@link detectEncoding} can answer, and what {@link convertToUnicode} accepts as `from`:
 *
 * - `'nfc'`: Unicode, precomposed (dựng sẵn): what TCVN 6909:2001 asks for; also any non-Vietnamese Unicode
 *   text (French, German, Chinese, ...), which is left untouched;
 * - `'nfd'`: Unicode, but with decomposed sequences (tổ hợp): canonical NFD or UniKey's "tổ hợp";
 * - `'tcvn3'`: TCVN3 / ABC (.VnTime fonts) read as windows-1252;
 * - `'vni'`: VNI-Windows (VNI-Times fonts) read as windows-1252;
 * - `'viqr'`: VIQR (RFC 1456), Vietnamese in ASCII with `^ ( + ' \` ? ~ .` marks;
 * - `'utf8-mojibake'`: UTF-8 bytes read as windows-1252 (`Viá»‡t`);
 * - `'cp1258'`: windows-1258 (tones as separate combining bytes) read as windows-1252: an extra, because
 *   Microsoft Office's "Vietnamese (Windows)" code page still produces it;
 * - `'ascii'`: plain ASCII without Vietnamese marks;
 * - `'mixed'`: an extra: lines in different encodings (a portal page pasted together from several sources),
 *   which TCVN 6909 checks must flag; conversion then works line by line.
 *
 * @example
 * ```ts
 * import { detectEncoding, type TextEncoding } from 'vn-portal-kit/text';
 * const e: TextEncoding = detectEncoding('Giç Tæ Hïng V\u00ad¬ng');
 * e //=> 'tcvn3'
 * ```
 */
export type TextEncoding =
  | 'nfc'
  | 'nfd'
  | 'tcvn3'
  | 'vni'
  | 'viqr'
  | 'utf8-mojibake'
  | 'cp1258'
  | 'ascii'
  | 'mixed';

/**
 * How TCVN3 toned letters, which TCVN3 only has as lowercase code points (its capitals came from the .VnTimeH
 * font), are cased when decoded: `'auto'` uppercases a word whose ASCII letters are all capitals (at least
 * two: `TØNH` → `TỈNH`), `'never'` keeps the table's lowercase, `'always'` uppercases every decoded letter
 * (text typed entirely in a .VnTimeH font).
 *
 * @example
 * ```ts
 * import { convertToUnicode, type Tcvn3Capitals } from 'vn-portal-kit/text';
 * const never: Tcvn3Capitals = 'never';
 * convertToUnicode('QUYÕT §ÞNH', { from: 'tcvn3', tcvn3Capitals: never }) //=> 'QUYếT ĐịNH'
 * convertToUnicode('QUYÕT §ÞNH', 'tcvn3') //=> 'QUYẾT ĐỊNH'
 * ```
 */
export type Tcvn3Capitals = 'auto' | 'never' | 'always';

/**
 * A legacy (non-Unicode) encoding that {@link convertToUnicode} decodes.
 *
 * @example
 * ```ts
 * import { type LegacyEncoding, convertToUnicode } from 'vn-portal-kit/text';
 * const from: LegacyEncoding = 'viqr';
 * convertToUnicode('Vie^.t Nam', from) //=> 'Việt Nam'
 * ```
 */
export type LegacyEncoding = 'tcvn3' | 'vni' | 'viqr' | 'utf8-mojibake' | 'cp1258';

/**
 * Names of each {@link TextEncoding} in Vietnamese and English, for reports.
 *
 * @example
 * ```ts
 * import { TEXT_ENCODING_NAMES } from 'vn-portal-kit/text';
 * TEXT_ENCODING_NAMES.tcvn3.en //=> 'TCVN3 (ABC, .VnTime fonts)'
 * ```
 */
export const TEXT_ENCODING_NAMES: Readonly<
  Record<TextEncoding, { readonly vi: string; readonly en: string }>
> = {
  nfc: { vi: 'Unicode dựng sẵn (NFC)', en: 'Unicode, precomposed (NFC)' },
  nfd: { vi: 'Unicode tổ hợp (NFD)', en: 'Unicode, decomposed (NFD)' },
  tcvn3: { vi: 'TCVN3 (ABC, phông .VnTime)', en: 'TCVN3 (ABC, .VnTime fonts)' },
  vni: { vi: 'VNI Windows (phông VNI-Times)', en: 'VNI Windows (VNI-Times fonts)' },
  viqr: { vi: 'VIQR (tiếng Việt dạng ASCII)', en: 'VIQR (Vietnamese in ASCII)' },
  'utf8-mojibake': { vi: 'UTF-8 bị đọc sai thành Windows-1252', en: 'UTF-8 misread as Windows-1252' },
  cp1258: { vi: 'Windows-1258 bị đọc thành Windows-1252', en: 'Windows-1258 misread as Windows-1252' },
  ascii: { vi: 'ASCII (không dấu)', en: 'ASCII (no diacritics)' },
  mixed: { vi: 'nhiều bảng mã lẫn lộn', en: 'mixed encodings' },
};
