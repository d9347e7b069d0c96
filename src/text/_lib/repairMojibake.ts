import { cp1252Byte } from './cp1252.js';

/** A Vietnamese letter whose UTF-8 form contains byte 0xA0, often turned into a plain space on copy. */
const isVietnameseLetter = (cp: number): boolean =>
  (cp >= 0x1ea0 && cp <= 0x1ef9) || cp === 0x1a0 || cp === 0x1a1 || cp === 0x1af || cp === 0x1b0;

/**
 * Repairs UTF-8 that was read as windows-1252 (or ISO-8859-1): each run of characters whose cp1252 bytes
 * form one valid UTF-8 sequence becomes that character (`Viá»‡t` → `Việt`). Everything else is kept.
 */
export function repairMojibake(text: string): string {
  let out = '';
  let copied = 0;
  const n = text.length;
  let i = 0;
  while (i < n) {
    const first = text.charCodeAt(i);
    if (first < 0xc2) {
      i++;
      continue;
    }
    const lead = cp1252Byte(first);
    let need = 0;
    let cp = 0;
    if (lead >= 0xc2 && lead <= 0xdf) {
      need = 1;
      cp = lead & 0x1f;
    } else if (lead >= 0xe0 && lead <= 0xef) {
      need = 2;
      cp = lead & 0x0f;
    } else if (lead >= 0xf0 && lead <= 0xf4) {
      need = 3;
      cp = lead & 0x07;
    }
    let j = i + 1;
    let okSeq = need > 0 && i + need < n;
    let spaceAsNbsp = false;
    for (let k = 0; okSeq && k < need; k++, j++) {
      let b = cp1252Byte(text.charCodeAt(j));
      if (b === 0x20) {
        b = 0xa0;
        spaceAsNbsp = true;
      }
      if (b < 0x80 || b > 0xbf) okSeq = false;
      else cp = (cp << 6) | (b & 0x3f);
    }
    if (okSeq) {
      const min = need === 1 ? 0x80 : need === 2 ? 0x800 : 0x10000;
      if (cp < min || cp > 0x10ffff || (cp >= 0xd800 && cp <= 0xdfff)) okSeq = false;
      if (spaceAsNbsp && !isVietnameseLetter(cp)) okSeq = false;
    }
    if (okSeq) {
      out += text.slice(copied, i) + String.fromCodePoint(cp);
      i = j;
      copied = i;
    } else {
      i++;
    }
  }
  return copied === 0 ? text : out + text.slice(copied);
}
