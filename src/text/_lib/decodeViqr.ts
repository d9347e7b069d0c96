import { VIQR_TABLE } from '../data/viqrTable.js';

const SEQ = new Map<string, string>();
for (const [viqr, unicode] of VIQR_TABLE) SEQ.set(viqr, unicode);

const TONES = "'`?~.";
const MODIFIERS: Readonly<Record<string, string>> = { a: '^(', e: '^', o: '^+', u: '+' };
const ESCAPABLE = "'`?~.^(+\\dD";

const isLetterCode = (c: number): boolean => (c >= 0x41 && c <= 0x5a) || (c >= 0x61 && c <= 0x7a);
const isVowel = (c: string): boolean => 'aeiouyAEIOUY'.includes(c);

/**
 * Whether a `.` after the last vowel of a word ends a sentence instead of marking the nặng tone. RFC 1456
 * asks writers to escape a literal period after a vowel (`\.`); most do not, so at the end of a line or of
 * the text a `.` after a vowel that follows another vowel or a modifier (`nhau.`, `dda^y.`) ends the
 * sentence, because a tone is written after the main vowel, not after a final glide.
 */
function endsSentence(text: string, vowelAt: number, after: number): boolean {
  let k = after;
  while (text[k] === ' ' || text[k] === '\t') k++;
  const next = text[k];
  if (next !== undefined && next !== '\n' && next !== '\r') return false;
  const before = text[vowelAt - 1];
  return before !== undefined && (isVowel(before) || '^(+'.includes(before));
}

/**
 * Decodes VIQR (RFC 1456). Modifiers and tones count only right after a vowel inside a word; a tone after a
 * word that already has one, or a `.` that ends a sentence, stays punctuation; `\` escapes the next mark;
 * `dd`/`Dd` at the start of a word is đ/Đ, and `DD` anywhere (abbreviations such as `NDD-CP` = `NĐ-CP`).
 */
export function decodeViqr(text: string): string {
  let out = '';
  let copied = 0;
  const n = text.length;
  let inWord = false;
  let toned = false;
  let i = 0;
  while (i < n) {
    const code = text.charCodeAt(i);
    const c = text[i] as string;
    if (code === 0x5c && i + 1 < n && ESCAPABLE.includes(text[i + 1] as string)) {
      out += text.slice(copied, i) + text[i + 1];
      i += 2;
      copied = i;
      inWord = isLetterCode(text.charCodeAt(i - 1));
      continue;
    }
    // dd/Dd/DD at the start of a word; DD also inside an all-capital abbreviation (NDD-CP, HDDND).
    if ((c === 'D' && text[i + 1] === 'D') || (!inWord && (c === 'd' || c === 'D') && text[i + 1] === 'd')) {
      out += text.slice(copied, i) + (c === 'D' ? '\u0110' : '\u0111');
      i += 2;
      copied = i;
      inWord = true;
      toned = false;
      continue;
    }
    if (isLetterCode(code) && isVowel(c)) {
      if (!inWord) toned = false;
      let key = c;
      let j = i + 1;
      const mods = MODIFIERS[c.toLowerCase()];
      const m = text[j];
      if (mods !== undefined && m !== undefined && mods.includes(m)) {
        key += m;
        j++;
      }
      const t = text[j];
      if (t !== undefined && TONES.includes(t) && !toned) {
        if (isLetterCode(text.charCodeAt(j + 1)) || t !== '.' || !endsSentence(text, i, j + 1)) {
          key += t;
          j++;
          toned = true;
        }
      }
      if (j > i + 1) {
        out += text.slice(copied, i) + (SEQ.get(key) ?? key);
        copied = j;
      }
      i = j;
      inWord = true;
      continue;
    }
    inWord = isLetterCode(code);
    if (!inWord) toned = false;
    i++;
  }
  return copied === 0 ? text : out + text.slice(copied);
}
