import type { DeadlineRule } from '../../calendar/index.js';
import type { Issue } from '../../core/index.js';
import type {
  Assignment,
  JsonObject,
  JsonValue,
  StartDefinition,
  TransitionDefinition,
} from '../MachineDefinition.js';
import type { Authority } from './authorise.js';
import { isPlainObject } from './context.js';
import type { DeadlineFn } from './guards.js';
import { parseInstant } from './instants.js';
import { refusal } from './refusal.js';

const MAX_ATTRIBUTES = 64;
const MAX_ATTRIBUTE_LENGTH = 10_000;
const MAX_COPIED_STRING = 200_000;
const MAX_AUTHORS = 256;

type DeadlineSpec = Extract<Assignment, { deadline: unknown }>['deadline'];

/**
 * One compiled assignment: a union of named kinds, each with only the fields it needs (what the data form of
 * {@link Assignment} means, decided once when the machine is compiled).
 */
export type CompiledAssignment =
  | { readonly kind: 'merge-attributes'; readonly authors: string | null }
  | { readonly kind: 'add-actor'; readonly key: string }
  | { readonly kind: 'increment'; readonly key: string }
  | { readonly kind: 'constant'; readonly key: string; readonly value: JsonValue }
  | { readonly kind: 'actor' | 'role' | 'delegator' | 'at'; readonly key: string }
  | { readonly kind: 'from-context' | 'from-payload'; readonly key: string; readonly source: string }
  | { readonly kind: 'later-than'; readonly key: string; readonly than: string }
  | { readonly kind: 'deadline'; readonly key: string; readonly spec: DeadlineSpec };

/** The context keys a compiled assignment writes. */
export function writtenKeys(a: CompiledAssignment): string[] {
  if (a.kind === 'merge-attributes') return a.authors === null ? ['attributes'] : ['attributes', a.authors];
  return [a.key];
}

/** Compiles one data assignment into its named kind. */
export function compileAssignment(a: Assignment): CompiledAssignment {
  if ('mergeAttributes' in a) return { kind: 'merge-attributes', authors: a.authors ?? null };
  if ('addActorTo' in a) return { kind: 'add-actor', key: a.addActorTo };
  if ('unset' in a) return { kind: 'constant', key: a.unset, value: null };
  if ('increment' in a) return { kind: 'increment', key: a.increment };
  if ('value' in a) return { kind: 'constant', key: a.set, value: a.value };
  if ('later' in a) return { kind: 'later-than', key: a.set, than: a.later.than };
  if ('deadline' in a) return { kind: 'deadline', key: a.set, spec: a.deadline };
  const f = a.from;
  if (f === 'actor' || f === 'role' || f === 'delegator' || f === 'at') return { kind: f, key: a.set };
  if (f.startsWith('context.')) return { kind: 'from-context', key: a.set, source: f.slice(8) };
  return { kind: 'from-payload', key: a.set, source: f.slice(8) };
}

/**
 * Copies a context. Every case of a machine has the same keys in the same order (`attributes`, then the
 * machine's context keys, sorted: see `startWorkflow`), known when the machine is compiled; a loop over them
 * builds copies that share one hidden class, several times cheaper than `{ ...context }`. A context with any
 * other layout is spread. Symbol keys are not data (JSON has none, and the audit log's canonical form refuses
 * them) and are not copied on the fast path. No code is generated at run time (portals under a strict CSP
 * forbid it).
 */
export interface ContextLayout {
  readonly keys: readonly string[];
}

/** A shallow copy of `context`'s string keys, the same as `{ ...context }` for JSON data. */
export function copyContext(context: JsonObject, layout: ContextLayout): Record<string, JsonValue> {
  const known = layout.keys;
  const keys = Object.keys(context);
  if (keys.length !== known.length) return { ...context };
  for (let i = 0; i < keys.length; i++) if (keys[i] !== known[i]) return { ...context };
  const out: Record<string, JsonValue> = {};
  for (let i = 0; i < known.length; i++) {
    const k = known[i]!;
    out[k] = (context as Record<string, JsonValue>)[k]!;
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

/** A deep copy of JSON data (contexts are a few levels deep). */
function cloneJson(v: JsonValue): JsonValue {
  if (v === null || typeof v !== 'object') return v;
  if (Array.isArray(v)) return v.map(cloneJson);
  const out: Record<string, JsonValue> = {};
  for (const k of Object.keys(v)) out[k] = cloneJson((v as Record<string, JsonValue>)[k]!);
  return out;
}

/** Merges checked attributes into the current ones; reports whether anything changed. */
function mergeAttributes(
  current: JsonValue | undefined,
  patch: Record<string, string | boolean | null>,
): { value: Record<string, JsonValue>; changed: boolean } {
  const merged: Record<string, JsonValue> = {};
  const base = isPlainObject(current) ? current : {};
  let changed = false;
  for (const k of Object.keys(base)) {
    if (Object.hasOwn(patch, k) && patch[k] === null) {
      changed = true;
      continue;
    }
    merged[k] = base[k] as JsonValue;
  }
  for (const k of Object.keys(patch)) {
    const v = patch[k]!;
    if (v === null) continue;
    if (!Object.hasOwn(base, k) || base[k] !== v) changed = true;
    merged[k] = v;
  }
  return { value: merged, changed };
}

/** The list at `context[key]` with `id` added (the same list when already there). */
function withId(list: JsonValue | undefined, id: string): JsonValue[] | null {
  const arr = Array.isArray(list) ? (list as JsonValue[]) : [];
  if (arr.includes(id)) return arr;
  if (arr.length >= MAX_AUTHORS) return null;
  return [...arr, id];
}

const TOO_MANY_AUTHORS = (): Issue =>
  refusal('workflow.payload-invalid', 'Quá nhiều tác giả được ghi nhận', 'Too many authors recorded', {
    path: ['snapshot', 'context'],
  });

/** What an assignment reads besides the context. */
export interface AssignInput {
  readonly payload: JsonObject | undefined;
  readonly authority: Authority;
  readonly atMs: number;
  readonly atIso: string;
  readonly deadline: DeadlineFn;
}

type Applied = { ok: true } | { ok: false; issue: Issue };
const DONE: Applied = { ok: true };

function copyFromPayload(
  next: Record<string, JsonValue>,
  key: string,
  source: string,
  payload: JsonObject | undefined,
): Applied {
  // Only JSON scalars are copied from a payload into the snapshot (it must stay plain, bounded JSON).
  const v = payload?.[source];
  if (v === undefined || v === null) next[key] = null;
  else if (
    typeof v === 'boolean' ||
    (typeof v === 'number' && Number.isFinite(v)) ||
    (typeof v === 'string' && v.length <= MAX_COPIED_STRING)
  ) {
    next[key] = v;
  } else {
    const issue = refusal(
      'workflow.payload-invalid',
      `Trường ${source} phải là chuỗi (tối đa ${MAX_COPIED_STRING} ký tự), số hoặc đúng/sai`,
      `Field ${source} must be a string (at most ${MAX_COPIED_STRING} characters), a number or a boolean`,
      { path: ['event', 'payload', source] },
    );
    return { ok: false, issue };
  }
  return DONE;
}

function setDeadline(
  def: TransitionDefinition | StartDefinition,
  next: Record<string, JsonValue>,
  key: string,
  spec: DeadlineSpec,
  x: AssignInput,
): Applied {
  const base = spec.from === 'at' ? x.atMs : parseInstant(next[spec.from]);
  let rule: DeadlineRule | undefined = spec.rule;
  if (spec.rules !== undefined && spec.keyFrom !== undefined) {
    const k = spec.keyFrom.startsWith('payload.') ? x.payload?.[spec.keyFrom.slice(8)] : next[spec.keyFrom];
    if (typeof k === 'string' && Object.hasOwn(spec.rules, k)) rule = spec.rules[k];
  }
  const due = rule !== undefined && !Number.isNaN(base) ? x.deadline(new Date(base), rule) : null;
  if (due === null) {
    const issue = refusal(
      'workflow.deadline-unavailable',
      'Không tính được thời hạn theo quy định',
      'The regulatory deadline could not be computed',
      { citation: def.citation, details: { field: key } },
    );
    return { ok: false, issue };
  }
  next[key] = due.toISOString();
  return DONE;
}

function applyOne(
  def: TransitionDefinition | StartDefinition,
  a: CompiledAssignment,
  next: Record<string, JsonValue>,
  x: AssignInput,
): Applied {
  switch (a.kind) {
    case 'merge-attributes': {
      const attrs = checkAttributes(x.payload?.attributes);
      if (!attrs.ok) return attrs;
      const merged = mergeAttributes(next.attributes, attrs.value);
      next.attributes = merged.value;
      if (merged.changed && a.authors !== null) {
        const list = withId(next[a.authors], x.authority.actorKey);
        if (list === null) return { ok: false, issue: TOO_MANY_AUTHORS() };
        next[a.authors] = list;
      }
      return DONE;
    }
    case 'add-actor': {
      const list = withId(next[a.key], x.authority.actorKey);
      if (list === null) return { ok: false, issue: TOO_MANY_AUTHORS() };
      next[a.key] = list;
      return DONE;
    }
    case 'increment': {
      const v = next[a.key];
      next[a.key] = (typeof v === 'number' ? v : 0) + 1;
      return DONE;
    }
    case 'constant':
      next[a.key] = a.value;
      return DONE;
    case 'actor':
      next[a.key] = x.authority.actorKey;
      return DONE;
    case 'role':
      next[a.key] = x.authority.role;
      return DONE;
    case 'delegator':
      next[a.key] = x.authority.delegatorKey;
      return DONE;
    case 'at':
      next[a.key] = x.atIso;
      return DONE;
    case 'from-context': {
      const v = next[a.source];
      // A copy, never the same object twice in one snapshot (the hashed form refuses shared references).
      next[a.key] = v === undefined ? null : cloneJson(v);
      return DONE;
    }
    case 'from-payload':
      return copyFromPayload(next, a.key, a.source, x.payload);
    case 'later-than': {
      const t = parseInstant(next[a.than]);
      next[a.key] = !Number.isNaN(t) && x.atMs > t;
      return DONE;
    }
    case 'deadline':
      return setDeadline(def, next, a.key, a.spec, x);
  }
}

/** Applies a transition's compiled assignments to a copy of the context, or returns the refusal. */
export function applyAssignments(
  def: TransitionDefinition | StartDefinition,
  plan: readonly CompiledAssignment[],
  layout: ContextLayout,
  context: JsonObject,
  x: AssignInput,
): { ok: true; context: JsonObject } | { ok: false; issue: Issue } {
  if (plan.length === 0) return { ok: true, context };
  // A shallow copy keeps the object's shape: every key of a machine exists from the start (null when unset).
  const next = copyContext(context, layout);
  for (let i = 0; i < plan.length; i++) {
    const r = applyOne(def, plan[i]!, next, x);
    if (!r.ok) return r;
  }
  return { ok: true, context: next };
}
