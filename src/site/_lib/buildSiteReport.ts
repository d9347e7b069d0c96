import {
  type AuditReport,
  type AuditRule,
  auditPortal,
  defineRule,
  type Finding,
} from '../../compliance/index.js';
import type { SiteRule } from '../SiteRule.js';

/** The built-in audit rules the inferred inventory goes through: timeliness, document numbers, host names. */
export const CONTENT_AUDIT_RULES = ['deadline.publication', 'documents.number', 'hostnames.scheme'] as const;

const matches = (id: string, selector: string) => id === selector || id.startsWith(`${selector}.`);

/**
 * The one call of `auditPortal` of the live checks: the inventory inferred from the pages goes through the
 * content rules, and each evaluated `site.*` rule joins as a custom rule that reports the findings the crawl
 * made (a rule without findings passes). One report, one summary, the existing renderers.
 */
export function buildSiteReport(input: {
  readonly inventory: unknown;
  readonly profile: unknown;
  readonly asOf: string;
  readonly rules: readonly SiteRule[];
  readonly findings: readonly Finding[];
  readonly disable: readonly string[];
  readonly maxFindingsPerRule?: number;
}): AuditReport {
  const byRule = new Map<string, Finding[]>();
  for (const f of input.findings) {
    const list = byRule.get(f.ruleId);
    if (list) list.push(f);
    else byRule.set(f.ruleId, [f]);
  }
  const seen = new Set<string>();
  const siteRules: AuditRule[] = [];
  const all = [...input.rules];
  // Rules of findings made elsewhere (a browser renderer's) join too.
  for (const id of byRule.keys()) {
    if (!all.some((r) => r.id === id)) {
      const f = (byRule.get(id) as Finding[])[0] as Finding;
      all.push({
        id,
        group: 'fetch',
        title: { vi: id, en: id },
        severity: f.severity,
        citation: f.citation ?? { id: 'ND-224-2026/12' },
        confidence: 'text',
        remediation: f.remediation ?? { vi: '', en: '' },
      });
    }
  }
  for (const rule of all) {
    if (seen.has(rule.id) || input.disable.some((d) => matches(rule.id, d))) continue;
    seen.add(rule.id);
    const found = byRule.get(rule.id) ?? [];
    siteRules.push(
      defineRule({
        id: rule.id,
        title: rule.title,
        severity: rule.severity,
        citation: rule.citation,
        checkPortal: () =>
          found.map((f) => ({
            status: f.status,
            severity: f.severity,
            message: f.message,
            ...(f.citation ? { citation: f.citation } : {}),
            location: f.location,
            ...(f.evidence ? { evidence: f.evidence } : {}),
            ...(f.remediation ? { remediation: f.remediation } : {}),
          })),
      }),
    );
  }
  const content = CONTENT_AUDIT_RULES.filter((id) => !input.disable.some((d) => matches(id, d)));
  return auditPortal(input.inventory as Record<string, unknown>, {
    profile: input.profile as object,
    asOf: input.asOf,
    // No built-in selector matches "site": with every content rule disabled, none runs.
    rules: [...(content.length > 0 ? content : ['site']), ...siteRules],
    disable: input.disable.filter((d) => !d.startsWith('site')),
    ...(input.maxFindingsPerRule === undefined ? {} : { maxFindingsPerRule: input.maxFindingsPerRule }),
  });
}
