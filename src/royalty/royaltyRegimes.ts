import type { RoyaltyRegime } from './RoyaltyRegimeSchema.js';
import { BAC_KAN_18_2021_REGIME } from './regimes/bac-kan-18-2021.js';
import { BO_TU_PHAP_1991_2013_REGIME } from './regimes/bo-tu-phap-1991-2013.js';
import { ND18_2014_REGIME } from './regimes/nd18-2014.js';
import { ND287_2026_REGIME } from './regimes/nd287-2026.js';
import { NINH_THUAN_23_2020_REGIME } from './regimes/ninh-thuan-23-2020.js';

/**
 * The regimes the library ships: `nd287-2026` (Decree 287/2026: the order/contract amount, from 2026-09-01),
 * `nd18-2014` (until 2026-08-31, and for work commissioned before), and the tables made under it:
 * `ninh-thuan-23-2020`, `bac-kan-18-2021`, `bo-tu-phap-1991-2013`.
 *
 * @example
 * ```ts
 * import { ROYALTY_REGIMES } from 'vn-portal-kit/royalty';
 * ROYALTY_REGIMES.map((r) => r.id) //=> ['nd287-2026', 'nd18-2014', 'ninh-thuan-23-2020', 'bac-kan-18-2021', 'bo-tu-phap-1991-2013']
 * ```
 */
export const ROYALTY_REGIMES: readonly RoyaltyRegime[] = [
  ND287_2026_REGIME,
  ND18_2014_REGIME,
  NINH_THUAN_23_2020_REGIME,
  BAC_KAN_18_2021_REGIME,
  BO_TU_PHAP_1991_2013_REGIME,
];

/**
 * A shipped regime by id, or `undefined`.
 *
 * @example
 * ```ts
 * import { getRoyaltyRegime } from 'vn-portal-kit/royalty';
 * getRoyaltyRegime('ninh-thuan-23-2020')?.sites.length //=> 3
 * getRoyaltyRegime('nope') //=> undefined
 * ```
 */
export function getRoyaltyRegime(id: string): RoyaltyRegime | undefined {
  for (const r of ROYALTY_REGIMES) if (r.id === id) return r;
  return undefined;
}
