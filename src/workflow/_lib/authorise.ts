import type { Citation, Issue } from '../../core/index.js';
import type {
  MachineDefinition,
  StartDefinition,
  TransitionDefinition,
  TransitionPermission,
} from '../MachineDefinition.js';
import type { Delegation, WorkflowActor } from '../WorkflowSnapshot.js';
import { normaliseActorId } from './actorId.js';
import { attributeValue, isPlainObject } from './context.js';
import { parseInstant } from './instants.js';
import { preview, refusal } from './refusal.js';

const MAX_ID = 200;
const MAX_ROLES = 64;
const MAX_DELEGATIONS = 64;
const MS_PER_DAY = 86_400_000;

/** Who acted: the role used, the delegation behind it if any, and the normalised ids to compare. */
export interface Authority {
  readonly role: string;
  readonly delegation: Delegation | null;
  /** The citation of the delegation rule that made the delegation valid. */
  readonly delegationCitation: Citation | null;
  readonly permission: TransitionPermission;
  /** The actor's id, normalised (see `normaliseActorId`). */
  readonly actorKey: string;
  /** The delegator's id, normalised, or null. */
  readonly delegatorKey: string | null;
}

/** Checks the actor's shape and that every role is one of the machine's. */
export function checkActor(actor: WorkflowActor, roles: ReadonlySet<string>): Issue | null {
  if (actor === null || typeof actor !== 'object' || typeof actor.id !== 'string') {
    return refusal('workflow.actor-invalid', 'Người thực hiện không hợp lệ', 'Invalid actor', {
      path: ['actor'],
    });
  }
  if (actor.id.trim().length === 0 || actor.id.length > MAX_ID) {
    return refusal(
      'workflow.actor-invalid',
      'Mã người thực hiện rỗng hoặc quá dài',
      'Actor id empty or too long',
      {
        path: ['actor', 'id'],
      },
    );
  }
  if (!Array.isArray(actor.roles) || actor.roles.length > MAX_ROLES) {
    return refusal('workflow.actor-invalid', 'Danh sách vai trò không hợp lệ', 'Invalid list of roles', {
      path: ['actor', 'roles'],
    });
  }
  for (let i = 0; i < actor.roles.length; i++) {
    const r = actor.roles[i];
    if (typeof r !== 'string' || !roles.has(r)) {
      return refusal(
        'workflow.role-unknown',
        `Vai trò không có trong quy trình: ${preview(r)}`,
        `Role unknown to this workflow: ${preview(r)}`,
        { path: ['actor', 'roles', i], details: { role: typeof r === 'string' ? r.slice(0, MAX_ID) : null } },
      );
    }
  }
  if (
    actor.delegations !== undefined &&
    (!Array.isArray(actor.delegations) || actor.delegations.length > MAX_DELEGATIONS)
  ) {
    return refusal(
      'workflow.actor-invalid',
      'Danh sách ủy quyền không hợp lệ',
      'Invalid list of delegations',
      {
        path: ['actor', 'delegations'],
      },
    );
  }
  return null;
}

/** Whether the permission's content condition (topic routing) holds for this context. */
export function permissionApplies(
  p: TransitionPermission,
  context: Parameters<typeof attributeValue>[0],
): boolean {
  const cond = p.when;
  if (cond === undefined) return true;
  const v = attributeValue(context, cond.attribute);
  const s = typeof v === 'string' ? v : undefined;
  if (cond.in !== undefined && (s === undefined || !cond.in.includes(s))) return false;
  if (cond.notIn !== undefined && s !== undefined && cond.notIn.includes(s)) return false;
  return true;
}

type DelegationCheck = { ok: true; citation: Citation } | { ok: false; code: string; vi: string; en: string };

const INVALID = (vi: string, en: string): DelegationCheck => ({
  ok: false,
  code: 'workflow.delegation-invalid',
  vi,
  en,
});

function delegationUsable(
  d: Delegation,
  actorKey: string,
  actor: WorkflowActor,
  action: string,
  atMs: number,
  machine: MachineDefinition,
): DelegationCheck {
  if (
    !isPlainObject(d) ||
    typeof d.fromRole !== 'string' ||
    typeof d.toActorId !== 'string' ||
    typeof d.fromActorId !== 'string' ||
    !Array.isArray(d.actions)
  ) {
    return INVALID('Ủy quyền không hợp lệ', 'Invalid delegation');
  }
  if (normaliseActorId(d.toActorId) !== actorKey || normaliseActorId(d.fromActorId) === actorKey) {
    return INVALID('Ủy quyền không cấp cho người này', 'The delegation is not granted to this person');
  }
  if (!d.actions.includes(action)) {
    return INVALID('Ủy quyền không bao gồm việc này', 'The delegation does not cover this action');
  }
  const from = parseInstant(d.validFrom);
  const until = parseInstant(d.validUntil);
  if (Number.isNaN(from) || Number.isNaN(until) || until <= from) {
    return INVALID('Thời hạn ủy quyền không hợp lệ', 'Invalid delegation period');
  }
  if (atMs < from || atMs >= until) {
    return {
      ok: false,
      code: 'workflow.delegation-expired',
      vi: 'Ủy quyền chưa có hiệu lực hoặc đã hết hạn',
      en: 'The delegation is not yet valid or has expired',
    };
  }
  const rule = (machine.delegations ?? []).find(
    (r) =>
      r.fromRole === d.fromRole &&
      r.actions.includes(action) &&
      (r.toRoles === undefined || r.toRoles.some((x) => actor.roles.includes(x))) &&
      (r.maxDays === undefined || until - from <= r.maxDays * MS_PER_DAY),
  );
  if (!rule) {
    return {
      ok: false,
      code: 'workflow.delegation-not-allowed',
      vi: 'Quy chế không cho phép ủy quyền này',
      en: 'The regulation does not allow this delegation',
    };
  }
  return { ok: true, citation: rule.citation };
}

/** Finds the authority under which the actor may fire `def` (directly, then by delegation), or the refusal. */
export function authorise(
  def: TransitionDefinition | StartDefinition,
  machine: MachineDefinition,
  actor: WorkflowActor,
  context: Parameters<typeof attributeValue>[0],
  atMs: number,
): Authority | Issue {
  const action = def.action ?? def.event;
  const actorKey = normaliseActorId(actor.id);
  for (const p of def.permissions) {
    if (!permissionApplies(p, context)) continue;
    for (const r of actor.roles) {
      if (p.roles.includes(r))
        return {
          role: r,
          delegation: null,
          delegationCitation: null,
          permission: p,
          actorKey,
          delegatorKey: null,
        };
    }
  }
  let problem: DelegationCheck | null = null;
  if (actor.delegations !== undefined) {
    for (const d of actor.delegations) {
      for (const p of def.permissions) {
        if (!permissionApplies(p, context) || !p.roles.includes(d?.fromRole)) continue;
        const check = delegationUsable(d, actorKey, actor, action, atMs, machine);
        if (check.ok)
          return {
            role: d.fromRole,
            delegation: d,
            delegationCitation: check.citation,
            permission: p,
            actorKey,
            delegatorKey: normaliseActorId(d.fromActorId),
          };
        problem ??= check;
      }
    }
  }
  const citation = def.permissions[0]?.citation;
  const roles = [...new Set(def.permissions.flatMap((p) => p.roles))];
  if (problem !== null && !problem.ok) {
    return refusal(problem.code, problem.vi, problem.en, {
      path: ['actor', 'delegations'],
      citation: (machine.delegations ?? []).find((r) => roles.includes(r.fromRole))?.citation ?? citation,
      details: { event: def.event, roles },
    });
  }
  const routed = def.permissions.some((p) => p.when !== undefined);
  return refusal(
    'workflow.role-not-permitted',
    `Vai trò của người thực hiện không được phép "${def.event}"${routed ? ' đối với nội dung này' : ''} (được phép: ${roles.join(', ')})`,
    `The actor's roles may not "${def.event}"${routed ? ' for this content' : ''} (allowed: ${roles.join(', ')})`,
    {
      path: ['actor', 'roles'],
      citation,
      details: { event: def.event, roles, actorRoles: [...actor.roles] },
    },
  );
}
