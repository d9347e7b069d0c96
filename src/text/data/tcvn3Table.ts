/**
 * TCVN3 (ABC, VN3) as read through windows-1252: the 74 ABC code points, `[legacy char, Unicode letter, uppercase in the .VnTimeH font or empty]`. Only these code points are decoded (pitfall 2: the VN1 superset turns smart quotes and dashes into letters).
 *
 * Copied from the project data `data/encodings/tcvn3.csv` (standard code assignments, verified against two
 * independent converters). Legal basis of the conversion target: TCVN 6909:2001 (`VP-32-2023/3.1`).
 */
export const TCVN3_TABLE: readonly (readonly [legacy: string, unicode: string, vnTimeHUpper: string])[] = [
  ['\u00a1', '\u0102', ''], // 0xA1 Ă
  ['\u00a2', '\u00c2', ''], // 0xA2 Â
  ['\u00a3', '\u00ca', ''], // 0xA3 Ê
  ['\u00a4', '\u00d4', ''], // 0xA4 Ô
  ['\u00a5', '\u01a0', ''], // 0xA5 Ơ
  ['\u00a6', '\u01af', ''], // 0xA6 Ư
  ['\u00a7', '\u0110', ''], // 0xA7 Đ
  ['\u00a8', '\u0103', '\u0102'], // 0xA8 ă
  ['\u00a9', '\u00e2', '\u00c2'], // 0xA9 â
  ['\u00aa', '\u00ea', '\u00ca'], // 0xAA ê
  ['\u00ab', '\u00f4', '\u00d4'], // 0xAB ô
  ['\u00ac', '\u01a1', '\u01a0'], // 0xAC ơ
  ['\u00ad', '\u01b0', '\u01af'], // 0xAD ư
  ['\u00ae', '\u0111', '\u0110'], // 0xAE đ
  ['\u00b5', '\u00e0', '\u00c0'], // 0xB5 à
  ['\u00b6', '\u1ea3', '\u1ea2'], // 0xB6 ả
  ['\u00b7', '\u00e3', '\u00c3'], // 0xB7 ã
  ['\u00b8', '\u00e1', '\u00c1'], // 0xB8 á
  ['\u00b9', '\u1ea1', '\u1ea0'], // 0xB9 ạ
  ['\u00bb', '\u1eb1', '\u1eb0'], // 0xBB ằ
  ['\u00bc', '\u1eb3', '\u1eb2'], // 0xBC ẳ
  ['\u00bd', '\u1eb5', '\u1eb4'], // 0xBD ẵ
  ['\u00be', '\u1eaf', '\u1eae'], // 0xBE ắ
  ['\u00c6', '\u1eb7', '\u1eb6'], // 0xC6 ặ
  ['\u00c7', '\u1ea7', '\u1ea6'], // 0xC7 ầ
  ['\u00c8', '\u1ea9', '\u1ea8'], // 0xC8 ẩ
  ['\u00c9', '\u1eab', '\u1eaa'], // 0xC9 ẫ
  ['\u00ca', '\u1ea5', '\u1ea4'], // 0xCA ấ
  ['\u00cb', '\u1ead', '\u1eac'], // 0xCB ậ
  ['\u00cc', '\u00e8', '\u00c8'], // 0xCC è
  ['\u00ce', '\u1ebb', '\u1eba'], // 0xCE ẻ
  ['\u00cf', '\u1ebd', '\u1ebc'], // 0xCF ẽ
  ['\u00d0', '\u00e9', '\u00c9'], // 0xD0 é
  ['\u00d1', '\u1eb9', '\u1eb8'], // 0xD1 ẹ
  ['\u00d2', '\u1ec1', '\u1ec0'], // 0xD2 ề
  ['\u00d3', '\u1ec3', '\u1ec2'], // 0xD3 ể
  ['\u00d4', '\u1ec5', '\u1ec4'], // 0xD4 ễ
  ['\u00d5', '\u1ebf', '\u1ebe'], // 0xD5 ế
  ['\u00d6', '\u1ec7', '\u1ec6'], // 0xD6 ệ
  ['\u00d7', '\u00ec', '\u00cc'], // 0xD7 ì
  ['\u00d8', '\u1ec9', '\u1ec8'], // 0xD8 ỉ
  ['\u00dc', '\u0129', '\u0128'], // 0xDC ĩ
  ['\u00dd', '\u00ed', '\u00cd'], // 0xDD í
  ['\u00de', '\u1ecb', '\u1eca'], // 0xDE ị
  ['\u00df', '\u00f2', '\u00d2'], // 0xDF ò
  ['\u00e1', '\u1ecf', '\u1ece'], // 0xE1 ỏ
  ['\u00e2', '\u00f5', '\u00d5'], // 0xE2 õ
  ['\u00e3', '\u00f3', '\u00d3'], // 0xE3 ó
  ['\u00e4', '\u1ecd', '\u1ecc'], // 0xE4 ọ
  ['\u00e5', '\u1ed3', '\u1ed2'], // 0xE5 ồ
  ['\u00e6', '\u1ed5', '\u1ed4'], // 0xE6 ổ
  ['\u00e7', '\u1ed7', '\u1ed6'], // 0xE7 ỗ
  ['\u00e8', '\u1ed1', '\u1ed0'], // 0xE8 ố
  ['\u00e9', '\u1ed9', '\u1ed8'], // 0xE9 ộ
  ['\u00ea', '\u1edd', '\u1edc'], // 0xEA ờ
  ['\u00eb', '\u1edf', '\u1ede'], // 0xEB ở
  ['\u00ec', '\u1ee1', '\u1ee0'], // 0xEC ỡ
  ['\u00ed', '\u1edb', '\u1eda'], // 0xED ớ
  ['\u00ee', '\u1ee3', '\u1ee2'], // 0xEE ợ
  ['\u00ef', '\u00f9', '\u00d9'], // 0xEF ù
  ['\u00f1', '\u1ee7', '\u1ee6'], // 0xF1 ủ
  ['\u00f2', '\u0169', '\u0168'], // 0xF2 ũ
  ['\u00f3', '\u00fa', '\u00da'], // 0xF3 ú
  ['\u00f4', '\u1ee5', '\u1ee4'], // 0xF4 ụ
  ['\u00f5', '\u1eeb', '\u1eea'], // 0xF5 ừ
  ['\u00f6', '\u1eed', '\u1eec'], // 0xF6 ử
  ['\u00f7', '\u1eef', '\u1eee'], // 0xF7 ữ
  ['\u00f8', '\u1ee9', '\u1ee8'], // 0xF8 ứ
  ['\u00f9', '\u1ef1', '\u1ef0'], // 0xF9 ự
  ['\u00fa', '\u1ef3', '\u1ef2'], // 0xFA ỳ
  ['\u00fb', '\u1ef7', '\u1ef6'], // 0xFB ỷ
  ['\u00fc', '\u1ef9', '\u1ef8'], // 0xFC ỹ
  ['\u00fd', '\u00fd', '\u00dd'], // 0xFD ý
  ['\u00fe', '\u1ef5', '\u1ef4'], // 0xFE ỵ
];
