import type { JsonObject, MachineDefinition } from './MachineDefinition.js';
import { transition } from './transition.js';
import type { AuditRecord, WorkflowActor, WorkflowSnapshot } from './WorkflowSnapshot.js';

/**
 * The context an XState actor built by {@link toXStateConfig} keeps: the vn-portal-kit snapshot and the audit
 * record of the last step.
 *
 * @example
 * ```ts
 * import type { XStateWorkflowContext } from 'vn-portal-kit/workflow';
 * const c: Pick<XStateWorkflowContext, 'lastRecord'> = { lastRecord: null };
 * c.lastRecord //=> null
 * ```
 */
export interface XStateWorkflowContext {
  readonly snapshot: WorkflowSnapshot;
  readonly lastRecord: AuditRecord | null;
}

/**
 * An event sent to an XState actor built by {@link toXStateConfig}: the event type, who sends it, when, and the
 * payload.
 *
 * @example
 * ```ts
 * import type { XStateWorkflowEvent } from 'vn-portal-kit/workflow';
 * const e: XStateWorkflowEvent = { type: 'submit', actor: { id: 'bt-1', roles: ['member'] }, at: '2026-03-02T08:00:00+07:00' };
 * e.type //=> 'submit'
 * ```
 */
export interface XStateWorkflowEvent {
  readonly type: string;
  readonly actor: WorkflowActor;
  /** An ISO date-time or a `Date`. */
  readonly at: string | Date;
  readonly payload?: JsonObject;
}

type Args = { context: XStateWorkflowContext; event: XStateWorkflowEvent };

/**
 * What {@link toXStateConfig} returns: a machine config and its implementations, for
 * `setup(implementations).createMachine(config)` of XState v5.
 *
 * @example
 * ```ts
 * import type { XStateAdapter } from 'vn-portal-kit/workflow';
 * const keys: (keyof XStateAdapter)[] = ['config', 'implementations'];
 * keys.length //=> 2
 * ```
 */
export interface XStateAdapter {
  /** The machine config for `createMachine`: the same states and events as the vn-portal-kit machine. */
  readonly config: {
    /** The machine's id. */
    readonly id: string;
    /** The initial state. */
    readonly initial: string;
    /** Builds the actor's context from its `input: { snapshot }` (a snapshot from `startWorkflow`). */
    readonly context: (args: { input: { snapshot: WorkflowSnapshot } }) => XStateWorkflowContext;
    /** Every state with its events, each guarded by `vnPortalKitAllowed` and stepped by `vnPortalKitStep`. */
    readonly states: Record<
      string,
      { readonly on: Record<string, { target: string; guard: string; actions: string }> }
    >;
  };
  /** The guards and actions for `setup`. */
  readonly implementations: {
    /** The guard: whether vn-portal-kit's `transition` allows the event from the context's snapshot. */
    readonly guards: {
      /** `true` when `transition(machine, context.snapshot, event, actor, at)` succeeds. */
      readonly vnPortalKitAllowed: (args: {
        readonly context: XStateWorkflowContext;
        readonly event: XStateWorkflowEvent;
      }) => boolean;
    };
    /** The action that stores the next snapshot and the audit record in the context (built with `assign`). */
    readonly actions: { readonly vnPortalKitStep: unknown };
  };
}

function step(machine: MachineDefinition, { context, event }: Args) {
  const at = event.at instanceof Date ? event.at : new Date(event.at);
  const payload = event.payload;
  return transition(
    machine,
    context.snapshot,
    payload === undefined ? { type: event.type } : { type: event.type, payload },
    event.actor,
    at,
  );
}

/**
 * An optional adapter to XState v5 that keeps XState out of this library's dependencies: pass XState's
 * `assign`, get a config whose every transition is guarded by vn-portal-kit's `transition` (same permissions,
 * guards, citations) and whose action stores the next snapshot. Start the actor with
 * `input: { snapshot }` from `startWorkflow`.
 *
 * @example
 * ```ts
 * import { toXStateConfig, type EditorialPolicy, buildApprovalMachine } from 'vn-portal-kit/workflow';
 * const c = { id: 'QN-3069-2021/10.2' };
 * const policy: EditorialPolicy = { regulationId: 'QN-3069-2021', roles: [{ id: 'head', name: { vi: 'Trưởng Ban', en: 'Head' }, citation: c }], permissions: [{ action: 'approve', roles: ['head'], citation: c }, { action: 'publish', roles: ['head'], citation: c }, { action: 'draft', roles: ['head'], citation: c }], approvalRequired: [c] };
 * const adapter = toXStateConfig(buildApprovalMachine(policy), (fn) => fn);
 * adapter.config.initial //=> 'draft'
 * ```
 */
export function toXStateConfig(
  machine: MachineDefinition,
  assign: (
    fn: (args: {
      readonly context: XStateWorkflowContext;
      readonly event: XStateWorkflowEvent;
    }) => Partial<XStateWorkflowContext>,
  ) => unknown,
): XStateAdapter {
  const states: Record<string, { on: Record<string, { target: string; guard: string; actions: string }> }> =
    {};
  for (const s of machine.states) states[s.id] = { on: {} };
  for (const t of machine.transitions) {
    for (const from of t.from) {
      states[from]!.on[t.event] = { target: t.to, guard: 'vnPortalKitAllowed', actions: 'vnPortalKitStep' };
    }
  }
  return {
    config: {
      id: machine.id,
      initial: machine.start.to,
      context: ({ input }) => ({ snapshot: input.snapshot, lastRecord: null }),
      states,
    },
    implementations: {
      guards: { vnPortalKitAllowed: (args) => step(machine, args).ok },
      actions: {
        vnPortalKitStep: assign((args) => {
          const r = step(machine, args);
          return r.ok ? { snapshot: r.value.snapshot, lastRecord: r.value.record } : {};
        }),
      },
    },
  };
}
