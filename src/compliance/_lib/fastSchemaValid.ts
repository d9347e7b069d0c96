import type { z } from 'zod';

/** Longest string whose verdict is remembered. */
const MAX_CACHED_LENGTH = 256;
/** Most remembered verdicts per field (then new values are validated each time). */
const MAX_CACHED_VALUES = 4096;

interface FieldCheck {
  readonly key: string;
  readonly schema: z.ZodType;
  /** The field may be left out (zod's `optin`), so an absent key is valid. */
  readonly optional: boolean;
  /** Verdicts of `schema.safeParse(value).success` for short primitive values. */
  readonly verdicts: Map<unknown, boolean>;
}

/**
 * A cheap, conservative validity test for an object schema: `test(fields, title)` is `true` only when
 * `schema.safeParse({ ...fields, title }).success` would be `true` (without building that object). It validates field by field with the field's own schema
 * (the verdict for a short primitive value is remembered, since inventories repeat the same forms, authorities,
 * dates and statuses), which for a plain `z.object` (no object-level refinement, no catch-all) decides exactly
 * what the whole parse decides. For any other schema, or an absent required key, it answers `false` and the
 * caller runs the full parse, which also yields the precise issues.
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
      readonly checks?: readonly unknown[];
      readonly catchall?: unknown;
    };
  };
}

const NEVER: FastSchemaValid = { test: () => false };

/** Builds the fast test for `schema` (once per schema: the field verdicts live in the result). */
export function fastSchemaValid(schema: z.ZodType): FastSchemaValid {
  const def = (schema as unknown as ZodInternals)._zod.def;
  if (def.type !== 'object' || def.shape === undefined) return NEVER;
  if ((def.checks?.length ?? 0) > 0 || def.catchall !== undefined) return NEVER;
  const fields: FieldCheck[] = Object.entries(def.shape).map(([key, s]) => ({
    key,
    schema: s,
    optional: (s as unknown as ZodInternals)._zod.optin === 'optional',
    verdicts: new Map(),
  }));
  // What a spread copies: own enumerable properties.
  const copied = Object.prototype.propertyIsEnumerable;
  return {
    test(input, title) {
      for (const f of fields) {
        if (f.key === 'title') {
          if (!valid(f, title)) return false;
          continue;
        }
        if (!copied.call(input, f.key)) {
          if (f.optional) continue;
          return false;
        }
        if (!valid(f, input[f.key])) return false;
      }
      return true;
    },
  };
}

function valid(f: FieldCheck, v: unknown): boolean {
  const t = typeof v;
  const cacheable =
    (t === 'string' && (v as string).length <= MAX_CACHED_LENGTH) ||
    (t === 'number' && !Object.is(v, -0)) ||
    t === 'boolean' ||
    v === undefined ||
    v === null;
  if (!cacheable) return f.schema.safeParse(v).success;
  const known = f.verdicts.get(v);
  if (known !== undefined) return known;
  const ok = f.schema.safeParse(v).success;
  if (f.verdicts.size < MAX_CACHED_VALUES) f.verdicts.set(v, ok);
  return ok;
}
