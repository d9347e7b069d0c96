import { CATEGORY_NAMES } from '../categories/categoryIds.js';
import type { Language } from '../core/index.js';
import { escapeMarkdown } from './_lib/escape.js';
import { groupFindings } from './_lib/groupFindings.js';
import type { AuditReport } from './AuditReport.js';
import { isProblem } from './Finding.js';

/**
 * Options of {@link renderAuditMarkdown}.
 *
 * @example
 * ```ts
 * import type { RenderAuditMarkdownOptions } from 'vn-portal-kit/compliance';
 * const o: RenderAuditMarkdownOptions = { language: 'vi' };
 * o.language //=> 'vi'
 * ```
 */
export interface RenderAuditMarkdownOptions {
  /** Language of the messages. Default `'vi'`. */
  readonly language?: Language;
  /** List passing and not-applicable rules too. Default `false`. */
  readonly includePassed?: boolean;
}

/**
 * The report as Markdown (for a pull request, a wiki or an e-mail): verdict and totals, the rules table,
 * then problems grouped by category and article, each with its location, citation and remediation. Every text
 * that comes from data is escaped for CommonMark: it cannot open raw HTML, a link, a heading, a code span or
 * a new line.
 *
 * @example
 * ```ts
 * import { auditPortal, renderAuditMarkdown } from 'vn-portal-kit/compliance';
 * const report = auditPortal({ schemaVersion: 1, portal: { name: 'P', unit: { name: 'U', kind: 'commune' } } }, { profile: 'vinh-phuc-32-2023', asOf: '2026-11-25' });
 * renderAuditMarkdown(report, { language: 'en' }).startsWith('# Compliance audit: P') //=> true
 * ```
 */
export function renderAuditMarkdown(report: AuditReport, options: RenderAuditMarkdownOptions = {}): string {
  const lang = options.language ?? 'vi';
  const en = lang === 'en';
  const s = report.summary;
  const out: string[] = [];
  out.push(`# ${en ? 'Compliance audit' : 'Kiểm tra tuân thủ'}: ${escapeMarkdown(report.portal.name)}`, '');
  out.push(
    `- ${en ? 'Regulation' : 'Quy định'}: ${escapeMarkdown(report.profile.id)} — ${escapeMarkdown(report.profile.title[lang])}`,
    `- ${en ? 'As of' : 'Tại ngày'}: ${escapeMarkdown(report.asOf)}`,
    `- ${en ? 'Verdict' : 'Kết luận'}: **${s.passed ? (en ? 'PASS' : 'ĐẠT') : en ? 'FAIL' : 'KHÔNG ĐẠT'}** — ${s.bySeverity.error} ${en ? 'errors' : 'lỗi'}, ${s.bySeverity.warning} ${en ? 'warnings' : 'cảnh báo'}, ${s.bySeverity.notice} ${en ? 'notices' : 'lưu ý'}; ${s.items} ${en ? 'items' : 'tin bài'}`,
    '',
  );
  out.push(
    `## ${en ? 'Rules' : 'Quy tắc'}`,
    '',
    `| ${en ? 'rule' : 'quy tắc'} | ${en ? 'status' : 'kết quả'} | ${en ? 'problems' : 'vấn đề'} |`,
    '|---|---|---:|',
  );
  for (const r of s.rules) {
    out.push(`| ${escapeMarkdown(r.id)} ${escapeMarkdown(r.title[lang])} | ${r.status} | ${r.problems} |`);
  }
  out.push('');
  const problems = report.findings.filter((f) => options.includePassed === true || isProblem(f));
  out.push(`## ${en ? 'Findings' : 'Phát hiện'}`, '');
  if (problems.length === 0) out.push(en ? 'No problems found.' : 'Không phát hiện vấn đề.', '');
  for (const g of groupFindings(problems)) {
    out.push(
      `### ${g.category ? escapeMarkdown(CATEGORY_NAMES[g.category][lang]) : en ? 'Portal-wide' : 'Toàn cổng'}`,
      '',
    );
    for (const a of g.articles) {
      out.push(`#### ${escapeMarkdown(a.article)}`, '');
      for (const f of a.findings) {
        // Data is never put in code spans (a backtick or a blank line in an id would close one): escaped text.
        const where = [f.location.item, f.location.field]
          .filter(Boolean)
          .map((x) => escapeMarkdown(String(x)));
        out.push(
          `- **${f.severity}** ${f.status} ${escapeMarkdown(f.ruleId)}${where.length ? ` ${where.join(' ')}` : ''}: ${escapeMarkdown(f.message[lang])}${f.citation ? ` (${escapeMarkdown(f.citation.id)})` : ''}`,
        );
        if (f.remediation)
          out.push(`  - ${en ? 'Fix' : 'Khắc phục'}: ${escapeMarkdown(f.remediation[lang])}`);
      }
      out.push('');
    }
  }
  return `${out.join('\n').trimEnd()}\n`;
}
