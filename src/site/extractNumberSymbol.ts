/**
 * Reads a document number-symbol (số, ký hiệu) as a page writes it, after an optional label (`Số ký hiệu:`,
 * `Số hiệu:`, `Ký hiệu:`, `Số:`): `41/2026/QĐ-UBND`, `1347/QĐ-UBND`, `60-NQ/TW`, and the malformed variants
 * pages carry (`41/2026/QĐ UBND`, `Số: 1347 /QĐ-UBND`). Returned as written (spaces collapsed), so the audit's
 * `documents.number` rule judges it. `undefined` when the text holds none. Linear time; never throws.
 *
 * @example
 * ```ts
 * import { readNumberSymbol } from 'vn-portal-kit/site';
 * readNumberSymbol('Số ký hiệu: 41/2026/QĐ-UBND Ngày ban hành: 02/12/2026') //=> '41/2026/QĐ-UBND'
 * readNumberSymbol('Hôm nay trời đẹp') //=> undefined
 * ```
 */
export function readNumberSymbol(text: string): string | undefined {
  if (typeof text !== 'string' || text.length === 0) return undefined;
  const s = text.length > 4_000 ? text.slice(0, 4_000) : text;
  const m = NUMBER_RE.exec(s);
  if (!m) return undefined;
  return m[0].replace(/\s+/g, ' ').trim();
}

// The groups of a symbol: the type starts with a capital (QĐ, TTr, QyĐ), later groups with a capital or a
// digit; a group after a stray space (a common typo for "-") must be all capitals, so words do not join.
const FIRST = '[A-ZĐ][A-Za-zĐđ0-9]{0,14}';
const NEXT = '[A-ZĐ0-9][A-Za-zĐđ0-9]{0,14}';
const SPACED = '[A-ZĐ]{2,15}';
// number[/year]/TYPE[-ISSUER…] (spaces tolerated around / and -), or number-TYPE/ISSUER (party documents).
const NUMBER_RE = new RegExp(
  `(?<![\\dA-Za-z/])\\d{1,6}(?: ?\\/ ?\\d{4})? ?\\/ ?${FIRST}(?: ?- ?${NEXT}| ${SPACED}){0,4}(?![A-Za-zĐđ0-9/])` +
    `|(?<![\\dA-Za-z/])\\d{1,6}-${FIRST}\\/${NEXT}(?![A-Za-zĐđ0-9/])`,
  'u',
);
