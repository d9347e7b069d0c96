import { parseArgs } from 'node:util';
import { CATEGORY_NAMES } from '../../categories/index.js';
import { auditPortal, parseInventoryJson, renderAuditHtml, renderAuditText } from '../../compliance/index.js';
import { formatIssue, type Language, toCivilDate } from '../../core/index.js';
import { checkUnicode, convertToUnicodeDetailed, TEXT_ENCODING_NAMES } from '../../text/index.js';
import { packagedFile } from '../_lib/packagedFile.js';
import { parseOrUsageError, usageError } from '../_lib/usage.js';
import type { CliCommand, CliIO } from '../CliCommand.js';

/** The bundled example inventory, relative to the package root (shipped in the npm package). */
export const DEMO_INVENTORY_PATH = 'examples/inventory/vinh-phuc-portal.json';
/** The bundled sample of legacy-encoded portal text, relative to the package root (shipped too). */
export const DEMO_SAMPLE_PATH = 'examples/data/legacy-portal-text.txt';
/** The profile and date the example inventory is audited against. */
const DEMO_PROFILE = 'vinh-phuc-32-2023';
const DEMO_AS_OF = '2026-11-25';

const usage = `vn-portal-kit demo: kiểm tra tuân thủ cổng thông tin mẫu và chuyển mã văn bản cũ / audit the bundled example portal and convert legacy text

Usage:
  vn-portal-kit demo [<legacy-text-file>] [options]

Audits ${DEMO_INVENTORY_PATH} (a provincial portal with deliberate defects) against
${DEMO_PROFILE} as of ${DEMO_AS_OF}, prints a summary, writes the HTML report, then converts the bundled
legacy-encoded text (default ${DEMO_SAMPLE_PATH}) to Unicode and reports on TCVN 6909. Both files ship
in the npm package (paths above are relative to it), so \`npx vn-portal-kit demo\` works from any folder.

Options:
  --inventory <file>   another inventory (default ${DEMO_INVENTORY_PATH})
  --as-of <date>       the audit date (default ${DEMO_AS_OF})
  --out <file>         where to write the HTML report (default audit-report.html)
  --lang <vi|en>       language of the audit summary (default vi; the report shows both)

Exit codes: 0 shown, 2 nothing could be read or bad arguments.
`;

function fail(io: CliIO, vi: string, en: string): number {
  return usageError(io, 'demo', vi, en);
}

function parse(args: readonly string[]) {
  return parseArgs({
    args: [...args],
    allowPositionals: true,
    strict: true,
    options: {
      inventory: { type: 'string' },
      'as-of': { type: 'string', default: DEMO_AS_OF },
      out: { type: 'string', default: 'audit-report.html' },
      lang: { type: 'string', default: 'vi' },
    },
  });
}

const bar = (n: number, of: number, width = 20): string =>
  '█'.repeat(of === 0 ? 0 : Math.round((n / of) * width));

/** The audit part: summary, findings, chart as text, and the HTML report. Returns false when unreadable. */
async function auditSection(
  io: CliIO,
  out: string[],
  file: string,
  asOf: string,
  html: string,
  language: Language,
): Promise<boolean> {
  let text: string;
  try {
    text = await io.readText(file);
  } catch {
    out.push(`Kiểm tra tuân thủ: không đọc được ${file} / compliance audit: cannot read ${file}`, '');
    return false;
  }
  const json = parseInventoryJson(text);
  if (!json.ok) {
    out.push(...json.issues.map((i) => `${file}: ${formatIssue(i, language)}`), '');
    return false;
  }
  const report = auditPortal(json.value, { profile: DEMO_PROFILE, asOf });
  const en = language === 'en';
  out.push(
    en ? '== Compliance audit ==' : '== Kiểm tra tuân thủ / compliance audit ==',
    `${en ? 'Inventory' : 'Bản kê khai'}: ${file}`,
    `${en ? 'Regulation' : 'Quy định'}: ${report.profile.id} — ${report.profile.title[language]}`,
    '',
  );
  out.push(renderAuditText(report, { language, limit: 40 }).trimEnd(), '');
  out.push(en ? 'On-time vs late publication by category:' : 'Đăng đúng hạn / trễ hạn theo chuyên mục:');
  const rows = report.summary.categories.filter((c) => c.onTime + c.late + c.overdue > 0);
  const max = Math.max(1, ...rows.map((c) => c.onTime + c.late + c.overdue));
  for (const c of rows) {
    const name = CATEGORY_NAMES[c.category][language];
    out.push(
      `  ${(name.length > 40 ? `${name.slice(0, 39)}…` : name).padEnd(40)} ${bar(c.onTime, max)}${'░'.repeat(Math.round(((c.late + c.overdue) / max) * 20))} ${c.onTime} ${en ? 'on time' : 'đúng hạn'}, ${c.late + c.overdue} ${en ? 'late' : 'trễ'}`,
    );
  }
  out.push('');
  try {
    await io.writeText(html, renderAuditHtml(report, { language }));
    out.push(
      en
        ? `HTML report written to ${html}`
        : `Đã ghi báo cáo HTML: ${html} (mở bằng trình duyệt / open it in a browser)`,
      '',
    );
  } catch (error) {
    out.push(`${en ? 'Could not write' : 'Không ghi được'} ${html}: ${(error as Error).message}`, '');
  }
  return true;
}

/** The text part: each paragraph of the legacy sample, detected, converted, checked. */
function textSection(out: string[], file: string, input: string): void {
  const paragraphs = input
    .replace(/\r\n?/g, '\n')
    .split(/\n[ \t]*\n/)
    .map((p) => p.trim())
    .filter((p) => p !== '');
  out.push(
    '== Báo cáo TCVN 6909:2001 (Unicode tiếng Việt) / TCVN 6909:2001 report (Vietnamese Unicode) ==',
    `Tệp / file: ${file}, ${paragraphs.length} đoạn / paragraph(s)`,
    '',
  );
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
    if (converted.changed)
      out.push(`    Unicode (NFC):     ${converted.text.replace(/\n/g, '\n                       ')}`);
    if (report.ok) out.push('    TCVN 6909: đạt / conforms');
    else {
      out.push('    TCVN 6909: không đạt / does not conform');
      for (const issue of report.issues.slice(0, 4))
        out.push(`      - ${formatIssue(issue, 'vi')}`, `        ${formatIssue(issue, 'en')}`);
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
}

/**
 * `vn-portal-kit demo` (`npm run demo`): audits the bundled example inventory of a provincial portal, prints a
 * readable summary and writes `audit-report.html`, then shows the text module on legacy-encoded portal text.
 */
export const demoCommand: CliCommand = {
  name: 'demo',
  summary: 'audit the bundled example portal (summary + audit-report.html) and convert legacy-encoded text',
  usage,
  async run(args, io) {
    const parsed = parseOrUsageError(io, 'demo', () => parse(args));
    if (parsed === undefined) return 2;
    const { values, positionals } = parsed;
    if (positionals.length > 1) return fail(io, 'chỉ nhận một tệp', 'expected one file');
    const language = values.lang as Language;
    if (language !== 'vi' && language !== 'en')
      return fail(io, `ngôn ngữ không hỗ trợ: ${language}`, `unsupported language: ${language}`);
    const asOf = toCivilDate(values['as-of']);
    if (!asOf.ok)
      return fail(io, `ngày không hợp lệ: ${values['as-of']}`, `invalid date: ${values['as-of']}`);
    const out: string[] = [];
    const inventory = values.inventory ?? packagedFile(DEMO_INVENTORY_PATH);
    const audited = await auditSection(io, out, inventory, asOf.value, values.out, language);
    const file = positionals[0] ?? packagedFile(DEMO_SAMPLE_PATH);
    let sample: string | undefined;
    try {
      sample = await io.readText(file);
    } catch (error) {
      if (!audited) {
        const msg = error instanceof Error ? error.message : String(error);
        return fail(
          io,
          `không đọc được ${file} (chỉ đường dẫn tệp; ${msg})`,
          `cannot read ${file} (pass a file path; ${msg})`,
        );
      }
    }
    if (sample !== undefined) textSection(out, file, sample);
    io.stdout(`${out.join('\n')}\n`);
    return 0;
  },
};
