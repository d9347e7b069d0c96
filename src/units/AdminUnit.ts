import type { CivilDate } from '../core/index.js';
import type { HostnameUnitKind } from '../domains/index.js';

/**
 * The tier of an administrative unit: province (tỉnh, thành phố trực thuộc trung ương), district (huyện,
 * quận, thị xã, thành phố thuộc tỉnh; abolished on 2025-07-01) or commune (xã, phường, thị trấn, đặc khu).
 *
 * @example
 * ```ts
 * import type { AdminLevel } from 'vn-portal-kit/units';
 * const level: AdminLevel = 'commune';
 * level //=> 'commune'
 * ```
 */
export type AdminLevel = 'province' | 'district' | 'commune';

/**
 * Which bundled list of administrative units: `'2026'` (two tiers, 34 provinces and 3,321 communes, the
 * state from 2026-04-30) or `'2025-03'` (three tiers, 63 / 696 / 10,035, the last state before the
 * 2025-07-01 reform).
 *
 * @example
 * ```ts
 * import type { AdminUnitsDatasetId } from 'vn-portal-kit/units';
 * const id: AdminUnitsDatasetId = '2025-03';
 * id //=> '2025-03'
 * ```
 */
export type AdminUnitsDatasetId = '2026' | '2025-03';

/**
 * One administrative unit of the General Statistics Office list.
 *
 * @example
 * ```ts
 * import { loadAdminUnits } from 'vn-portal-kit/units';
 * const u = loadAdminUnits('2026').byCode('25');
 * [u?.name, u?.type, u?.level] //=> ['Phú Thọ', 'Tỉnh', 'province']
 * ```
 */
export interface AdminUnit {
  /** Statistics office code: 2 digits for a province, 3 for a district, 5 for a commune. */
  readonly code: string;
  /** The name without its type word ("Đạo Trù"). */
  readonly name: string;
  /** The full name ("Xã Đạo Trù"). */
  readonly fullName: string;
  /** The type word as written ("Xã", "Phường", "Đặc khu", "Huyện", "Tỉnh", "Thành phố", ...). */
  readonly type: string;
  /** The tier. */
  readonly level: AdminLevel;
  /** The host-name kind of the unit (same as the tier). */
  readonly kind: HostnameUnitKind;
  /** The province's code (its own code for a province). */
  readonly provinceCode: string;
  /** The district's code, for a commune of three-tier data. */
  readonly districtCode?: string;
  /** The parent's code (province or district); absent for a province. */
  readonly parentCode?: string;
  /** The English name, where the list gives one (provinces of the 2026 list). */
  readonly nameEn?: string;
}

/**
 * The metadata of a bundled list.
 *
 * @example
 * ```ts
 * import { loadAdminUnits } from 'vn-portal-kit/units';
 * loadAdminUnits('2025-03').info.validTo //=> '2025-06-30'
 * ```
 */
export interface AdminUnitsInfo {
  /** Which list. */
  readonly id: AdminUnitsDatasetId;
  /** First day the list describes. */
  readonly validFrom: CivilDate;
  /** Last day it describes (the three-tier list ends on 2025-06-30). */
  readonly validTo?: CivilDate;
  /** The tiers it has. */
  readonly levels: readonly AdminLevel[];
  /** Where it comes from, with its licence (MIT, thanglequoc/vietnamese-provinces-database). */
  readonly source: string;
}
