import { formatIssue, type Issue } from './Issue.js';

/**
 * The one error class of the throwing (`…OrThrow`) variants. It carries the same issues the `Result` form
 * returns; its message is the first error in English and Vietnamese.
 *
 * @example
 * ```ts
 * import { VnPortalKitError, createIssue, localized } from 'vn-portal-kit/core';
 * const e = new VnPortalKitError([createIssue('date.invalid', localized('Ngày không tồn tại', 'No such day'))]);
 * e.issues[0].code //=> 'date.invalid'
 * ```
 */
export class VnPortalKitError extends Error {
  /** All issues of the failed result. */
  readonly issues: readonly Issue[];

  constructor(issues: readonly Issue[]) {
    const first = issues.find((i) => i.severity === 'error') ?? issues[0];
    super(first ? `${formatIssue(first, 'en')} / ${first.message.vi}` : 'vn-portal-kit: invalid input');
    this.name = 'VnPortalKitError';
    this.issues = issues;
  }
}
