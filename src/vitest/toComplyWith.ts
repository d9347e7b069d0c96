import type { MatcherResult as ExpectationResult, MatcherState } from 'vitest';
import {
  type AuditReport,
  type AuditRule,
  auditPortal,
  type FindingSeverity,
  renderAuditText,
  severityAtLeast,
} from '../compliance/index.js';
import type { DateInput, Language } from '../core/index.js';
import { couldNotAuditError } from './_lib/couldNotAudit.js';

/**
 * Options of the `toComplyWith` matcher.
 *
 * @example
 * ```ts
 * import type { ToComplyWithOptions } from 'vn-portal-kit/vitest';
 * const o: ToComplyWithOptions = { asOf: '2026-11-25', minSeverity: 'warning', rules: ['deadline'] };
 * o.minSeverity //=> 'warning'
 * ```
 */
export interface ToComplyWithOptions {
  /** The audit date. */
  readonly asOf: DateInput;
  /** Rule ids or prefixes to run (and custom rules to add), as `auditPortal`'s `rules`. */
  readonly rules?: readonly (string | AuditRule)[];
  /** Rule ids or prefixes to switch off. */
  readonly disable?: readonly string[];
  /** Only failures at least this severe fail the assertion. Default `'error'`. */
  readonly minSeverity?: FindingSeverity;
  /** Language of the failure listing. Default `'en'`. */
  readonly language?: Language;
}

function verdict(
  state: MatcherState,
  report: AuditReport,
  options: ToComplyWithOptions,
): { pass: boolean; message: () => string; actual: unknown; expected: unknown } {
  const failed = couldNotAuditError('toComplyWith', report);
  if (failed) throw failed;
  const min = options.minSeverity ?? 'error';
  const failures = report.findings.filter((f) => f.status === 'fail' && severityAtLeast(f.severity, min));
  const truncated = report.summary.rules.reduce((n, r) => n + r.truncated, 0);
  const pass = failures.length === 0 && (truncated === 0 || min !== 'error' || report.summary.passed);
  const language = options.language ?? 'en';
  const listing = renderAuditText(report, { language, minSeverity: min, limit: 50 });
  const not = state.isNot ? 'not ' : '';
  return {
    pass,
    message: () =>
      pass
        ? `expected the portal ${not}to comply with ${report.profile.id} as of ${report.asOf}, but it does (no ${min}-level failure)`
        : `expected the portal ${not}to comply with ${report.profile.id} as of ${report.asOf} (min severity ${min}); ${failures.length} failure(s):\n${listing}`,
    actual: failures.map((f) => `${f.ruleId}: ${f.message.en}`),
    expected: [],
  };
}

/**
 * Vitest matcher: the inventory complies with a profile on a date — no `fail` finding at `minSeverity` or
 * above (default `error`). The failure message lists each finding (rule id, location, message, citation).
 * Register it with `expect.extend({ toComplyWith })` (or {@link complianceMatchers}); an inventory whose
 * items are an async iterable makes it asynchronous (`await expect(inv).toComplyWith(…)`).
 *
 * @example
 * ```ts
 * import { expect } from 'vitest';
 * import { toComplyWith } from 'vn-portal-kit/vitest';
 * expect.extend({ toComplyWith });
 * const inventory = { schemaVersion: 1, portal: { name: 'Cổng xã', unit: { name: 'Đạo Trù', kind: 'commune' } } };
 * expect(() => expect(inventory).toComplyWith('vinh-phuc-32-2023', { asOf: '2026-11-25' })).toThrow(/categories.required/);
 * // an unknown rule id is never ignored: the matcher fails, listing the valid ids
 * expect(() => expect(inventory).not.toComplyWith('vinh-phuc-32-2023', { asOf: '2026-11-25', rules: ['deadlines'] })).toThrow(/audit.unknown-rule/);
 * ```
 */
export function toComplyWith(
  this: MatcherState,
  received: unknown,
  profile: string | object,
  options: ToComplyWithOptions,
): ExpectationResult {
  if (typeof options !== 'object' || options === null || options.asOf === undefined) {
    throw new TypeError('toComplyWith(profile, { asOf }): asOf is required');
  }
  const report = auditPortal(received, {
    profile,
    asOf: options.asOf,
    ...(options.rules ? { rules: options.rules } : {}),
    ...(options.disable ? { disable: options.disable } : {}),
  }) as AuditReport | Promise<AuditReport>;
  if (report instanceof Promise) return report.then((r) => verdict(this, r, options));
  return verdict(this, report, options);
}
