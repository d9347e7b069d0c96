import type { DeadlineRule } from '../calendar/index.js';

/**
 * Evaluates a deadline rule from an instant (the engine's only dependency on the calendar): the instant the
 * deadline ends, or `null` when it cannot be computed. The default counts Vietnamese state-agency working days
 * with `computeDeadline` of `vn-portal-kit/calendar`.
 *
 * @example
 * ```ts
 * import type { DeadlineEvaluator } from 'vn-portal-kit/workflow';
 * const plusOneDay: DeadlineEvaluator = (start) => new Date(start.getTime() + 86_400_000);
 * plusOneDay(new Date(0), { kind: 'same-day' })?.getTime() //=> 86_400_000
 * ```
 */
export type DeadlineEvaluator = (start: Date, rule: DeadlineRule) => Date | null;

/**
 * Options of `transition` and `startWorkflow`.
 *
 * @example
 * ```ts
 * import type { TransitionOptions } from 'vn-portal-kit/workflow';
 * const o: TransitionOptions = { expectedSeq: 3 };
 * o.expectedSeq //=> 3
 * ```
 */
export interface TransitionOptions {
  /** Optimistic concurrency: refuse (`workflow.snapshot-stale`) unless the snapshot's `seq` is this. */
  readonly expectedSeq?: number;
  /** How deadlines are computed (default: the calendar's working days). */
  readonly deadline?: DeadlineEvaluator;
}
