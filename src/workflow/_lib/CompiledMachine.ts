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
}

/** Where `defineMachine` and the builders store the compiled index (a symbol: invisible to JSON). */
export const COMPILED: unique symbol = Symbol('vn-portal-kit.workflow.compiled');
