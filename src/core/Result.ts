import type { Issue } from './Issue.js';
import { VnPortalKitError } from './VnPortalKitError.js';

/**
 * A successful {@link Result}: the value, and any warnings met on the way.
 *
 * @example
 * ```ts
 * import { type Ok, ok } from 'vn-portal-kit/core';
 * const r: Ok<number> = ok(42);
 * r.value //=> 42
 * ```
 */
export interface Ok<T> {
  readonly ok: true;
  readonly value: T;
  /** Warnings only (severity `'warning'`): what was normalised or is doubtful. */
  readonly issues: readonly Issue[];
}

/**
 * A failed {@link Result}: at least one issue of severity `'error'`.
 *
 * @example
 * ```ts
 * import { type Err, createIssue, err, localized } from 'vn-portal-kit/core';
 * const r: Err = err([createIssue('date.invalid', localized('Ngày sai', 'Bad date'))]);
 * r.issues[0]?.code //=> 'date.invalid'
 * ```
 */
export interface Err {
  readonly ok: false;
  readonly issues: readonly Issue[];
}

/**
 * The return type of every parser and validator: `{ ok: true, value, issues }` or `{ ok: false, issues }`.
 * Nothing is thrown on bad user data.
 *
 * @example
 * ```ts
 * import { ok, unwrap } from 'vn-portal-kit/core';
 * unwrap(ok(42)) //=> 42
 * ```
 */
export type Result<T> = Ok<T> | Err;

/**
 * Builds a successful result.
 *
 * @example
 * ```ts
 * import { ok } from 'vn-portal-kit/core';
 * ok('x').ok //=> true
 * ```
 */
export function ok<T>(value: T, issues: readonly Issue[] = []): Ok<T> {
  return { ok: true, value, issues };
}

/**
 * Builds a failed result.
 *
 * @example
 * ```ts
 * import { err, createIssue, localized } from 'vn-portal-kit/core';
 * err([createIssue('a.b', localized('lỗi', 'error'))]).ok //=> false
 * ```
 */
export function err(issues: readonly Issue[]): Err {
  return { ok: false, issues };
}

/**
 * Returns the value of a successful result, or throws a {@link VnPortalKitError} carrying the issues (the
 * `…OrThrow` variants are built with it).
 *
 * @example
 * ```ts
 * import { unwrap, ok } from 'vn-portal-kit/core';
 * unwrap(ok([1, 2])).length //=> 2
 * ```
 */
export function unwrap<T>(result: Result<T>): T {
  if (result.ok) return result.value;
  throw new VnPortalKitError(result.issues);
}
