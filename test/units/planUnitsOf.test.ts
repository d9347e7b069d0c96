import { describe, expect, it } from 'vitest';
import { planHostnames } from '../../src/domains/index.js';
import { HOSTNAMES_VP_32_2023 } from '../../src/profiles/hostnames/index.js';
import { loadAdminUnits, planUnitsOf } from '../../src/units/index.js';

describe('planUnitsOf', () => {
  it('two-tier: communes under the province', () => {
    const r = planUnitsOf(loadAdminUnits('2026'), 'phu tho');
    expect(r.ok && r.value.units.length).toBe(148);
    expect(r.ok && r.value.units.every((u) => u.kind === 'commune' && u.parents?.[0]?.code === '25')).toBe(
      true,
    );
  });
  it('three-tier: districts and their communes, nearest parent first', () => {
    const units = loadAdminUnits('2025-03');
    const r = planUnitsOf(units, '26');
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const daoTru = r.value.units.find((u) => u.name === 'Xã Đạo Trù');
    expect(daoTru?.parents?.map((p) => p.name)).toEqual(['Huyện Tam Đảo', 'Tỉnh Vĩnh Phúc']);
    expect(r.value.units.filter((u) => u.kind === 'district')).toHaveLength(9);
    const withoutDistricts = planUnitsOf(units, '26', { includeDistricts: false });
    expect(withoutDistricts.ok && withoutDistricts.value.units.some((u) => u.kind === 'district')).toBe(
      false,
    );
    const plan = planHostnames(r.value.units, { scheme: HOSTNAMES_VP_32_2023 });
    expect(plan.assignments.find((a) => a.unit.name === 'Xã Đạo Trù')?.hostname).toBe(
      'daotru.tamdao.vinhphuc.gov.vn',
    );
  });
  it('Vĩnh Phúc no longer exists in 2026: it resolves to Phú Thọ with a merger notice (issue #15); an unknown name is an issue', () => {
    const r = planUnitsOf(loadAdminUnits('2026'), 'Vĩnh Phúc');
    expect(r.issues.map((i) => i.code)).toEqual(['units.province-merged']);
    expect(planUnitsOf(loadAdminUnits('2026'), 'Vĩnh Phúcc').issues.map((i) => i.code)).toEqual([
      'units.province-unknown',
    ]);
  });
});
