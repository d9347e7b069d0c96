import type { z } from 'zod';
import { RepeatMemo } from './repeatMemo.js';

/** Longest string whose verdict is remembered. */
const MAX_CACHED_LENGTH = 256;
/** Most remembered verdicts per field (then new values are validated each time). */
const MAX_CACHED_VALUES = 8192;

/** A field's verdict on one value: valid or not, and zod's output for it (e.g. a trimmed string). */
interface Verdict {
  readonly ok: boolean;
  readonly out: unknown;
}

interface FieldCheck {
  readonly key: string;
  readonly schema: z.ZodType;
  /** The field may be left out (zod's `optin`), so an absent key is valid. */
  readonly optional: boolean;
  /** Verdicts of `schema.safeParse(value)` for short primitive values. */
  readonly verdicts: RepeatMemo<unknown, Verdict>;
  /** The schema run directly, for string schemas (see {@link directStringParse}). */
  readonly direct: DirectParse | undefined;
}

/** A direct run of a schema: its verdict, or `undefined` when only zod itself can tell. */
export type DirectParse = (v: unknown) => Verdict | undefined;

/** A zod check as a schema runs it on its own value (`when` decides whether it applies). */
interface ValueCheck {
  readonly _zod: {
    readonly def: { readonly when?: (payload: { value: unknown; issues: unknown[] }) => boolean };
    check(payload: { value: unknown; issues: unknown[] }): unknown;
  };
}

interface StringSchemaInternals {
  readonly _zod: {
    readonly traits: ReadonlySet<string>;
    readonly optin?: string;
    readonly def: {
      readonly type: string;
      readonly coerce?: boolean;
      readonly checks?: readonly ValueCheck[];
      readonly innerType?: z.ZodType;
    };
  };
}

const INVALID: Verdict = { ok: false, out: undefined };
const ABSENT_OK: Verdict = { ok: true, out: undefined };

/**
 * A string schema (`z.string()` with its checks, string formats such as `z.url()` or `z.iso.date()`, either
 * optional) run without zod's parse machinery: a type test, then the schema's checks in zod's order (a string
 * format is its own first check), each applied when its `when` says so, as zod's `run` does. A value is valid
 * when no check adds an issue; the output is the value the checks leave (e.g. trimmed). `undefined` for any
 * other schema, and at run time for a check that answers asynchronously. Used for the values that do not
 * repeat (titles, number-symbols, addresses): about three times cheaper than `safeParse`. Tests check it
 * agrees with `safeParse` on every string field of every category.
 */
export function directStringParse(schema: z.ZodType): DirectParse | undefined {
  const zod = (schema as unknown as StringSchemaInternals)._zod;
  const def = zod.def;
  if (def.type === 'optional') {
    if (def.checks !== undefined && def.checks.length > 0) return undefined;
    const inner = def.innerType;
    if (inner === undefined || (inner as unknown as StringSchemaInternals)._zod.optin === 'defaulted')
      return undefined;
    const run = directStringParse(inner);
    if (run === undefined) return undefined;
    return (v) => (v === undefined ? ABSENT_OK : run(v));
  }
  if (def.type !== 'string' || def.coerce === true) return undefined;
  const checks: readonly ValueCheck[] = zod.traits.has('$ZodCheck')
    ? [schema as unknown as ValueCheck, ...(def.checks ?? [])]
    : [...(def.checks ?? [])];
  return (v) => {
    if (typeof v !== 'string') return INVALID;
    const payload = { value: v as unknown, issues: [] as unknown[] };
    for (const ch of checks) {
      const when = ch._zod.def.when;
      if (when !== undefined && !when(payload)) continue;
      if (ch._zod.check(payload) instanceof Promise) return undefined;
      if (payload.issues.length > 0) return INVALID;
    }
    return { ok: true, out: payload.value };
  };
}

/** Most objects kept for the checks per schema (distinct sets of present keys). */
const MAX_VALUE_OBJECTS = 64;

/** A zod check as the object schema runs it after its fields: it reads `payload.value`, adds `payload.issues`. */
interface ZodCheck {
  readonly _zod: { check(payload: { value: unknown; issues: unknown[] }): unknown };
}

/**
 * A cheap, conservative validity test for an object schema: `test(fields, title)` is `true` only when
 * `schema.safeParse({ ...fields, title }).success` would be `true` (without building that object).
 * It validates field by field with the field's own schema (the verdict on a short primitive value is
 * remembered, since inventories repeat the same forms, authorities, dates and statuses), then runs the
 * object's own checks (e.g. the cross-field `superRefine` of legal documents) on the fields' outputs, as
 * the object schema does when every field is valid. It answers `false` for any other schema, an absent
 * required key, or a check that adds an issue, throws or is asynchronous: the caller then runs the full
 * parse, which also yields the precise issues.
 */
export interface FastSchemaValid {
  test(fields: Record<string, unknown>, title: string): boolean;
}

interface ZodInternals {
  readonly _zod: {
    readonly optin?: string;
    readonly def: {
      readonly type: string;
      readonly shape?: Record<string, z.ZodType>;
      readonly checks?: readonly ZodCheck[];
      readonly catchall?: unknown;
    };
  };
}

const NEVER: FastSchemaValid = { test: () => false };

/** Builds the fast test for `schema` (once per schema: the field verdicts live in the result). */
export function fastSchemaValid(schema: z.ZodType): FastSchemaValid {
  const def = (schema as unknown as ZodInternals)._zod.def;
  if (def.type !== 'object' || def.shape === undefined || def.catchall !== undefined) return NEVER;
  const checks = def.checks ?? [];
  if (checks.some((c) => typeof c?._zod?.check !== 'function')) return NEVER;
  // Fields are tracked as the bits of a 31-bit mask; a larger shape (no category has more than 31 fields)
  // gets no fast test, so the full parse runs.
  if (Object.keys(def.shape).length > 31) return NEVER;
  const fields: FieldCheck[] = Object.entries(def.shape).map(([key, s]) => ({
    key,
    schema: s,
    optional: (s as unknown as ZodInternals)._zod.optin === 'optional',
    verdicts: new RepeatMemo<unknown, Verdict>(MAX_CACHED_VALUES),
    direct: directStringParse(s),
  }));
  const index = new Map(fields.map((f, i) => [f.key, i]));
  const titleIndex = index.get('title') ?? -1;
  const requiredCount = fields.filter((f) => !f.optional).length;
  // The output of an optional field left out (a default value, else undefined).
  const absentOut = fields.map((f) => {
    const r = f.schema.safeParse(undefined);
    return r.success ? r.data : undefined;
  });
  const hasChecks = checks.length > 0;
  /** The fields' outputs in this test; entry i is meaningful when bit i of the test's mask is set. */
  const outs: unknown[] = fields.map(() => undefined);
  // The objects handed to the checks, by the set of keys present (bit i: field i). The checks are the
  // schema's own refinements, which read the object during the call and keep no reference to it.
  const objects = new Map<number, Record<string, unknown>>();
  const keys = fields.map((f) => f.key);
  let defaultsMask = 0;
  const defaults: number[] = [];
  absentOut.forEach((out, i) => {
    if (out === undefined) return;
    defaults.push(i);
    defaultsMask |= 1 << i;
  });
  return {
    test(input, title) {
      let required = 0;
      let mask = 0;
      if (titleIndex >= 0) {
        const f = fields[titleIndex] as FieldCheck;
        const v = verdict(f, title);
        if (!v.ok) return false;
        if (!f.optional) required++;
        outs[titleIndex] = v.out;
        mask |= 1 << titleIndex;
      }
      // What a spread copies: own enumerable string-keyed properties, in this order.
      for (const key of Object.keys(input)) {
        if (key === 'title') continue;
        const i = index.get(key);
        if (i === undefined) continue;
        const f = fields[i] as FieldCheck;
        const v = verdict(f, input[key]);
        if (!v.ok) return false;
        if (!f.optional) required++;
        outs[i] = v.out;
        mask |= 1 << i;
      }
      if (required < requiredCount) return false;
      if (!hasChecks) return true;
      // The object zod hands to its checks when every field is valid: the fields' outputs, in shape order,
      // without the keys zod leaves out (absent, with no default). Adding properties one by one to a fresh
      // object costs a map transition each: one object per set of present keys is kept and refilled instead.
      const present = mask | defaultsMask;
      let value = objects.get(present);
      if (value === undefined) {
        value = {};
        for (let i = 0; i < fields.length; i++) if (present & (1 << i)) value[keys[i] as string] = undefined;
        if (objects.size < MAX_VALUE_OBJECTS) objects.set(present, value);
      }
      for (const i of defaults) value[keys[i] as string] = absentOut[i];
      for (let m = mask; m !== 0; m &= m - 1) {
        const i = 31 - Math.clz32(m & -m);
        value[keys[i] as string] = outs[i];
      }
      const payload = { value, issues: [] as unknown[] };
      try {
        for (const c of checks) {
          const r = c._zod.check(payload);
          if (r instanceof Promise) return false;
          if (payload.issues.length > 0) return false;
        }
      } catch {
        return false;
      }
      return true;
    },
  };
}

function verdict(f: FieldCheck, v: unknown): Verdict {
  const t = typeof v;
  const cacheable =
    (t === 'string' && (v as string).length <= MAX_CACHED_LENGTH) ||
    (t === 'number' && !Object.is(v, -0)) ||
    t === 'boolean' ||
    v === undefined ||
    v === null;
  if (!cacheable || !f.verdicts.remembering) return parse(f, v);
  const known = f.verdicts.get(v);
  if (known !== undefined) return known;
  const fresh = parse(f, v);
  f.verdicts.set(v, fresh);
  return fresh;
}

function parse(f: FieldCheck, v: unknown): Verdict {
  if (f.direct !== undefined) {
    const d = f.direct(v);
    if (d !== undefined) return d;
  }
  const r = f.schema.safeParse(v);
  return r.success ? { ok: true, out: r.data } : { ok: false, out: undefined };
}
