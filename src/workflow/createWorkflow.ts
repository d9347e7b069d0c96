import { type DateInput, err, type Issue, ok, type Result } from '../core/index.js';
import { refusal } from './_lib/refusal.js';
import {
  type AuditEntry,
  appendEntry,
  boundToSnapshot,
  checkEntry,
  verifyAuditLog,
  verifyChain,
} from './auditLog.js';
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
    at: DateInput,
    payload?: JsonObject,
    options?: TransitionOptions,
  ): Result<WorkflowRun>;
  /**
   * One step on a stored run: verifies the run first — the whole chain (every entry's hash, links, positions,
   * times) and the snapshot's binding to the last entry, or, with `options.head` (the head hash the caller
   * stored where the run's writer cannot reach), that the last entry is intact, is that head, and binds the
   * snapshot — then `transition`, then appends to the log.
   */
  send(
    run: WorkflowRun,
    event: WorkflowEvent,
    actor: WorkflowActor,
    at: DateInput,
    options?: SendOptions,
  ): Result<WorkflowRun>;
  /** What `actor` may do now in this run (see `availableEvents`). */
  available(run: WorkflowRun, actor: WorkflowActor, at?: DateInput): AvailableEvent[];
  /** Verifies the run's log and its binding to the snapshot (see `verifyAuditLog`; `head`/`anchor` optional). */
  verify(
    run: WorkflowRun,
    options?: { readonly head?: string; readonly anchor?: string },
  ): Result<{ length: number; head: string }>;
  /** The machine as a Mermaid `stateDiagram-v2` (see `toMermaid`). */
  toMermaid(): string;
}

/**
 * Options of `Workflow#send`: those of `transition`, and the head hash the caller trusts.
 *
 * @example
 * ```ts
 * import type { SendOptions } from 'vn-portal-kit/workflow';
 * const o: SendOptions = { expectedSeq: 3, head: 'a'.repeat(64) };
 * o.expectedSeq //=> 3
 * ```
 */
export interface SendOptions extends TransitionOptions {
  /** The head hash stored apart from the run: only the last entry is then re-verified (constant time). */
  readonly head?: string;
}

/**
 * Options of {@link createWorkflow}.
 *
 * @example
 * ```ts
 * import type { CreateWorkflowOptions } from 'vn-portal-kit/workflow';
 * const o: CreateWorkflowOptions = { key: 'operator secret' };
 * typeof o.key //=> 'string'
 * ```
 */
export interface CreateWorkflowOptions {
  /** The secret of a keyed (HMAC-SHA-256) chain: every entry is written and verified under it. */
  readonly key?: string;
}

function tampered(cause: Issue): Result<never> {
  return err([
    refusal(
      'workflow.snapshot-tampered',
      'Hồ sơ không khớp với nhật ký của nó (đã bị sửa, thiếu nhật ký hoặc chuỗi băm bị đứt)',
      'The run does not verify against its audit log (altered, log missing, or the hash chain broken)',
      { path: ['run'], details: { cause: cause.code } },
    ),
    cause,
  ]);
}

/** The refusal of a stored run that does not verify, or null. */
function checkRun(run: WorkflowRun, key: string | undefined, head: string | undefined): Issue | null {
  const log = run.log;
  if (log.length === 0) {
    return refusal('workflow.audit-invalid', 'Nhật ký rỗng', 'The audit log is empty', {
      path: ['run', 'log'],
    });
  }
  if (head === undefined) {
    const broken = verifyChain(log, key);
    if (broken !== null) return broken;
  } else {
    const i = log.length - 1;
    const last = log[i];
    const bad = checkEntry(last, i, i === 0 ? '0'.repeat(64) : String(log[i - 1]?.hash), key);
    if (bad !== null) return bad;
    if (last!.hash !== head) {
      return refusal(
        'workflow.audit-head-mismatch',
        'Nhật ký không khớp mã băm đầu đã lưu',
        'The log does not end at the stored head',
        {
          path: ['run', 'log'],
        },
      );
    }
  }
  return boundToSnapshot(log, run.snapshot);
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
export function createWorkflow(machine: MachineDefinition, settings: CreateWorkflowOptions = {}): Workflow {
  const key = settings.key;
  return {
    machine,
    start(actor, at, payload = {}, options = {}) {
      const r = startWorkflow(machine, actor, at, payload, options);
      if (!r.ok) return r;
      const log = appendEntry([], r.value.record, r.value.snapshot, key);
      return log.ok ? ok({ snapshot: r.value.snapshot, log: log.value }) : log;
    },
    send(run, event, actor, at, options = {}) {
      if (run === null || typeof run !== 'object' || !Array.isArray(run.log)) {
        return err([
          refusal('workflow.snapshot-invalid', 'Hồ sơ không hợp lệ', 'Invalid run', { path: ['run'] }),
        ]);
      }
      if (run.snapshot === null || typeof run.snapshot !== 'object') {
        return err([
          refusal('workflow.snapshot-invalid', 'Hồ sơ không hợp lệ', 'Invalid run', {
            path: ['run', 'snapshot'],
          }),
        ]);
      }
      const bad = checkRun(run, key, options.head);
      if (bad !== null) return tampered(bad);
      const r = transition(machine, run.snapshot, event, actor, at, options);
      if (!r.ok) return r;
      const log = appendEntry(run.log, r.value.record, r.value.snapshot, key);
      return log.ok ? ok({ snapshot: r.value.snapshot, log: log.value }) : log;
    },
    available(run, actor, at) {
      return availableEvents(machine, run.snapshot, actor, at);
    },
    verify(run, options = {}) {
      if (run === null || typeof run !== 'object') return verifyAuditLog(undefined as never);
      return verifyAuditLog(run.log, {
        ...options,
        snapshot: run.snapshot,
        ...(key === undefined ? {} : { key }),
      });
    },
    toMermaid() {
      return toMermaid(machine);
    },
  };
}
