/**
 * windows-1258 bytes that differ from windows-1252, as the characters they show when read as windows-1252:
 * Ă ă Ơ ơ Ư ư Đ đ ₫ and the five combining tone marks.
 */
const CP1258: ReadonlyMap<string, string> = new Map([
  ['\u00c3', '\u0102'],
  ['\u00e3', '\u0103'],
  ['\u00d5', '\u01a0'],
  ['\u00f5', '\u01a1'],
  ['\u00dd', '\u01af'],
  ['\u00fd', '\u01b0'],
  ['\u00d0', '\u0110'],
  ['\u00f0', '\u0111'],
  ['\u00fe', '\u20ab'],
  ['\u00cc', '\u0300'],
  ['\u00ec', '\u0301'],
  ['\u00d2', '\u0309'],
  ['\u00de', '\u0303'],
  ['\u00f2', '\u0323'],
]);
const CP1258_CHARS =
  /[\u00c3\u00e3\u00d5\u00f5\u00dd\u00fd\u00d0\u00f0\u00fe\u00cc\u00ec\u00d2\u00de\u00f2]/g;

/** Decodes windows-1258 text that was read as windows-1252, then composes to NFC. */
export function decodeCp1258(text: string): string {
  return text.replace(CP1258_CHARS, (c) => CP1258.get(c) ?? c).normalize('NFC');
}
