import type { DeadlineRule } from '../../calendar/index.js';
import type { Citation, Issue } from '../../core/index.js';
import type {
  Assignment,
  AttributeCondition,
  GuardDefinition,
  JsonObject,
  JsonValue,
  MachineDefinition,
  StartDefinition,
  TransitionDefinition,
  TransitionPermission,
} from '../MachineDefinition.js';
import type { AuditRecord, Delegation, WorkflowActor, WorkflowEvent } from '../WorkflowSnapshot.js';
import type { CompiledMachine } from './compile.js';
import { preview, refusal } from './refusal.js';

/** Evaluates a deadline rule from an instant; `null` when it cannot. */
export type DeadlineFn = (start: Date, rule: DeadlineRule) => Date | null;

const MAX_ID = 200;
const MAX_ROLES = 64;
const MAX_DELEGATIONS = 64;
const MAX_ATTRIBUTES = 64;
const MAX_ATTRIBUTE_LENGTH = 10_000;
const DEFAULT_MAX_FIELD = 10_000;
const MS_PER_DAY = 86_400_000;

/** Who acted: the role used, and the delegation behind it if any. */
interface Authority {
  readonly role: string;
  readonly delegation: Delegation | null;
  readonly permission: TransitionPermission;
}

/** Checks the actor's shape and roles. */
export function checkActor(actor: WorkflowActor, c: CompiledMachine): Issue | null {
  if (actor === null || typeof actor !== 'object' || typeof actor.id !== 'string') {
    return refusal('workflow.actor-invalid', 'Người thực hiện không hợp lệ', 'Invalid actor', {
      path: ['actor'],
    });
  }
  if (actor.id.length === 0 || actor.id.length > MAX_ID) {
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
    if (typeof r !== 'string' || !c.roles.has(r)) {
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

function isPlainObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

function attributeValue(context: JsonObject, name: string): JsonValue | undefined {
  const attrs = context.attributes;
  return isPlainObject(attrs) ? attrs[name] : undefined;
}

function conditionHolds(cond: AttributeCondition | undefined, context: JsonObject): boolean {
  if (cond === undefined) return true;
  const v = attributeValue(context, cond.attribute);
  const s = typeof v === 'string' ? v : undefined;
  if (cond.in !== undefined && (s === undefined || !cond.in.includes(s))) return false;
  if (cond.notIn !== undefined && s !== undefined && cond.notIn.includes(s)) return false;
  return true;
}

function parseInstant(v: unknown): number {
  if (typeof v !== 'string' || v.length > 40) return Number.NaN;
  // Civil dates mean 00:00 in Vietnam; date-times must carry Z or an offset.
  if (/^\d{4}-\d{2}-\d{2}$/.test(v)) return Date.parse(`${v}T00:00:00+07:00`);
  if (!/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d{1,9})?)?(Z|[+-]\d{2}:\d{2})$/.test(v)) return Number.NaN;
  return Date.parse(v);
}

/** Reads an ISO instant held in the context or payload; NaN when absent or malformed. */
export { parseInstant };

type DelegationCheck = { ok: true } | { ok: false; code: string; vi: string; en: string };

function delegationUsable(
  d: Delegation,
  actor: WorkflowActor,
  action: string,
  atMs: number,
  machine: MachineDefinition,
): DelegationCheck {
  if (d === null || typeof d !== 'object' || typeof d.fromRole !== 'string' || !Array.isArray(d.actions)) {
    return {
      ok: false,
      code: 'workflow.delegation-invalid',
      vi: 'Ủy quyền không hợp lệ',
      en: 'Invalid delegation',
    };
  }
  if (d.toActorId !== actor.id || d.fromActorId === actor.id) {
    return {
      ok: false,
      code: 'workflow.delegation-invalid',
      vi: 'Ủy quyền không cấp cho người này',
      en: 'The delegation is not granted to this person',
    };
  }
  if (!d.actions.includes(action)) {
    return {
      ok: false,
      code: 'workflow.delegation-invalid',
      vi: 'Ủy quyền không bao gồm việc này',
      en: 'The delegation does not cover this action',
    };
  }
  const from = parseInstant(d.validFrom);
  const until = parseInstant(d.validUntil);
  if (Number.isNaN(from) || Number.isNaN(until) || until <= from) {
    return {
      ok: false,
      code: 'workflow.delegation-invalid',
      vi: 'Thời hạn ủy quyền không hợp lệ',
      en: 'Invalid delegation period',
    };
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
  return { ok: true };
}

/** Finds the authority under which the actor may fire `def`, or the refusal. */
export function authorise(
  def: TransitionDefinition | StartDefinition,
  machine: MachineDefinition,
  actor: WorkflowActor,
  context: JsonObject,
  atMs: number,
): Authority | Issue {
  const action = def.action ?? def.event;
  for (const p of def.permissions) {
    if (!conditionHolds(p.when, context)) continue;
    for (const r of actor.roles) if (p.roles.includes(r)) return { role: r, delegation: null, permission: p };
  }
  let delegationProblem: DelegationCheck | null = null;
  if (actor.delegations !== undefined) {
    for (const d of actor.delegations) {
      for (const p of def.permissions) {
        if (!conditionHolds(p.when, context) || !p.roles.includes(d?.fromRole)) continue;
        const check = delegationUsable(d, actor, action, atMs, machine);
        if (check.ok) return { role: d.fromRole, delegation: d, permission: p };
        delegationProblem ??= check;
      }
    }
  }
  const citation = def.permissions[0]?.citation;
  const roles = [...new Set(def.permissions.flatMap((p) => p.roles))];
  if (delegationProblem !== null && !delegationProblem.ok) {
    return refusal(delegationProblem.code, delegationProblem.vi, delegationProblem.en, {
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

function payloadString(payload: JsonObject | undefined, field: string): string | undefined {
  const v = payload?.[field];
  return typeof v === 'string' ? v : undefined;
}

/** Checks required payload fields. */
export function checkRequired(
  def: TransitionDefinition | StartDefinition,
  payload: JsonObject | undefined,
): Issue[] {
  const out: Issue[] = [];
  for (const f of def.requires ?? []) {
    const v = payloadString(payload, f.field);
    const max = f.maxLength ?? DEFAULT_MAX_FIELD;
    if (v === undefined || v.trim().length === 0) {
      out.push(
        refusal('workflow.field-required', `Thiếu ${f.name.vi}`, `The ${f.name.en} is required`, {
          path: ['event', 'payload', f.field],
          citation: f.citation,
        }),
      );
    } else if (v.length > max) {
      out.push(
        refusal(
          'workflow.field-too-long',
          `${f.name.vi} quá dài (tối đa ${max} ký tự)`,
          `The ${f.name.en} is too long (at most ${max} characters)`,
          {
            path: ['event', 'payload', f.field],
            citation: f.citation,
          },
        ),
      );
    }
  }
  return out;
}

function present(v: JsonValue | undefined): boolean {
  return typeof v === 'string' ? v.trim().length > 0 : v !== undefined && v !== null && v !== false;
}

function guardHolds(
  g: GuardDefinition,
  context: JsonObject,
  payload: JsonObject | undefined,
  actor: WorkflowActor,
  atMs: number,
  deadline: DeadlineFn,
): boolean {
  switch (g.kind) {
    case 'actor-differs':
      return context[g.field] !== actor.id;
    case 'actor-equals':
      return context[g.field] === actor.id;
    case 'field-set':
      return present(context[g.field]);
    case 'fields-differ':
      return present(context[g.field]) && context[g.field] !== context[g.other];
    case 'attribute-not-in': {
      const v = attributeValue(context, g.attribute);
      return !(typeof v === 'string' && g.values.includes(v));
    }
    case 'attributes-present':
      return g.attributes.every((a) => present(attributeValue(context, a)));
    case 'attribution': {
      if (attributeValue(context, g.flag) !== true) return true;
      return g.anyOf.some((set) => set.every((a) => present(attributeValue(context, a))));
    }
    case 'checklist': {
      const confirmed = payload?.confirmed;
      if (!Array.isArray(confirmed)) return g.items.length === 0;
      return g.items.every((i) => confirmed.includes(i));
    }
    case 'payload-one-of': {
      const v = payloadString(payload, g.field);
      return v !== undefined && g.values.includes(v);
    }
    case 'payload-instant-after-now': {
      const t = parseInstant(payload?.[g.field]);
      if (Number.isNaN(t) || t <= atMs) return false;
      if (g.atLeast === undefined) return true;
      const min = deadline(new Date(atMs), g.atLeast);
      return min !== null && t >= min.getTime();
    }
    case 'payload-instant-after-field': {
      const t = parseInstant(payload?.[g.field]);
      const after = parseInstant(context[g.after]);
      if (Number.isNaN(t) || Number.isNaN(after) || t <= after) return false;
      if (g.notAfter === undefined) return true;
      const base = parseInstant(context[g.notAfter.from]);
      if (Number.isNaN(base)) return false;
      const cap = deadline(new Date(base), g.notAfter.rule);
      return cap !== null && t <= cap.getTime();
    }
    case 'now-at-or-after': {
      const t = parseInstant(context[g.field]);
      return !Number.isNaN(t) && atMs >= t;
    }
    case 'now-not-after': {
      const t = parseInstant(context[g.field]);
      return !Number.isNaN(t) && atMs <= t;
    }
  }
}

/** Runs every guard; returns the refusals of those that fail. */
export function checkGuards(
  def: TransitionDefinition | StartDefinition,
  context: JsonObject,
  payload: JsonObject | undefined,
  actor: WorkflowActor,
  atMs: number,
  deadline: DeadlineFn,
  onlyPayloadFree = false,
): Issue[] {
  const out: Issue[] = [];
  for (const g of def.guards ?? []) {
    if (onlyPayloadFree && (g.kind === 'checklist' || g.kind.startsWith('payload-'))) continue;
    if (!guardHolds(g, context, payload, actor, atMs, deadline)) {
      out.push(
        refusal(g.code, g.message.vi, g.message.en, { citation: g.citation, details: { guard: g.kind } }),
      );
    }
  }
  return out;
}

type AttributesCheck =
  | { ok: true; value: Record<string, string | boolean | null> }
  | { ok: false; issue: Issue };

function checkAttributes(raw: JsonValue | undefined): AttributesCheck {
  if (raw === undefined) return { ok: true, value: {} };
  const bad = (vi: string, en: string): AttributesCheck => ({
    ok: false,
    issue: refusal('workflow.payload-invalid', vi, en, { path: ['event', 'payload', 'attributes'] }),
  });
  if (!isPlainObject(raw)) return bad('Thuộc tính phải là một đối tượng', 'Attributes must be an object');
  const keys = Object.keys(raw);
  if (keys.length > MAX_ATTRIBUTES) return bad('Quá nhiều thuộc tính', 'Too many attributes');
  const out: Record<string, string | boolean | null> = {};
  for (const k of keys) {
    const v = raw[k];
    if (k.length > 64 || k === '__proto__')
      return bad('Tên thuộc tính không hợp lệ', 'Invalid attribute name');
    if (typeof v === 'string') {
      if (v.length > MAX_ATTRIBUTE_LENGTH)
        return bad(`Thuộc tính ${k} quá dài`, `Attribute ${k} is too long`);
      out[k] = v;
    } else if (typeof v === 'boolean' || v === null) out[k] = v;
    else
      return bad(
        `Thuộc tính ${k} phải là chuỗi, đúng/sai hoặc null`,
        `Attribute ${k} must be a string, boolean or null`,
      );
  }
  return { ok: true, value: out };
}

/** Applies the assignments to a copy of the context. Returns the refusal when a value cannot be computed. */
export function applyAssignments(
  def: TransitionDefinition | StartDefinition,
  context: JsonObject,
  payload: JsonObject | undefined,
  actor: WorkflowActor,
  authority: Authority,
  atMs: number,
  atIso: string,
  deadline: DeadlineFn,
): { ok: true; context: JsonObject } | { ok: false; issue: Issue } {
  const list = def.assign;
  if (list === undefined || list.length === 0) return { ok: true, context };
  const next: Record<string, JsonValue> = { ...context };
  for (const a of list as readonly Assignment[]) {
    if ('mergeAttributes' in a) {
      const attrs = checkAttributes(payload?.attributes);
      if (!attrs.ok) return { ok: false, issue: attrs.issue };
      const merged: Record<string, JsonValue> = isPlainObject(next.attributes) ? { ...next.attributes } : {};
      for (const [k, v] of Object.entries(attrs.value)) {
        if (v === null) delete merged[k];
        else merged[k] = v;
      }
      next.attributes = merged;
    } else if ('unset' in a) {
      delete next[a.unset];
    } else if ('increment' in a) {
      const v = next[a.increment];
      next[a.increment] = (typeof v === 'number' ? v : 0) + 1;
    } else if ('value' in a) {
      next[a.set] = a.value;
    } else if ('from' in a) {
      const f = a.from;
      if (f === 'actor') next[a.set] = actor.id;
      else if (f === 'role') next[a.set] = authority.role;
      else if (f === 'delegator') next[a.set] = authority.delegation?.fromActorId ?? null;
      else if (f === 'at') next[a.set] = atIso;
      else {
        const v = f.startsWith('context.') ? next[f.slice(8)] : payload?.[f.slice(8)];
        if (v === undefined) delete next[a.set];
        else next[a.set] = v;
      }
    } else if ('later' in a) {
      const t = parseInstant(next[a.later.than]);
      next[a.set] = !Number.isNaN(t) && atMs > t;
    } else if ('deadline' in a) {
      const spec = a.deadline;
      const base = spec.from === 'at' ? atMs : parseInstant(next[spec.from]);
      let rule: DeadlineRule | undefined = spec.rule;
      if (spec.rules !== undefined && spec.keyFrom !== undefined) {
        const key = spec.keyFrom.startsWith('payload.')
          ? payload?.[spec.keyFrom.slice(8)]
          : next[spec.keyFrom];
        if (typeof key === 'string' && Object.hasOwn(spec.rules, key)) rule = spec.rules[key];
      }
      const due = rule !== undefined && !Number.isNaN(base) ? deadline(new Date(base), rule) : null;
      if (due === null) {
        const issue = refusal(
          'workflow.deadline-unavailable',
          'Không tính được thời hạn theo quy định',
          'The regulatory deadline could not be computed',
          { citation: def.citation, details: { field: a.set } },
        );
        return { ok: false, issue };
      }
      next[a.set] = due.toISOString();
    }
  }
  return { ok: true, context: next };
}

/** Builds the audit record of a step. */
export function auditRecord(
  machine: MachineDefinition,
  def: TransitionDefinition | StartDefinition,
  from: string | null,
  seq: number,
  actor: WorkflowActor,
  authority: Authority,
  atIso: string,
  payload: JsonObject | undefined,
): AuditRecord {
  const reason = payloadString(payload, 'reason');
  const citations: string[] = [authority.permission.citation.id];
  if (def.citation.id !== citations[0]) citations.push(def.citation.id);
  const d = authority.delegation;
  return {
    machineId: machine.id,
    seq,
    event: def.event,
    from,
    to: def.to,
    actorId: actor.id,
    role: authority.role,
    onBehalfOf: d?.fromActorId ?? null,
    delegationId: d?.id ?? null,
    at: atIso,
    reason: reason === undefined ? null : reason.slice(0, DEFAULT_MAX_FIELD),
    citations,
  };
}

/** Checks the event's shape. */
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

/** The instant of `at` in ms, or NaN. */
export function instantMs(at: unknown): number {
  return at instanceof Date ? at.getTime() : Number.NaN;
}

/** The citation to show when an event is not possible in a state. */
export function stateCitation(machine: MachineDefinition): Citation {
  return machine.citation;
}
