/**
 * The mandated information categories of a government portal as zod models: one schema per category with the
 * exact field lists of ND 43/2011 Art. 10, ND 42/2022 Art. 4, ND 224/2026 Art. 9 and the provincial
 * regulations, bilingual field labels, citations, JSON Schema output, and a registry (`categoryById`) that
 * profiles and the compliance audit read.
 *
 * @packageDocumentation
 * @module categories
 */
export type {
  CategoryDefinition,
  CategoryField,
  CategoryFieldList,
  CategoryVariantId,
} from './CategoryDefinition.js';
export {
  CLASSIFICATION_LEVELS,
  type ClassificationLevel,
  type ContentItemBase,
  ContentItemBaseSchema,
  type ContentSource,
  ContentSourceSchema,
} from './ContentItemBaseSchema.js';
export { CATEGORY_IDS, CATEGORY_NAMES, type CategoryId } from './categoryIds.js';
