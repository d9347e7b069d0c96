import { parseArgs } from 'node:util';
import { formatIssue } from '../../core/index.js';
import { checkUnicode, convertToUnicodeDetailed, TEXT_ENCODING_NAMES } from '../../text/index.js';
import type { CliCommand, CliIO } from '../CliCommand.js';

/** The bundled sample, relative to the current working directory (the repository root for `npm run demo`). */
export const DEMO_SAMPLE_PATH = 'examples/data/legacy-portal-text.txt';

const usage = `vn-portal-kit demo: chuyển mã một mẫu văn bản cổng thông tin cũ và báo cáo TCVN 6909 / convert a sample of legacy portal text and report on TCVN 6909

Usage:
  vn-portal-kit demo [<file>]

Reads <file> (default ${DEMO_SAMPLE_PATH}, relative to the current directory), and for each paragraph
(separated by a blank line) detects its encoding, converts it to Unicode NFC and lists the TCVN 6909:2001
issues of the original (VP-32-2023/3.1 and the matching provisions of the other regulations).

Exit codes: 0 shown, 2 the file cannot be read or bad arguments.
`;

function fail(io: CliIO, vi: string, en: string): number {
  io.stderr(`vn-portal-kit demo: ${vi} / ${en}\n\nvn-portal-kit demo --help\n`);
  return 2;
}

function parse(args: readonly string[]) {
  return parseArgs({ args: [...args], allowPositionals: true, strict: true, options: {} });
}

/** `vn-portal-kit demo`: the text module on bundled legacy portal text (interim demo of the package). */
export const demoCommand: CliCommand = {
  name: 'demo',
  summary: 'convert a bundled sample of legacy-encoded portal text and show a TCVN 6909 report',
  usage,
  async run(args, io) {
    let parsed: ReturnType<typeof parse>;
    try {
      parsed = parse(args);
    } catch (error) {
      const msg = error instanceof Error ? error.message : String(error);
      return fail(io, `tham số không hợp lệ (${msg})`, `invalid arguments (${msg})`);
    }
    if (parsed.positionals.length > 1) return fail(io, 'chỉ nhận một tệp', 'expected one file');
    const file = parsed.positionals[0] ?? DEMO_SAMPLE_PATH;
    let input: string;
    try {
      input = await io.readText(file);
    } catch (error) {
      const msg = error instanceof Error ? error.message : String(error);
      return fail(
        io,
        `không đọc được ${file} (chạy từ thư mục gốc của kho mã hoặc chỉ đường dẫn tệp; ${msg})`,
        `cannot read ${file} (run from the repository root or pass a file path; ${msg})`,
      );
    }
    const paragraphs = input
      .replace(/\r\n?/g, '\n')
      .split(/\n[ \t]*\n/)
      .map((p) => p.trim())
      .filter((p) => p !== '');
    const out: string[] = [
      'Báo cáo TCVN 6909:2001 (Unicode tiếng Việt) / TCVN 6909:2001 report (Vietnamese Unicode)',
      `Tệp / file: ${file}, ${paragraphs.length} đoạn / paragraph(s)`,
      '',
    ];
    const tally = new Map<string, number>();
    let conforming = 0;
    paragraphs.forEach((paragraph, index) => {
      const converted = convertToUnicodeDetailed(paragraph);
      const report = checkUnicode(paragraph);
      const name = TEXT_ENCODING_NAMES[converted.encoding];
      tally.set(converted.encoding, (tally.get(converted.encoding) ?? 0) + 1);
      if (report.ok) conforming++;
      out.push(`[${index + 1}] ${name.vi} / ${name.en}`);
      out.push(`    gốc / original:    ${paragraph.replace(/\n/g, '\n                       ')}`);
      if (converted.changed) {
        out.push(`    Unicode (NFC):     ${converted.text.replace(/\n/g, '\n                       ')}`);
      }
      if (report.ok) out.push('    TCVN 6909: đạt / conforms');
      else {
        out.push(`    TCVN 6909: không đạt / does not conform`);
        for (const issue of report.issues) {
          out.push(`      - ${formatIssue(issue, 'vi')}`);
          out.push(`        ${formatIssue(issue, 'en')}`);
        }
      }
      out.push('');
    });
    out.push('Tổng hợp / summary:');
    for (const [encoding, n] of tally) {
      const name = TEXT_ENCODING_NAMES[encoding as keyof typeof TEXT_ENCODING_NAMES];
      out.push(`  ${name.vi} / ${name.en}: ${n}`);
    }
    out.push(
      `  đạt TCVN 6909 / conforming: ${conforming}/${paragraphs.length}; chuyển bằng / convert with: vn-portal-kit convert <file>`,
    );
    io.stdout(`${out.join('\n')}\n`);
    return 0;
  },
};
