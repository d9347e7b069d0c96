import type { StartDefinition, StateDefinition, TransitionDefinition } from '../MachineDefinition.js';
import type { CompiledAssignment, ContextLayout } from './assign.js';

/** Precomputed lookups of a machine (internal); every cache of a machine lives here, on the machine. */
export interface CompiledMachine {
  readonly states: ReadonlyMap<string, StateDefinition>;
  /** state -> event -> transition */
  readonly byState: ReadonlyMap<string, ReadonlyMap<string, TransitionDefinition>>;
  readonly events: ReadonlySet<string>;
  readonly roles: ReadonlySet<string>;
  readonly start: StartDefinition;
  /** The compiled assignments of the start and of each transition. */
  readonly plans: ReadonlyMap<TransitionDefinition | StartDefinition, readonly CompiledAssignment[]>;
  /** Every context key an assignment writes (a new case starts with all of them, null). */
  readonly contextKeys: readonly string[];
  /** The key layout of every context of this machine: `attributes`, then `contextKeys`. */
  readonly layout: ContextLayout;
  /** The time-stamp memo of this machine's steps (see {@link TimeMemo}). */
  readonly time: TimeMemo;
}

/**
 * The last time stamp a step of this machine wrote and its instant, and the last hour it formatted: the next
 * step's snapshot usually carries that very string as `updatedAt` and falls in the same hour, so neither need
 * be parsed or formatted again. A memo of exact values (a remembered string maps to the instant it was
 * formatted from), held by the compiled machine — no module-level state: two machines never share it, and
 * a result never depends on what was remembered.
 */
export interface TimeMemo {
  iso: string;
  ms: number;
  hour: number;
  prefix: string;
}

/** Where `defineMachine` and the builders store the compiled index (a symbol: invisible to JSON). */
export const COMPILED: unique symbol = Symbol('vn-portal-kit.workflow.compiled');
