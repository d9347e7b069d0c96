import type { Issue } from '../../core/index.js';
import type {
  JsonObject,
  MachineDefinition,
  StartDefinition,
  TransitionDefinition,
} from '../MachineDefinition.js';
import type { AuditRecord, WorkflowEvent } from '../WorkflowSnapshot.js';
import type { Authority } from './authorise.js';
import type { CompiledMachine } from './CompiledMachine.js';
import { isPlainObject, payloadString } from './context.js';
import { preview, refusal } from './refusal.js';

const MAX_REASON = 10_000;

/** Builds the audit record of a step (person ids normalised, as the snapshot stores them). */
export function auditRecord(
  machine: MachineDefinition,
  def: TransitionDefinition | StartDefinition,
  from: string | null,
  seq: number,
  authority: Authority,
  atIso: string,
  payload: JsonObject | undefined,
): AuditRecord {
  const reason = payloadString(payload, 'reason');
  const citations: string[] = [authority.permission.citation.id];
  const delegated = authority.delegationCitation?.id;
  if (delegated !== undefined && !citations.includes(delegated)) citations.push(delegated);
  if (!citations.includes(def.citation.id)) citations.push(def.citation.id);
  const d = authority.delegation;
  return {
    machineId: machine.id,
    seq,
    event: def.event,
    from,
    to: def.to,
    actorId: authority.actorKey,
    role: authority.role,
    onBehalfOf: authority.delegatorKey,
    delegationId: typeof d?.id === 'string' ? d.id.slice(0, 200) : null,
    at: atIso,
    reason: reason === undefined ? null : reason.slice(0, MAX_REASON),
    citations,
  };
}

/** Checks the event's shape and that the machine knows it. */
export function checkEvent(event: WorkflowEvent, c: CompiledMachine): Issue | null {
  if (event === null || typeof event !== 'object' || typeof event.type !== 'string') {
    return refusal('workflow.event-invalid', 'Sự kiện không hợp lệ', 'Invalid event', { path: ['event'] });
  }
  if (!c.events.has(event.type)) {
    return refusal(
      'workflow.event-unknown',
      `Sự kiện không có trong quy trình: ${preview(event.type)}`,
      `Event unknown to this workflow: ${preview(event.type)}`,
      { path: ['event', 'type'] },
    );
  }
  if (event.payload !== undefined && !isPlainObject(event.payload)) {
    return refusal(
      'workflow.payload-invalid',
      'Dữ liệu kèm theo phải là một đối tượng',
      'The payload must be an object',
      {
        path: ['event', 'payload'],
      },
    );
  }
  return null;
}
