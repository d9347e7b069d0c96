/**
 * Vietnamese administrative units as effective-dated data: the 2026 two-tier list (34 provinces, 3,321
 * communes) and the 2025-03 three-tier list (63 provinces, 696 districts, 10,035 communes), from the General
 * Statistics Office list via thanglequoc/vietnamese-provinces-database (MIT licence, see NOTICE.md), with
 * lookups by code and by name (diacritic-insensitive) and the units `planHostnames` takes. A separate subpath
 * so the other modules do not carry its ~800 kB of data.
 *
 * @packageDocumentation
 * @module units
 */
export type { AdminLevel, AdminUnit, AdminUnitsDatasetId, AdminUnitsInfo } from './AdminUnit.js';
export { ADMIN_UNITS_PERIODS, adminUnitsAt } from './adminUnitsAt.js';
export {
  currentProvinceName,
  foldProvinceName,
  PROVINCE_MERGER_CITATION,
  PROVINCE_MERGER_DATE,
} from './formerProvinces.js';
export { type AdminUnits, type FindAdminUnitOptions, loadAdminUnits } from './loadAdminUnits.js';
export { type PlanUnitsOfOptions, planUnitsOf } from './planUnitsOf.js';
