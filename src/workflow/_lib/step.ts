import type { DeadlineRule } from '../../calendar/index.js';
import { type Citation, type Issue, toInstant } from '../../core/index.js';
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
const MAX_COPIED_STRING = 200_000;
const MS_PER_DAY = 86_400_000;

/** Who acted: the role used, and the delegation behind it if any. */
interface Authority {
  readonly role: string;
  readonly delegation: Delegation | null;
  /** The citation of the delegation rule that made the delegation valid. */
  readonly delegationCitation: Citation | null;
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
  // Fast path: the library's own format, Date#toISOString() ('YYYY-MM-DDTHH:MM:SS.sssZ').
  if (v.length === 24 && v.charCodeAt(23) === 90 && v.charCodeAt(10) === 84 && v.charCodeAt(19) === 46) {
    return parseIsoZ(v);
  }
  // Anything else: the library's DateInput rules (a civil date is 00:00 in Vietnam, a date-time without an
  // offset is Vietnamese local time), with real calendar validation.
  const r = toInstant(v);
  return r.ok ? r.value.getTime() : Number.NaN;
}

function digits(s: string, from: number, n: number): number {
  let v = 0;
  for (let i = from; i < from + n; i++) {
    const c = s.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return -1;
    v = v * 10 + c;
  }
  return v;
}

const MONTH_DAYS = [31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/** Parses 'YYYY-MM-DDTHH:MM:SS.sssZ' without Date.parse (the hot path of every step). */
function parseIsoZ(v: string): number {
  if (
    v.charCodeAt(4) !== 45 ||
    v.charCodeAt(7) !== 45 ||
    v.charCodeAt(13) !== 58 ||
    v.charCodeAt(16) !== 58
  ) {
    return Number.NaN;
  }
  const y = digits(v, 0, 4);
  const mo = digits(v, 5, 2);
  const d = digits(v, 8, 2);
  const h = digits(v, 11, 2);
  const mi = digits(v, 14, 2);
  const sec = digits(v, 17, 2);
  const ms = digits(v, 20, 3);
  if (
    y < 0 ||
    mo < 1 ||
    mo > 12 ||
    d < 1 ||
    d > MONTH_DAYS[mo - 1]! ||
    h < 0 ||
    h > 23 ||
    mi < 0 ||
    mi > 59
  ) {
    return Number.NaN;
  }
  if (sec < 0 || sec > 59 || ms < 0) return Number.NaN;
  if (mo === 2 && d === 29 && !((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0)) return Number.NaN;
  if (y < 100) {
    // Date.UTC maps years 0–99 to 1900–1999.
    const t = new Date(0);
    t.setUTCFullYear(y, mo - 1, d);
    t.setUTCHours(h, mi, sec, ms);
    return t.getTime();
  }
  return Date.UTC(y, mo - 1, d, h, mi, sec, ms);
}

/** Reads an ISO instant held in the context or payload; NaN when absent or malformed. */
export { parseInstant };

type DelegationCheck = { ok: true; citation: Citation } | { ok: false; code: string; vi: string; en: string };

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
  return { ok: true, citation: rule.citation };
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
    for (const r of actor.roles) {
      if (p.roles.includes(r)) return { role: r, delegation: null, delegationCitation: null, permission: p };
    }
  }
  let delegationProblem: DelegationCheck | null = null;
  if (actor.delegations !== undefined) {
    for (const d of actor.delegations) {
      for (const p of def.permissions) {
        if (!conditionHolds(p.when, context) || !p.roles.includes(d?.fromRole)) continue;
        const check = delegationUsable(d, actor, action, atMs, machine);
        if (check.ok)
          return { role: d.fromRole, delegation: d, delegationCitation: check.citation, permission: p };
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
const NONE: Issue[] = Object.freeze([]) as unknown as Issue[];

export function checkRequired(
  def: TransitionDefinition | StartDefinition,
  payload: JsonObject | undefined,
): Issue[] {
  const req = def.requires;
  if (req === undefined || req.length === 0) return NONE;
  const out: Issue[] = [];
  for (const f of req) {
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
  const guards = def.guards;
  if (guards === undefined || guards.length === 0) return NONE;
  let out: Issue[] = NONE;
  for (const g of guards) {
    if (onlyPayloadFree && (g.kind === 'checklist' || g.kind.startsWith('payload-'))) continue;
    if (!guardHolds(g, context, payload, actor, atMs, deadline)) {
      if (out === NONE) out = [];
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

/** One compiled assignment: a uniform shape (monomorphic in the hot loop). */
export interface AssignOp {
  /** 0 merge attributes, 1 increment, 2 constant, 3 actor, 4 role, 5 delegator, 6 at, 7 from context, 8 from
   * payload, 9 later-than, 10 deadline. */
  readonly k: number;
  readonly key: string;
  readonly src: string;
  readonly value: JsonValue;
  readonly deadline: Extract<Assignment, { deadline: unknown }>['deadline'] | null;
}

/**
 * The copier of a machine's contexts (shared by its plans). `{ ...context }` costs about 18 ns a key in V8
 * when the source is itself a copy; assigning the known keys in a loop costs a fraction of that. The key list is
 * taken once, from the first context the machine copies, and used only for a context whose own keys are
 * exactly those, in that order, with no symbol keys: any other context is spread as before.
 */
export interface ContextCopier {
  keys: readonly string[] | null;
  copy: ((context: JsonObject) => Record<string, JsonValue>) | null;
}

/** The compiled assignments of a transition. */
export interface AssignPlan {
  readonly ops: readonly AssignOp[];
  readonly copier: ContextCopier;
}

const PLAIN_KEY = /^[A-Za-z_$][A-Za-z0-9_$]{0,63}$/;
const MAX_COPIED_KEYS = 128;

function prepareCopier(h: ContextCopier, keys: readonly string[]): void {
  h.keys = keys;
  if (keys.length === 0 || keys.length > MAX_COPIED_KEYS) return;
  for (const k of keys) if (k === '__proto__' || !PLAIN_KEY.test(k)) return;
  // A loop over the known keys builds the copy in the same key order, so every copy shares one hidden class;
  // no code is generated at run time (portals under a strict content security policy forbid it).
  h.copy = (context) => {
    const out: Record<string, JsonValue> = {};
    for (let i = 0; i < keys.length; i++) {
      const k = keys[i]!;
      out[k] = (context as Record<string, JsonValue>)[k]!;
    }
    return out;
  };
}

/** A shallow copy of `context`, the same as `{ ...context }`. */
export function copyContext(context: JsonObject, h: ContextCopier): Record<string, JsonValue> {
  const keys = Object.keys(context);
  if (h.keys === null) prepareCopier(h, keys);
  const copy = h.copy;
  const known = h.keys!;
  if (copy === null || keys.length !== known.length) return { ...context };
  for (let i = 0; i < keys.length; i++) if (keys[i] !== known[i]) return { ...context };
  if (Object.getOwnPropertySymbols(context).length > 0) return { ...context };
  return copy(context);
}

/** Compiles a transition's assignments once (see `compile`); `copier` is shared by a machine's plans. */
export function planAssignments(
  list: readonly Assignment[] | undefined,
  copier: ContextCopier = { keys: null, copy: null },
): AssignPlan {
  const ops: AssignOp[] = [];
  const op = (
    k: number,
    key: string,
    src = '',
    value: JsonValue = null,
    deadline: AssignOp['deadline'] = null,
  ): void => {
    ops.push({ k, key, src, value, deadline });
  };
  for (const a of list ?? []) {
    if ('mergeAttributes' in a) op(0, 'attributes');
    else if ('unset' in a) op(2, a.unset);
    else if ('increment' in a) op(1, a.increment);
    else if ('value' in a) op(2, a.set, '', a.value);
    else if ('from' in a) {
      const f = a.from;
      if (f === 'actor') op(3, a.set);
      else if (f === 'role') op(4, a.set);
      else if (f === 'delegator') op(5, a.set);
      else if (f === 'at') op(6, a.set);
      else if (f.startsWith('context.')) op(7, a.set, f.slice(8));
      else op(8, a.set, f.slice(8));
    } else if ('later' in a) op(9, a.set, a.later.than);
    else if ('deadline' in a) op(10, a.set, '', null, a.deadline);
  }
  return { ops, copier };
}

/** Applies the assignments to a copy of the context. Returns the refusal when a value cannot be computed. */
export function applyAssignments(
  def: TransitionDefinition | StartDefinition,
  plan: AssignPlan,
  context: JsonObject,
  payload: JsonObject | undefined,
  actor: WorkflowActor,
  authority: Authority,
  atMs: number,
  atIso: string,
  deadline: DeadlineFn,
): { ok: true; context: JsonObject } | { ok: false; issue: Issue } {
  const ops = plan.ops;
  if (ops.length === 0) return { ok: true, context };
  // A shallow copy keeps the object's shape: every key of a machine exists from the start (null when unset).
  const next = copyContext(context, plan.copier);
  for (let i = 0; i < ops.length; i++) {
    const a = ops[i]!;
    switch (a.k) {
      case 0: {
        const attrs = checkAttributes(payload?.attributes);
        if (!attrs.ok) return { ok: false, issue: attrs.issue };
        const merged: Record<string, JsonValue> = {};
        const current = next.attributes;
        const drop = new Set<string>();
        for (const [k, v] of Object.entries(attrs.value)) if (v === null) drop.add(k);
        if (isPlainObject(current))
          for (const k of Object.keys(current)) if (!drop.has(k)) merged[k] = current[k] as JsonValue;
        for (const [k, v] of Object.entries(attrs.value)) if (v !== null) merged[k] = v;
        next.attributes = merged;
        break;
      }
      case 1: {
        const v = next[a.key];
        next[a.key] = (typeof v === 'number' ? v : 0) + 1;
        break;
      }
      case 2:
        next[a.key] = a.value;
        break;
      case 3:
        next[a.key] = actor.id;
        break;
      case 4:
        next[a.key] = authority.role;
        break;
      case 5:
        next[a.key] = authority.delegation?.fromActorId ?? null;
        break;
      case 6:
        next[a.key] = atIso;
        break;
      case 7: {
        const v = next[a.src];
        next[a.key] = v === undefined ? null : v;
        break;
      }
      case 8: {
        // Only JSON scalars are copied from a payload into the snapshot (it must stay plain, bounded JSON).
        const v = payload?.[a.src];
        if (v === undefined || v === null) next[a.key] = null;
        else if (
          typeof v === 'boolean' ||
          (typeof v === 'number' && Number.isFinite(v)) ||
          (typeof v === 'string' && v.length <= MAX_COPIED_STRING)
        ) {
          next[a.key] = v;
        } else {
          const issue = refusal(
            'workflow.payload-invalid',
            `Trường ${a.src} phải là chuỗi (tối đa ${MAX_COPIED_STRING} ký tự), số hoặc đúng/sai`,
            `Field ${a.src} must be a string (at most ${MAX_COPIED_STRING} characters), a number or a boolean`,
            { path: ['event', 'payload', a.src] },
          );
          return { ok: false, issue };
        }
        break;
      }
      case 9: {
        const t = parseInstant(next[a.src]);
        next[a.key] = !Number.isNaN(t) && atMs > t;
        break;
      }
      default: {
        const spec = a.deadline!;
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
            { citation: def.citation, details: { field: a.key } },
          );
          return { ok: false, issue };
        }
        next[a.key] = due.toISOString();
      }
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
