import { createIssue, type DateInput, err, localized, ok, type Result, toCivilDate } from '../core/index.js';
import type { AdminUnitsDatasetId } from './AdminUnit.js';
import { type AdminUnits, loadAdminUnits } from './loadAdminUnits.js';

/**
 * The periods the bundled lists describe (effective-dated data, Nghị quyết 202/2025/QH15): three tiers from
 * 2025-03-01 to 2025-06-30; two tiers from 2025-07-01 (Nghị quyết 202/2025/QH15), with Đồng Nai a
 * centrally-run city and 10 of its xã made phường from 2026-04-30 (the 2026 list is that later state).
 *
 * @example
 * ```ts
 * import { ADMIN_UNITS_PERIODS } from 'vn-portal-kit/units';
 * ADMIN_UNITS_PERIODS.map((p) => p.from) //=> ['2025-03-01', '2025-07-01', '2026-04-30']
 * ```
 */
export const ADMIN_UNITS_PERIODS: readonly {
  readonly from: string;
  readonly to?: string;
  readonly dataset: AdminUnitsDatasetId;
  readonly exact: boolean;
}[] = [
  { from: '2025-03-01', to: '2025-06-30', dataset: '2025-03', exact: true },
  { from: '2025-07-01', to: '2026-04-29', dataset: '2026', exact: false },
  { from: '2026-04-30', dataset: '2026', exact: true },
];

/**
 * The administrative units in force on a day: the three-tier list for 2025-03-01 → 2025-06-30, the two-tier
 * list from 2025-07-01. Between 2025-07-01 and 2026-04-29 the two-tier list is returned with a warning: it
 * shows the 2026-04-30 state, when Đồng Nai became a centrally-run city and 10 of its xã became phường (codes
 * and names, hence host names, did not change). Before 2025-03-01 there is no bundled list: an error.
 *
 * @param date - the day (civil date `'YYYY-MM-DD'`, `Date` or ISO date-time; read in UTC+07:00)
 * @returns the list, with a warning when it is approximate
 *
 * @example
 * ```ts
 * import { adminUnitsAt } from 'vn-portal-kit/units';
 * const r = adminUnitsAt('2025-05-01');
 * r.ok && r.value.info.id //=> '2025-03'
 * adminUnitsAt('2025-12-01').issues.map((i) => i.code) //=> ['units.approximate']
 * adminUnitsAt('2020-01-01').ok //=> false
 * ```
 */
export function adminUnitsAt(date: DateInput): Result<AdminUnits> {
  const day = toCivilDate(date, ['date']);
  if (!day.ok) return err(day.issues);
  const d = day.value;
  const period = ADMIN_UNITS_PERIODS.find((p) => d >= p.from && (p.to === undefined || d <= p.to));
  if (period === undefined) {
    return err([
      createIssue(
        'units.no-data',
        localized(
          `Không có danh mục đơn vị hành chính cho ngày ${d} (dữ liệu từ 2025-03-01)`,
          `No list of administrative units for ${d} (data from 2025-03-01)`,
        ),
        { path: ['date'], details: { date: d } },
      ),
    ]);
  }
  const units = loadAdminUnits(period.dataset);
  if (period.exact) return ok(units);
  return ok(units, [
    createIssue(
      'units.approximate',
      localized(
        `Ngày ${d}: dùng danh mục từ 2026-04-30; trước đó Đồng Nai là tỉnh và 10 phường của Đồng Nai còn là xã (mã và tên không đổi)`,
        `On ${d}: the 2026-04-30 list is used; before that day Đồng Nai was a province and 10 of its phường were xã (codes and names unchanged)`,
      ),
      { path: ['date'], severity: 'warning', details: { date: d, dataset: period.dataset } },
    ),
  ]);
}
