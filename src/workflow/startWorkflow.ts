import { type DateInput, err, type Issue, ok, type Result } from '../core/index.js';
import { applyAssignments } from './_lib/assign.js';
import { authorise, checkActor } from './_lib/authorise.js';
import { calendarDeadline } from './_lib/calendarDeadline.js';
import { compiled } from './_lib/compile.js';
import { checkGuards, checkRequired } from './_lib/guards.js';
import { isoUtc, readTime } from './_lib/instants.js';
import { auditRecord } from './_lib/record.js';
import { refusal } from './_lib/refusal.js';
import type { JsonObject, MachineDefinition } from './MachineDefinition.js';
import type { TransitionOptions } from './TransitionOptions.js';
import type { TransitionOutcome } from './transition.js';
import { WORKFLOW_SNAPSHOT_VERSION, type WorkflowActor } from './WorkflowSnapshot.js';

/**
 * Opens a new case (a content item, a question, a consultation): checks that the actor may start it (cited),
 * records who and when, and returns the first snapshot (`seq` 1) with its audit record. `payload` is the
 * start event's payload (e.g. `{ attributes: { title: '…', topic: 'party' } }`).
 *
 * @example
 * ```ts
 * import { buildApprovalMachine, startWorkflow } from 'vn-portal-kit/workflow';
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
 * const r = startWorkflow(m, { id: 'bt-1', roles: ['member'] }, new Date('2026-03-02T01:00:00Z'), { attributes: { title: 'Hội nghị' } });
 * r.ok && r.value.snapshot.state //=> 'draft'
 * ```
 */
export function startWorkflow(
  machine: MachineDefinition,
  actor: WorkflowActor,
  at: DateInput,
  payload: JsonObject = {},
  options: TransitionOptions = {},
): Result<TransitionOutcome> {
  const c = compiled(machine);
  const atMs = readTime(at);
  if (typeof atMs !== 'number') return err([atMs]);
  if (payload === null || typeof payload !== 'object' || Array.isArray(payload)) {
    return err([
      refusal(
        'workflow.payload-invalid',
        'Dữ liệu kèm theo phải là một đối tượng',
        'The payload must be an object',
        {
          path: ['payload'],
        },
      ),
    ]);
  }
  const badActor = checkActor(actor, c.roles);
  if (badActor) return err([badActor]);
  const def = c.start;
  const blank: Record<string, null | JsonObject> = { attributes: {} };
  for (const k of c.contextKeys) blank[k] = null;
  const context: JsonObject = blank;
  const authority = authorise(def, machine, actor, context, atMs);
  if (!('permission' in authority)) return err([authority]);
  const deadline = options.deadline ?? calendarDeadline;
  const atIso = isoUtc(atMs);
  const assigned = applyAssignments(def, c.plans.get(def)!, c.layout, context, {
    payload,
    authority,
    atMs,
    atIso,
    deadline,
  });
  if (!assigned.ok) return err([assigned.issue]);
  const problems: Issue[] = [
    ...checkRequired(def, payload),
    ...checkGuards(def, { context: assigned.context, payload, authority, atMs, deadline }),
  ];
  if (problems.length > 0) return err(problems);
  return ok({
    snapshot: {
      schemaVersion: WORKFLOW_SNAPSHOT_VERSION,
      machineId: machine.id,
      state: def.to,
      context: assigned.context,
      seq: 1,
      updatedAt: atIso,
    },
    record: auditRecord(machine, def, null, 1, authority, atIso, payload),
  });
}
