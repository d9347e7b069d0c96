import type { z } from 'zod';

/** Longest string whose verdict is remembered. */
const MAX_CACHED_LENGTH = 256;
/** Most remembered verdicts per field (then new values are validated each time). */
const MAX_CACHED_VALUES = 4096;

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
  readonly verdicts: Map<unknown, Verdict>;
}

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
  const fields: FieldCheck[] = Object.entries(def.shape).map(([key, s]) => ({
    key,
    schema: s,
    optional: (s as unknown as ZodInternals)._zod.optin === 'optional',
    verdicts: new Map(),
  }));
  // What a spread copies: own enumerable properties.
  const copied = Object.prototype.propertyIsEnumerable;
  if (checks.length === 0) {
    return {
      test(input, title) {
        for (const f of fields) {
          if (f.key === 'title') {
            if (!verdict(f, title).ok) return false;
            continue;
          }
          if (!copied.call(input, f.key)) {
            if (f.optional) continue;
            return false;
          }
          if (!verdict(f, input[f.key]).ok) return false;
        }
        return true;
      },
    };
  }
  return {
    test(input, title) {
      // The object zod would hand to its checks: the fields' outputs, in shape order.
      const value: Record<string, unknown> = {};
      for (const f of fields) {
        const present = f.key === 'title' || copied.call(input, f.key);
        if (!present) {
          if (!f.optional) return false;
          const v = verdict(f, undefined);
          if (v.ok && v.out !== undefined) value[f.key] = v.out;
          continue;
        }
        const v = verdict(f, f.key === 'title' ? title : input[f.key]);
        if (!v.ok) return false;
        value[f.key] = v.out;
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
  if (!cacheable) return parse(f, v);
  const known = f.verdicts.get(v);
  if (known !== undefined) return known;
  const fresh = parse(f, v);
  if (f.verdicts.size < MAX_CACHED_VALUES) f.verdicts.set(v, fresh);
  return fresh;
}

function parse(f: FieldCheck, v: unknown): Verdict {
  const r = f.schema.safeParse(v);
  return r.success ? { ok: true, out: r.data } : { ok: false, out: undefined };
}
