import type { AuditReport } from '../../compliance/index.js';

/**
 * The matcher failure for an audit that could not run (unknown profile or rule id, bad `asOf`…): an `Error`
 * listing each coded issue in both languages. Thrown, so that `.not` cannot turn it into a pass.
 */
export function couldNotAuditError(matcher: string, report: AuditReport): Error | undefined {
  if (report.summary.audited) return undefined;
  const lines = report.findings.map((f) => {
    const code = (f.evidence as { code?: unknown } | undefined)?.code;
    return `  ${typeof code === 'string' ? code : f.ruleId}: ${f.message.en} / ${f.message.vi}`;
  });
  return new Error(`${matcher}: could not audit / không kiểm tra được:\n${lines.join('\n')}`);
}
