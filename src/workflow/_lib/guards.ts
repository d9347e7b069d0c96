import type { DeadlineRule } from '../../calendar/index.js';
import { classificationMark, type Issue } from '../../core/index.js';
import type {
  GuardDefinition,
  JsonObject,
  StartDefinition,
  TransitionDefinition,
} from '../MachineDefinition.js';
import { idAmong, normaliseActorId } from './actorId.js';
import type { Authority } from './authorise.js';
import { attributeValue, isPlainObject, payloadString, present } from './context.js';
import { parseInstant } from './instants.js';
import { refusal } from './refusal.js';

/** Evaluates a deadline rule from an instant; `null` when it cannot. */
export type DeadlineFn = (start: Date, rule: DeadlineRule) => Date | null;

const DEFAULT_MAX_FIELD = 10_000;

/** The (frozen, shared) empty list: no allocation when nothing is wrong. */
export const NONE: Issue[] = Object.freeze([]) as unknown as Issue[];

/** Checks required payload fields (non-blank strings within their length). */
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
    const path = ['event', 'payload', f.field];
    if (v === undefined || v.trim().length === 0) {
      out.push(
        refusal('workflow.field-required', `Thiếu ${f.name.vi}`, `The ${f.name.en} is required`, {
          path,
          citation: f.citation,
        }),
      );
    } else if (v.length > max) {
      out.push(
        refusal(
          'workflow.field-too-long',
          `${f.name.vi} quá dài (tối đa ${max} ký tự)`,
          `The ${f.name.en} is too long (at most ${max} characters)`,
          { path, citation: f.citation },
        ),
      );
    }
  }
  return out;
}

/** What a step knows when its guards run. */
export interface GuardInput {
  readonly context: JsonObject;
  readonly payload: JsonObject | undefined;
  readonly authority: Authority;
  readonly atMs: number;
  readonly deadline: DeadlineFn;
}

/** `true` when the guard holds; `'unknown-classification'` when a classification mark is not recognised. */
type Verdict = boolean | 'unknown-classification';

function sameId(a: string, v: unknown): boolean {
  return typeof v === 'string' && normaliseActorId(v) === a;
}

function personGuard(g: GuardDefinition, x: GuardInput): Verdict {
  const { context, authority } = x;
  switch (g.kind) {
    case 'actor-differs':
      return !sameId(authority.actorKey, context[g.field]);
    case 'actor-equals':
      return sameId(authority.actorKey, context[g.field]);
    case 'actor-not-among':
      if (idAmong(authority.actorKey, context[g.field])) return false;
      return !(
        g.delegator === true &&
        authority.delegatorKey !== null &&
        idAmong(authority.delegatorKey, context[g.field])
      );
    case 'field-not-among': {
      const v = context[g.field];
      if (v === null || v === undefined) return g.optional === true;
      return typeof v === 'string' && v.trim() !== '' && !idAmong(normaliseActorId(v), context[g.among]);
    }
    default:
      return contentGuard(g, x);
  }
}

function contentGuard(g: GuardDefinition, x: GuardInput): Verdict {
  const { context, payload } = x;
  switch (g.kind) {
    case 'field-set':
      return present(context[g.field]);
    case 'fields-differ':
      return present(context[g.field]) && context[g.field] !== context[g.other];
    case 'attribute-not-in': {
      const v = attributeValue(context, g.attribute);
      return !(typeof v === 'string' && g.values.includes(v));
    }
    case 'classification-publishable': {
      const mark = classificationMark(attributeValue(context, g.attribute));
      if (mark === null) return 'unknown-classification';
      return mark === 'none' || !g.neverPublish.includes(mark);
    }
    case 'attributes-unchanged': {
      const next = payload?.attributes;
      if (!isPlainObject(next)) return true;
      for (const a of g.attributes) {
        if (!Object.hasOwn(next, a)) continue;
        const now = attributeValue(context, a);
        if ((next[a] ?? null) !== (now ?? null)) return false;
      }
      return true;
    }
    case 'attributes-present':
      return g.attributes.every((a) => present(attributeValue(context, a)));
    case 'attribution':
      if (attributeValue(context, g.flag) !== true) return true;
      return g.anyOf.some((set) => set.every((a) => present(attributeValue(context, a))));
    case 'checklist': {
      const confirmed = payload?.confirmed;
      if (!Array.isArray(confirmed)) return g.items.length === 0;
      return g.items.every((i) => confirmed.includes(i));
    }
    case 'payload-one-of': {
      const v = payloadString(payload, g.field);
      return v !== undefined && g.values.includes(v);
    }
    default:
      return timeGuard(g, x);
  }
}

function timeGuard(g: GuardDefinition, x: GuardInput): Verdict {
  const { context, payload, atMs, deadline } = x;
  switch (g.kind) {
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
    default:
      // A kind this engine does not know never holds (a hand-written machine with a typo fails closed).
      return false;
  }
}

function guardRefusal(g: GuardDefinition, verdict: Verdict): Issue {
  if (verdict === 'unknown-classification') {
    return refusal(
      'workflow.classification-unknown',
      'Độ mật không xác định (cần: không, Mật, Tối mật, Tuyệt mật): không được coi là công khai',
      'Unknown classification mark (expected: none, Mật, Tối mật, Tuyệt mật): never treated as public',
      {
        path: ['snapshot', 'context', 'attributes', 'attribute' in g ? g.attribute : 'classification'],
        citation: g.citation,
        details: { guard: g.kind },
      },
    );
  }
  return refusal(g.code, g.message.vi, g.message.en, { citation: g.citation, details: { guard: g.kind } });
}

/** Guards that read the payload (skipped when listing what an actor may do, before any payload exists). */
export function readsPayload(g: GuardDefinition): boolean {
  return g.kind === 'checklist' || g.kind === 'attributes-unchanged' || g.kind.startsWith('payload-');
}

/** Runs every guard; returns the refusals of those that fail. */
export function checkGuards(
  def: TransitionDefinition | StartDefinition,
  x: GuardInput,
  onlyPayloadFree = false,
): Issue[] {
  const guards = def.guards;
  if (guards === undefined || guards.length === 0) return NONE;
  let out: Issue[] = NONE;
  for (const g of guards) {
    if (onlyPayloadFree && readsPayload(g)) continue;
    const verdict = personGuard(g, x);
    if (verdict !== true) {
      if (out === NONE) out = [];
      out.push(guardRefusal(g, verdict));
    }
  }
  return out;
}
