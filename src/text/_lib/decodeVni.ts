import { VNI_TABLE } from '../data/vniTable.js';

const PAIRS = new Map<string, string>();
const SINGLES = new Map<string, string>();
for (const [legacy, unicode] of VNI_TABLE) (legacy.length === 2 ? PAIRS : SINGLES).set(legacy, unicode);

/** Decodes VNI-Windows text read as windows-1252, longest match first (`ôù` = ớ before `ô` = ơ). */
export function decodeVni(text: string): string {
  let out = '';
  const n = text.length;
  for (let i = 0; i < n; i++) {
    if (i + 1 < n) {
      const pair = PAIRS.get(text.slice(i, i + 2));
      if (pair !== undefined) {
        out += pair;
        i++;
        continue;
      }
    }
    const c = text[i] as string;
    out += SINGLES.get(c) ?? c;
  }
  return out;
}
