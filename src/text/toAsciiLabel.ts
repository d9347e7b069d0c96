import { requireText } from './_lib/requireText.js';
import { stripDiacritics } from './stripDiacritics.js';

/**
 * Options of {@link toAsciiLabel}.
 *
 * @example
 * ```ts
 * import { type ToAsciiLabelOptions, toAsciiLabel } from 'vn-portal-kit/text';
 * const options: ToAsciiLabelOptions = { separator: '-' };
 * toAsciiLabel('Sở Tư pháp', options) //=> 'so-tu-phap'
 * ```
 */
export interface ToAsciiLabelOptions {
  /**
   * What joins the words (runs of `a–z0–9`). Default `''`: the words are run together, as Vietnamese portal
   * host names are (`vinhphuc`, `sotuphap`). Pass `'-'` for a slug.
   */
  readonly separator?: string;
}

/**
 * Folds a Vietnamese name to a lowercase ASCII label of `a–z` and `0–9` only: diacritics removed (`đ` → `d`),
 * compatibility forms folded (full-width digits, ligatures), everything else dropped, words joined. This is
 * the basis of portal host names; length and reserved-label rules belong to the domains module.
 *
 * @param text - a name, e.g. of an administrative unit or agency
 * @param options - {@link ToAsciiLabelOptions}
 * @returns the label; `''` when the text has no letter or digit
 *
 * @example
 * ```ts
 * import { toAsciiLabel } from 'vn-portal-kit/text';
 * toAsciiLabel('Vĩnh Phúc') //=> 'vinhphuc'
 * toAsciiLabel('Sở Tư pháp') //=> 'sotuphap'
 * toAsciiLabel('Phường Đống Đa', { separator: '-' }) //=> 'phuong-dong-da'
 * toAsciiLabel('Quận 1') //=> 'quan1'
 * toAsciiLabel('—') //=> ''
 * ```
 */
export function toAsciiLabel(text: string, options: ToAsciiLabelOptions = {}): string {
  requireText(text, 'toAsciiLabel');
  const separator = options.separator ?? '';
  const folded = stripDiacritics(text.normalize('NFKC')).toLowerCase();
  let out = '';
  let pendingSeparator = false;
  for (let i = 0; i < folded.length; i++) {
    const c = folded.charCodeAt(i);
    const isAlnum = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39);
    if (isAlnum) {
      if (pendingSeparator && out !== '') out += separator;
      pendingSeparator = false;
      out += folded[i];
    } else {
      pendingSeparator = true;
    }
  }
  return out;
}
