import { type Citation, type DateInput, err, ok, type Result } from '../core/index.js';
import { authorise, checkActor } from './_lib/authorise.js';
import { compile } from './_lib/compile.js';
import { readTime } from './_lib/instants.js';
import type { EditorialAction, EditorialPolicy } from './EditorialPolicy.js';
import type { MachineDefinition } from './MachineDefinition.js';
import type { WorkflowActor } from './WorkflowSnapshot.js';

/**
 * Under what authority an actor may perform an editorial action: the role used, the delegation behind it
 * (with the delegator) and the provision.
 *
 * @example
 * ```ts
 * import type { EditorialAuthority } from 'vn-portal-kit/workflow';
 * const a: EditorialAuthority = { role: 'head', delegationId: null, onBehalfOf: null, citation: { id: 'QN-3069-2021/12.2' } };
 * a.role //=> 'head'
 * ```
 */
export interface EditorialAuthority {
  readonly role: string;
  readonly delegationId: string | null;
  readonly onBehalfOf: string | null;
  readonly citation: Citation;
}

/**
 * Checks whether an actor may perform an editorial action at an instant, directly or by a delegation valid
 * then (e.g. holding the system-administration password, which the Head may delegate: QN-3069-2021/12.2).
 * `topic` applies the policy's topic routing. Refusals: `workflow.role-unknown`, `workflow.role-not-permitted`,
 * `workflow.delegation-expired`, `workflow.delegation-not-allowed`, `workflow.time-invalid`.
 *
 * @example
 * ```ts
 * import { checkEditorialAuthority, type EditorialPolicy } from 'vn-portal-kit/workflow';
 * const c = { id: 'QN-3069-2021/12.2' };
 * const policy: EditorialPolicy = {
 *   regulationId: 'QN-3069-2021',
 *   roles: [{ id: 'head', name: { vi: 'Trưởng Ban', en: 'Head' }, citation: c }, { id: 'member', name: { vi: 'Thành viên', en: 'Member' }, citation: c }],
 *   permissions: [{ action: 'administer', roles: ['head'], citation: c }, { action: 'approve', roles: ['head'], citation: c }, { action: 'publish', roles: ['head'], citation: c }],
 *   delegations: [{ fromRole: 'head', actions: ['administer'], citation: c }],
 *   approvalRequired: [c],
 * };
 * const it = { id: 'ky-thuat', roles: ['member'], delegations: [{ id: 'uq-1', fromActorId: 'truong-ban', fromRole: 'head', toActorId: 'ky-thuat', actions: ['administer'], validFrom: '2026-03-02', validUntil: '2026-03-09' }] };
 * checkEditorialAuthority(policy, it, 'administer', new Date('2026-03-05T03:00:00Z')).ok //=> true
 * checkEditorialAuthority(policy, it, 'administer', new Date('2026-03-10T03:00:00Z')).ok //=> false
 * ```
 */
export function checkEditorialAuthority(
  policy: EditorialPolicy,
  actor: WorkflowActor,
  action: EditorialAction,
  at: DateInput,
  options: { topic?: string } = {},
): Result<EditorialAuthority> {
  const machine: MachineDefinition = {
    id: `authority:${policy.regulationId}`,
    title: { vi: policy.regulationId, en: policy.regulationId },
    roles: policy.roles.map((r) => r.id),
    states: [{ id: 'any', name: { vi: 'bất kỳ', en: 'any' } }],
    start: {
      event: action,
      to: 'any',
      permissions: [],
      citation: policy.approvalRequired[0] ?? { id: policy.regulationId },
    },
    transitions: [],
    delegations: (policy.delegations ?? []).map((d) => ({ ...d })),
    citation: policy.approvalRequired[0] ?? { id: policy.regulationId },
  };
  const atMs = readTime(at);
  if (typeof atMs !== 'number') return err([atMs]);
  const badActor = checkActor(actor, compile(machine).roles);
  if (badActor) return err([badActor]);
  const permissions = policy.permissions
    .filter((p) => p.action === action)
    .map((p) => {
      const when: { attribute: string; in?: readonly string[]; notIn?: readonly string[] } = {
        attribute: 'topic',
      };
      if (p.topics !== undefined) when.in = p.topics;
      if (p.exceptTopics !== undefined) when.notIn = p.exceptTopics;
      return p.topics === undefined && p.exceptTopics === undefined
        ? { roles: p.roles, citation: p.citation }
        : { roles: p.roles, when, citation: p.citation };
    });
  const def = { event: action, action, to: 'any', permissions, citation: machine.citation };
  if (permissions.length === 0) {
    return err([
      {
        code: 'workflow.role-not-permitted',
        severity: 'error',
        path: ['action'],
        message: {
          vi: `Quy chế không giao việc "${action}" cho vai trò nào`,
          en: `No role may "${action}" under this policy`,
        },
        citation: machine.citation,
      },
    ]);
  }
  const context = { attributes: options.topic === undefined ? {} : { topic: options.topic } };
  const a = authorise(def, machine, actor, context, atMs);
  if (!('permission' in a)) return err([a]);
  return ok({
    role: a.role,
    delegationId: a.delegation?.id ?? null,
    onBehalfOf: a.delegatorKey,
    citation: a.delegation
      ? ((policy.delegations ?? []).find((d) => d.fromRole === a.role && d.actions.includes(action))
          ?.citation ?? a.permission.citation)
      : a.permission.citation,
  });
}
