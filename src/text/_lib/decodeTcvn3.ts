import { TCVN3_TABLE } from '../data/tcvn3Table.js';
import type { Tcvn3Capitals } from '../TextEncoding.js';

/** Unicode letter of each TCVN3 byte (indexed by the windows-1252 code point 0–255), or undefined. */
const BY_CODE: (string | undefined)[] = new Array(256).fill(undefined);
for (const [legacy, unicode] of TCVN3_TABLE) BY_CODE[legacy.charCodeAt(0)] = unicode;

export type { Tcvn3Capitals };

const isUpper = (c: number): boolean => c >= 0x41 && c <= 0x5a;
const isLower = (c: number): boolean => c >= 0x61 && c <= 0x7a;
/** TCVN3's own capital base letters Ă Â Ê Ô Ơ Ư Đ (0xA1–0xA7). */
const isTcvn3Capital = (c: number): boolean => c >= 0xa1 && c <= 0xa7;
const inWord = (x: number): boolean => isUpper(x) || isLower(x) || (x < 256 && BY_CODE[x] !== undefined);

/**
 * Decodes TCVN3 (ABC) text read as windows-1252, mapping only the 74 ABC code points (smart quotes and dashes
 * survive; the soft hyphen U+00AD is ư). Works word by word (a word: ASCII letters and ABC code points).
 */
export function decodeTcvn3(text: string, capitals: Tcvn3Capitals = 'auto'): string {
  let out = '';
  let copied = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    let c = text.charCodeAt(i);
    if (!inWord(c)) {
      i++;
      continue;
    }
    const start = i;
    let upper = 0;
    let lower = 0;
    let mapped = false;
    let toned = false;
    while (i < n) {
      c = text.charCodeAt(i);
      if (isUpper(c)) upper++;
      else if (isLower(c)) lower++;
      else if (c < 256 && BY_CODE[c] !== undefined) {
        mapped = true;
        if (isTcvn3Capital(c)) upper++;
        else toned = true;
      } else break;
      i++;
    }
    if (!mapped && capitals !== 'always') continue;
    let word = '';
    for (let k = start; k < i; k++) {
      const code = text.charCodeAt(k);
      word += (code < 256 ? BY_CODE[code] : undefined) ?? text[k];
    }
    if (capitals === 'always' || (toned && capitals === 'auto' && upper >= 2 && lower === 0))
      word = word.toUpperCase();
    out += text.slice(copied, start) + word;
    copied = i;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
