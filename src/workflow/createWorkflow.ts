import { err, ok, type Result } from '../core/index.js';
import { refusal } from './_lib/refusal.js';
import { type AuditEntry, appendAuditEntry, hashSnapshot, verifyAuditLog } from './auditLog.js';
import { type AvailableEvent, availableEvents } from './availableEvents.js';
import type { JsonObject, MachineDefinition } from './MachineDefinition.js';
import { startWorkflow } from './startWorkflow.js';
import type { TransitionOptions } from './TransitionOptions.js';
import { toMermaid } from './toMermaid.js';
import { transition } from './transition.js';
import type { WorkflowActor, WorkflowEvent, WorkflowSnapshot } from './WorkflowSnapshot.js';

/**
 * A case with its history: the current snapshot and its hash-chained audit log, both plain JSON.
 *
 * @example
 * ```ts
 * import type { WorkflowRun } from 'vn-portal-kit/workflow';
 * const empty: Pick<WorkflowRun, 'log'> = { log: [] };
 * empty.log.length //=> 0
 * ```
 */
export interface WorkflowRun {
  readonly snapshot: WorkflowSnapshot;
  readonly log: readonly AuditEntry[];
}

/**
 * The functions of one machine, bound to it: start a case, send events (each step appended to the audit log),
 * list what an actor may do, verify a run, draw the diagram. No state is kept: every call takes and returns
 * plain data.
 *
 * @example
 * ```ts
 * import { createWorkflow, buildApprovalMachine } from 'vn-portal-kit/workflow';
 * import type { EditorialPolicy } from 'vn-portal-kit/workflow';
 * const c = { id: 'QN-3069-2021/10.2' };
 * const policy: EditorialPolicy = {
 *   regulationId: 'QN-3069-2021',
 *   roles: [{ id: 'member', name: { vi: 'Thành viên', en: 'Member' }, citation: c }, { id: 'head', name: { vi: 'Trưởng Ban', en: 'Head' }, citation: c }],
 *   permissions: [
 *     { action: 'draft', roles: ['member'], citation: c }, { action: 'submit', roles: ['member'], citation: c },
 *     { action: 'review', roles: ['member'], citation: c }, { action: 'approve', roles: ['head'], citation: c },
 *     { action: 'publish', roles: ['head'], citation: c },
 *   ],
 *   approvalRequired: [c],
 * };
 * const wf = createWorkflow(buildApprovalMachine(policy));
 * typeof wf.send //=> 'function'
 * ```
 */
export interface Workflow {
  /** The machine the functions are bound to. */
  readonly machine: MachineDefinition;
  /** Opens a case: the first snapshot and a log of one entry (see `startWorkflow`). */
  start(
    actor: WorkflowActor,
    at: Date,
    payload?: JsonObject,
    options?: TransitionOptions,
  ): Result<WorkflowRun>;
  /** One step: refuses a run whose snapshot does not match its log, then `transition`, then appends to the log. */
  send(
    run: WorkflowRun,
    event: WorkflowEvent,
    actor: WorkflowActor,
    at: Date,
    options?: TransitionOptions,
  ): Result<WorkflowRun>;
  /** What `actor` may do now in this run (see `availableEvents`). */
  available(run: WorkflowRun, actor: WorkflowActor, at?: Date): AvailableEvent[];
  /** Verifies the run's log and its binding to the snapshot (see `verifyAuditLog`). */
  verify(run: WorkflowRun): Result<{ length: number; head: string }>;
  /** The machine as a Mermaid `stateDiagram-v2` (see `toMermaid`). */
  toMermaid(): string;
}

/**
 * Binds a machine into a {@link Workflow}. `send` refuses a run whose snapshot does not match its log's last
 * entry (`workflow.snapshot-tampered`) and checks `expectedSeq` against the log's length, so a stale copy
 * of a run is refused (`workflow.snapshot-stale`).
 *
 * @example
 * ```ts
 * import { createWorkflow, buildApprovalMachine } from 'vn-portal-kit/workflow';
 * import type { EditorialPolicy } from 'vn-portal-kit/workflow';
 * const c = { id: 'QN-3069-2021/10.2' };
 * const policy: EditorialPolicy = {
 *   regulationId: 'QN-3069-2021',
 *   roles: [{ id: 'member', name: { vi: 'Thành viên', en: 'Member' }, citation: c }, { id: 'head', name: { vi: 'Trưởng Ban', en: 'Head' }, citation: c }],
 *   permissions: [
 *     { action: 'draft', roles: ['member'], citation: c }, { action: 'submit', roles: ['member'], citation: c },
 *     { action: 'review', roles: ['member'], citation: c }, { action: 'approve', roles: ['head'], citation: c },
 *     { action: 'publish', roles: ['head'], citation: c },
 *   ],
 *   approvalRequired: [c],
 * };
 * const wf = createWorkflow(buildApprovalMachine(policy));
 * const member = { id: 'bt-1', roles: ['member'] };
 * const run = wf.start(member, new Date('2026-03-02T01:00:00Z'), { attributes: { title: 'Tin hội nghị' } });
 * const next = run.ok ? wf.send(run.value, { type: 'submit' }, member, new Date('2026-03-02T02:00:00Z')) : run;
 * next.ok && next.value.snapshot.state //=> 'submitted'
 * next.ok && next.value.log.length //=> 2
 * ```
 */
export function createWorkflow(machine: MachineDefinition): Workflow {
  return {
    machine,
    start(actor, at, payload = {}, options = {}) {
      const r = startWorkflow(machine, actor, at, payload, options);
      if (!r.ok) return r;
      return ok({ snapshot: r.value.snapshot, log: appendAuditEntry([], r.value.record, r.value.snapshot) });
    },
    send(run, event, actor, at, options = {}) {
      if (run === null || typeof run !== 'object' || !Array.isArray(run.log)) {
        return err([
          refusal('workflow.snapshot-invalid', 'Hồ sơ không hợp lệ', 'Invalid run', { path: ['run'] }),
        ]);
      }
      const last = run.log[run.log.length - 1];
      if (
        !last ||
        run.snapshot === null ||
        typeof run.snapshot !== 'object' ||
        run.snapshot.seq !== run.log.length ||
        last.snapshotHash !== hashSnapshot(run.snapshot)
      ) {
        return err([
          refusal(
            'workflow.snapshot-tampered',
            'Ảnh trạng thái không khớp với nhật ký (đã bị sửa hoặc thiếu nhật ký)',
            'The snapshot does not match its audit log (altered, or the log is missing)',
            { path: ['run', 'snapshot'] },
          ),
        ]);
      }
      const r = transition(machine, run.snapshot, event, actor, at, options);
      if (!r.ok) return r;
      return ok({
        snapshot: r.value.snapshot,
        log: appendAuditEntry(run.log, r.value.record, r.value.snapshot),
      });
    },
    available(run, actor, at) {
      return availableEvents(machine, run.snapshot, actor, at);
    },
    verify(run) {
      return verifyAuditLog(run.log, { snapshot: run.snapshot });
    },
    toMermaid() {
      return toMermaid(machine);
    },
  };
}
