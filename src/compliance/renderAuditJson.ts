import type { AuditReport } from './AuditReport.js';

/**
 * The report as stable, versioned JSON (`format`, `version`; findings in their stable order; keys in a
 * fixed order; no timestamps), so two audits of the same inventory on the same date give identical files.
 *
 * @example
 * ```ts
 * import { auditPortal, renderAuditJson } from 'vn-portal-kit/compliance';
 * const report = auditPortal({ schemaVersion: 1, portal: { name: 'P', unit: { name: 'U', kind: 'commune' } } }, { profile: 'vinh-phuc-32-2023', asOf: '2026-11-25' });
 * JSON.parse(renderAuditJson(report)).version //=> 1
 * ```
 */
export function renderAuditJson(report: AuditReport): string {
  return `${JSON.stringify(report, null, 2)}\n`;
}
