import type { z } from 'zod';
import type { Citation, LocalizedText } from '../core/index.js';
import type { CategoryId } from './categoryIds.js';

/**
 * A variant of a category whose field list depends on the kind of portal: `local-government` (province,
 * district or commune People's Committee portals) or `department` (a ministry's or provincial department's
 * portal). ND 43/2011 Art. 10.1.a, VP-32-2023/5.1.a–b, ND 224/2026 Art. 9.1.b–c.
 *
 * @example
 * ```ts
 * import type { CategoryVariantId } from 'vn-portal-kit/categories';
 * const v: CategoryVariantId = 'department';
 * v //=> 'department'
 * ```
 */
export type CategoryVariantId = 'local-government' | 'department';

/**
 * One field of a category item: the property name in the schema, its bilingual label, whether the schema
 * requires it for every regulation, and the provision that names it.
 *
 * @example
 * ```ts
 * import { categoryById } from 'vn-portal-kit/categories';
 * categoryById('legal-documents').fields.find((f) => f.key === 'summary')?.label.vi //=> 'Trích yếu'
 * ```
 */
export interface CategoryField {
  /** Property name in the item schema. */
  readonly key: string;
  /** Label in Vietnamese (as the regulation words it) and English. */
  readonly label: LocalizedText;
  /** Required by the schema (every regulation asks for it). Fields that only some regulations require are optional here and listed in {@link CategoryFieldList}s. */
  readonly required: boolean;
  /** The provision that names the field. */
  readonly citation: Citation;
  /** Only in these variants (absent: all). */
  readonly variants?: readonly CategoryVariantId[];
}

/**
 * The fields one provision lists for a category (a regulation's own field list), so that a profile can say
 * "under VP-32-2023/5.8.b a project needs these nine fields" and an audit can check them.
 *
 * @example
 * ```ts
 * import { categoryById } from 'vn-portal-kit/categories';
 * categoryById('projects').fieldLists.map((l) => l.citation.id) //=> ['ND-43-2011/10.1.h', 'VP-32-2023/5.8.b', 'QN-3069-2021/7.2.d']
 * ```
 */
export interface CategoryFieldList {
  /** The provision. */
  readonly citation: Citation;
  /** The keys of {@link CategoryField}s it requires. */
  readonly fields: readonly string[];
  /** The variant it applies to (absent: all). */
  readonly variant?: CategoryVariantId;
}

/**
 * A mandated information category: id, name, variants, fields with labels and citations, the field lists of
 * each provision, the zod schema of one item, and the provisions that mandate the category.
 *
 * @example
 * ```ts
 * import { categoryById } from 'vn-portal-kit/categories';
 * const c = categoryById('introduction');
 * c.variants //=> ['local-government', 'department']
 * ```
 */
export interface CategoryDefinition {
  readonly id: CategoryId;
  readonly name: LocalizedText;
  /** Variants with different field lists (the schema is then a union discriminated by `variant`). */
  readonly variants?: readonly CategoryVariantId[];
  /** Every field of an item (besides the common envelope of `ContentItemBaseSchema`). */
  readonly fields: readonly CategoryField[];
  /** Field lists of the provisions that enumerate the fields. */
  readonly fieldLists: readonly CategoryFieldList[];
  /** The zod schema of one item. */
  readonly schema: z.ZodType;
  /** The provisions that mandate the category (national decrees and the regulations of the seeds). */
  readonly citations: readonly Citation[];
}
