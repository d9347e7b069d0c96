import { TCVN3_TABLE } from '../data/tcvn3Table.js';

const LOWER = new Map<string, string>();
for (const [legacy, unicode] of TCVN3_TABLE) LOWER.set(legacy, unicode);
/** TCVN3's own capital base letters Ă Â Ê Ô Ơ Ư Đ (0xA1–0xA7). */
const isTcvn3Capital = (c: string): boolean => c >= '\u00a1' && c <= '\u00a7';

/**
 * How TCVN3 toned letters, which only exist in lowercase code points, are cased:
 * `'auto'` uppercases a word whose ASCII letters are all capitals (at least two: `TØNH` → `TỈNH`, as the
 * .VnTimeH capital font showed it), `'never'` keeps the table's lowercase, `'always'` uppercases every
 * decoded letter (text typed entirely in a .VnTimeH font).
 */
export type Tcvn3Capitals = 'auto' | 'never' | 'always';

/**
 * Decodes TCVN3 (ABC) text read as windows-1252, mapping only the 74 ABC code points (smart quotes and dashes
 * survive; the soft hyphen U+00AD is ư).
 */
export function decodeTcvn3(text: string, capitals: Tcvn3Capitals = 'auto'): string {
  let out = '';
  let word = '';
  let upper = 0;
  let lower = 0;
  let mapped = false;
  const flush = (): void => {
    if (word === '') return;
    out +=
      capitals === 'always' || (mapped && capitals === 'auto' && upper >= 2 && lower === 0)
        ? word.toUpperCase()
        : word;
    word = '';
    upper = 0;
    lower = 0;
    mapped = false;
  };
  for (let i = 0; i < text.length; i++) {
    const c = text[i] as string;
    const u = LOWER.get(c);
    if (u !== undefined) {
      word += u;
      if (isTcvn3Capital(c)) upper++;
      else mapped = true;
      continue;
    }
    const code = c.charCodeAt(0);
    if (code >= 0x41 && code <= 0x5a) {
      upper++;
      word += c;
    } else if (code >= 0x61 && code <= 0x7a) {
      lower++;
      word += c;
    } else {
      flush();
      out += c;
    }
  }
  flush();
  return out;
}
