import { requireText } from './_lib/requireText.js';

/**
 * Normalises a text to Unicode NFC ("dựng sẵn", precomposed), the form TCVN 6909:2001 content is exchanged
 * in (`VP-32-2023/3.1`, `HG-1347-2020/4.2`). Decomposed input (NFD, or UniKey's "tổ hợp" that keeps â ê ô
 * ơ ư ă precomposed and adds a combining tone) comes out precomposed. Never throws: lone surrogates and
 * control characters pass through unchanged.
 *
 * This does not repair legacy encodings (TCVN3, VNI, VIQR, mojibake): use {@link convertToUnicode} for that.
 *
 * @param text - any string
 * @returns the NFC form of `text`
 *
 * @example
 * ```ts
 * import { toNFC } from 'vn-portal-kit/text';
 * toNFC('Vie\u0302\u0323t Nam') //=> 'Việt Nam'
 * toNFC('Vi\u00ea\u0323t Nam') //=> 'Việt Nam'
 * toNFC('Việt Nam').length //=> 8
 * ```
 */
export function toNFC(text: string): string {
  requireText(text, 'toNFC');
  return text.normalize('NFC');
}
