/**
 * Royalties (nhuận bút until 2026-08-31; tiền bản quyền under Nghị định 287/2026/NĐ-CP from 2026-09-01, the
 * commission date selecting the regime), remuneration (thù lao) and content-creation costs for state e-portals: the base salary
 * (mức lương cơ sở) as effective-dated data, royalty regimes as zod-validated data (Nghị định 18/2014/NĐ-CP and
 * provincial tables), exact integer calculators with a bilingual trace, Thông tư 194/2012/TT-BTC unit costs, and
 * monthly or quarterly statements with the 60-day payment check, rendered as CSV or JSON.
 *
 * @packageDocumentation
 * @module royalty
 */

export type { RoyaltyIncentiveInput } from './_lib/incentives.js';
export type { ReissuedBasisInput } from './_lib/selectRegime.js';
export { type BaseSalaryOn, baseSalaryOn } from './baseSalaryOn.js';
export {
  type CreationCostItem,
  type CreationCostLine,
  type CreationCostOptions,
  type CreationCostResult,
  calculateCreationCost,
} from './calculateCreationCost.js';
export {
  calculateExhibitionRoyalty,
  type ExhibitionLevel,
  type ExhibitionRange,
  type ExhibitionRoyaltyCalculation,
  type ExhibitionRoyaltyInput,
  ND287_2026_EXHIBITION_TABLE,
} from './calculateExhibitionRoyalty.js';
export {
  calculateRemuneration,
  type RemunerationCalculation,
  type RemunerationInput,
} from './calculateRemuneration.js';
export {
  calculateRoyalty,
  type RoyaltyBreakdownLine,
  type RoyaltyCalculation,
  type RoyaltyInput,
  type RoyaltyModifierInput,
  type RoyaltySalaryDate,
  type RoyaltyStep,
} from './calculateRoyalty.js';
export {
  calculateStateWorkUse,
  type StateWorkFreeUse,
  type StateWorkUseCalculation,
  type StateWorkUseInput,
} from './calculateStateWorkUse.js';
export { countStandardPages, type StandardPageCount } from './countStandardPages.js';
export { VN_BASE_SALARY_TABLE } from './data/baseSalaryTable.js';
export {
  type CreationCostAdjustment,
  type CreationCostRate,
  type CreationCostTable,
  type CreationWorkId,
  TT194_2012_TABLE,
} from './data/tt194-2012.js';
export {
  type BaseSalaryPeriod,
  type BaseSalaryPeriodInput,
  type BaseSalaryTable,
  defineBaseSalaryTable,
} from './defineBaseSalaryTable.js';
export { defineRoyaltyRegime } from './defineRoyaltyRegime.js';
export { extendBaseSalaryTable } from './extendBaseSalaryTable.js';
export {
  type RemunerationRole,
  type RoyaltyCap,
  type RoyaltyCapGroup,
  type RoyaltyDecision,
  type RoyaltyGenre,
  type RoyaltyGrade,
  type RoyaltyIncentiveGround,
  type RoyaltyModifier,
  type RoyaltyRegime,
  type RoyaltyRegimeInput,
  RoyaltyRegimeSchema,
  type RoyaltySite,
} from './RoyaltyRegimeSchema.js';
export { BAC_KAN_18_2021_REGIME } from './regimes/bac-kan-18-2021.js';
export { BO_TU_PHAP_1991_2013_REGIME } from './regimes/bo-tu-phap-1991-2013.js';
export {
  ND18_2014_CAP,
  ND18_2014_MODIFIERS,
  ND18_2014_REGIME,
  ND18_2014_REMUNERATION_ROLES,
} from './regimes/nd18-2014.js';
export { ND287_2026_INCENTIVE_GROUNDS, ND287_2026_REGIME } from './regimes/nd287-2026.js';
export { NINH_THUAN_23_2020_REGIME } from './regimes/ninh-thuan-23-2020.js';
export { getRoyaltyRegime, ROYALTY_REGIMES } from './royaltyRegimes.js';
export {
  type RoyaltyPaymentStatus,
  type RoyaltyStatement,
  type RoyaltyStatementEntry,
  type RoyaltyStatementLine,
  type RoyaltyStatementOptions,
  type RoyaltyStatementPeriod,
  type RoyaltyStatementTotal,
  royaltyStatement,
} from './royaltyStatement.js';
export { type RoyaltyCsvOptions, royaltyStatementToCsv } from './royaltyStatementToCsv.js';
export { royaltyStatementToJson } from './royaltyStatementToJson.js';
