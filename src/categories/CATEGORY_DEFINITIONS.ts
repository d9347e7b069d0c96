import { biddingProcurementCategory } from './BiddingProcurementSchema.js';
import { businessPromotionCategory } from './BusinessPromotionSchema.js';
import type { CategoryDefinition } from './CategoryDefinition.js';
import { consultationCategory } from './ConsultationSchema.js';
import { contactsCategory } from './ContactsItemSchema.js';
import type { CategoryId } from './categoryIds.js';
import { directionCategory } from './DirectionItemSchema.js';
import { englishCategory } from './EnglishItemSchema.js';
import { epidemicsCategory } from './EpidemicItemSchema.js';
import { financeStatisticsCategory } from './FinanceStatisticsSchema.js';
import { gazetteCategory } from './GazetteIssueSchema.js';
import { informationCatalogueCategory } from './InformationCatalogueEntrySchema.js';
import { introductionCategory } from './IntroductionSchema.js';
import { legalDocumentsCategory } from './LegalDocumentItemSchema.js';
import { loansAidCategory } from './LoanAidSchema.js';
import { newsCategory } from './NewsItemSchema.js';
import { otherCategory } from './OtherItemSchema.js';
import { policyPropagandaCategory } from './PolicyPropagandaItemSchema.js';
import { procedureResultsCategory } from './ProcedureResultSchema.js';
import { proceduresCategory } from './ProcedureSchema.js';
import { projectsCategory } from './ProjectSchema.js';
import { publicUtilitiesCategory } from './PublicUtilitySchema.js';
import { qaCategory } from './QaItemSchema.js';
import { scienceTechnologyCategory } from './ScienceTechnologySchema.js';
import { strategiesPlansCategory } from './StrategyPlanSchema.js';
import { treatiesCategory } from './TreatySchema.js';

/**
 * Every mandated category, by id: name, variants, fields (labels, required, citation), the field lists of
 * each provision, the item schema and the citations. Profiles and the compliance audit read this registry.
 *
 * @example
 * ```ts
 * import { CATEGORY_DEFINITIONS, CATEGORY_IDS } from 'vn-portal-kit/categories';
 * CATEGORY_IDS.every((id) => CATEGORY_DEFINITIONS[id].id === id) //=> true
 * CATEGORY_DEFINITIONS.projects.fields.find((f) => f.key === 'sponsor')?.label.vi //=> 'Nhà tài trợ'
 * ```
 */
export const CATEGORY_DEFINITIONS: Readonly<Record<CategoryId, CategoryDefinition>> = {
  introduction: introductionCategory,
  contacts: contactsCategory,
  news: newsCategory,
  direction: directionCategory,
  'policy-propaganda': policyPropagandaCategory,
  'legal-documents': legalDocumentsCategory,
  procedures: proceduresCategory,
  'procedure-results': procedureResultsCategory,
  'strategies-plans': strategiesPlansCategory,
  projects: projectsCategory,
  'bidding-procurement': biddingProcurementCategory,
  'loans-aid': loansAidCategory,
  'science-technology': scienceTechnologyCategory,
  'finance-statistics': financeStatisticsCategory,
  epidemics: epidemicsCategory,
  consultation: consultationCategory,
  treaties: treatiesCategory,
  'information-catalogue': informationCatalogueCategory,
  qa: qaCategory,
  'business-promotion': businessPromotionCategory,
  'public-utilities': publicUtilitiesCategory,
  gazette: gazetteCategory,
  english: englishCategory,
  other: otherCategory,
};
