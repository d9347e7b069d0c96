import { escapeXml as e } from './_lib/escape.js';
import { formatLocation } from './_lib/formatLocation.js';
import type { AuditReport } from './AuditReport.js';
import type { Finding } from './Finding.js';

/**
 * The report as JUnit XML (for CI test dashboards): one `<testsuite>` per rule, one `<testcase>` per finding;
 * `fail` findings carry a `<failure>` (type = severity), `needs-review` and `not-applicable` ones are
 * `<skipped>`. All text is XML-escaped; characters XML forbids are replaced.
 *
 * @example
 * ```ts
 * import { auditPortal, renderAuditJunit } from 'vn-portal-kit/compliance';
 * const report = auditPortal({ schemaVersion: 1, portal: { name: 'P', unit: { name: 'U', kind: 'commune' } } }, { profile: 'vinh-phuc-32-2023', asOf: '2026-11-25' });
 * renderAuditJunit(report).startsWith('<?xml version="1.0" encoding="UTF-8"?>') //=> true
 * ```
 */
export function renderAuditJunit(report: AuditReport): string {
  const byRule = new Map<string, Finding[]>();
  for (const f of report.findings) {
    const list = byRule.get(f.ruleId);
    if (list) list.push(f);
    else byRule.set(f.ruleId, [f]);
  }
  const suites: string[] = [];
  let tests = 0;
  let failures = 0;
  let skipped = 0;
  for (const r of report.summary.rules) {
    const list = byRule.get(r.id) ?? [];
    const cases: string[] = [];
    let sFailures = 0;
    let sSkipped = 0;
    for (const f of list) {
      const where = formatLocation(f.location, 'en');
      const name = `${where ? `[${where}] ` : ''}${f.message.en}`;
      const cit = f.citation ? ` (${f.citation.id})` : '';
      let body = '';
      if (f.status === 'fail') {
        sFailures++;
        body = `<failure type="${e(f.severity)}" message="${e(f.message.en + cit)}">${e(`${f.message.vi}${cit}${f.remediation ? `\nFix: ${f.remediation.en}` : ''}`)}</failure>`;
      } else if (f.status === 'needs-review' || f.status === 'not-applicable') {
        sSkipped++;
        body = `<skipped message="${e(`${f.status}: ${f.message.en}`)}"/>`;
      }
      cases.push(`    <testcase classname="${e(r.id)}" name="${e(name)}">${body}</testcase>`);
    }
    tests += list.length;
    failures += sFailures;
    skipped += sSkipped;
    suites.push(
      `  <testsuite name="${e(r.id)}" tests="${list.length}" failures="${sFailures}" errors="0" skipped="${sSkipped}">\n${cases.join('\n')}\n  </testsuite>`,
    );
  }
  return [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<testsuites name="${e(`vn-portal-kit audit: ${report.portal.name} (${report.profile.id}, ${report.asOf})`)}" tests="${tests}" failures="${failures}" errors="0" skipped="${skipped}">`,
    ...suites,
    '</testsuites>',
    '',
  ].join('\n');
}
