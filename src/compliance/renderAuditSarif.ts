import { formatLocation } from './_lib/formatLocation.js';
import { TOOL_VERSION } from './_lib/toolVersion.js';
import type { AuditReport } from './AuditReport.js';
import { isProblem } from './Finding.js';

/**
 * Options of {@link renderAuditSarif}.
 *
 * @example
 * ```ts
 * import type { RenderAuditSarifOptions } from 'vn-portal-kit/compliance';
 * const o: RenderAuditSarifOptions = { artifactUri: 'inventory.json' };
 * o.artifactUri //=> 'inventory.json'
 * ```
 */
export interface RenderAuditSarifOptions {
  /** The inventory file the results point at (`artifactLocation.uri`). Default `'inventory.json'`. */
  readonly artifactUri?: string;
}

const LEVEL = { error: 'error', warning: 'warning', notice: 'note' } as const;

/** FNV-1a (64-bit, as two 32-bit halves) of a string, as 16 hex digits. */
function fnv1a64(text: string): string {
  let h1 = 0x811c9dc5;
  let h2 = 0xcbf29ce4;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    h1 = Math.imul(h1 ^ c, 0x01000193) >>> 0;
    h2 = Math.imul(h2 ^ c ^ (h1 >>> 13), 0x01000193) >>> 0;
  }
  return h1.toString(16).padStart(8, '0') + h2.toString(16).padStart(8, '0');
}

/**
 * The identity of a finding across audits: its rule, where it is (category, item id, field: not the item's
 * position in the file) and nothing else. Not the message, which names dates and delays that change daily,
 * nor the audit date, so that code scanning keeps one alert (and its dismissal) while the problem lasts.
 */
export function findingFingerprint(f: {
  readonly ruleId: string;
  readonly location: { readonly category?: string; readonly item?: string; readonly field?: string };
}): string {
  const l = f.location;
  return fnv1a64([f.ruleId, l.category ?? '', l.item ?? '', l.field ?? ''].join('\u0000'));
}

/**
 * The report as SARIF 2.1.0 (for GitHub code scanning and other CI tools): one rule per audit rule, one
 * result per problem (`fail` → kind `fail`, `needs-review` → kind `review`), with the level from the
 * severity, the English message (Vietnamese in `properties`), a logical location
 * (`category/item/field`) and the citation. Fingerprints (`partialFingerprints`) hash the rule id, category,
 * item id and field only: stable across audit dates, wording and item order. The driver names the version.
 *
 * @example
 * ```ts
 * import { auditPortal, renderAuditSarif } from 'vn-portal-kit/compliance';
 * const report = auditPortal({ schemaVersion: 1, portal: { name: 'P', unit: { name: 'U', kind: 'commune' } } }, { profile: 'vinh-phuc-32-2023', asOf: '2026-11-25' });
 * JSON.parse(renderAuditSarif(report)).version //=> '2.1.0'
 * ```
 */
export function renderAuditSarif(report: AuditReport, options: RenderAuditSarifOptions = {}): string {
  const uri = options.artifactUri ?? 'inventory.json';
  const rules = report.summary.rules.map((r) => ({
    id: r.id,
    name: r.id.replace(/[^a-zA-Z0-9]+(.)/g, (_, c: string) => c.toUpperCase()),
    shortDescription: { text: r.title.en },
    fullDescription: { text: `${r.title.en} / ${r.title.vi}` },
    properties: { titleVi: r.title.vi },
  }));
  const index = new Map(rules.map((r, i) => [r.id, i]));
  const results = report.findings.filter(isProblem).map((f) => {
    const logical = [f.location.category, f.location.item, f.location.field].filter(Boolean).join('/');
    return {
      ruleId: f.ruleId,
      ...(index.has(f.ruleId) ? { ruleIndex: index.get(f.ruleId) } : {}),
      kind: f.status === 'fail' ? 'fail' : 'review',
      level: f.status === 'fail' ? LEVEL[f.severity] : 'none',
      message: { text: `${f.message.en}${f.citation ? ` (${f.citation.id})` : ''}` },
      locations: [
        {
          physicalLocation: { artifactLocation: { uri } },
          ...(logical
            ? { logicalLocations: [{ fullyQualifiedName: logical, name: formatLocation(f.location, 'en') }] }
            : {}),
        },
      ],
      partialFingerprints: { 'vnPortalKitFinding/v1': findingFingerprint(f) },
      properties: {
        messageVi: f.message.vi,
        severity: f.severity,
        status: f.status,
        ...(f.citation ? { citation: f.citation.id } : {}),
        ...(f.remediation ? { remediation: f.remediation.en, remediationVi: f.remediation.vi } : {}),
        ...(f.evidence ? { evidence: f.evidence } : {}),
      },
    };
  });
  const sarif = {
    $schema: 'https://json.schemastore.org/sarif-2.1.0.json',
    version: '2.1.0',
    runs: [
      {
        tool: {
          driver: {
            name: 'vn-portal-kit',
            version: TOOL_VERSION,
            semanticVersion: TOOL_VERSION,
            informationUri: 'https://github.com/vn-portal-kit/vn-portal-kit',
            rules,
          },
        },
        artifacts: [{ location: { uri } }],
        results,
        properties: { profile: report.profile.id, asOf: report.asOf, portal: report.portal.name },
      },
    ],
  };
  return `${JSON.stringify(sarif, null, 2)}\n`;
}
