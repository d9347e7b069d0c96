import { VNI_TABLE } from '../data/vniTable.js';

/** Two-character sequences keyed by `first * 65536 + second`. */
const PAIRS = new Map<number, string>();
/** One-character codes (đ, ơ, ư and the i/y tones), indexed 0–255. */
const SINGLES: (string | undefined)[] = new Array(256).fill(undefined);
for (const [legacy, unicode] of VNI_TABLE) {
  if (legacy.length === 2) PAIRS.set(legacy.charCodeAt(0) * 65536 + legacy.charCodeAt(1), unicode);
  else SINGLES[legacy.charCodeAt(0)] = unicode;
}

/** Decodes VNI-Windows text read as windows-1252, longest match first (`ôù` = ớ before `ô` = ơ). */
export function decodeVni(text: string): string {
  let out = '';
  let copied = 0;
  const n = text.length;
  for (let i = 0; i < n; i++) {
    const c = text.charCodeAt(i);
    if (i + 1 < n) {
      const next = text.charCodeAt(i + 1);
      if (next >= 0xc0 && next <= 0xff) {
        const pair = PAIRS.get(c * 65536 + next);
        if (pair !== undefined) {
          out += text.slice(copied, i) + pair;
          i++;
          copied = i + 1;
          continue;
        }
      }
    }
    if (c >= 0xc0 && c <= 0xff) {
      const single = SINGLES[c];
      if (single !== undefined) {
        out += text.slice(copied, i) + single;
        copied = i + 1;
      }
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}
