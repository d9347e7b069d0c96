import type { BaseSalaryTable } from '../defineBaseSalaryTable.js';

/**
 * Vietnam's base salary (mức lương cơ sở) for civil servants, effective-dated, 2013 → 2026, each period with the
 * decree that set it. Source: the decrees named in each `citation` (Nghị định 66/2013, 47/2016, 47/2017, 72/2018,
 * 38/2019, 24/2023, 73/2024, 161/2026), as listed in the project's facts (royalty.md §3). Each period runs until the
 * day before the next one, so 1,490,000 VND applied from 2019-07-01 to 2023-06-30.
 *
 * @see ND-18-2014/7.2 (one royalty unit = 10 % of this amount)
 * @example
 * ```ts
 * import { VN_BASE_SALARY_TABLE } from 'vn-portal-kit/royalty';
 * VN_BASE_SALARY_TABLE.periods.at(-1).amount //=> 2_530_000
 * ```
 */
export const VN_BASE_SALARY_TABLE: BaseSalaryTable = {
  kind: 'base-salary-table',
  periods: [
    { from: '2013-07-01', to: '2016-04-30', amount: 1_150_000, citation: { id: 'ND-66-2013' } },
    { from: '2016-05-01', to: '2017-06-30', amount: 1_210_000, citation: { id: 'ND-47-2016' } },
    { from: '2017-07-01', to: '2018-06-30', amount: 1_300_000, citation: { id: 'ND-47-2017' } },
    { from: '2018-07-01', to: '2019-06-30', amount: 1_390_000, citation: { id: 'ND-72-2018' } },
    { from: '2019-07-01', to: '2023-06-30', amount: 1_490_000, citation: { id: 'ND-38-2019' } },
    { from: '2023-07-01', to: '2024-06-30', amount: 1_800_000, citation: { id: 'ND-24-2023' } },
    { from: '2024-07-01', to: '2026-06-30', amount: 2_340_000, citation: { id: 'ND-73-2024' } },
    { from: '2026-07-01', amount: 2_530_000, citation: { id: 'ND-161-2026' } },
  ],
};
