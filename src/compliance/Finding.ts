import type { CategoryId } from '../categories/categoryIds.js';
import type { Citation, LocalizedText } from '../core/index.js';

/**
 * How serious a failed check is: an `error` makes the audit fail, a `warning` or `notice` does not.
 *
 * @example
 * ```ts
 * import type { FindingSeverity } from 'vn-portal-kit/compliance';
 * const s: FindingSeverity = 'notice';
 * s //=> 'notice'
 * ```
 */
export type FindingSeverity = 'error' | 'warning' | 'notice';

/**
 * The outcome of a check: `fail` (the regulation is not met), `pass`, `needs-review` (a person must judge:
 * the data cannot prove it either way, or the rule's basis is uncertain), `not-applicable` (the rule does not
 * apply to this portal under this profile on this date).
 *
 * @example
 * ```ts
 * import type { FindingStatus } from 'vn-portal-kit/compliance';
 * const s: FindingStatus = 'needs-review';
 * s //=> 'needs-review'
 * ```
 */
export type FindingStatus = 'fail' | 'pass' | 'needs-review' | 'not-applicable';

/**
 * Where a finding is: the category, the item id, the field, and the path into the inventory.
 *
 * @example
 * ```ts
 * import type { FindingLocation } from 'vn-portal-kit/compliance';
 * const l: FindingLocation = { category: 'legal-documents', item: 'qd-41-2026', field: 'publishedAt', path: ['items', 9, 'publishedAt'] };
 * l.path?.length //=> 3
 * ```
 */
export interface FindingLocation {
  /** The mandated category concerned. */
  readonly category?: CategoryId;
  /** The id of the item, Q&A case, consultation, suspension, … concerned. */
  readonly item?: string;
  /** The field concerned (dotted for nested fields). */
  readonly field?: string;
  /** The path into the inventory JSON, e.g. `['items', 12, 'fields', 'numberSymbol']`. */
  readonly path?: readonly (string | number)[];
}

/**
 * One result of one rule: what was checked, whether it passed, why (with the provision), where, on what
 * evidence, and how to fix it.
 *
 * @example
 * ```ts
 * import type { Finding } from 'vn-portal-kit/compliance';
 * const f: Finding = {
 *   ruleId: 'deadline.publication', severity: 'error', status: 'fail',
 *   message: { vi: 'Đăng muộn 3 ngày làm việc', en: 'Published 3 working days late' },
 *   citation: { id: 'VP-32-2023/6.2' }, location: { category: 'legal-documents', item: 'vb-12' },
 *   evidence: { dueDate: '2026-10-02', publishedOn: '2026-10-07', delayWorkingDays: 3 },
 *   remediation: { vi: 'Đăng văn bản đúng hạn', en: 'Publish documents on time' },
 * };
 * f.status //=> 'fail'
 * ```
 */
export interface Finding {
  /** The stable id of the rule that produced it, e.g. `'deadline.publication'`. */
  readonly ruleId: string;
  readonly severity: FindingSeverity;
  readonly status: FindingStatus;
  /** What was found, in Vietnamese and English. */
  readonly message: LocalizedText;
  /** The provision that makes this a requirement. */
  readonly citation?: Citation;
  readonly location: FindingLocation;
  /** The facts the finding rests on (dates, counts, the offending value), machine-readable. */
  readonly evidence?: Readonly<Record<string, unknown>>;
  /** How to fix it, in Vietnamese and English. */
  readonly remediation?: LocalizedText;
}

/**
 * The finding-severity order, most serious first.
 *
 * @example
 * ```ts
 * import { SEVERITY_ORDER } from 'vn-portal-kit/compliance';
 * SEVERITY_ORDER //=> ['error', 'warning', 'notice']
 * ```
 */
export const SEVERITY_ORDER: readonly FindingSeverity[] = ['error', 'warning', 'notice'];

/**
 * The finding-status order used when sorting reports: problems first.
 *
 * @example
 * ```ts
 * import { STATUS_ORDER } from 'vn-portal-kit/compliance';
 * STATUS_ORDER[0] //=> 'fail'
 * ```
 */
export const STATUS_ORDER: readonly FindingStatus[] = ['fail', 'needs-review', 'pass', 'not-applicable'];

/**
 * Whether `severity` is at least as serious as `min`.
 *
 * @example
 * ```ts
 * import { severityAtLeast } from 'vn-portal-kit/compliance';
 * severityAtLeast('warning', 'error') //=> false
 * severityAtLeast('error', 'notice') //=> true
 * ```
 */
export function severityAtLeast(severity: FindingSeverity, min: FindingSeverity): boolean {
  return SEVERITY_ORDER.indexOf(severity) <= SEVERITY_ORDER.indexOf(min);
}

/**
 * Whether a finding is a problem: status `fail` or `needs-review`.
 *
 * @example
 * ```ts
 * import { isProblem } from 'vn-portal-kit/compliance';
 * isProblem({ ruleId: 'x', severity: 'error', status: 'pass', message: { vi: '', en: '' }, location: {} }) //=> false
 * ```
 */
export function isProblem(finding: Finding): boolean {
  return finding.status === 'fail' || finding.status === 'needs-review';
}

/**
 * The stable order of findings in every report: status (problems first), severity, rule id, category, item,
 * field, English message.
 *
 * @example
 * ```ts
 * import { compareFindings } from 'vn-portal-kit/compliance';
 * const a = { ruleId: 'a', severity: 'error', status: 'fail', message: { vi: '', en: '' }, location: {} } as const;
 * const b = { ...a, status: 'pass' } as const;
 * compareFindings(a, b) < 0 //=> true
 * ```
 */
export function compareFindings(a: Finding, b: Finding): number {
  return (
    STATUS_ORDER.indexOf(a.status) - STATUS_ORDER.indexOf(b.status) ||
    SEVERITY_ORDER.indexOf(a.severity) - SEVERITY_ORDER.indexOf(b.severity) ||
    cmp(a.ruleId, b.ruleId) ||
    cmp(a.location.category ?? '', b.location.category ?? '') ||
    cmp(a.location.item ?? '', b.location.item ?? '') ||
    cmp(a.location.field ?? '', b.location.field ?? '') ||
    cmp(a.message.en, b.message.en)
  );
}

function cmp(a: string, b: string): number {
  return a < b ? -1 : a > b ? 1 : 0;
}
