import { analyzeText } from './_lib/analyze.js';
import { requireText } from './_lib/requireText.js';
import type { TextEncoding } from './TextEncoding.js';

/**
 * Detects how a Vietnamese text is encoded, by decoding it with every candidate encoding (TCVN3, VNI, VIQR,
 * UTF-8 mojibake, windows-1258) and scoring each reading by its share of valid Vietnamese syllables (one tone
 * per syllable; onset, vowel nucleus and coda; c/k, g/gh, ng/ngh spelling; only sắc or nặng before -c, -ch,
 * -p, -t). The text as it is wins unless a candidate is clearly better, so French, German and English text
 * stays `'nfc'` or `'ascii'` (VNI text scores higher as TCVN3 on signature counts). Lines are also judged one by one: when they disagree
 * the answer is `'mixed'`.
 *
 * Never throws; linear in the length of the text.
 *
 * @param text - any string
 * @returns the encoding, see {@link TextEncoding}
 *
 * @example
 * ```ts
 * import { detectEncoding } from 'vn-portal-kit/text';
 * detectEncoding('Cổng thông tin điện tử') //=> 'nfc'
 * detectEncoding('Cæng th«ng tin ®iÖn tö') //=> 'tcvn3'
 * detectEncoding('Coång thoâng tin ñieän töû') //=> 'vni'
 * detectEncoding('Co^?ng tho^ng tin ddie^.n tu+?') //=> 'viqr'
 * detectEncoding('Cá»•ng thÃ´ng tin Ä‘iá»‡n tá»­') //=> 'utf8-mojibake'
 * detectEncoding('Co\u0302\u0309ng tho\u0302ng tin') //=> 'nfd'
 * detectEncoding('Où est la gare ? Größe') //=> 'nfc'
 * detectEncoding('Portal of the province') //=> 'ascii'
 * ```
 */
export function detectEncoding(text: string): TextEncoding {
  requireText(text, 'detectEncoding');
  return analyzeText(text).encoding;
}
