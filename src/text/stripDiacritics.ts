import { requireText } from './_lib/requireText.js';

const COMBINING_MARKS = /[\u0300-\u036f]/g;
const D_STROKE = /[đĐ]/g;

/**
 * Removes Vietnamese (and other Latin) diacritics: the tone marks and the vowel modifiers of all 134 toned
 * letters (`ấ` → `a`, `Ợ` → `O`), and `đ`/`Đ` → `d`/`D`, which do not decompose under NFD and need an
 * explicit mapping. Case, spacing and punctuation are kept; the result is NFC.
 * Idempotent: `stripDiacritics(stripDiacritics(s)) === stripDiacritics(s)`.
 *
 * @param text - any string (NFC, NFD or mixed)
 * @returns the text without combining diacritics
 *
 * @example
 * ```ts
 * import { stripDiacritics } from 'vn-portal-kit/text';
 * stripDiacritics('Đạo Trù') //=> 'Dao Tru'
 * stripDiacritics('Ủy ban nhân dân tỉnh Vĩnh Phúc') //=> 'Uy ban nhan dan tinh Vinh Phuc'
 * stripDiacritics('Thủ tục hành chính: 12 ngày') //=> 'Thu tuc hanh chinh: 12 ngay'
 * ```
 */
export function stripDiacritics(text: string): string {
  requireText(text, 'stripDiacritics');
  return text
    .normalize('NFD')
    .replace(COMBINING_MARKS, '')
    .replace(D_STROKE, (c) => (c === 'đ' ? 'd' : 'D'))
    .normalize('NFC');
}
