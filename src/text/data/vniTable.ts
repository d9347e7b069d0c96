/**
 * VNI-Windows as read through windows-1252: `[legacy sequence (1 or 2 chars), Unicode letter]`, longest sequences first (pitfall 4: decode longest match first).
 *
 * Copied from the project data `data/encodings/vni.csv` (standard code assignments, verified against two
 * independent converters). Legal basis of the conversion target: TCVN 6909:2001 (`VP-32-2023/3.1`).
 */
export const VNI_TABLE: readonly (readonly [legacy: string, unicode: string])[] = [
  ['a\u00e1', '\u1ea5'], // 61 E1 ấ
  ['A\u00c1', '\u1ea4'], // 41 C1 Ấ
  ['a\u00e0', '\u1ea7'], // 61 E0 ầ
  ['A\u00c0', '\u1ea6'], // 41 C0 Ầ
  ['a\u00e2', '\u00e2'], // 61 E2 â
  ['A\u00c2', '\u00c2'], // 41 C2 Â
  ['a\u00e5', '\u1ea9'], // 61 E5 ẩ
  ['A\u00c5', '\u1ea8'], // 41 C5 Ẩ
  ['a\u00e4', '\u1ead'], // 61 E4 ậ
  ['A\u00c4', '\u1eac'], // 41 C4 Ậ
  ['a\u00e3', '\u1eab'], // 61 E3 ẫ
  ['A\u00c3', '\u1eaa'], // 41 C3 Ẫ
  ['a\u00e9', '\u1eaf'], // 61 E9 ắ
  ['A\u00c9', '\u1eae'], // 41 C9 Ắ
  ['a\u00e8', '\u1eb1'], // 61 E8 ằ
  ['A\u00c8', '\u1eb0'], // 41 C8 Ằ
  ['a\u00ea', '\u0103'], // 61 EA ă
  ['A\u00ca', '\u0102'], // 41 CA Ă
  ['a\u00eb', '\u1eb7'], // 61 EB ặ
  ['A\u00cb', '\u1eb6'], // 41 CB Ặ
  ['a\u00ef', '\u1ea1'], // 61 EF ạ
  ['A\u00cf', '\u1ea0'], // 41 CF Ạ
  ['a\u00f5', '\u00e3'], // 61 F5 ã
  ['A\u00d5', '\u00c3'], // 41 D5 Ã
  ['a\u00f8', '\u00e0'], // 61 F8 à
  ['A\u00d8', '\u00c0'], // 41 D8 À
  ['a\u00fa', '\u1eb3'], // 61 FA ẳ
  ['A\u00da', '\u1eb2'], // 41 DA Ẳ
  ['a\u00f9', '\u00e1'], // 61 F9 á
  ['A\u00d9', '\u00c1'], // 41 D9 Á
  ['a\u00fb', '\u1ea3'], // 61 FB ả
  ['A\u00db', '\u1ea2'], // 41 DB Ả
  ['a\u00fc', '\u1eb5'], // 61 FC ẵ
  ['A\u00dc', '\u1eb4'], // 41 DC Ẵ
  ['e\u00e1', '\u1ebf'], // 65 E1 ế
  ['E\u00c1', '\u1ebe'], // 45 C1 Ế
  ['e\u00e0', '\u1ec1'], // 65 E0 ề
  ['E\u00c0', '\u1ec0'], // 45 C0 Ề
  ['e\u00e2', '\u00ea'], // 65 E2 ê
  ['E\u00c2', '\u00ca'], // 45 C2 Ê
  ['e\u00e5', '\u1ec3'], // 65 E5 ể
  ['E\u00c5', '\u1ec2'], // 45 C5 Ể
  ['e\u00e4', '\u1ec7'], // 65 E4 ệ
  ['E\u00c4', '\u1ec6'], // 45 C4 Ệ
  ['e\u00e3', '\u1ec5'], // 65 E3 ễ
  ['E\u00c3', '\u1ec4'], // 45 C3 Ễ
  ['e\u00ef', '\u1eb9'], // 65 EF ẹ
  ['E\u00cf', '\u1eb8'], // 45 CF Ẹ
  ['e\u00f5', '\u1ebd'], // 65 F5 ẽ
  ['E\u00d5', '\u1ebc'], // 45 D5 Ẽ
  ['e\u00f8', '\u00e8'], // 65 F8 è
  ['E\u00d8', '\u00c8'], // 45 D8 È
  ['e\u00f9', '\u00e9'], // 65 F9 é
  ['E\u00d9', '\u00c9'], // 45 D9 É
  ['e\u00fb', '\u1ebb'], // 65 FB ẻ
  ['E\u00db', '\u1eba'], // 45 DB Ẻ
  ['o\u00e1', '\u1ed1'], // 6F E1 ố
  ['O\u00c1', '\u1ed0'], // 4F C1 Ố
  ['o\u00e0', '\u1ed3'], // 6F E0 ồ
  ['O\u00c0', '\u1ed2'], // 4F C0 Ồ
  ['o\u00e2', '\u00f4'], // 6F E2 ô
  ['O\u00c2', '\u00d4'], // 4F C2 Ô
  ['o\u00e5', '\u1ed5'], // 6F E5 ổ
  ['O\u00c5', '\u1ed4'], // 4F C5 Ổ
  ['o\u00e4', '\u1ed9'], // 6F E4 ộ
  ['O\u00c4', '\u1ed8'], // 4F C4 Ộ
  ['o\u00e3', '\u1ed7'], // 6F E3 ỗ
  ['O\u00c3', '\u1ed6'], // 4F C3 Ỗ
  ['o\u00ef', '\u1ecd'], // 6F EF ọ
  ['O\u00cf', '\u1ecc'], // 4F CF Ọ
  ['\u00f4\u00ef', '\u1ee3'], // F4 EF ợ
  ['\u00d4\u00cf', '\u1ee2'], // D4 CF Ợ
  ['\u00f6\u00ef', '\u1ef1'], // F6 EF ự
  ['\u00d6\u00cf', '\u1ef0'], // D6 CF Ự
  ['o\u00f5', '\u00f5'], // 6F F5 õ
  ['O\u00d5', '\u00d5'], // 4F D5 Õ
  ['o\u00f8', '\u00f2'], // 6F F8 ò
  ['O\u00d8', '\u00d2'], // 4F D8 Ò
  ['\u00f4\u00f5', '\u1ee1'], // F4 F5 ỡ
  ['\u00d4\u00d5', '\u1ee0'], // D4 D5 Ỡ
  ['\u00f4\u00f8', '\u1edd'], // F4 F8 ờ
  ['\u00d4\u00d8', '\u1edc'], // D4 D8 Ờ
  ['\u00f6\u00f5', '\u1eef'], // F6 F5 ữ
  ['\u00d6\u00d5', '\u1eee'], // D6 D5 Ữ
  ['\u00f6\u00f8', '\u1eeb'], // F6 F8 ừ
  ['\u00d6\u00d8', '\u1eea'], // D6 D8 Ừ
  ['o\u00f9', '\u00f3'], // 6F F9 ó
  ['O\u00d9', '\u00d3'], // 4F D9 Ó
  ['o\u00fb', '\u1ecf'], // 6F FB ỏ
  ['O\u00db', '\u1ece'], // 4F DB Ỏ
  ['\u00f4\u00f9', '\u1edb'], // F4 F9 ớ
  ['\u00d4\u00d9', '\u1eda'], // D4 D9 Ớ
  ['\u00f4\u00fb', '\u1edf'], // F4 FB ở
  ['\u00d4\u00db', '\u1ede'], // D4 DB Ở
  ['\u00f6\u00f9', '\u1ee9'], // F6 F9 ứ
  ['\u00d6\u00d9', '\u1ee8'], // D6 D9 Ứ
  ['\u00f6\u00fb', '\u1eed'], // F6 FB ử
  ['\u00d6\u00db', '\u1eec'], // D6 DB Ử
  ['u\u00ef', '\u1ee5'], // 75 EF ụ
  ['U\u00cf', '\u1ee4'], // 55 CF Ụ
  ['u\u00f5', '\u0169'], // 75 F5 ũ
  ['U\u00d5', '\u0168'], // 55 D5 Ũ
  ['u\u00f8', '\u00f9'], // 75 F8 ù
  ['U\u00d8', '\u00d9'], // 55 D8 Ù
  ['u\u00f9', '\u00fa'], // 75 F9 ú
  ['U\u00d9', '\u00da'], // 55 D9 Ú
  ['u\u00fb', '\u1ee7'], // 75 FB ủ
  ['U\u00db', '\u1ee6'], // 55 DB Ủ
  ['y\u00f5', '\u1ef9'], // 79 F5 ỹ
  ['Y\u00d5', '\u1ef8'], // 59 D5 Ỹ
  ['y\u00f8', '\u1ef3'], // 79 F8 ỳ
  ['Y\u00d8', '\u1ef2'], // 59 D8 Ỳ
  ['y\u00f9', '\u00fd'], // 79 F9 ý
  ['Y\u00d9', '\u00dd'], // 59 D9 Ý
  ['y\u00fb', '\u1ef7'], // 79 FB ỷ
  ['Y\u00db', '\u1ef6'], // 59 DB Ỷ
  ['\u00e6', '\u1ec9'], // E6 ỉ
  ['\u00c6', '\u1ec8'], // C6 Ỉ
  ['\u00ed', '\u00ed'], // ED í
  ['\u00cd', '\u00cd'], // CD Í
  ['\u00ec', '\u00ec'], // EC ì
  ['\u00cc', '\u00cc'], // CC Ì
  ['\u00ee', '\u1ef5'], // EE ỵ
  ['\u00ce', '\u1ef4'], // CE Ỵ
  ['\u00f1', '\u0111'], // F1 đ
  ['\u00d1', '\u0110'], // D1 Đ
  ['\u00f3', '\u0129'], // F3 ĩ
  ['\u00d3', '\u0128'], // D3 Ĩ
  ['\u00f2', '\u1ecb'], // F2 ị
  ['\u00d2', '\u1eca'], // D2 Ị
  ['\u00f4', '\u01a1'], // F4 ơ
  ['\u00d4', '\u01a0'], // D4 Ơ
  ['\u00f6', '\u01b0'], // F6 ư
  ['\u00d6', '\u01af'], // D6 Ư
];
