import type { Language } from '../core/index.js';
import { escapeTerminal } from './_lib/escape.js';
import { formatLocation } from './_lib/formatLocation.js';
import type { AuditReport } from './AuditReport.js';
import { type Finding, type FindingSeverity, isProblem, severityAtLeast } from './Finding.js';

/**
 * Options of {@link renderAuditText} and {@link formatFinding}.
 *
 * @example
 * ```ts
 * import type { RenderAuditTextOptions } from 'vn-portal-kit/compliance';
 * const o: RenderAuditTextOptions = { language: 'en', minSeverity: 'error', limit: 10 };
 * o.limit //=> 10
 * ```
 */
export interface RenderAuditTextOptions {
  /** Language of the messages. Default `'vi'`. */
  readonly language?: Language;
  /** Only problems at least this severe are listed. Default `'notice'` (all). */
  readonly minSeverity?: FindingSeverity;
  /** At most this many findings are listed. Default 200. */
  readonly limit?: number;
}

const ICON: Record<Finding['status'], string> = {
  fail: '✗',
  'needs-review': '?',
  pass: '✓',
  'not-applicable': '–',
};

/**
 * One finding as one line: status mark, severity, rule id, location, message and citation. Text from the
 * inventory is made terminal-safe: control characters (CR, ESC of ANSI colours), line separators and
 * bidirectional overrides are shown as visible escapes (`\r`, `\x1b`, `\u202e`), never passed through.
 *
 * @example
 * ```ts
 * import { formatFinding } from 'vn-portal-kit/compliance';
 * formatFinding({ ruleId: 'qa.timeliness', severity: 'error', status: 'fail', message: { vi: 'Trả lời muộn', en: 'Answered late' }, citation: { id: 'TN-40-2012/14.4.a' }, location: { item: 'q-7' } }, { language: 'en' })
 * //=> '✗ error qa.timeliness [q-7] Answered late (TN-40-2012/14.4.a)'
 * ```
 */
export function formatFinding(finding: Finding, options: RenderAuditTextOptions = {}): string {
  const language = options.language ?? 'vi';
  const where = escapeTerminal(formatLocation(finding.location, language));
  const cit = finding.citation ? ` (${escapeTerminal(finding.citation.id)})` : '';
  return `${ICON[finding.status]} ${finding.severity} ${escapeTerminal(finding.ruleId)}${where ? ` [${where}]` : ''} ${escapeTerminal(finding.message[language])}${cit}`;
}

/**
 * A plain-text report for terminals and test failures: the verdict, totals, then each problem on one line.
 *
 * @example
 * ```ts
 * import { auditPortal, renderAuditText } from 'vn-portal-kit/compliance';
 * const report = auditPortal({ schemaVersion: 1, portal: { name: 'P', unit: { name: 'U', kind: 'commune' } } }, { profile: 'vinh-phuc-32-2023', asOf: '2026-11-25' });
 * renderAuditText(report, { language: 'en' }).split('\n')[0].startsWith('FAIL') //=> true
 * ```
 */
export function renderAuditText(report: AuditReport, options: RenderAuditTextOptions = {}): string {
  const language = options.language ?? 'vi';
  const min = options.minSeverity ?? 'notice';
  const limit = options.limit ?? 200;
  const s = report.summary;
  const en = language === 'en';
  const lines: string[] = [];
  lines.push(
    `${s.passed ? 'PASS' : 'FAIL'} ${escapeTerminal(report.portal.name)} — ${escapeTerminal(report.profile.id)} ${en ? 'as of' : 'tại ngày'} ${escapeTerminal(report.asOf)}`,
  );
  lines.push(
    en
      ? `${s.items} items (${s.invalidItems} invalid); ${s.bySeverity.error} errors, ${s.bySeverity.warning} warnings, ${s.bySeverity.notice} notices; ${s.byStatus.pass} rules passed, ${s.byStatus['not-applicable']} not applicable`
      : `${s.items} tin bài (${s.invalidItems} không hợp lệ); ${s.bySeverity.error} lỗi, ${s.bySeverity.warning} cảnh báo, ${s.bySeverity.notice} lưu ý; ${s.byStatus.pass} quy tắc đạt, ${s.byStatus['not-applicable']} không áp dụng`,
  );
  const problems = report.findings.filter((f) => isProblem(f) && severityAtLeast(f.severity, min));
  for (const f of problems.slice(0, limit)) lines.push(`  ${formatFinding(f, { language })}`);
  const more =
    problems.length - Math.min(limit, problems.length) + s.rules.reduce((n, r) => n + r.truncated, 0);
  if (more > 0) lines.push(en ? `  … and ${more} more` : `  … và ${more} phát hiện khác`);
  return `${lines.join('\n')}\n`;
}
