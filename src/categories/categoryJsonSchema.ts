import * as z from 'zod';
import { CATEGORY_DEFINITIONS } from './CATEGORY_DEFINITIONS.js';
import type { CategoryId } from './categoryIds.js';

type Json = Record<string, unknown>;

function label(
  node: Json,
  fields: Readonly<Record<string, { vi: string; en: string; citation: string }>>,
): void {
  const props = node.properties as Record<string, Json> | undefined;
  if (props) {
    for (const [key, prop] of Object.entries(props)) {
      const f = fields[key];
      if (!f) continue;
      prop.title = f.en;
      prop['x-label'] = { vi: f.vi, en: f.en };
      prop['x-citation'] = f.citation;
    }
  }
  for (const k of ['anyOf', 'oneOf', 'allOf'] as const) {
    const list = node[k];
    if (Array.isArray(list)) for (const sub of list) label(sub as Json, fields);
  }
}

/**
 * The JSON Schema (draft 2020-12, from zod 4's `z.toJSONSchema`, input side) of a category's item, for users
 * outside TypeScript: every field carries `title` (English), `x-label` (`{vi, en}`) and `x-citation` (the
 * provision id); the root carries the category's names and citations. Cross-field checks (refinements) are
 * not expressible in JSON Schema: validate with `validateCategoryItem` for those.
 *
 * @example
 * ```ts
 * import { categoryJsonSchema } from 'vn-portal-kit/categories';
 * const s = categoryJsonSchema('projects') as { required: string[]; properties: Record<string, { title?: string }> };
 * s.required.includes('objective') //=> true
 * s.properties.sponsor?.title //=> 'Sponsor'
 * ```
 */
export function categoryJsonSchema(id: CategoryId): Record<string, unknown> {
  const def = CATEGORY_DEFINITIONS[id];
  if (def === undefined)
    throw new RangeError(`categoryJsonSchema: unknown category id ${JSON.stringify(id)}`);
  const schema = z.toJSONSchema(def.schema, { io: 'input', unrepresentable: 'any' }) as Json;
  const fields = Object.fromEntries(
    def.fields.map((f) => [f.key, { vi: f.label.vi, en: f.label.en, citation: f.citation.id }]),
  );
  label(schema, fields);
  schema.title = def.name.en;
  schema['x-label'] = def.name;
  schema['x-category'] = def.id;
  schema['x-citations'] = def.citations.map((c) => c.id);
  return schema;
}
