/**
 * Vitest matchers for compliance test suites: `toComplyWith(profile, { asOf, rules?, minSeverity? })` audits
 * an inventory and lists each failing finding; `toPublishWithinDeadline(profile, { asOf })` checks one item's
 * publication deadline. Register them the documented Vitest way, in a setup file:
 *
 * ```ts
 * import { expect } from 'vitest';
 * import { complianceMatchers } from 'vn-portal-kit/vitest';
 * expect.extend(complianceMatchers);
 * ```
 *
 * Importing this module also brings the type augmentation of Vitest's `Matchers`. `vitest` is an optional
 * peer dependency.
 *
 * @packageDocumentation
 * @module vitest
 */
import type { ToComplyWithOptions } from './toComplyWith.js';
import { toComplyWith } from './toComplyWith.js';
import type { ToPublishWithinDeadlineOptions } from './toPublishWithinDeadline.js';
import { toPublishWithinDeadline } from './toPublishWithinDeadline.js';

export { type ToComplyWithOptions, toComplyWith } from './toComplyWith.js';
export { type ToPublishWithinDeadlineOptions, toPublishWithinDeadline } from './toPublishWithinDeadline.js';

/**
 * Both matchers, for `expect.extend(complianceMatchers)`.
 *
 * @example
 * ```ts
 * import { expect } from 'vitest';
 * import { complianceMatchers } from 'vn-portal-kit/vitest';
 * expect.extend(complianceMatchers);
 * Object.keys(complianceMatchers) //=> ['toComplyWith', 'toPublishWithinDeadline']
 * ```
 */
export const complianceMatchers: {
  readonly toComplyWith: typeof toComplyWith;
  readonly toPublishWithinDeadline: typeof toPublishWithinDeadline;
} = { toComplyWith, toPublishWithinDeadline };

/**
 * The matchers' signatures, merged into Vitest's `Matchers` (and so `Assertion`) by this module.
 *
 * @example
 * ```ts
 * import type { ComplianceMatchers } from 'vn-portal-kit/vitest';
 * type M = ComplianceMatchers<void>;
 * const name: keyof M = 'toComplyWith';
 * name //=> 'toComplyWith'
 * ```
 */
export interface ComplianceMatchers<R = unknown> {
  /** The inventory complies with `profile` on `asOf` (no failure at `minSeverity` or above). */
  toComplyWith(profile: string | object, options: ToComplyWithOptions): R;
  /** The item is published within its deadline under `profile`. */
  toPublishWithinDeadline(profile: string | object, options: ToPublishWithinDeadlineOptions): R;
}

declare module 'vitest' {
  // biome-ignore lint/suspicious/noExplicitAny: Vitest's own declaration uses `any`.
  interface Matchers<T = any> extends ComplianceMatchers<T> {}
}
