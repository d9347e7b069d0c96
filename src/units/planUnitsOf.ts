import { createIssue, err, type Issue, localized, ok, type Result } from '../core/index.js';
import type { HostnameUnit, PlanUnit } from '../domains/index.js';
import type { AdminUnit } from './AdminUnit.js';
import { currentProvinceName, foldProvinceName, PROVINCE_MERGER_DATE } from './formerProvinces.js';
import type { AdminUnits } from './loadAdminUnits.js';

/**
 * Options of {@link planUnitsOf}.
 *
 * @example
 * ```ts
 * import { type PlanUnitsOfOptions, loadAdminUnits, planUnitsOf } from 'vn-portal-kit/units';
 * const options: PlanUnitsOfOptions = { includeDistricts: false };
 * const r = planUnitsOf(loadAdminUnits('2025-03'), 'Vĩnh Phúc', options);
 * r.ok && r.value.units.every((u) => u.kind === 'commune') //=> true
 * ```
 */
export interface PlanUnitsOfOptions {
  /** Include the districts themselves (three-tier data) as units to name. Default `true`. */
  readonly includeDistricts?: boolean;
}

/**
 * Turns a province of a bundled list into the units `planHostnames` (vn-portal-kit/domains) takes: its
 * communes (and districts, in three-tier data), each with its parents, nearest first. The province is found
 * by code or by name (diacritic-insensitive).
 *
 * @param units - a list from {@link loadAdminUnits} or {@link adminUnitsAt}
 * @param province - the province's code (`'25'`) or name (`'Phú Thọ'`, `'phu tho'`)
 * @param options - {@link PlanUnitsOfOptions}
 * @returns the province and its units
 *
 * @example
 * ```ts
 * import { unwrap } from 'vn-portal-kit/core';
 * import { loadAdminUnits, planUnitsOf } from 'vn-portal-kit/units';
 * const { province, units } = unwrap(planUnitsOf(loadAdminUnits('2026'), 'Phú Thọ'));
 * [province.code, units.length] //=> ['25', 148]
 * units[0]?.parents?.[0]?.kind //=> 'province'
 * ```
 */
export function planUnitsOf(
  units: AdminUnits,
  province: string,
  options: PlanUnitsOfOptions = {},
): Result<{ province: AdminUnit; units: PlanUnit[] }> {
  let found =
    typeof province === 'string'
      ? (units.byCode(province) ?? units.findByName(province, { level: 'province' })[0])
      : undefined;
  const notices: Issue[] = [];
  // A former province (merged on 2025-07-01), a former name or a usual spelling ("TP. Hồ Chí Minh") resolves
  // to the current unit, with a coded notice, in a list of the 34 provinces.
  if (
    (found === undefined || found.level !== 'province') &&
    typeof province === 'string' &&
    units.info.validFrom >= PROVINCE_MERGER_DATE
  ) {
    const current = currentProvinceName(province);
    const now = current && units.findByName(current.name, { level: 'province' })[0];
    if (current && now) {
      found = now;
      notices.push(current.notice);
    } else {
      // "TP. Hồ Chí Minh", "Tỉnh Phú Thọ ": the current province under another spelling
      const key = foldProvinceName(province);
      const same = units.provinces.find((p) => foldProvinceName(p.name) === key);
      if (same !== undefined && key !== '') {
        found = same;
        notices.push(
          createIssue(
            'units.province-alias',
            localized(
              `Hiểu “${province.slice(0, 80)}” là ${same.fullName}`,
              `Read “${province.slice(0, 80)}” as ${same.fullName}`,
            ),
            {
              path: ['province'],
              severity: 'warning',
              details: { spelling: province.slice(0, 80), current: same.fullName },
            },
          ),
        );
      }
    }
  }
  if (found === undefined || found.level !== 'province') {
    return err([
      createIssue(
        'units.province-unknown',
        localized(
          `Không tìm thấy tỉnh, thành phố “${String(province).slice(0, 80)}” trong danh mục ${units.info.id}`,
          `No province “${String(province).slice(0, 80)}” in the ${units.info.id} list`,
        ),
        { path: ['province'], details: { list: units.info.id } },
      ),
    ]);
  }
  const toHost = (u: AdminUnit): HostnameUnit => ({ name: u.fullName, kind: u.kind, code: u.code });
  const p = toHost(found);
  const out: PlanUnit[] = [];
  for (const child of units.childrenOf(found.code)) {
    if (child.level === 'commune') {
      out.push({ ...toHost(child), parents: [p] });
      continue;
    }
    const d = toHost(child);
    if (options.includeDistricts ?? true) out.push({ ...d, parents: [p] });
    for (const c of units.childrenOf(child.code)) out.push({ ...toHost(c), parents: [d, p] });
  }
  return ok({ province: found, units: out }, notices);
}
