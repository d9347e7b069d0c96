import type { CategoryId } from '../categories/categoryIds.js';
import type { CivilDate, LocalizedText } from '../core/index.js';
import type { Finding, FindingSeverity, FindingStatus } from './Finding.js';
import type { UnitKind } from './InventorySchema.js';

/**
 * The format id of the JSON audit report.
 *
 * @example
 * ```ts
 * import { AUDIT_REPORT_FORMAT } from 'vn-portal-kit/compliance';
 * AUDIT_REPORT_FORMAT //=> 'vn-portal-kit/audit-report'
 * ```
 */
export const AUDIT_REPORT_FORMAT = 'vn-portal-kit/audit-report';

/**
 * The JSON report's version: bumped on any incompatible change of {@link AuditReport}.
 *
 * @example
 * ```ts
 * import { AUDIT_REPORT_VERSION } from 'vn-portal-kit/compliance';
 * AUDIT_REPORT_VERSION //=> 1
 * ```
 */
export const AUDIT_REPORT_VERSION = 1;

/**
 * Per-category publication counts, for the report's on-time vs late chart.
 *
 * @example
 * ```ts
 * import type { CategoryTally } from 'vn-portal-kit/compliance';
 * const t: CategoryTally = { category: 'legal-documents', items: 5, onTime: 3, late: 1, overdue: 1, other: 0 };
 * t.late + t.overdue //=> 2
 * ```
 */
export interface CategoryTally {
  readonly category: CategoryId;
  /** Valid items of the category in the inventory. */
  readonly items: number;
  /** Published within their deadline. */
  readonly onTime: number;
  /** Published after their deadline. */
  readonly late: number;
  /** Not published, and their deadline has passed. */
  readonly overdue: number;
  /** No deadline applies, or it could not be computed, or it has not passed yet. */
  readonly other: number;
}

/**
 * The result of one rule over the whole portal.
 *
 * @example
 * ```ts
 * import type { RuleSummary } from 'vn-portal-kit/compliance';
 * const r: RuleSummary = { id: 'qa.answerer', title: { vi: 'Người trả lời', en: 'Answerer' }, status: 'pass', problems: 0, truncated: 0 };
 * r.status //=> 'pass'
 * ```
 */
export interface RuleSummary {
  readonly id: string;
  readonly title: LocalizedText;
  /** The worst status among its findings. */
  readonly status: FindingStatus;
  /** Findings with status `fail` or `needs-review`. */
  readonly problems: number;
  /** Problems not listed because of `maxFindingsPerRule`. */
  readonly truncated: number;
}

/**
 * Totals of an audit.
 *
 * @example
 * ```ts
 * import { auditPortal } from 'vn-portal-kit/compliance';
 * const r = auditPortal({ schemaVersion: 1, portal: { name: 'P', unit: { name: 'U', kind: 'commune' } } }, { profile: 'vinh-phuc-32-2023', asOf: '2026-11-25' });
 * r.summary.items //=> 0
 * ```
 */
export interface AuditSummary {
  /**
   * No `fail` finding of severity `error`, and at least one substantive rule was evaluated. Always `false`
   * when the audit could not run (`audited` false).
   */
  readonly passed: boolean;
  /**
   * `false` when the options made the audit impossible (unknown profile or rule id, bad `asOf`…): the report
   * then holds only `audit.options` findings with coded bilingual messages, and no item was read.
   */
  readonly audited: boolean;
  /** Items read (valid or not). */
  readonly items: number;
  /** Items rejected by the inventory schema. */
  readonly invalidItems: number;
  /** Findings per status (listed ones plus truncated ones). */
  readonly byStatus: Readonly<Record<FindingStatus, number>>;
  /** Problems (`fail` + `needs-review`) per severity. */
  readonly bySeverity: Readonly<Record<FindingSeverity, number>>;
  readonly rules: readonly RuleSummary[];
  readonly categories: readonly CategoryTally[];
}

/**
 * The result of {@link auditPortal}: stable, versioned JSON (`format`, `version`); findings in a stable order
 * (see `compareFindings`).
 *
 * @example
 * ```ts
 * import { auditPortal } from 'vn-portal-kit/compliance';
 * const r = auditPortal({ schemaVersion: 1, portal: { name: 'P', unit: { name: 'U', kind: 'commune' } } }, { profile: 'vinh-phuc-32-2023', asOf: '2026-11-25' });
 * [r.format, r.version, r.asOf] //=> ['vn-portal-kit/audit-report', 1, '2026-11-25']
 * ```
 */
export interface AuditReport {
  readonly format: typeof AUDIT_REPORT_FORMAT;
  readonly version: typeof AUDIT_REPORT_VERSION;
  readonly portal: {
    readonly name: string;
    readonly unit: string;
    readonly unitKind: UnitKind | 'unknown';
    readonly hostnames: readonly string[];
  };
  readonly profile: { readonly id: string; readonly title: LocalizedText };
  readonly asOf: CivilDate;
  readonly summary: AuditSummary;
  readonly findings: readonly Finding[];
}
