import { BiddingProcurementSchema } from './BiddingProcurementSchema.js';
import { BusinessPromotionSchema } from './BusinessPromotionSchema.js';
import { ConsultationSchema } from './ConsultationSchema.js';
import { ContactsItemSchema } from './ContactsItemSchema.js';
import { DirectionItemSchema } from './DirectionItemSchema.js';
import { EnglishItemSchema } from './EnglishItemSchema.js';
import { EpidemicItemSchema } from './EpidemicItemSchema.js';
import { FinanceStatisticsSchema } from './FinanceStatisticsSchema.js';
import { GazetteIssueSchema } from './GazetteIssueSchema.js';
import { InformationCatalogueEntrySchema } from './InformationCatalogueEntrySchema.js';
import { IntroductionSchema } from './IntroductionSchema.js';
import { LegalDocumentItemSchema } from './LegalDocumentItemSchema.js';
import { LoanAidSchema } from './LoanAidSchema.js';
import { NewsItemSchema } from './NewsItemSchema.js';
import { OtherItemSchema } from './OtherItemSchema.js';
import { PolicyPropagandaItemSchema } from './PolicyPropagandaItemSchema.js';
import { ProcedureResultSchema } from './ProcedureResultSchema.js';
import { ProcedureSchema } from './ProcedureSchema.js';
import { ProjectSchema } from './ProjectSchema.js';
import { PublicUtilitySchema } from './PublicUtilitySchema.js';
import { QaItemSchema } from './QaItemSchema.js';
import { ScienceTechnologySchema } from './ScienceTechnologySchema.js';
import { StrategyPlanSchema } from './StrategyPlanSchema.js';
import { TreatySchema } from './TreatySchema.js';

/**
 * The item schema of every category, by id, with its precise type (`z.infer<(typeof categorySchemas)[id]>`).
 *
 * @example
 * ```ts
 * import { categorySchemas } from 'vn-portal-kit/categories';
 * categorySchemas.news.safeParse({ title: 'Tin', body: 'Nội dung' }).success //=> true
 * ```
 */
export const categorySchemas = {
  introduction: IntroductionSchema,
  contacts: ContactsItemSchema,
  news: NewsItemSchema,
  direction: DirectionItemSchema,
  'policy-propaganda': PolicyPropagandaItemSchema,
  'legal-documents': LegalDocumentItemSchema,
  procedures: ProcedureSchema,
  'procedure-results': ProcedureResultSchema,
  'strategies-plans': StrategyPlanSchema,
  projects: ProjectSchema,
  'bidding-procurement': BiddingProcurementSchema,
  'loans-aid': LoanAidSchema,
  'science-technology': ScienceTechnologySchema,
  'finance-statistics': FinanceStatisticsSchema,
  epidemics: EpidemicItemSchema,
  consultation: ConsultationSchema,
  treaties: TreatySchema,
  'information-catalogue': InformationCatalogueEntrySchema,
  qa: QaItemSchema,
  'business-promotion': BusinessPromotionSchema,
  'public-utilities': PublicUtilitySchema,
  gazette: GazetteIssueSchema,
  english: EnglishItemSchema,
  other: OtherItemSchema,
} as const;
