/** windows-1252 code points 0x80–0x9F that differ from ISO-8859-1 (undefined bytes read as C1 controls). */
const CP1252_HIGH: readonly number[] = [
  0x20ac, 0x81, 0x201a, 0x192, 0x201e, 0x2026, 0x2020, 0x2021, 0x2c6, 0x2030, 0x160, 0x2039, 0x152, 0x8d,
  0x17d, 0x8f, 0x90, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x2dc, 0x2122, 0x161, 0x203a,
  0x153, 0x9d, 0x17e, 0x178,
];

const reverse = new Map<number, number>();
for (let i = 0; i < CP1252_HIGH.length; i++) reverse.set(CP1252_HIGH[i] as number, 0x80 + i);

/**
 * The windows-1252 byte a UTF-16 code unit stands for when bytes were read as windows-1252 (or ISO-8859-1),
 * or -1 when the code unit cannot come from a single byte.
 */
export function cp1252Byte(codeUnit: number): number {
  if (codeUnit < 0x80) return codeUnit;
  if (codeUnit <= 0xff) return codeUnit;
  return reverse.get(codeUnit) ?? -1;
}
