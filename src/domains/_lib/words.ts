import { stripDiacritics } from '../../text/index.js';
import type { HostnameUnitKind } from '../HostnameScheme.js';

/** A word of a name: its NFC lowercase form and its ASCII folding. */
export interface Word {
  /** As written (NFC). */
  readonly original: string;
  /** Lowercase NFC. */
  readonly text: string;
  readonly ascii: string;
}

/** A type word a name can start with, with the prefixes local practice writes for it. */
export interface TypeWord {
  /** The words, lowercase NFC (`['thị', 'xã']`). */
  readonly words: readonly string[];
  /** The folded type word used as a prefix (`so`, `ban`, `xa`, `thixa`). */
  readonly word: string;
  /** The short prefix (`s`, `b`, `x`, `tx`). */
  readonly short: string;
  /** Which kinds of unit it types. */
  readonly kinds: readonly HostnameUnitKind[];
}

const TERRITORIAL: readonly HostnameUnitKind[] = ['province', 'district', 'commune'];
const BODIES: readonly HostnameUnitKind[] = ['ministry', 'ministry-unit', 'department', 'agency'];

/**
 * Unit-type words (Vietnamese administrative vocabulary, not a regulation's numbers), longest first so that
 * "thị xã" wins over "xã" and "tổng cục" over "cục".
 */
export const TYPE_WORDS: readonly TypeWord[] = [
  { words: ['thành', 'phố'], word: 'thanhpho', short: 'tp', kinds: ['province', 'district'] },
  { words: ['thị', 'xã'], word: 'thixa', short: 'tx', kinds: ['district'] },
  { words: ['thị', 'trấn'], word: 'thitran', short: 'tt', kinds: ['commune'] },
  { words: ['đặc', 'khu'], word: 'dackhu', short: 'dk', kinds: ['commune'] },
  { words: ['tỉnh'], word: 'tinh', short: 't', kinds: ['province'] },
  { words: ['huyện'], word: 'huyen', short: 'h', kinds: ['district'] },
  { words: ['quận'], word: 'quan', short: 'q', kinds: ['district'] },
  { words: ['xã'], word: 'xa', short: 'x', kinds: ['commune'] },
  { words: ['phường'], word: 'phuong', short: 'p', kinds: ['commune'] },
  { words: ['tp'], word: 'thanhpho', short: 'tp', kinds: ['province', 'district'] },
  { words: ['tổng', 'cục'], word: 'tongcuc', short: 'tc', kinds: BODIES },
  { words: ['văn', 'phòng'], word: 'vp', short: 'vp', kinds: BODIES },
  { words: ['thanh', 'tra'], word: 'thanhtra', short: 'tt', kinds: BODIES },
  { words: ['trung', 'tâm'], word: 'trungtam', short: 'tt', kinds: BODIES },
  { words: ['ủy', 'ban'], word: 'uyban', short: 'ub', kinds: BODIES },
  { words: ['sở'], word: 'so', short: 's', kinds: BODIES },
  { words: ['ban'], word: 'ban', short: 'b', kinds: BODIES },
  { words: ['bộ'], word: 'bo', short: 'b', kinds: BODIES },
  { words: ['cục'], word: 'cuc', short: 'c', kinds: BODIES },
  { words: ['vụ'], word: 'vu', short: 'v', kinds: BODIES },
  { words: ['viện'], word: 'vien', short: 'v', kinds: BODIES },
  { words: ['đài'], word: 'dai', short: 'd', kinds: BODIES },
  { words: ['báo'], word: 'bao', short: 'b', kinds: BODIES },
];

/** {@link TYPE_WORDS} by their first word, longest first within each list. */
const TYPE_WORDS_BY_FIRST: ReadonlyMap<string, readonly TypeWord[]> = (() => {
  const map = new Map<string, TypeWord[]>();
  for (const tw of TYPE_WORDS) {
    const first = tw.words[0] as string;
    const list = map.get(first);
    if (list === undefined) map.set(first, [tw]);
    else list.push(tw);
  }
  return map;
})();

/** Leading words naming the People's Committee of a unit ("Ủy ban nhân dân xã ..."), compared folded. */
const COMMITTEE_PREFIXES: readonly (readonly string[])[] = [['uy', 'ban', 'nhan', 'dan'], ['ubnd']];

/** Function words left out of initials and of the "auto" syllable count ("và" in "Kế hoạch và Đầu tư"). */
export const STOP_WORDS: ReadonlySet<string> = new Set(['và', 'các', 'của', 'những']);

/** English function words left out of the short English abbreviation. */
export const ENGLISH_STOP_WORDS: ReadonlySet<string> = new Set(['and', 'of', 'the', 'for', 'in', 'on', 'to']);

const WORD_CHAR = /[\p{L}\p{M}\p{N}]/u;

/** Lowercase Vietnamese letters → their ASCII base letter (a constant lookup table, built once). */
const FOLD: ReadonlyMap<string, string> = (() => {
  const letters = 'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ';
  const map = new Map<string, string>();
  for (const c of letters) map.set(c, stripDiacritics(c).toLowerCase());
  return map;
})();

/** Vietnamese letters in both cases (the common non-ASCII word characters: no regex needed for them). */
const FOLD_ANY: ReadonlySet<string> = new Set([
  ...FOLD.keys(),
  ...[...FOLD.keys()].map((c) => c.toUpperCase()),
]);

/** Folds one lowercase NFC word to `a-z0-9`: the table for Vietnamese letters, `stripDiacritics` for the rest. */
function foldWord(word: string): string {
  let out = '';
  let slow = false;
  for (const c of word) {
    const code = c.charCodeAt(0);
    if ((code >= 0x61 && code <= 0x7a) || (code >= 0x30 && code <= 0x39)) out += c;
    else {
      const f = FOLD.get(c);
      if (f !== undefined) out += f;
      else {
        slow = true;
        break;
      }
    }
  }
  return slow ? asciiOnly(stripDiacritics(word.normalize('NFKC')).toLowerCase()) : out;
}

/** Lowercase NFC words of a text (runs of letters, marks and digits; everything else separates). */
export function splitWords(text: string): Word[] {
  const out: Word[] = [];
  const nfc = text.normalize('NFC');
  let start = -1;
  const flush = (end: number): void => {
    if (start < 0) return;
    const original = nfc.slice(start, end);
    const lower = original.toLowerCase();
    const ascii = foldWord(lower);
    if (ascii !== '') out.push({ original, text: lower, ascii });
    start = -1;
  };
  for (let i = 0; i < nfc.length; i++) {
    const c = nfc.charCodeAt(i);
    let word: boolean;
    if (c < 0x80) word = (c >= 0x61 && c <= 0x7a) || (c >= 0x41 && c <= 0x5a) || (c >= 0x30 && c <= 0x39);
    else if (c >= 0xd800 && c <= 0xdbff && i + 1 < nfc.length) {
      // A surrogate pair: test the whole code point.
      word = WORD_CHAR.test(nfc.slice(i, i + 2));
      if (word && start < 0) start = i;
      if (!word) flush(i);
      i++;
      continue;
    } else word = FOLD_ANY.has(nfc[i] as string) || WORD_CHAR.test(nfc[i] as string);
    if (word) {
      if (start < 0) start = i;
    } else flush(i);
  }
  flush(nfc.length);
  return out;
}

/** Keeps `a-z0-9` only (the input is already folded and lowercase). */
export function asciiOnly(text: string): string {
  let out = '';
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if ((c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39)) out += text[i];
    else if (c >= 0x41 && c <= 0x5a) out += String.fromCharCode(c + 32);
  }
  return out;
}

/** The result of splitting a name into its committee prefix, type word and bare words. */
export interface NameParts {
  /** The type word found at the start (after an optional "Ủy ban nhân dân"), if any. */
  readonly typeWord: TypeWord | undefined;
  /** The words after the type word. */
  readonly bare: readonly Word[];
  /** All words of the name, committee prefix removed. */
  readonly all: readonly Word[];
}

function matchesAt(words: readonly Word[], at: number, pattern: readonly string[]): boolean {
  if (at + pattern.length > words.length) return false;
  for (let i = 0; i < pattern.length; i++) if (words[at + i]?.text !== pattern[i]) return false;
  return true;
}

/**
 * Splits a name into its type word and bare words. Only a type word allowed for `kind` is recognised when a
 * kind is given. A bare name made only of digits ("Phường 1") keeps its type word out of `bare` but callers
 * put it back (an all-numeric label is not a valid DNS label).
 */
export function nameParts(name: string, kind?: HostnameUnitKind): NameParts {
  let words = splitWords(name);
  for (const prefix of COMMITTEE_PREFIXES) {
    if (words.length > prefix.length && prefix.every((p, i) => words[i]?.ascii === p)) {
      words = words.slice(prefix.length);
      break;
    }
  }
  const candidates = words.length > 1 ? TYPE_WORDS_BY_FIRST.get((words[0] as Word).text) : undefined;
  for (const tw of candidates ?? []) {
    if (kind !== undefined && !tw.kinds.includes(kind)) continue;
    if (words.length > tw.words.length && matchesAt(words, 0, tw.words)) {
      return { typeWord: tw, bare: words.slice(tw.words.length), all: words };
    }
  }
  return { typeWord: undefined, bare: words, all: words };
}

/** Whether a kind is a territorial unit (province, district, commune) rather than a body. */
export function isTerritorial(kind: HostnameUnitKind): boolean {
  return TERRITORIAL.includes(kind);
}

/** The default type word of a body kind when its name carries none (a ministry is a "bộ"). */
export function defaultTypeWord(kind: HostnameUnitKind): TypeWord | undefined {
  const word = kind === 'ministry' ? 'bo' : kind === 'department' ? 'so' : undefined;
  return word === undefined ? undefined : TYPE_WORDS.find((t) => t.word === word && t.kinds.includes(kind));
}

/** Joins the ASCII forms of words. */
export function joinAscii(words: readonly Word[]): string {
  let out = '';
  for (const w of words) out += w.ascii;
  return out;
}

/** Initials of the words (digits are kept whole: "A Lưới 3" → "al3"). */
export function initials(words: readonly Word[]): string {
  let out = '';
  for (const w of words) out += /^[0-9]+$/.test(w.ascii) ? w.ascii : w.ascii[0];
  return out;
}

/** Whether a label is all digits. */
export function isAllDigits(label: string): boolean {
  return label !== '' && /^[0-9]+$/.test(label);
}
