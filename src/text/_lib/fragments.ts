import type { LegacyEncoding } from '../TextEncoding.js';
import { decodeTcvn3 } from './decodeTcvn3.js';
import { decodeVni } from './decodeVni.js';
import { letterInfo } from './letters.js';
import { isVietnameseSyllable } from './syllable.js';

/** A word of a Unicode line that is in a single-byte legacy encoding (pasted from an old document). */
export interface LegacyFragment {
  /** Offset of the word in the line. */
  readonly index: number;
  readonly found: string;
  readonly converted: string;
  readonly encoding: LegacyEncoding;
}

/** Latin-1 letters and signs (U+00A1–U+00FF) that are not Vietnamese letters: only legacy bytes put them in words. */
const FOREIGN_LATIN1 = /* @__PURE__ */ (() => {
  const t = new Uint8Array(0x100);
  for (let c = 0xa1; c <= 0xff; c++) if (letterInfo(String.fromCharCode(c)) === undefined) t[c] = 1;
  return t;
})();
const isForeignLatin1 = (code: number): boolean => code <= 0xff && FOREIGN_LATIN1[code] === 1;

/** Characters a legacy word is made of: ASCII letters and Latin-1 (TCVN3 and VNI bytes shown as Latin-1). */
const isLegacyWordChar = (code: number): boolean =>
  (code >= 0x41 && code <= 0x5a) || (code >= 0x61 && code <= 0x7a) || (code >= 0xa1 && code <= 0xff);

/** Readings tried: TCVN3 (ABC) first, the most common in old provincial documents, then VNI. */
const READINGS: readonly [LegacyEncoding, (s: string) => string][] = [
  ['tcvn3', (s) => decodeTcvn3(s)],
  ['vni', decodeVni],
];

/** Most words examined per line (the rest of a very long line is not searched). */
const MAX_WORDS = 10_000;

/**
 * The legacy-encoded words of a line that is otherwise Unicode ("Quyết định vÒ viÖc phª duyÖt"). A word is
 * proof when it holds a Latin-1 sign no Vietnamese word has (ª « ® ¨ Ö æ …), is not a Vietnamese syllable as it
 * is, and reads as one in TCVN3 or VNI. Once a line has proof, its other words that are not syllables as they
 * are but read as one in the proven encoding are legacy too (VNI "Caùc coâng" has only letters that Vietnamese
 * also uses). Whole legacy lines are the line analysis' business; this finds what it cannot see, since a line
 * with Unicode letters beyond Latin-1 cannot be single-byte text as a whole. Foreign words (Müller, façade) do
 * not decode to Vietnamese syllables and are left alone.
 */
export function legacyFragments(line: string): LegacyFragment[] {
  interface Word {
    readonly index: number;
    readonly found: string;
    readonly proof: boolean;
    readonly readings: readonly (string | undefined)[];
  }
  const words: Word[] = [];
  let start = -1;
  let foreign = false;
  let latin1 = false;
  let count = 0;
  const n = line.length;
  for (let i = 0; i <= n; i++) {
    const code = i < n ? line.charCodeAt(i) : 0x20;
    if (isLegacyWordChar(code)) {
      if (start < 0) {
        start = i;
        foreign = false;
        latin1 = false;
      }
      if (code > 0x7f) latin1 = true;
      if (isForeignLatin1(code)) foreign = true;
      continue;
    }
    if (start < 0) continue;
    if (++count > MAX_WORDS) break;
    const at = start;
    start = -1;
    // Only words with a Latin-1 character, whole (not glued to a letter beyond Latin-1, as "Phª" in "Phªduyệt").
    if (!latin1 || i - at < 2 || i - at > 12) continue;
    if (code > 0xff && letterInfo(line[i] as string) !== undefined) continue;
    if (at > 0 && letterInfo(line[at - 1] as string) !== undefined && line.charCodeAt(at - 1) > 0xff)
      continue;
    const word = line.slice(at, i);
    if (isVietnameseSyllable(word.normalize('NFC'))) continue;
    const readings = READINGS.map(([, decode]) => {
      const converted = decode(word).normalize('NFC');
      return converted !== word && isVietnameseSyllable(converted) ? converted : undefined;
    });
    if (readings.some((r) => r !== undefined))
      words.push({ index: at, found: word, proof: foreign, readings });
  }
  // A word may read as Vietnamese in both encodings ("chæ": TCVN3 "chổ", VNI "chỉ"): the proofs' majority
  // decides, TCVN3 on a tie; a proof the majority cannot read takes the other reading.
  const proofs = words.filter((w) => w.proof);
  if (proofs.length === 0) return [];
  const votes = READINGS.map((_, r) => proofs.filter((w) => w.readings[r] !== undefined).length);
  const order = READINGS.map((_, r) => r).sort(
    (a, b) => (votes[b] as number) - (votes[a] as number) || a - b,
  );
  const main = order[0] as number;
  const out: LegacyFragment[] = [];
  for (const w of words) {
    const r = w.proof ? (order.find((k) => w.readings[k] !== undefined) as number) : main;
    const converted = w.readings[r];
    if (converted === undefined) continue;
    out.push({
      index: w.index,
      found: w.found,
      converted,
      encoding: (READINGS[r] as [LegacyEncoding, unknown])[0],
    });
  }
  return out;
}

/** `line` with its legacy fragments replaced by their conversions (fragments in order, as found). */
export function fixFragments(line: string, fragments: readonly LegacyFragment[]): string {
  let fixed = '';
  let from = 0;
  for (const f of fragments) {
    fixed += line.slice(from, f.index) + f.converted;
    from = f.index + f.found.length;
  }
  return (fixed + line.slice(from)).normalize('NFC');
}
