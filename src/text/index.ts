/**
 * Vietnamese text under TCVN 6909:2001 (Unicode): NFC normalisation, diacritic folding and ASCII labels,
 * detection and conversion of the legacy encodings portal content still arrives in (TCVN3/ABC, VNI, VIQR,
 * decomposed Unicode, UTF-8 mojibake), a TCVN 6909 conformance check, and Vietnamese alphabetical order.
 *
 * @packageDocumentation
 * @module text
 */
export { stripDiacritics } from './stripDiacritics.js';
export { type ToAsciiLabelOptions, toAsciiLabel } from './toAsciiLabel.js';
export { toNFC } from './toNFC.js';
