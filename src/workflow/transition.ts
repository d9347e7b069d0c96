import { type DateInput, err, type Issue, ok, type Result } from '../core/index.js';
import { applyAssignments } from './_lib/assign.js';
import { authorise, checkActor } from './_lib/authorise.js';
import { calendarDeadline } from './_lib/calendarDeadline.js';
import { compiled } from './_lib/compile.js';
import { checkGuards, checkRequired } from './_lib/guards.js';
import { isoUtc, parseInstant, readTime } from './_lib/instants.js';
import { auditRecord, checkEvent } from './_lib/record.js';
import { refusal } from './_lib/refusal.js';
import { checkSnapshot } from './_lib/snapshotCheck.js';
import type { MachineDefinition } from './MachineDefinition.js';
import { migrateSnapshot } from './migrateSnapshot.js';
import type { TransitionOptions } from './TransitionOptions.js';
import {
  type AuditRecord,
  WORKFLOW_SNAPSHOT_VERSION,
  type WorkflowActor,
  type WorkflowEvent,
  type WorkflowSnapshot,
} from './WorkflowSnapshot.js';

/** The (frozen, shared) empty warning list of successful steps: no allocation per step. */
const NO_ISSUES: readonly Issue[] = Object.freeze([]);

/**
 * The result of a step: the next snapshot and the audit record of the step (chain it with
 * `appendAuditEntry`).
 *
 * @example
 * ```ts
 * import type { TransitionOutcome } from 'vn-portal-kit/workflow';
 * const o: Pick<TransitionOutcome, 'record'> = { record: { machineId: 'm', seq: 2, event: 'submit', from: 'draft', to: 'submitted', actorId: 'a', role: 'member', onBehalfOf: null, delegationId: null, at: '2026-01-05T01:00:00.000Z', reason: null, citations: ['QN-3069-2021/10.2.a'] } };
 * o.record.to //=> 'submitted'
 * ```
 */
export interface TransitionOutcome {
  readonly snapshot: WorkflowSnapshot;
  readonly record: AuditRecord;
}

/**
 * Takes one step: pure (no state kept anywhere but in what it returns), never throws on bad input. `at` is a
 * `Date` or an ISO 8601 string (one without an offset is Vietnamese time). Person ids are compared and stored
 * normalised (NFKC, trimmed, lower case). Returns the next snapshot and the audit record, or a coded
 * bilingual refusal naming the rule that refused (with its citation): `workflow.event-unknown`,
 * `workflow.event-not-allowed`, `workflow.role-unknown`, `workflow.role-not-permitted`,
 * `workflow.delegation-expired`, `workflow.field-required`, a guard's code (`workflow.self-approval`,
 * `workflow.classified`, ...), `workflow.snapshot-invalid`, `workflow.snapshot-stale`,
 * `workflow.clock-backwards`, `workflow.time-invalid`.
 *
 * @example
 * ```ts
 * import { buildApprovalMachine, startWorkflow, transition } from 'vn-portal-kit/workflow';
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
 * const m = buildApprovalMachine(policy);
 * const s = startWorkflow(m, { id: 'bt-1', roles: ['member'] }, new Date('2026-03-02T01:00:00Z'));
 * const r = s.ok ? transition(m, s.value.snapshot, { type: 'approve' }, { id: 'bt-1', roles: ['member'] }, new Date('2026-03-02T02:00:00Z')) : s;
 * r.ok ? 'ok' : r.issues[0]?.code //=> 'workflow.event-not-allowed'
 * ```
 */
export function transition(
  machine: MachineDefinition,
  snapshot: WorkflowSnapshot,
  event: WorkflowEvent,
  actor: WorkflowActor,
  at: DateInput,
  options: TransitionOptions = {},
): Result<TransitionOutcome> {
  const c = compiled(machine);
  const atMs = readTime(at);
  if (typeof atMs !== 'number') return err([atMs]);
  if (snapshot === null || typeof snapshot !== 'object') {
    return err([
      refusal('workflow.snapshot-invalid', 'Ảnh trạng thái không hợp lệ', 'Invalid snapshot', {
        path: ['snapshot'],
      }),
    ]);
  }
  if (snapshot.schemaVersion !== WORKFLOW_SNAPSHOT_VERSION) {
    const migrated = migrateSnapshot(snapshot);
    if (!migrated.ok) return migrated;
    snapshot = migrated.value;
  }
  const updatedAt = snapshot.updatedAt;
  const memo = c.time;
  const updatedMs = updatedAt === memo.iso ? memo.ms : parseInstant(updatedAt);
  const bad = checkSnapshot(snapshot, machine, c, updatedMs);
  if (bad) return err([bad]);
  if (options.expectedSeq !== undefined && snapshot.seq !== options.expectedSeq) {
    return err([
      refusal(
        'workflow.snapshot-stale',
        `Ảnh trạng thái đã cũ (bước ${snapshot.seq}, cần bước ${options.expectedSeq})`,
        `Stale snapshot (step ${snapshot.seq}, expected step ${options.expectedSeq})`,
        { path: ['snapshot', 'seq'], details: { seq: snapshot.seq, expectedSeq: options.expectedSeq } },
      ),
    ]);
  }
  if (atMs < updatedMs) {
    return err([
      refusal(
        'workflow.clock-backwards',
        'Thời điểm thực hiện sớm hơn bước trước (đồng hồ chạy lùi)',
        'The time is earlier than the previous step (clock going backwards)',
        { path: ['at'], details: { previous: snapshot.updatedAt } },
      ),
    ]);
  }
  const badActor = checkActor(actor, c.roles);
  if (badActor) return err([badActor]);
  const badEvent = checkEvent(event, c);
  if (badEvent) return err([badEvent]);
  const def = c.byState.get(snapshot.state)?.get(event.type);
  if (def === undefined) {
    const allowed = [...(c.byState.get(snapshot.state)?.keys() ?? [])];
    const state = c.states.get(snapshot.state);
    return err([
      refusal(
        'workflow.event-not-allowed',
        `Không thể "${event.type}" khi ở trạng thái "${state?.name.vi ?? snapshot.state}"`,
        `"${event.type}" is not possible in state "${state?.name.en ?? snapshot.state}"`,
        { path: ['event', 'type'], citation: machine.citation, details: { state: snapshot.state, allowed } },
      ),
    ]);
  }
  const context = snapshot.context;
  const authority = authorise(def, machine, actor, context, atMs);
  if (!('permission' in authority)) return err([authority]);
  const deadline = options.deadline ?? calendarDeadline;
  const payload = event.payload;
  const problems: Issue[] = checkRequired(def, payload);
  const guardProblems = checkGuards(def, { context, payload, authority, atMs, deadline });
  if (problems.length > 0 || guardProblems.length > 0) return err([...problems, ...guardProblems]);
  const atIso = isoUtc(atMs, memo);
  if (atIso.length === 24) {
    memo.iso = atIso;
    memo.ms = atMs;
  }
  const next = applyAssignments(def, c.plans.get(def)!, c.layout, context, {
    payload,
    authority,
    atMs,
    atIso,
    deadline,
  });
  if (!next.ok) return err([next.issue]);
  const seq = snapshot.seq + 1;
  return ok(
    {
      snapshot: {
        schemaVersion: WORKFLOW_SNAPSHOT_VERSION,
        machineId: machine.id,
        state: def.to,
        context: next.context,
        seq,
        updatedAt: atIso,
      },
      record: auditRecord(machine, def, snapshot.state, seq, authority, atIso, payload),
    },
    NO_ISSUES,
  );
}
