import { parseArgs } from 'node:util';
import { selectRules } from '../../compliance/_lib/auditOptions.js';
import {
  type AuditReport,
  auditPortal,
  type FindingSeverity,
  parseInventoryJson,
  readInventoryJson,
  readInventoryLines,
  renderAuditHtml,
  renderAuditJson,
  renderAuditJunit,
  renderAuditMarkdown,
  renderAuditSarif,
  renderAuditText,
} from '../../compliance/index.js';
import { formatIssue, type Issue, type Language, toCivilDate, todayInVietnam } from '../../core/index.js';
import { getProfile, PROFILE_IDS } from '../../profiles/index.js';
import { languageOrUsageError, parseOrUsageError, usageError } from '../_lib/usage.js';
import type { CliCommand, CliIO } from '../CliCommand.js';

const FORMATS = ['text', 'json', 'md', 'html', 'sarif', 'junit'] as const;
/** An issue in both languages (usage errors are bilingual whatever --lang says). */
const bilingual = (i: Issue): string => `${formatIssue(i, 'vi')} / ${i.message.en}`;

type Format = (typeof FORMATS)[number];

const usage = `vn-portal-kit audit: kiểm tra tuân thủ của cổng thông tin điện tử / audit a portal against a regulation

Usage:
  vn-portal-kit audit <inventory.json | inventory.ndjson | -> [options]

Options:
  --profile <id>         the regulation (default: the inventory's portal.profileId), one of:
                         ${PROFILE_IDS.join(', ')}
  --as-of <YYYY-MM-DD>   the audit date (default: today in Vietnam)
  --format <f>           text | json | md | html | sarif | junit (default text)
  --out <file>           write the report to a file instead of standard output
  --lang <vi|en>         language of text, md and html reports (default vi)
  --rules <ids>          only these rules (comma-separated ids or prefixes, e.g. deadline,qa)
  --disable <ids>        switch these rules off (comma-separated ids or prefixes)
  --min-severity <s>     text output: list problems at least this severe (error | warning | notice)
  --input <json|ndjson>  the inventory's form (default: ndjson for .ndjson and .jsonl files, else json).
                         JSON Lines (ndjson): the first line is the inventory without its items, each
                         further line one item; read as it arrives, for inventories of millions of items

Examples:
  vn-portal-kit audit examples/inventory/vinh-phuc-portal.json --profile vinh-phuc-32-2023 --as-of 2026-11-25
  vn-portal-kit audit inventory.json --format sarif --out audit.sarif
  cat inventory.json | vn-portal-kit audit - --format html --out audit-report.html
  vn-portal-kit audit province-2026.ndjson --format sarif --out audit.sarif

Exit codes: 0 no error-level failure, 1 errors found, 2 bad input or usage error.
`;

function fail(io: CliIO, vi: string, en: string): number {
  return usageError(io, 'audit', vi, en);
}

const list = (s: string | undefined): string[] =>
  s === undefined
    ? []
    : s
        .split(',')
        .map((x) => x.trim())
        .filter(Boolean);

/** Renders a report in one of the CLI's formats. */
export function renderReport(
  report: AuditReport,
  format: Format,
  language: Language,
  artifactUri: string,
  minSeverity: FindingSeverity,
): string {
  switch (format) {
    case 'json':
      return renderAuditJson(report);
    case 'md':
      return renderAuditMarkdown(report, { language });
    case 'html':
      return renderAuditHtml(report, { language });
    case 'sarif':
      return renderAuditSarif(report, { artifactUri });
    case 'junit':
      return renderAuditJunit(report);
    default:
      return renderAuditText(report, { language, minSeverity });
  }
}

/** `vn-portal-kit audit <inventory.json>`: audits a portal inventory and writes a report. */
export const auditCommand: CliCommand = {
  name: 'audit',
  summary:
    'audit a portal inventory against a regulation on a date (text, JSON, Markdown, HTML, SARIF, JUnit)',
  usage,
  async run(args, io) {
    const parsed = parseOrUsageError(io, 'audit', () =>
      parseArgs({
        args: [...args],
        allowPositionals: true,
        strict: true,
        options: {
          profile: { type: 'string' },
          'as-of': { type: 'string' },
          format: { type: 'string', default: 'text' },
          out: { type: 'string' },
          lang: { type: 'string' },
          rules: { type: 'string' },
          disable: { type: 'string' },
          'min-severity': { type: 'string', default: 'notice' },
          input: { type: 'string' },
        },
      }),
    );
    if (parsed === undefined) return 2;
    const { values, positionals } = parsed;
    if (positionals.length !== 1) {
      return fail(
        io,
        'cần đúng một tệp bản kê khai (hoặc - cho đầu vào chuẩn)',
        'give exactly one inventory file (or - for standard input)',
      );
    }
    const file = positionals[0] as string;
    const format = values.format as Format;
    if (!FORMATS.includes(format))
      return fail(io, `định dạng không hỗ trợ: ${format}`, `unsupported format: ${format}`);
    const language = languageOrUsageError(io, 'audit', values.lang);
    if (language === undefined) return 2;
    const minSeverity = values['min-severity'] as FindingSeverity;
    if (!['error', 'warning', 'notice'].includes(minSeverity)) {
      return fail(io, `mức độ không hợp lệ: ${minSeverity}`, `invalid severity: ${minSeverity}`);
    }
    let asOf = todayInVietnam();
    if (values['as-of'] !== undefined) {
      const d = toCivilDate(values['as-of']);
      if (!d.ok) return fail(io, `ngày không hợp lệ: ${values['as-of']}`, `invalid date: ${values['as-of']}`);
      asOf = d.value;
    }

    // Rule ids are checked before anything is read: an unknown one is a usage error, never ignored.
    const rules = list(values.rules);
    const selection = selectRules(
      rules.length > 0 ? rules : undefined,
      values.disable !== undefined ? list(values.disable) : undefined,
    );
    if (selection.issues.length > 0) {
      io.stderr(`${selection.issues.map(bilingual).join('\n')}\n`);
      return 2;
    }

    const input = values.input ?? (/\.(ndjson|jsonl)$/i.test(file) ? 'ndjson' : 'json');
    if (input !== 'json' && input !== 'ndjson')
      return fail(io, `dạng đầu vào không hỗ trợ: ${input}`, `unsupported input form: ${input}`);

    const cannotRead = (error: unknown) =>
      fail(io, `không đọc được tệp ${file}`, `cannot read ${file} (${(error as Error).message})`);
    let inventory: unknown;
    if (input === 'ndjson') {
      try {
        const lines = await readInventoryLines(io.readChunks(file));
        if (!lines.ok) {
          io.stderr(`${lines.issues.map((i) => `${file}: ${formatIssue(i, language)}`).join('\n')}\n`);
          return 2;
        }
        inventory = lines.value;
      } catch (error) {
        return cannotRead(error);
      }
    } else if (file !== '-') {
      // A JSON file is read as a stream, twice (the header, then the items one by one): memory follows the
      // largest item, not the file.
      try {
        const json = await readInventoryJson(() => io.readChunks(file));
        if (!json.ok) {
          io.stderr(`${json.issues.map((i) => `${file}: ${formatIssue(i, language)}`).join('\n')}\n`);
          return 2;
        }
        inventory = json.value;
      } catch (error) {
        return cannotRead(error);
      }
    } else {
      let text: string;
      try {
        text = await io.readText(file);
      } catch (error) {
        return cannotRead(error);
      }
      const json = parseInventoryJson(text);
      if (!json.ok) {
        io.stderr(`${json.issues.map((i) => `${file}: ${formatIssue(i, language)}`).join('\n')}\n`);
        return 2;
      }
      inventory = json.value;
    }
    const declared =
      typeof inventory === 'object' && inventory !== null
        ? (inventory as { portal?: { profileId?: unknown } }).portal?.profileId
        : undefined;
    const profile = values.profile ?? (typeof declared === 'string' ? declared : undefined);
    if (profile === undefined) {
      return fail(
        io,
        'cần --profile (bản kê khai không ghi portal.profileId)',
        'give --profile (the inventory has no portal.profileId)',
      );
    }
    if (!getProfile(profile)) {
      return fail(
        io,
        `không có quy định "${profile}" (có: ${PROFILE_IDS.join(', ')})`,
        `unknown profile "${profile}" (known: ${PROFILE_IDS.join(', ')})`,
      );
    }

    // Progress on a terminal: against the total for a JSON inventory of 50,000 items or more; as a running
    // count for JSON Lines, whose total is unknown until the end.
    const items = (inventory as { items?: unknown })?.items;
    const count = Array.isArray(items) ? items.length : undefined;
    // Streamed inputs (JSON Lines, JSON files) have no total until the end: a running count from 10,000 items.
    const progress = io.isTTY && (count === undefined || count >= 50_000);
    let shown = false;
    let report: AuditReport;
    try {
      report = await auditPortal(inventory as never, {
        profile,
        asOf,
        ...(rules.length > 0 ? { rules } : {}),
        ...(values.disable ? { disable: list(values.disable) } : {}),
        ...(progress
          ? {
              onProgress: (n: number) => {
                if (count === undefined && n < 10_000) return;
                shown = true;
                io.stderr(
                  count === undefined
                    ? `\raudit: ${n.toLocaleString('en')} items`
                    : `\raudit: ${n.toLocaleString('en')} / ${count.toLocaleString('en')} items (${Math.floor((n / count) * 100)}%)`,
                );
              },
            }
          : {}),
      });
    } catch (error) {
      // A streamed input that fails halfway (a system error: the file removed, a device error); anything
      // else is a defect and is not disguised as one.
      if (typeof (error as { code?: unknown })?.code === 'string') return cannotRead(error);
      throw error;
    }
    if (progress && shown) io.stderr('\n');
    if (!report.summary.audited) {
      io.stderr(renderAuditText(report, { language }));
      return 2;
    }
    if (
      report.summary.rules.length === 1 &&
      report.summary.rules[0]?.id === 'inventory.schema' &&
      report.summary.rules[0].problems > 0
    ) {
      io.stderr(renderAuditText(report, { language }));
      return 2;
    }
    const output = renderReport(
      report,
      format,
      language,
      file === '-' ? 'inventory.json' : file,
      minSeverity,
    );
    if (values.out !== undefined) {
      try {
        await io.writeText(values.out, output);
      } catch (error) {
        return fail(
          io,
          `không ghi được tệp ${values.out}`,
          `cannot write ${values.out} (${(error as Error).message})`,
        );
      }
      const s = report.summary;
      io.stdout(
        language === 'en'
          ? `${s.passed ? 'PASS' : 'FAIL'}: ${s.bySeverity.error} errors, ${s.bySeverity.warning} warnings, ${s.bySeverity.notice} notices; report written to ${values.out}\n`
          : `${s.passed ? 'ĐẠT' : 'KHÔNG ĐẠT'}: ${s.bySeverity.error} lỗi, ${s.bySeverity.warning} cảnh báo, ${s.bySeverity.notice} lưu ý; đã ghi báo cáo vào ${values.out}\n`,
      );
    } else io.stdout(output);
    return report.summary.passed ? 0 : 1;
  },
};
