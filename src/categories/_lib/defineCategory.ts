import type { z } from 'zod';
import type { Citation } from '../../core/index.js';
import type {
  CategoryDefinition,
  CategoryField,
  CategoryFieldList,
  CategoryVariantId,
} from '../CategoryDefinition.js';
import { CATEGORY_NAMES, type CategoryId } from '../categoryIds.js';

/** `[vi label, en label, provision id, variants?]`. */
export type FieldMeta = readonly [string, string, string, (readonly CategoryVariantId[])?];

type Shape = Readonly<Record<string, z.ZodType>>;

export interface CategorySpec<K extends string> {
  readonly id: CategoryId;
  readonly schema: z.ZodType;
  /** Shapes the fields are read from: one, or one per variant. */
  readonly shapes: readonly Shape[];
  readonly meta: Readonly<Record<K, FieldMeta>>;
  readonly fieldLists: readonly (readonly [string, readonly NoInfer<K>[], CategoryVariantId?])[];
  readonly citations: readonly (string | Citation)[];
  readonly variants?: readonly CategoryVariantId[];
}

/** Builds a registry entry: field labels and citations from `meta`, `required` read from the schema shapes. */
export function defineCategory<K extends string>(spec: CategorySpec<K>): CategoryDefinition {
  const fields: CategoryField[] = [];
  for (const key of Object.keys(spec.meta) as K[]) {
    const [vi, en, citation, variants] = spec.meta[key];
    const inShapes = spec.shapes.filter((s) => s[key] !== undefined);
    const required = inShapes.length > 0 && inShapes.every((s) => !(s[key] as z.ZodType).isOptional());
    const field: { -readonly [P in keyof CategoryField]: CategoryField[P] } = {
      key,
      label: { vi, en },
      required,
      citation: { id: citation },
    };
    if (variants) field.variants = variants;
    fields.push(field);
  }
  const fieldLists: CategoryFieldList[] = spec.fieldLists.map(([id, keys, variant]) =>
    variant ? { citation: { id }, fields: keys, variant } : { citation: { id }, fields: keys },
  );
  const def: { -readonly [P in keyof CategoryDefinition]: CategoryDefinition[P] } = {
    id: spec.id,
    name: CATEGORY_NAMES[spec.id],
    fields,
    fieldLists,
    schema: spec.schema,
    citations: spec.citations.map((c) => (typeof c === 'string' ? { id: c } : c)),
  };
  if (spec.variants) def.variants = spec.variants;
  return def;
}
