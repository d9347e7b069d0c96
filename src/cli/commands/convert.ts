import { parseArgs } from 'node:util';
import { formatIssue, type Issue } from '../../core/index.js';
import {
  checkUnicode,
  convertToUnicodeDetailed,
  TEXT_ENCODING_NAMES,
  type TextEncoding,
  type UnicodeCheckReport,
} from '../../text/index.js';
import { parseOrUsageError, usageError } from '../_lib/usage.js';
import type { CliCommand, CliIO } from '../CliCommand.js';

const ENCODINGS = Object.keys(TEXT_ENCODING_NAMES) as TextEncoding[];

const usage = `vn-portal-kit convert: chuyển văn bản tiếng Việt sang Unicode dựng sẵn (TCVN 6909) / convert Vietnamese text to Unicode NFC

Usage:
  vn-portal-kit convert [<file>|-] [options]

Reads <file> (or standard input for - or no file), detects its encoding (TCVN3/ABC, VNI, VIQR, UTF-8
mojibake, windows-1258, decomposed Unicode) and prints it in Unicode NFC.

Options:
  --from <enc>   source encoding instead of detection: ${ENCODINGS.join(', ')}
  --check        print the TCVN 6909:2001 report of the input instead of the text
                 (VP-32-2023/3.1, HG-1347-2020/4.2, QN-3069-2021/6.6, TN-40-2012/7.1, NX-2112-2022/11)
  --json         print JSON: { text, encoding, changed, segments, issues } (with --check: the report)

Examples:
  vn-portal-kit convert old-page.txt > page.txt
  vn-portal-kit convert --check --json < article.txt

Exit codes: 0 converted (or --check found nothing), 1 --check found problems, 2 usage or input error.
`;

function fail(io: CliIO, vi: string, en: string): number {
  return usageError(io, 'convert', vi, en);
}

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      from: { type: 'string' },
      check: { type: 'boolean' },
      json: { type: 'boolean' },
    },
  });
}

/** Renders a TCVN 6909 report as bilingual text lines. */
export function formatUnicodeReport(report: UnicodeCheckReport): string {
  const name = TEXT_ENCODING_NAMES[report.encoding];
  const lines = [
    `Bảng mã phát hiện / detected encoding: ${name.vi} / ${name.en}`,
    report.ok
      ? 'TCVN 6909:2001: đạt / conforms'
      : `TCVN 6909:2001: không đạt, ${report.issues.length} vấn đề / does not conform, ${report.issues.length} issue(s)`,
  ];
  for (const issue of report.issues) lines.push(...formatBilingual(issue));
  return `${lines.join('\n')}\n`;
}

function formatBilingual(issue: Issue): string[] {
  return [`  - ${formatIssue(issue, 'vi')}`, `    ${formatIssue(issue, 'en')}`];
}

/** `vn-portal-kit convert [file|-]`: legacy Vietnamese text to Unicode NFC, or its TCVN 6909 report. */
export const convertCommand: CliCommand = {
  name: 'convert',
  summary: 'convert TCVN3/VNI/VIQR/mojibake text to Unicode NFC, or --check it against TCVN 6909',
  usage,
  async run(args, io) {
    const parsed = parseOrUsageError(io, 'convert', () => parse(args));
    if (parsed === undefined) return 2;
    const { values, positionals } = parsed;
    if (positionals.length > 1) return fail(io, 'chỉ nhận một tệp', 'expected one file');
    const from = values.from;
    if (from !== undefined && !ENCODINGS.includes(from as TextEncoding)) {
      return fail(
        io,
        `bảng mã không hỗ trợ: ${from.slice(0, 30)} (chọn: ${ENCODINGS.join(', ')})`,
        `unsupported encoding: ${from.slice(0, 30)} (one of: ${ENCODINGS.join(', ')})`,
      );
    }
    const file = positionals[0] ?? '-';
    let input: string;
    try {
      input = await io.readText(file);
    } catch (error) {
      const msg = error instanceof Error ? error.message : String(error);
      return fail(io, `không đọc được tệp ${file} (${msg})`, `cannot read ${file} (${msg})`);
    }
    if (values.check) {
      const report = checkUnicode(input);
      io.stdout(values.json ? `${JSON.stringify(report, null, 2)}\n` : formatUnicodeReport(report));
      return report.ok ? 0 : 1;
    }
    const result = convertToUnicodeDetailed(input, from === undefined ? {} : { from: from as TextEncoding });
    if (values.json) {
      io.stdout(`${JSON.stringify(result, null, 2)}\n`);
      return 0;
    }
    io.stdout(result.text);
    for (const issue of result.issues)
      io.stderr(`${formatIssue(issue, 'vi')}\n${formatIssue(issue, 'en')}\n`);
    return 0;
  },
};
