import { createIssue, type Issue, localized } from '../core/index.js';
import { analyzeText, decodeLegacy, evidence } from './_lib/analyze.js';
import { fixFragments, legacyFragments } from './_lib/fragments.js';
import { requireText } from './_lib/requireText.js';
import {
  type LegacyEncoding,
  type Tcvn3Capitals,
  TEXT_ENCODING_NAMES,
  type TextEncoding,
} from './TextEncoding.js';

/**
 * Options of {@link convertToUnicode} and {@link convertToUnicodeDetailed}.
 *
 * @example
 * ```ts
 * import { type ConvertToUnicodeOptions, convertToUnicode } from 'vn-portal-kit/text';
 * const options: ConvertToUnicodeOptions = { from: 'tcvn3', tcvn3Capitals: 'always' };
 * convertToUnicode('QUYÕT §ÞNH sè', options) //=> 'QUYẾT ĐỊNH SỐ'
 * ```
 */
export interface ConvertToUnicodeOptions {
  /**
   * The encoding of the input. Absent (or `'mixed'`): detected, line by line with the document's encoding as
   * the default of each line. `'nfc'`, `'nfd'` and `'ascii'` only normalise to NFC.
   */
  readonly from?: TextEncoding;
  /**
   * Casing of TCVN3 toned letters, which TCVN3 only has in lowercase (its capitals came from the .VnTimeH fonts): `'auto'`
   * (default) uppercases a word whose ASCII letters are all capitals (`QUYÕT §ÞNH` → `QUYẾT ĐỊNH`, as the
   * .VnTimeH font displayed it), `'never'` keeps lowercase, `'always'` uppercases (text typed in .VnTimeH).
   */
  readonly tcvn3Capitals?: Tcvn3Capitals;
}

/**
 * One run of lines decoded with the same encoding, in {@link ConversionResult.segments}.
 *
 * @example
 * ```ts
 * import { type ConversionSegment, convertToUnicodeDetailed } from 'vn-portal-kit/text';
 * const segments: readonly ConversionSegment[] = convertToUnicodeDetailed('Caùc coâng vieäc cuûa UBND tænh.').segments;
 * segments.map((s) => [s.fromLine, s.toLine, s.encoding]) //=> [[1, 1, 'vni']]
 * ```
 */
export interface ConversionSegment {
  /** First line (1-based). */
  readonly fromLine: number;
  /** Last line (1-based, inclusive). */
  readonly toLine: number;
  /** The encoding the lines were read as. */
  readonly encoding: TextEncoding;
}

/**
 * What {@link convertToUnicodeDetailed} returns.
 *
 * @example
 * ```ts
 * import { type ConversionResult, convertToUnicodeDetailed } from 'vn-portal-kit/text';
 * const r: ConversionResult = convertToUnicodeDetailed('Caùc coâng vieäc cuûa UBND tænh.');
 * [r.text, r.encoding, r.changed] //=> ['Các công việc của UBND tỉnh.', 'vni', true]
 * ```
 */
export interface ConversionResult {
  /** The text in Unicode NFC (TCVN 6909:2001). */
  readonly text: string;
  /** The encoding the input was read as (the `from` option, or the detected one; `'mixed'` when lines differ). */
  readonly encoding: TextEncoding;
  /** Whether the output differs from the input. */
  readonly changed: boolean;
  /** Runs of lines with their encoding (lines without Vietnamese evidence join the surrounding run). */
  readonly segments: readonly ConversionSegment[];
  /**
   * Warnings: mixed encodings; words that still do not read as Vietnamese after conversion (counted in the
   * first 64 K characters of converted legacy text).
   */
  readonly issues: readonly Issue[];
}

/** How many decoded characters are read back for the unreadable-words warning (a cap for huge inputs). */
const CHECK_BUDGET = 65_536;

function decodeLine(line: string, label: TextEncoding, capitals: Tcvn3Capitals): string {
  if (label === 'nfc' || label === 'nfd' || label === 'ascii' || label === 'mixed')
    return line.normalize('NFC');
  return decodeLegacy(line, label as LegacyEncoding, capitals).normalize('NFC');
}

/**
 * Converts Vietnamese text in any of the legacy encodings portal content still arrives in to Unicode NFC
 * (TCVN 6909:2001, required by `VP-32-2023/3.1`, `HG-1347-2020/4.2`, `QN-3069-2021/6.6`, `TN-40-2012/7.1`,
 * `NX-2112-2022/11`), and says what it did. See {@link convertToUnicode} for the rules.
 *
 * @param text - any string
 * @param options - {@link ConvertToUnicodeOptions}
 * @returns the NFC text, the encoding it was read as, per-line segments and warnings
 *
 * @example
 * ```ts
 * import { convertToUnicodeDetailed } from 'vn-portal-kit/text';
 * const r = convertToUnicodeDetailed('QUY\u00d5T \u00a7\u00deNH ban hµnh Quy chÕ');
 * r.text //=> 'QUYẾT ĐỊNH ban hành Quy chế'
 * r.encoding //=> 'tcvn3'
 * r.changed //=> true
 * ```
 */
export function convertToUnicodeDetailed(
  text: string,
  options: ConvertToUnicodeOptions = {},
): ConversionResult {
  requireText(text, 'convertToUnicode');
  const capitals = options.tcvn3Capitals ?? 'auto';
  const from = options.from;
  let lines: readonly string[];
  let labels: readonly TextEncoding[];
  let encoding: TextEncoding;
  if (from !== undefined && from !== 'mixed') {
    lines = [text];
    labels = [from];
    encoding = from;
  } else {
    const analysis = analyzeText(text);
    lines = analysis.lines;
    labels = analysis.labels;
    encoding = analysis.encoding;
  }
  const out: string[] = [];
  const segments: { fromLine: number; toLine: number; encoding: TextEncoding }[] = [];
  const issues: Issue[] = [];
  let lineNo = 1;
  let unreadable = 0;
  let checked = 0;
  let firstUnreadableLine = 0;
  const detecting = from === undefined || from === 'mixed';
  let fragmentWords = 0;
  let firstFragmentLine = 0;
  for (let i = 0; i < lines.length; i++) {
    const line = lines[i] as string;
    const label = labels[i] as TextEncoding;
    let decoded = decodeLine(line, label, capitals);
    if (detecting && (label === 'nfc' || label === 'nfd')) {
      // Legacy words pasted into a Unicode line (see checkUnicode's text.legacy-fragment).
      const fragments = legacyFragments(decoded);
      if (fragments.length > 0) {
        decoded = fixFragments(decoded, fragments);
        fragmentWords += fragments.length;
        if (firstFragmentLine === 0) firstFragmentLine = lineNo;
      }
    }
    out.push(decoded);
    const lineCount = lines.length === 1 ? countLines(text) : 1;
    const last = segments[segments.length - 1];
    if (last !== undefined && last.encoding === label) last.toLine = lineNo + lineCount - 1;
    else segments.push({ fromLine: lineNo, toLine: lineNo + lineCount - 1, encoding: label });
    if (
      label !== 'nfc' &&
      label !== 'nfd' &&
      label !== 'ascii' &&
      label !== 'mixed' &&
      checked < CHECK_BUDGET
    ) {
      // Read back (up to a budget) what was decoded: words that are still not Vietnamese syllables.
      const sample = decoded.slice(0, CHECK_BUDGET - checked);
      checked += sample.length;
      let sampleLine = lineNo;
      for (const part of sample.split('\n')) {
        const e = evidence(part);
        if (e.bad > 0) {
          if (unreadable === 0) firstUnreadableLine = sampleLine;
          unreadable += e.bad;
        }
        sampleLine++;
      }
    }
    lineNo += lineCount;
  }
  const result = out.join('\n');
  if (encoding === 'mixed') {
    const used = [...new Set(segments.map((s) => s.encoding))].filter((e) => e !== 'ascii');
    issues.push(
      createIssue(
        'text.mixed-encodings',
        localized(
          `Văn bản trộn nhiều bảng mã (${used.map((e) => TEXT_ENCODING_NAMES[e].vi).join(', ')}); đã chuyển từng dòng sang Unicode dựng sẵn`,
          `The text mixes encodings (${used.map((e) => TEXT_ENCODING_NAMES[e].en).join(', ')}); converted line by line to Unicode NFC`,
        ),
        { severity: 'warning', details: { encodings: used } },
      ),
    );
  }
  if (fragmentWords > 0) {
    issues.push(
      createIssue(
        'text.legacy-fragment',
        localized(
          `Đã chuyển ${fragmentWords} từ ở bảng mã cũ (TCVN3, VNI) lẫn trong văn bản Unicode (từ dòng ${firstFragmentLine})`,
          `Converted ${fragmentWords} legacy-encoded word(s) (TCVN3, VNI) inside Unicode text (from line ${firstFragmentLine})`,
        ),
        { severity: 'warning', details: { count: fragmentWords, line: firstFragmentLine } },
      ),
    );
  }
  if (unreadable > 0) {
    issues.push(
      createIssue(
        'text.unreadable-words',
        localized(
          `${unreadable} từ sau khi chuyển mã vẫn không phải âm tiết tiếng Việt (từ dòng ${firstUnreadableLine}); kiểm tra lại bảng mã nguồn`,
          `${unreadable} word(s) still do not read as Vietnamese syllables after conversion (from line ${firstUnreadableLine}); check the source encoding`,
        ),
        { severity: 'warning', details: { count: unreadable, line: firstUnreadableLine } },
      ),
    );
  }
  return { text: result, encoding, changed: result !== text, segments, issues };
}

function countLines(text: string): number {
  let n = 1;
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) n++;
  return n;
}

/**
 * Converts Vietnamese text to Unicode NFC (TCVN 6909:2001), detecting the source encoding when `from` is
 * absent (see {@link detectEncoding}); text that is not Vietnamese comes back unchanged (only NFC-normalised).
 *
 * - TCVN3 (ABC): only the 74 ABC code points are decoded, so Word's smart quotes and dashes survive; the soft
 *   hyphen U+00AD is `ư`; toned capitals follow the `tcvn3Capitals` option.
 * - VNI: longest match first (`ôù` = `ớ`, not `ơ` + `ù`).
 * - VIQR (RFC 1456): marks count only right after a vowel of a word, one tone per word (a second mark is
 *   punctuation); `\` escapes a mark (`\.`, `\?`); a `.` ending a line after a final glide (`nhau.`) is a
 *   period; `dd` = `đ` at the start of a word, `DD` = `Đ` also inside abbreviations (`NDD-CP`).
 * - UTF-8 mojibake: characters → windows-1252 bytes → UTF-8, only where they form valid UTF-8.
 *
 * Use {@link convertToUnicodeDetailed} to learn the detected encoding, the per-line segments and warnings.
 * Never throws; linear in the length of the text.
 *
 * @param text - any string
 * @param from - the source encoding, or options; absent: detect
 * @returns the text in Unicode NFC
 *
 * @example
 * ```ts
 * import { convertToUnicode } from 'vn-portal-kit/text';
 * convertToUnicode('ñy ban nh©n d©n tØnh VÜnh Phóc') //=> 'ủy ban nhân dân tỉnh Vĩnh Phúc'
 * convertToUnicode('UÛy ban nhaân daân tænh Vónh Phuùc') //=> 'Ủy ban nhân dân tỉnh Vĩnh Phúc'
 * convertToUnicode('U?y ban nha^n da^n ti?nh Vi~nh Phu\'c') //=> 'Ủy ban nhân dân tỉnh Vĩnh Phúc'
 * convertToUnicode('Ủy ban nhân dân tỉnh Vĩnh Phúc') //=> 'Ủy ban nhân dân tỉnh Vĩnh Phúc'
 * convertToUnicode('“Bé Tµi chÝnh” –', 'tcvn3') //=> '“Bộ Tài chính” –'
 * convertToUnicode('Le café, s’il vous plaît.') //=> 'Le café, s’il vous plaît.'
 * ```
 */
export function convertToUnicode(text: string, from?: TextEncoding | ConvertToUnicodeOptions): string {
  const options: ConvertToUnicodeOptions = typeof from === 'string' ? { from } : (from ?? {});
  return convertToUnicodeDetailed(text, options).text;
}
