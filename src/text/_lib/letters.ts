/** The 12 Vietnamese vowel letters without tone. */
const VOWELS = 'aăâeêioôơuưy';
/** Combining tone marks in the order of {@link Tone}: huyền, hỏi, ngã, sắc, nặng. */
const TONE_MARKS = ['\u0300', '\u0309', '\u0303', '\u0301', '\u0323'] as const;

/** 0 none (ngang), 1 huyền, 2 hỏi, 3 ngã, 4 sắc, 5 nặng: the Vietnamese collation order of tones. */
export type Tone = 0 | 1 | 2 | 3 | 4 | 5;

/** A letter of the Vietnamese alphabet split into its toneless lowercase base, tone and case. */
export interface LetterInfo {
  readonly base: string;
  readonly tone: Tone;
  readonly upper: boolean;
}

const TABLE = new Map<string, LetterInfo>();
function add(ch: string, info: LetterInfo): void {
  TABLE.set(ch, info);
}
for (const v of VOWELS) {
  for (let t = 0; t <= 5; t++) {
    const lower = (t === 0 ? v : v + TONE_MARKS[t - 1]).normalize('NFC');
    add(lower, { base: v, tone: t as Tone, upper: false });
    add(lower.toUpperCase(), { base: v, tone: t as Tone, upper: true });
  }
}
for (const c of 'bcdfghjklmnpqrstvwxz') {
  add(c, { base: c, tone: 0, upper: false });
  add(c.toUpperCase(), { base: c, tone: 0, upper: true });
}
add('đ', { base: 'đ', tone: 0, upper: false });
add('Đ', { base: 'đ', tone: 0, upper: true });

/** The base, tone and case of an NFC Vietnamese (or ASCII) letter; `undefined` for anything else. */
export function letterInfo(ch: string): LetterInfo | undefined {
  return TABLE.get(ch);
}

/** All non-ASCII letters of the Vietnamese alphabet (toned or modified vowels, đ/Đ): 134 letters. */
export function vietnameseSpecialLetters(): string[] {
  return [...TABLE.keys()].filter((ch) => ch.charCodeAt(0) > 0x7f);
}
