import { formatIssue, type Issue } from './Issue.js';

/**
 * The one error class of the throwing (`…OrThrow`) variants. It carries the same issues the `Result` form
 * returns; its message is the first error in English and Vietnamese.
 *
 * It extends `RangeError`: it is thrown when an input value lies outside what a rule allows (a day that
 * does not exist, a year outside the supported range, a coefficient above the legal maximum), so callers
 * that already catch `RangeError` from date libraries keep working.
 *
 * @example
 * ```ts
 * import { VnPortalKitError, createIssue, localized } from 'vn-portal-kit/core';
 * const e = new VnPortalKitError([createIssue('date.invalid', localized('Ngày không tồn tại', 'No such day'))]);
 * e.issues[0].code //=> 'date.invalid'
 * e instanceof RangeError //=> true
 * ```
 */
export class VnPortalKitError extends RangeError {
  /** All issues of the failed result. */
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[]) {
    const first = issues.find((i) => i.severity === 'error') ?? issues[0];
    super(first ? `${formatIssue(first, 'en')} / ${first.message.vi}` : 'vn-portal-kit: invalid input');
    this.name = 'VnPortalKitError';
    this.issues = issues;
  }
}
