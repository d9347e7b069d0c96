import type { LegacyEncoding, TextEncoding } from '../TextEncoding.js';
import { cp1252Byte } from './cp1252.js';
import { decodeCp1258 } from './decodeCp1258.js';
import { decodeTcvn3, type Tcvn3Capitals } from './decodeTcvn3.js';
import { decodeViqr } from './decodeViqr.js';
import { decodeVni } from './decodeVni.js';
import { letterInfo } from './letters.js';
import { repairMojibake } from './repairMojibake.js';
import { isVietnameseSyllable } from './syllable.js';

/** Syllable evidence for one reading of a text: words with a non-ASCII letter, valid or not as Vietnamese. */
export interface Evidence {
  good: number;
  bad: number;
}

/** The order candidates are tried in; on equal evidence the earlier one wins. */
export const LEGACY_ORDER: readonly LegacyEncoding[] = ['utf8-mojibake', 'vni', 'tcvn3', 'cp1258', 'viqr'];

/** Decodes `text` from a legacy encoding (no NFC step). */
export function decodeLegacy(
  text: string,
  encoding: LegacyEncoding,
  capitals: Tcvn3Capitals = 'auto',
): string {
  switch (encoding) {
    case 'tcvn3':
      return decodeTcvn3(text, capitals);
    case 'vni':
      return decodeVni(text);
    case 'viqr':
      return decodeViqr(text);
    case 'utf8-mojibake':
      return repairMojibake(text);
    case 'cp1258':
      return decodeCp1258(text);
  }
}

const isPunctuation = (code: number): boolean =>
  code === 0xa0 || code === 0xb0 || (code >= 0x2000 && code <= 0x206f) || code === 0x3000 || code === 0xfeff;

/** Whether a character belongs to a word for scoring: letters, marks and any non-ASCII non-punctuation. */
const isWordChar = (code: number): boolean =>
  (code >= 0x41 && code <= 0x5a) ||
  (code >= 0x61 && code <= 0x7a) ||
  (code > 0x7f && !isPunctuation(code) && !(code >= 0x80 && code <= 0x9f));

/** Letters only, none of them a vowel: an abbreviation such as `NĐ`, `HĐND`, `TTĐT` (neutral evidence). */
function isAbbreviation(word: string): boolean {
  for (const ch of word) {
    const info = letterInfo(ch);
    if (info === undefined || 'aăâeêioôơuưy'.includes(info.base)) return false;
  }
  return true;
}

/** Memo of syllable validity for one analysis (words repeat a lot); bounded. */
export type SyllableMemo = Map<string, boolean>;
const MEMO_LIMIT = 20_000;

function validSyllable(word: string, memo: SyllableMemo | undefined): boolean {
  if (memo === undefined) return isVietnameseSyllable(word);
  let v = memo.get(word);
  if (v === undefined) {
    v = isVietnameseSyllable(word);
    if (memo.size < MEMO_LIMIT) memo.set(word, v);
  }
  return v;
}

/** Scores an NFC text: words of 2+ characters that contain a non-ASCII character. */
export function evidence(text: string, memo?: SyllableMemo): Evidence {
  const result: Evidence = { good: 0, bad: 0 };
  let start = -1;
  let nonAscii = false;
  const n = text.length;
  for (let i = 0; i <= n; i++) {
    const code = i < n ? text.charCodeAt(i) : 0x20;
    if (isWordChar(code)) {
      if (start < 0) {
        start = i;
        nonAscii = false;
      }
      if (code > 0x7f) nonAscii = true;
      continue;
    }
    if (start >= 0) {
      const len = i - start;
      if (nonAscii && len >= 2) {
        const word = text.slice(start, i);
        if (len <= 8 && validSyllable(word, memo)) result.good++;
        else if (!isAbbreviation(word)) result.bad++;
      }
      start = -1;
    }
  }
  return result;
}

/** Which legacy encodings could have produced this line (single-byte ones cannot contain ơ, ư, ạ…, marks). */
export function applicable(line: string): { singleByte: boolean; viqr: boolean } {
  let singleByte = true;
  let viqr = true;
  for (let i = 0; i < line.length; i++) {
    const code = line.charCodeAt(i);
    if (code < 0x80) continue;
    if (code >= 0xc0 && code <= 0x24f) viqr = false;
    if (code >= 0x300 && code <= 0x36f) {
      singleByte = false;
      viqr = false;
    } else if (code > 0xff && cp1252Byte(code) < 0) {
      if (letterInfo(line[i] as string) !== undefined || (code >= 0x1e00 && code <= 0x1eff)) {
        singleByte = false;
        viqr = false;
      }
    }
    if (!singleByte && !viqr) break;
  }
  return { singleByte, viqr };
}

/** Evidence of the line as it is, and of each applicable legacy reading. */
export interface LineAnalysis {
  readonly line: string;
  readonly kind: 'nfc' | 'nfd' | 'ascii';
  readonly original: Evidence;
  /** Evidence per legacy encoding; `undefined` when not applicable or identical to the original. */
  readonly candidates: Partial<Record<LegacyEncoding, Evidence>>;
  /** Whether the original has a valid syllable with a letter beyond Latin-1 (ă đ ơ ư ạ…): real Vietnamese. */
  readonly vietnamese: boolean;
}

function isAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) if (s.charCodeAt(i) > 0x7f) return false;
  return true;
}

function hasViqrMark(s: string): boolean {
  for (let i = 1; i < s.length; i++) {
    const c = s[i] as string;
    if ("'`?~.^(+".includes(c) && 'aeiouyAEIOUY'.includes(s[i - 1] as string)) return true;
    if ((c === 'd' || c === 'D') && (s[i - 1] === 'd' || s[i - 1] === 'D')) return true;
  }
  return false;
}

function hasVietnameseBeyondLatin1(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const code = s.charCodeAt(i);
    if (code > 0xff && letterInfo(s[i] as string) !== undefined) return true;
  }
  return false;
}

/** Analyses one line (no newline inside). */
export function analyzeLine(line: string, memo?: SyllableMemo): LineAnalysis {
  const ascii = isAscii(line);
  const nfc = ascii ? line : line.normalize('NFC');
  const kind = ascii ? 'ascii' : nfc === line ? 'nfc' : 'nfd';
  const original = ascii ? { good: 0, bad: 0 } : evidence(nfc, memo);
  const candidates: Partial<Record<LegacyEncoding, Evidence>> = {};
  if (ascii) {
    if (hasViqrMark(line)) {
      const decoded = decodeViqr(line);
      if (decoded !== line) candidates.viqr = evidence(decoded.normalize('NFC'), memo);
    }
  } else {
    const app = applicable(line);
    for (const enc of LEGACY_ORDER) {
      // Mojibake repair only touches valid UTF-8 runs, so it is also tried on a line that is partly Unicode
      // already ("Cổng thông tin Ä‘iá»‡n tá»­"); the other single-byte readings would corrupt such a line.
      if (enc === 'viqr' || (!app.singleByte && enc !== 'utf8-mojibake')) continue;
      const decoded = decodeLegacy(line, enc);
      if (decoded !== line) candidates[enc] = evidence(decoded.normalize('NFC'), memo);
    }
    if (app.viqr && hasViqrMark(line)) {
      const decoded = decodeViqr(line);
      if (decoded !== line) candidates.viqr = evidence(decoded.normalize('NFC'), memo);
    }
  }
  // Real Vietnamese: valid syllables outnumber the rest, and either a letter beyond Latin-1 (ă đ ơ ư ạ…)
  // proves it, or at least three valid syllables and three times as many as invalid words do ("biên, biên
  // biên" has only Latin-1 letters; French or Portuguese lines never reach that share).
  const vietnamese =
    original.good > 0 &&
    original.good > original.bad &&
    (hasVietnameseBeyondLatin1(nfc) || (original.good >= 3 && original.good >= 3 * original.bad));
  return { line, kind, original, candidates, vietnamese };
}

const net = (e: Evidence): number => e.good - e.bad;

/**
 * Whether a legacy reading is clearly better than the text as it is: more valid syllables net of invalid
 * ones, at least twice as many valid as invalid words, and (for VIQR, whose marks are also punctuation) at
 * least two valid words.
 */
export function clearlyBetter(candidate: Evidence, original: Evidence, encoding: LegacyEncoding): boolean {
  if (net(candidate) <= net(original)) return false;
  if (candidate.good <= original.good) return false;
  if (candidate.good < 2 * candidate.bad) return false;
  if (encoding === 'viqr' && (candidate.good < 2 || candidate.good < 3 * candidate.bad)) return false;
  return true;
}

/** The best legacy reading of some evidence, or `undefined` when the original should be kept. */
export function pickEncoding(
  original: Evidence,
  candidates: Partial<Record<LegacyEncoding, Evidence>>,
  prior?: LegacyEncoding,
): LegacyEncoding | undefined {
  let best: LegacyEncoding | undefined;
  let bestNet = Number.NEGATIVE_INFINITY;
  for (const enc of LEGACY_ORDER) {
    const e = candidates[enc];
    if (e !== undefined && net(e) > bestNet) {
      best = enc;
      bestNet = net(e);
    }
  }
  if (prior !== undefined) {
    const p = candidates[prior];
    if (p !== undefined && net(p) >= net(original) && net(p) >= bestNet && p.good >= p.bad) return prior;
  }
  if (best === undefined) return undefined;
  const b = candidates[best] as Evidence;
  return clearlyBetter(b, original, best) ? best : undefined;
}

/** The analysis of a whole text: one label per line and the document-level encoding. */
export interface TextAnalysis {
  readonly lines: readonly string[];
  /** Per line: the legacy encoding to decode it with, or the line's Unicode kind. */
  readonly labels: readonly TextEncoding[];
  /** Per line: whether the line as it is reads as Vietnamese Unicode. */
  readonly vietnamese: readonly boolean[];
  /** Document-level reading (the prior each line defaults to). */
  readonly document: LegacyEncoding | undefined;
  readonly encoding: TextEncoding;
}

/** Splits on `\n`, analyses each line, decides the document's encoding, then each line's. */
export function analyzeText(text: string): TextAnalysis {
  const lines = text.split('\n');
  const memo: SyllableMemo = new Map();
  const analyses = lines.map((line) => analyzeLine(line, memo));
  const totalOriginal: Evidence = { good: 0, bad: 0 };
  const totals: Partial<Record<LegacyEncoding, Evidence>> = {};
  for (const a of analyses) {
    totalOriginal.good += a.original.good;
    totalOriginal.bad += a.original.bad;
    for (const enc of LEGACY_ORDER) {
      const e = a.candidates[enc] ?? a.original;
      const t = totals[enc] ?? { good: 0, bad: 0 };
      t.good += e.good;
      t.bad += e.bad;
      totals[enc] = t;
    }
  }
  for (const enc of LEGACY_ORDER) {
    if (!analyses.some((a) => a.candidates[enc] !== undefined)) delete totals[enc];
  }
  const document = pickEncoding(totalOriginal, totals);
  const labels: TextEncoding[] = analyses.map(
    (a) => pickEncoding(a.original, a.candidates, document) ?? a.kind,
  );
  const evidenced = new Set<TextEncoding>();
  let anyNonAscii = false;
  let anyNfd = false;
  for (let i = 0; i < analyses.length; i++) {
    const a = analyses[i] as LineAnalysis;
    const label = labels[i] as TextEncoding;
    if (a.kind !== 'ascii') anyNonAscii = true;
    if (a.kind === 'nfd') anyNfd = true;
    if (label === 'nfd' || (label === 'nfc' && a.vietnamese)) evidenced.add(label);
    else if (label !== 'nfc' && label !== 'ascii') evidenced.add(label);
  }
  let encoding: TextEncoding;
  if (evidenced.size >= 2) encoding = 'mixed';
  else if (evidenced.size === 1) encoding = [...evidenced][0] as TextEncoding;
  else encoding = anyNfd ? 'nfd' : anyNonAscii ? 'nfc' : 'ascii';
  return { lines, labels, vietnamese: analyses.map((a) => a.vietnamese), document, encoding };
}
