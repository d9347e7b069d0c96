/**
 * The mandated information categories of a government portal as zod models: one schema per category with the
 * exact field lists of ND 43/2011 Art. 10, ND 42/2022 Art. 4, ND 224/2026 Art. 9 and the provincial
 * regulations, bilingual field labels, citations, JSON Schema output, and a registry (`categoryById`) that
 * profiles and the compliance audit read.
 *
 * @packageDocumentation
 * @module categories
 */
export {
  BIDDING_PROCUREMENT_KINDS,
  type BiddingProcurement,
  BiddingProcurementSchema,
} from './BiddingProcurementSchema.js';
export { type BusinessPromotion, BusinessPromotionSchema } from './BusinessPromotionSchema.js';
export { CATEGORY_DEFINITIONS } from './CATEGORY_DEFINITIONS.js';
export type {
  CategoryDefinition,
  CategoryField,
  CategoryFieldList,
  CategoryVariantId,
} from './CategoryDefinition.js';
export { type Consultation, ConsultationSchema } from './ConsultationSchema.js';
export {
  type ContactPerson,
  ContactPersonSchema,
  isVnPhoneNumber,
  OfficialEmailSchema,
  VnPhoneSchema,
} from './ContactPersonSchema.js';
export { type ContactsItem, ContactsItemSchema } from './ContactsItemSchema.js';
export {
  CONTENT_CLASSIFICATIONS,
  type ContentClassification,
  type ContentItemBase,
  ContentItemBaseSchema,
  type ContentSource,
  ContentSourceSchema,
} from './ContentItemBaseSchema.js';
export { categoryById } from './categoryById.js';
export { CATEGORY_IDS, CATEGORY_NAMES, type CategoryId } from './categoryIds.js';
export { categoryJsonSchema } from './categoryJsonSchema.js';
export { categorySchemas } from './categorySchemas.js';
export {
  DIRECTION_KINDS,
  type DirectionItem,
  DirectionItemSchema,
  type ScheduleEntry,
  ScheduleEntrySchema,
} from './DirectionItemSchema.js';
export { ENGLISH_TOPICS, type EnglishItem, EnglishItemSchema } from './EnglishItemSchema.js';
export { EPIDEMIC_TOPICS, type EpidemicItem, EpidemicItemSchema } from './EpidemicItemSchema.js';
export { type FinanceStatistics, FinanceStatisticsSchema } from './FinanceStatisticsSchema.js';
export { type GazetteIssue, GazetteIssueSchema } from './GazetteIssueSchema.js';
export {
  DISCLOSURE_FORMS,
  type InformationCatalogueEntry,
  InformationCatalogueEntrySchema,
} from './InformationCatalogueEntrySchema.js';
export {
  type Introduction,
  IntroductionDepartmentSchema,
  IntroductionLocalGovernmentSchema,
  IntroductionSchema,
  type LeaderProfile,
  LeaderProfileSchema,
} from './IntroductionSchema.js';
export { type LegalDocumentItem, LegalDocumentItemSchema } from './LegalDocumentItemSchema.js';
export { type LoanAid, LoanAidSchema } from './LoanAidSchema.js';
export { CONTENT_MEDIA, type NewsItem, NewsItemSchema } from './NewsItemSchema.js';
export { type OtherItem, OtherItemSchema } from './OtherItemSchema.js';
export { type PolicyPropagandaItem, PolicyPropagandaItemSchema } from './PolicyPropagandaItemSchema.js';
export { DOSSIER_STATUSES, type ProcedureResult, ProcedureResultSchema } from './ProcedureResultSchema.js';
export {
  ONLINE_SERVICE_LEVELS,
  PARTIAL_SERVICE_REASONS,
  PROACTIVE_SERVICE_LEVELS,
  type Procedure,
  ProcedureSchema,
} from './ProcedureSchema.js';
export { PROJECT_LISTS, type Project, ProjectSchema } from './ProjectSchema.js';
export { type PublicUtility, PublicUtilitySchema } from './PublicUtilitySchema.js';
export { QA_STATUSES, type QaItem, QaItemSchema } from './QaItemSchema.js';
export { type ScienceTechnology, ScienceTechnologySchema } from './ScienceTechnologySchema.js';
export { STRATEGY_PLAN_KINDS, type StrategyPlan, StrategyPlanSchema } from './StrategyPlanSchema.js';
export { type Treaty, TreatySchema } from './TreatySchema.js';
export {
  type CategoryItem,
  type ValidateCategoryItemOptions,
  validateCategoryItem,
} from './validateCategoryItem.js';
