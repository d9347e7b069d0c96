import type { MatcherResult as ExpectationResult, MatcherState } from 'vitest';
import { type AuditReport, auditPortal } from '../compliance/index.js';
import type { DateInput } from '../core/index.js';
import { couldNotAuditError } from './_lib/couldNotAudit.js';

/**
 * Options of the `toPublishWithinDeadline` matcher.
 *
 * @example
 * ```ts
 * import type { ToPublishWithinDeadlineOptions } from 'vn-portal-kit/vitest';
 * const o: ToPublishWithinDeadlineOptions = { asOf: '2026-11-25' };
 * o.asOf //=> '2026-11-25'
 * ```
 */
export interface ToPublishWithinDeadlineOptions {
  /** The audit date: an unpublished item is late only once its deadline has passed. */
  readonly asOf: DateInput;
}

/**
 * Vitest matcher: one inventory item (category, `eventAt`, `publishedAt`, optional `variant`) is published
 * within the profile's deadline for its category, counted by the state-agency calendar. The failure message
 * gives the due date and the delay in working days.
 *
 * @example
 * ```ts
 * import { expect } from 'vitest';
 * import { toPublishWithinDeadline } from 'vn-portal-kit/vitest';
 * expect.extend({ toPublishWithinDeadline });
 * const doc = { id: 'vb-1', category: 'legal-documents', variant: 'normative', title: 'Quyết định', eventAt: '2026-11-02', publishedAt: '2026-11-20T09:00' };
 * expect(() => expect(doc).toPublishWithinDeadline('vinh-phuc-32-2023', { asOf: '2026-11-25' })).toThrow(/working day/);
 * ```
 */
export function toPublishWithinDeadline(
  this: MatcherState,
  received: unknown,
  profile: string | object,
  options: ToPublishWithinDeadlineOptions,
): ExpectationResult {
  if (typeof options !== 'object' || options === null || options.asOf === undefined) {
    throw new TypeError('toPublishWithinDeadline(profile, { asOf }): asOf is required');
  }
  const report = auditPortal(
    {
      schemaVersion: 1,
      portal: { name: '(item)', unit: { name: '(item)', kind: 'province' } },
      items: [received],
    },
    { profile, asOf: options.asOf, rules: ['deadline.publication', 'inventory.schema'] },
  ) as AuditReport;
  const failed = couldNotAuditError('toPublishWithinDeadline', report);
  if (failed) throw failed;
  const problems = report.findings.filter(
    (f) =>
      (f.ruleId === 'deadline.publication' || f.ruleId === 'inventory.schema') &&
      f.status !== 'pass' &&
      f.status !== 'not-applicable',
  );
  const pass = problems.length === 0;
  const id =
    typeof received === 'object' && received !== null ? String((received as { id?: unknown }).id ?? '') : '';
  const not = this.isNot ? 'not ' : '';
  return {
    pass,
    message: () =>
      pass
        ? `expected item ${id} ${not}to be published within its deadline under ${report.profile.id}, but it was`
        : `expected item ${id} ${not}to be published within its deadline under ${report.profile.id}:\n${problems
            .map((f) => `  ${f.ruleId}: ${f.message.en}${f.citation ? ` (${f.citation.id})` : ''}`)
            .join('\n')}`,
    actual: problems.map((f) => f.evidence ?? f.message.en),
    expected: [],
  };
}
