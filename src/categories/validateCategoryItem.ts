import type { z } from 'zod';
import {
  createIssue,
  err,
  type Issue,
  type IssuePath,
  localized,
  ok,
  prefixIssuePath,
  type Result,
} from '../core/index.js';
import { type InputSizeLimits, parseDocumentNumber, safeParseWithIssues } from '../documents/index.js';
import { CATEGORY_DEFINITIONS } from './CATEGORY_DEFINITIONS.js';
import type { CategoryId } from './categoryIds.js';
import { categorySchemas } from './categorySchemas.js';

/**
 * The parsed item type of each category.
 *
 * @example
 * ```ts
 * import type { CategoryItem } from 'vn-portal-kit/categories';
 * const n: CategoryItem<'news'> = { title: 'Tin', body: 'Nội dung' };
 * n.title //=> 'Tin'
 * ```
 */
export type CategoryItem<I extends CategoryId> = z.infer<(typeof categorySchemas)[I]>;

/**
 * Options of {@link validateCategoryItem}.
 *
 * @example
 * ```ts
 * import type { ValidateCategoryItemOptions } from 'vn-portal-kit/categories';
 * const o: ValidateCategoryItemOptions = { requiredBy: ['VP-32-2023/5.8.b'] };
 * o.requiredBy //=> ['VP-32-2023/5.8.b']
 * ```
 */
export interface ValidateCategoryItemOptions {
  /**
   * Provision ids whose field lists (see `CategoryDefinition.fieldLists`) the item must fill, e.g. the ones a
   * profile names for its regulation. Unknown ids are reported (`category.field-list-unknown`).
   */
  readonly requiredBy?: readonly string[];
  /** Prefix of every issue path. */
  readonly path?: IssuePath;
  /** Size limits checked before the schema runs. */
  readonly limits?: InputSizeLimits;
}

/**
 * Validates an untrusted item of a category: the size guard, the category's zod schema (issues mapped to
 * bilingual `schema.*` codes naming the field by its Vietnamese label, with the field's citation), then the
 * field lists of the provisions in `requiredBy` (`category.field-required`, citing the provision). Number-
 * symbol normalisations of legal documents come back as warnings. Never throws.
 *
 * @example
 * ```ts
 * import { validateCategoryItem } from 'vn-portal-kit/categories';
 * const item = { title: 'Đường tỉnh 925', name: 'Đường tỉnh 925', objective: 'Kết nối…', field: 'Giao thông', duration: '2024–2027' };
 * validateCategoryItem('projects', item).ok //=> true
 * const r = validateCategoryItem('projects', item, { requiredBy: ['QN-3069-2021/7.2.d'] });
 * r.issues.map((i) => i.path[0]) //=> ['list', 'projectGroup', 'capitalSource']
 * ```
 */
export function validateCategoryItem<I extends CategoryId>(
  id: I,
  input: unknown,
  options: ValidateCategoryItemOptions = {},
): Result<CategoryItem<I>> {
  const def = CATEGORY_DEFINITIONS[id];
  if (def === undefined)
    throw new RangeError(`validateCategoryItem: unknown category id ${JSON.stringify(id)}`);
  const path = options.path ?? [];
  const labels = Object.fromEntries(def.fields.map((f) => [f.key, f.label]));
  const citations = Object.fromEntries(def.fields.map((f) => [f.key, f.citation]));
  const r = safeParseWithIssues(categorySchemas[id], input, {
    labels,
    citations,
    path,
    ...(options.limits ? { limits: options.limits } : {}),
  });
  if (!r.ok) return r;
  const value = r.value as Record<string, unknown>;
  const issues: Issue[] = [];
  const variant = typeof value.variant === 'string' ? value.variant : undefined;
  for (const cid of options.requiredBy ?? []) {
    const lists = def.fieldLists.filter((l) => l.citation.id === cid);
    if (lists.length === 0) {
      issues.push(
        createIssue(
          'category.field-list-unknown',
          localized(
            `Danh mục «${def.name.vi}» không có danh sách trường theo ${cid}`,
            `Category "${def.name.en}" has no field list under ${cid}`,
          ),
          { path, details: { category: id, citation: cid } },
        ),
      );
      continue;
    }
    for (const list of lists) {
      if (list.variant !== undefined && variant !== undefined && list.variant !== variant) continue;
      for (const key of list.fields) {
        if (value[key] !== undefined) continue;
        // A field the schema requires is enforced by the schema in the shapes that have it (a schedule's
        // entries, a written direction's body): absent after a successful parse, it is not this item's field.
        if (def.fields.some((f) => f.key === key && f.required)) continue;
        const label = labels[key] ?? { vi: key, en: key };
        if (issues.some((i) => i.code === 'category.field-required' && i.path[path.length] === key)) continue;
        issues.push(
          createIssue(
            'category.field-required',
            localized(
              `Thiếu trường «${label.vi}» (${key}) mà ${cid} yêu cầu`,
              `Missing field "${label.en}" (${key}) that ${cid} requires`,
            ),
            { path: [...path, key], citation: list.citation },
          ),
        );
      }
    }
  }
  if (issues.length > 0) return err(issues);
  const warnings =
    id === 'legal-documents' && typeof value.numberSymbol === 'string'
      ? parseDocumentNumber(value.numberSymbol).issues.map((i) =>
          prefixIssuePath(i, [...path, 'numberSymbol']),
        )
      : [];
  return ok(r.value as CategoryItem<I>, warnings);
}
