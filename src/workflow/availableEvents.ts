import type { Citation, DateInput } from '../core/index.js';
import { authorise, checkActor } from './_lib/authorise.js';
import { calendarDeadline } from './_lib/calendarDeadline.js';
import { compiled } from './_lib/compile.js';
import { checkGuards, readsPayload } from './_lib/guards.js';
import { instantMs } from './_lib/instants.js';
import type { MachineDefinition } from './MachineDefinition.js';
import type { WorkflowActor, WorkflowSnapshot } from './WorkflowSnapshot.js';

/**
 * An event an actor may send now, with the role (or delegation) it would use, the payload fields it needs,
 * and the provision that allows it.
 *
 * @example
 * ```ts
 * import type { AvailableEvent } from 'vn-portal-kit/workflow';
 * const e: AvailableEvent = { event: 'submit', to: 'submitted', role: 'member', delegationId: null, requires: [], citation: { id: 'QN-3069-2021/10.2.b' } };
 * e.event //=> 'submit'
 * ```
 */
export interface AvailableEvent {
  readonly event: string;
  readonly to: string;
  readonly role: string;
  readonly delegationId: string | null;
  /** Payload fields the event must carry (e.g. `reason`), plus `confirmed` for a checklist. */
  readonly requires: readonly string[];
  readonly citation: Citation;
}

/**
 * Lists what `actor` may do in the snapshot's state: the events their roles (or valid delegations) permit and
 * whose payload-independent guards hold at `at` (default: the snapshot's last update). Invalid input gives
 * an empty list.
 *
 * @example
 * ```ts
 * import { availableEvents, buildApprovalMachine, startWorkflow } from 'vn-portal-kit/workflow';
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
 * s.ok && availableEvents(m, s.value.snapshot, { id: 'bt-1', roles: ['member'] }).map((e) => e.event) //=> ['update', 'submit']
 * ```
 */
export function availableEvents(
  machine: MachineDefinition,
  snapshot: WorkflowSnapshot,
  actor: WorkflowActor,
  at?: DateInput,
): AvailableEvent[] {
  const c = compiled(machine);
  if (snapshot === null || typeof snapshot !== 'object' || checkActor(actor, c.roles) !== null) return [];
  const byEvent = c.byState.get(snapshot.state);
  if (!byEvent) return [];
  const atMs = instantMs(at === undefined ? snapshot.updatedAt : at);
  if (Number.isNaN(atMs)) return [];
  const out: AvailableEvent[] = [];
  for (const def of byEvent.values()) {
    const authority = authorise(def, machine, actor, snapshot.context, atMs);
    if (!('permission' in authority)) continue;
    const x = { context: snapshot.context, payload: undefined, authority, atMs, deadline: calendarDeadline };
    if (checkGuards(def, x, true).length > 0) continue;
    const requires = (def.requires ?? []).map((f) => f.field);
    if ((def.guards ?? []).some((g) => g.kind === 'checklist')) requires.push('confirmed');
    for (const g of def.guards ?? [])
      if (readsPayload(g) && g.kind.startsWith('payload-') && 'field' in g) requires.push(g.field);
    out.push({
      event: def.event,
      to: def.to,
      role: authority.role,
      delegationId: authority.delegation?.id ?? null,
      requires,
      citation: authority.permission.citation,
    });
  }
  return out;
}
