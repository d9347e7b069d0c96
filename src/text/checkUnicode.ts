import { type Citation, cite, createIssue, type Issue, type IssuePath, localized } from '../core/index.js';
import { analyzeText } from './_lib/analyze.js';
import { fixFragments, legacyFragments } from './_lib/fragments.js';
import { TCVN6909_PROVISIONS } from './data/tcvn6909Provisions.js';
import { TEXT_ENCODING_NAMES, type TextEncoding } from './TextEncoding.js';

/**
 * Options of {@link checkUnicode}.
 *
 * @example
 * ```ts
 * import { type CheckUnicodeOptions, checkUnicode } from 'vn-portal-kit/text';
 * const options: CheckUnicodeOptions = { citation: 'NX-2112-2022/11', path: ['title'] };
 * const report = checkUnicode('Vie\u0323\u0302t Nam', options);
 * [report.issues[0]?.citation?.id, report.issues[0]?.path] //=> ['NX-2112-2022/11', ['title']]
 * ```
 */
export interface CheckUnicodeOptions {
  /**
   * The provision to cite: a provision id of {@link TCVN6909_PROVISIONS} or a regulation id (`'NX-2112-2022'`).
   * Default: `'VP-32-2023/3.1'`; the note of the citation lists the other four.
   */
  readonly citation?: string;
  /** Prefix of every issue path (e.g. `['articles', 3, 'title']`). Default `[]`. */
  readonly path?: IssuePath;
  /** At most this many issues per code (a summary issue tells how many more). Default 20. */
  readonly maxIssuesPerCode?: number;
}

/**
 * What {@link checkUnicode} returns.
 *
 * @example
 * ```ts
 * import { type UnicodeCheckReport, checkUnicode } from 'vn-portal-kit/text';
 * const report: UnicodeCheckReport = checkUnicode('Cổng thông tin điện tử');
 * [report.ok, report.encoding, report.issues.length] //=> [true, 'nfc', 0]
 * ```
 */
export interface UnicodeCheckReport {
  /** `true` when no issue has severity `'error'`. */
  readonly ok: boolean;
  /** The problems, each with `details.index` (UTF-16 offset), `details.line` and `details.column` (1-based). */
  readonly issues: readonly Issue[];
  /** The detected encoding of the text as a whole. */
  readonly encoding: TextEncoding;
}

function pickCitation(wanted: string | undefined): Citation {
  const chosen =
    TCVN6909_PROVISIONS.find((p) => p.id === wanted) ??
    TCVN6909_PROVISIONS.find((p) => wanted !== undefined && p.id.startsWith(`${wanted}/`)) ??
    (TCVN6909_PROVISIONS[0] as (typeof TCVN6909_PROVISIONS)[number]);
  const others = TCVN6909_PROVISIONS.filter((p) => p !== chosen).map((p) => p.id);
  return cite(chosen.id, `TCVN 6909:2001 (Unicode NFC); also ${others.join(', ')}`);
}

const hex = (cp: number): string => `U+${cp.toString(16).toUpperCase().padStart(4, '0')}`;

function isControl(code: number): boolean {
  return (code < 0x20 && code !== 0x09 && code !== 0x0a && code !== 0x0d) || (code >= 0x7f && code <= 0x9f);
}

const isCombining = (code: number): boolean =>
  (code >= 0x300 && code <= 0x36f) ||
  (code >= 0x1ab0 && code <= 0x1aff) ||
  (code >= 0x1dc0 && code <= 0x1dff) ||
  (code >= 0x20d0 && code <= 0x20ff);

/**
 * Checks a text against TCVN 6909:2001 as the portal regulations require it (`VP-32-2023/3.1`,
 * `HG-1347-2020/4.2`, `QN-3069-2021/6.6`, `TN-40-2012/7.1`, `NX-2112-2022/11`): Unicode, precomposed (NFC),
 * no legacy encodings, not several encodings in one text, no control characters. Every issue carries its
 * position (`details.index`, `details.line`, `details.column`) and the citation.
 *
 * Issue codes: `text.not-nfc` (decomposed sequences, one issue per line with their count and columns), `text.legacy-encoding` (lines in TCVN3, VNI, VIQR,
 * windows-1258 or UTF-8 mojibake), `text.legacy-fragment` (TCVN3 or VNI words pasted into a Unicode line, one
 * issue per line: `details.fragments` lists them with their conversion, `details.fixed` is the corrected line),
 * `text.mixed-encodings`, `text.control-character`, `text.lone-surrogate` (errors); `text.replacement-character` (U+FFFD, a sign of a lossy conversion), `text.eth-instead-of-d`
 * (Icelandic `Ð` U+00D0 typed for `Đ` U+0110, as in `QÐ-UBND`) and `text.more-issues` (warnings); `text.not-a-string`
 * (an error, `encoding: 'ascii'`) when the value is not a string at all (`null`, a number, an object read from
 * JSON). Never throws; linear in the length of the text.
 *
 * @param text - any string
 * @param options - {@link CheckUnicodeOptions}
 * @returns `{ ok, issues, encoding }`
 *
 * @example
 * ```ts
 * import { checkUnicode } from 'vn-portal-kit/text';
 * checkUnicode('Cổng thông tin điện tử').ok //=> true
 * const r = checkUnicode('Cæng th«ng tin ®iÖn tö');
 * r.ok //=> false
 * r.issues[0].code //=> 'text.legacy-encoding'
 * r.issues[0].citation.id //=> 'VP-32-2023/3.1'
 * const pasted = checkUnicode('Quyết định số 12 về Cæng th«ng tin ®iÖn tö');
 * pasted.issues.map((i) => [i.code, i.details.column, i.details.fixed]) //=> [['text.legacy-fragment', 21, 'Quyết định số 12 về Cổng thông tin điện tử']]
 * checkUnicode('Vie\u0302\u0323t Nam', { citation: 'NX-2112-2022' }).issues.map((i) => [i.code, i.details.column, i.citation.id]) //=> [['text.not-nfc', 3, 'NX-2112-2022/11']]
 * ```
 */
export function checkUnicode(text: string, options: CheckUnicodeOptions = {}): UnicodeCheckReport {
  const citation = pickCitation(options.citation);
  const path = options.path ?? [];
  const cap = Math.max(1, options.maxIssuesPerCode ?? 20);
  const issues: Issue[] = [];
  const counts = new Map<string, number>();
  /** Counts an occurrence; true when it is still to be reported (under the cap). */
  const report = (code: string): boolean => {
    const n = (counts.get(code) ?? 0) + 1;
    counts.set(code, n);
    return n <= cap;
  };
  if (typeof text !== 'string') {
    const got = text === null ? 'null' : Array.isArray(text) ? 'array' : typeof text;
    issues.push(
      createIssue(
        'text.not-a-string',
        localized(`Giá trị không phải là văn bản (${got})`, `The value is not a text (${got})`),
        { path, citation, details: { type: got } },
      ),
    );
    return { ok: false, issues, encoding: 'ascii' };
  }
  const add = (
    code: string,
    vi: string,
    en: string,
    severity: 'error' | 'warning',
    details: Record<string, unknown>,
  ): void => {
    issues.push(createIssue(code, localized(vi, en), { path, severity, citation, details }));
  };

  // Line starts, for line/column of any index.
  const lineStarts: number[] = [0];
  for (let i = 0; i < text.length; i++) if (text.charCodeAt(i) === 10) lineStarts.push(i + 1);
  const where = (index: number): { index: number; line: number; column: number } => {
    let lo = 0;
    let hi = lineStarts.length - 1;
    while (lo < hi) {
      const mid = (lo + hi + 1) >> 1;
      if ((lineStarts[mid] as number) <= index) lo = mid;
      else hi = mid - 1;
    }
    return { index, line: lo + 1, column: index - (lineStarts[lo] as number) + 1 };
  };

  const analysis = analyzeText(text);
  const isUpperAscii = (c: number): boolean => c >= 0x41 && c <= 0x5a;

  // Characters: controls, lone surrogates, U+FFFD, Icelandic eth for đ.
  for (let i = 0; i < text.length; i++) {
    const code = text.charCodeAt(i);
    if (code === 0xd0 || code === 0xf0) {
      const at = where(i);
      const label = analysis.labels[at.line - 1];
      const inAbbreviation = isUpperAscii(text.charCodeAt(i - 1)) || isUpperAscii(text.charCodeAt(i + 1));
      if (
        (label === 'nfc' || label === 'nfd') &&
        (analysis.vietnamese[at.line - 1] === true || inAbbreviation) &&
        report('text.eth-instead-of-d')
      ) {
        const right = code === 0xd0 ? 'Đ' : 'đ';
        add(
          'text.eth-instead-of-d',
          `"${text[i]}" (${hex(code)}, chữ eth tiếng Iceland) ở dòng ${at.line}, cột ${at.column}: chữ tiếng Việt là "${right}" (${hex(right.charCodeAt(0))}); tìm kiếm "${right}" sẽ không thấy`,
          `"${text[i]}" (${hex(code)}, Icelandic eth) at line ${at.line}, column ${at.column}: the Vietnamese letter is "${right}" (${hex(right.charCodeAt(0))}); a search for "${right}" misses it`,
          'warning',
          { ...at, length: 1, found: text[i], expected: right },
        );
      }
      continue;
    }
    if (isControl(code)) {
      if (!report('text.control-character')) continue;
      const at = where(i);
      add(
        'text.control-character',
        `Ký tự điều khiển ${hex(code)} ở dòng ${at.line}, cột ${at.column}`,
        `Control character ${hex(code)} at line ${at.line}, column ${at.column}`,
        'error',
        { ...at, length: 1, codePoint: hex(code) },
      );
    } else if (code >= 0xd800 && code <= 0xdfff) {
      const pair =
        code <= 0xdbff &&
        i + 1 < text.length &&
        text.charCodeAt(i + 1) >= 0xdc00 &&
        text.charCodeAt(i + 1) <= 0xdfff;
      if (pair) {
        i++;
        continue;
      }
      if (!report('text.lone-surrogate')) continue;
      const at = where(i);
      add(
        'text.lone-surrogate',
        `Nửa cặp thay thế UTF-16 ${hex(code)} đứng một mình ở dòng ${at.line}, cột ${at.column}: không phải ký tự Unicode hợp lệ`,
        `Lone UTF-16 surrogate ${hex(code)} at line ${at.line}, column ${at.column}: not a valid Unicode character`,
        'error',
        { ...at, length: 1, codePoint: hex(code) },
      );
    } else if (code === 0xfffd) {
      if (!report('text.replacement-character')) continue;
      const at = where(i);
      add(
        'text.replacement-character',
        `Ký tự thay thế U+FFFD ở dòng ${at.line}, cột ${at.column}: dấu hiệu văn bản đã bị chuyển mã hỏng`,
        `Replacement character U+FFFD at line ${at.line}, column ${at.column}: the text was damaged by a conversion`,
        'warning',
        { ...at, length: 1, codePoint: 'U+FFFD' },
      );
    }
  }

  // Non-NFC sequences (a starter and its combining marks, or a character NFC replaces): one issue per line.
  if (text.normalize('NFC') !== text) {
    interface Group {
      first: { index: number; line: number; column: number };
      found: string;
      expected: string;
      columns: number[];
      count: number;
    }
    let group: Group | undefined;
    const flush = (): void => {
      if (group === undefined || !report('text.not-nfc')) return;
      const { first, found, expected, count, columns } = group;
      const codes = [...found].map((c) => hex(c.codePointAt(0) as number)).join(' ');
      add(
        'text.not-nfc',
        `Dòng ${first.line} có ${count} chuỗi Unicode tổ hợp (NFD), phải dùng dạng dựng sẵn (NFC); đầu tiên ở cột ${first.column}: "${found}" (${codes}) → "${expected}"`,
        `Line ${first.line} has ${count} decomposed (NFD) sequence(s); use precomposed NFC; the first at column ${first.column}: "${found}" (${codes}) → "${expected}"`,
        'error',
        { ...first, length: found.length, found, expected, count, columns },
      );
    };
    let i = 0;
    while (i < text.length) {
      const start = i;
      i += (text.codePointAt(i) as number) > 0xffff ? 2 : 1;
      while (i < text.length && isCombining(text.charCodeAt(i))) i++;
      if (i - start === 1 && text.charCodeAt(start) < 0x80) continue;
      const cluster = text.slice(start, i);
      const nfc = cluster.normalize('NFC');
      if (nfc === cluster) continue;
      const at = where(start);
      if (group !== undefined && group.first.line === at.line) {
        group.count++;
        if (group.columns.length < 20) group.columns.push(at.column);
      } else {
        flush();
        group = { first: at, found: cluster, expected: nfc, columns: [at.column], count: 1 };
      }
    }
    flush();
  }

  // Legacy encodings and mixtures, line by line.
  const runs: { encoding: TextEncoding; fromLine: number; toLine: number; index: number }[] = [];
  let offset = 0;
  for (let l = 0; l < analysis.lines.length; l++) {
    const label = analysis.labels[l] as TextEncoding;
    const line = analysis.lines[l] as string;
    if (label !== 'nfc' && label !== 'nfd' && label !== 'ascii' && label !== 'mixed') {
      const last = runs[runs.length - 1];
      if (last !== undefined && last.encoding === label && last.toLine === l) last.toLine = l + 1;
      else runs.push({ encoding: label, fromLine: l + 1, toLine: l + 1, index: offset });
    }
    offset += line.length + 1;
  }
  for (const run of runs) {
    if (!report('text.legacy-encoding')) continue;
    const at = where(run.index);
    const name = TEXT_ENCODING_NAMES[run.encoding];
    const lines = run.fromLine === run.toLine ? `${run.fromLine}` : `${run.fromLine}–${run.toLine}`;
    add(
      'text.legacy-encoding',
      `Dòng ${lines} dùng bảng mã ${name.vi}, không phải Unicode TCVN 6909; chuyển bằng convertToUnicode`,
      `Line(s) ${lines} are in ${name.en}, not Unicode TCVN 6909; convert them with convertToUnicode`,
      'error',
      { ...at, encoding: run.encoding, fromLine: run.fromLine, toLine: run.toLine },
    );
  }
  // Legacy words pasted into Unicode lines ("Quyết định vÒ viÖc phª duyÖt"): one issue per line.
  offset = 0;
  for (let l = 0; l < analysis.lines.length; l++) {
    const label = analysis.labels[l] as TextEncoding;
    const line = analysis.lines[l] as string;
    const lineStart = offset;
    offset += line.length + 1;
    if (label !== 'nfc' && label !== 'nfd') continue;
    const fragments = legacyFragments(line);
    const first = fragments[0];
    if (first === undefined || !report('text.legacy-fragment')) continue;
    const at = where(lineStart + first.index);
    const name = TEXT_ENCODING_NAMES[first.encoding];
    add(
      'text.legacy-fragment',
      `Dòng ${at.line} có ${fragments.length} từ ở bảng mã ${name.vi} lẫn trong văn bản Unicode, đầu tiên ở cột ${at.column}: "${first.found}" → "${first.converted}"`,
      `Line ${at.line} has ${fragments.length} word(s) in ${name.en} inside Unicode text; the first at column ${at.column}: "${first.found}" → "${first.converted}"`,
      'error',
      {
        ...at,
        length: first.found.length,
        found: first.found,
        expected: first.converted,
        fragments: fragments.slice(0, 10).map((f) => ({
          column: f.index + 1,
          found: f.found,
          converted: f.converted,
          encoding: f.encoding,
        })),
        fixed: fixFragments(line, fragments),
      },
    );
  }
  if (analysis.encoding === 'mixed') {
    const used = new Map<TextEncoding, number[]>();
    analysis.labels.forEach((label, l) => {
      if (label === 'ascii' || (label === 'nfc' && analysis.vietnamese[l] !== true)) return;
      const list = used.get(label) ?? [];
      if (list.length < 10) list.push(l + 1);
      used.set(label, list);
    });
    const names = [...used.keys()];
    report('text.mixed-encodings');
    add(
      'text.mixed-encodings',
      `Văn bản trộn nhiều bảng mã: ${names.map((e) => `${TEXT_ENCODING_NAMES[e].vi} (dòng ${used.get(e)?.join(', ')})`).join('; ')}`,
      `The text mixes encodings: ${names.map((e) => `${TEXT_ENCODING_NAMES[e].en} (line ${used.get(e)?.join(', ')})`).join('; ')}`,
      'error',
      { ...where(0), encodings: Object.fromEntries(used) },
    );
  }

  for (const [code, n] of counts) {
    if (n > cap) {
      issues.push(
        createIssue(
          'text.more-issues',
          localized(
            `Còn ${n - cap} lỗi "${code}" khác không liệt kê`,
            `${n - cap} more "${code}" issue(s) not listed`,
          ),
          { path, severity: 'warning', citation, details: { code, total: n } },
        ),
      );
    }
  }
  return { ok: !issues.some((i) => i.severity === 'error'), issues, encoding: analysis.encoding };
}
