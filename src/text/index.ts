/**
 * Vietnamese text under TCVN 6909:2001 (Unicode): NFC normalisation, diacritic folding and ASCII labels,
 * detection and conversion of the legacy encodings portal content still arrives in (TCVN3/ABC, VNI, VIQR,
 * decomposed Unicode, UTF-8 mojibake), a TCVN 6909 conformance check, and Vietnamese alphabetical order.
 *
 * @packageDocumentation
 * @module text
 */
export { type CheckUnicodeOptions, checkUnicode, type UnicodeCheckReport } from './checkUnicode.js';
export { compareVietnamese } from './compareVietnamese.js';
export {
  type ConversionResult,
  type ConversionSegment,
  type ConvertToUnicodeOptions,
  convertToUnicode,
  convertToUnicodeDetailed,
} from './convertToUnicode.js';
export { TCVN6909_PROVISIONS, type Tcvn6909Provision } from './data/tcvn6909Provisions.js';
export { detectEncoding } from './detectEncoding.js';
export { stripDiacritics } from './stripDiacritics.js';
export {
  type LegacyEncoding,
  type Tcvn3Capitals,
  TEXT_ENCODING_NAMES,
  type TextEncoding,
} from './TextEncoding.js';
export { type ToAsciiLabelOptions, toAsciiLabel } from './toAsciiLabel.js';
export { toNFC } from './toNFC.js';
