import { TT194_2012_TABLE } from './data/tt194-2012.js';

/**
 * The count returned by {@link countStandardPages}.
 *
 * @example
 * ```ts
 * import { countStandardPages } from 'vn-portal-kit/royalty';
 * countStandardPages('a'.repeat(3_221)).wholePages //=> 2
 * ```
 */
export interface StandardPageCount {
  /** Characters counted (Unicode code points, line breaks excluded). */
  readonly characters: number;
  /** Characters per standard page (46 × 70 = 3,220). */
  readonly charactersPerPage: number;
  /** Pages, to two decimals, rounded half up (e.g. 1.5). */
  readonly pages: number;
  /** Started pages (ceiling): what a per-page invoice counts. */
  readonly wholePages: number;
}

/**
 * Counts the standard pages (trang tiêu chuẩn) of a text for Thông tư 194/2012/TT-BTC: 46 lines × 70 characters
 * = 3,220 characters a page. Characters are Unicode code points after NFC normalisation ("ệ" is one whether typed
 * precomposed or decomposed; a lone surrogate is one), line breaks (`\n`, `\r`) are not counted; spaces and punctuation are. Linear time on any input.
 *
 * @see TT-194-2012
 * @example
 * ```ts
 * import { countStandardPages } from 'vn-portal-kit/royalty';
 * countStandardPages('x'.repeat(4_830)) //=> { characters: 4_830, charactersPerPage: 3_220, pages: 1.5, wholePages: 2 }
 * countStandardPages('').wholePages //=> 0
 * ```
 */
export function countStandardPages(
  text: string,
  standardPage: {
    readonly lines: number;
    readonly charactersPerLine: number;
  } = TT194_2012_TABLE.standardPage,
): StandardPageCount {
  if (typeof text !== 'string') throw new TypeError('countStandardPages expects a string');
  const perPage = standardPage.lines * standardPage.charactersPerLine;
  if (!Number.isSafeInteger(perPage) || perPage <= 0)
    throw new RangeError('standard page must be positive integers');
  const nfc = text.normalize('NFC');
  let characters = 0;
  for (let i = 0; i < nfc.length; i++) {
    const c = nfc.charCodeAt(i);
    if (c === 10 || c === 13) continue;
    if (c >= 0xd800 && c <= 0xdbff && i + 1 < nfc.length) {
      const d = nfc.charCodeAt(i + 1);
      if (d >= 0xdc00 && d <= 0xdfff) i++;
    }
    characters++;
  }
  // pages to 2 decimals, half up, in integers: round(characters × 100 / perPage) / 100.
  const hundredths = Math.floor((characters * 200 + perPage) / (2 * perPage));
  return {
    characters,
    charactersPerPage: perPage,
    pages: hundredths / 100,
    wholePages: Math.ceil(characters / perPage),
  };
}
