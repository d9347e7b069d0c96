import { CATEGORY_DEFINITIONS } from './CATEGORY_DEFINITIONS.js';
import type { CategoryDefinition } from './CategoryDefinition.js';
import type { CategoryId } from './categoryIds.js';

/**
 * The registry entry of a category. A known {@link CategoryId} always has one; any other string gives
 * `undefined` (so ids read from data can be looked up without a cast).
 *
 * @example
 * ```ts
 * import { categoryById } from 'vn-portal-kit/categories';
 * categoryById('legal-documents').name.vi //=> 'Văn bản quy phạm pháp luật và văn bản hành chính'
 * categoryById('nope' as string) //=> undefined
 * ```
 */
export function categoryById(id: CategoryId): CategoryDefinition;
export function categoryById(id: string): CategoryDefinition | undefined;
export function categoryById(id: string): CategoryDefinition | undefined {
  return Object.hasOwn(CATEGORY_DEFINITIONS, id) ? CATEGORY_DEFINITIONS[id as CategoryId] : undefined;
}
