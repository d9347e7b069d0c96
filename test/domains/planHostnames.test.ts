import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type HostnamePlan,
  type PlanUnit,
  planHostnames,
  validateHostname,
} from '../../src/domains/index.js';
import { HOSTNAMES_ND_224_2026, HOSTNAMES_VP_32_2023 } from '../../src/profiles/hostnames/index.js';
import { loadAdminUnits, planUnitsOf } from '../../src/units/index.js';

const units2026 = loadAdminUnits('2026');
const units2025 = loadAdminUnits('2025-03');

function provinceUnits(list: typeof units2026, code: string): PlanUnit[] {
  const r = planUnitsOf(list, code);
  if (!r.ok) throw new Error(`no province ${code}`);
  return r.value.units;
}

/** What a plan says, without the issue paths (which point into the caller's array). */
function essence(plan: HostnamePlan): unknown {
  return {
    assignments: plan.assignments.map((a) => [a.unit.code, a.hostname, a.strategy]),
    collisions: plan.collisions.map((c) => [
      c.namespace,
      c.label,
      c.cause,
      c.units.map((u) => [u.unit.code, u.label]),
    ]),
  };
}

describe('planHostnames: the 2026 two-tier list (ND 224/2026 Art. 11.4)', () => {
  const plans = units2026.provinces.map((p) =>
    planHostnames(provinceUnits(units2026, p.code), { scheme: HOSTNAMES_ND_224_2026, asOf: '2026-07-01' }),
  );
  it('gives 3,321 valid, unique host names at the 4th level', () => {
    const hosts = plans.flatMap((p) => p.assignments.map((a) => a.hostname));
    expect(hosts).toHaveLength(3321);
    expect(new Set(hosts).size).toBe(3321);
    for (const plan of plans) {
      for (const a of plan.assignments) {
        const v = validateHostname(a.hostname, { scheme: HOSTNAMES_ND_224_2026, unit: a.unit });
        expect(v.issues).toEqual([]);
        expect(v.ok && v.value.level).toBe(4);
      }
    }
    expect(plans.flatMap((p) => p.issues).filter((i) => i.code !== 'domains.collision')).toEqual([]);
  });
  it('reports exactly the ten real collisions after folding, and how each was resolved', () => {
    const collisions = plans.flatMap((p) =>
      p.collisions.map(
        (c) => `${c.namespace} ${c.label}: ${c.units.map((u) => `${u.unit.name} → ${u.label}`).join(', ')}`,
      ),
    );
    expect(collisions.sort()).toEqual([
      'dongnai.gov.vn locthanh: Xã Lộc Thạnh → locthanh, Xã Lộc Thành → locthanh2',
      'dongthap.gov.vn mytho: Phường Mỹ Tho → mytho, Xã Mỹ Thọ → xamytho',
      'dongthap.gov.vn tanthanh: Xã Tân Thành → tanthanh, Xã Tân Thạnh → tanthanh2',
      'haiphong.gov.vn camgiang: Xã Cẩm Giang → camgiang, Xã Cẩm Giàng → camgiang2',
      'hochiminhcity.gov.vn thanhan: Xã Thanh An → thanhan, Xã Thạnh An → thanhan2',
      'quangngai.gov.vn bato: Xã Ba Tơ → bato, Xã Ba Tô → bato2',
      'quangngai.gov.vn sonha: Xã Sơn Hà → sonha, Xã Sơn Hạ → sonha2',
      'tayninh.gov.vn tanthanh: Xã Tân Thành → tanthanh, Xã Tân Thạnh → tanthanh2',
      'thainguyen.gov.vn vanlang: Xã Văn Lang → vanlang, Xã Văn Lăng → vanlang2',
      'thanhhoa.gov.vn dongtien: Xã Đồng Tiến → dongtien, Phường Đông Tiến → phuongdongtien',
    ]);
    expect(plans.flatMap((p) => p.collisions).every((c) => c.cause === 'fold')).toBe(true);
  });
  it('explains a resolved collision in both languages', () => {
    const tn = plans[units2026.provinces.findIndex((p) => p.code === '19')] as HostnamePlan;
    const lang = tn.assignments.find((a) => a.label === 'vanlang2');
    expect(lang?.strategy).toBe('numeric-suffix');
    expect(lang?.baseLabel).toBe('vanlang');
    expect(lang?.reason.vi).toContain('thêm số thứ tự 2');
    expect(lang?.reason.en).toContain('fold to “vanlang”');
    expect(tn.issues.filter((i) => i.code === 'domains.collision')).toHaveLength(1);
  });
  it('names with numbers and the Ho Chi Minh City exception', () => {
    const all = plans.flatMap((p) => p.assignments);
    const host = (name: string): string | undefined => all.find((a) => a.unit.name === name)?.hostname;
    expect(host('Phường 2 Bảo Lộc')).toBe('2baoloc.lamdong.gov.vn');
    expect(host('Xã A Lưới 3')).toBe('aluoi3.hue.gov.vn');
    expect(host('Phường Hà Giang 1')).toBe('hagiang1.tuyenquang.gov.vn');
    expect(host('Phường Sài Gòn')).toBe('saigon.hochiminhcity.gov.vn');
  });
});

describe('planHostnames: the 2025-03 three-tier list, VP-style 5th level', () => {
  it('plans 696 districts and 10,035 communes, unique within each parent', () => {
    let districts = 0;
    let communes = 0;
    const all = new Set<string>();
    let collisions = 0;
    for (const p of units2025.provinces) {
      const plan = planHostnames(provinceUnits(units2025, p.code), { scheme: HOSTNAMES_VP_32_2023 });
      expect(plan.issues.filter((i) => i.severity === 'error')).toEqual([]);
      for (const a of plan.assignments) {
        all.add(a.hostname);
        if (a.unit.kind === 'district') districts++;
        else communes++;
        expect(a.hostname.split('.').length).toBe(a.unit.kind === 'district' ? 4 : 5);
      }
      collisions += plan.collisions.length;
    }
    expect([districts, communes, all.size]).toEqual([696, 10_035, 10_731]);
    expect(collisions).toBe(50);
  });
  it('Vĩnh Phúc: daotru.tamdao.vinhphuc.gov.vn and vinhtuong.vinhphuc.gov.vn', () => {
    const plan = planHostnames(provinceUnits(units2025, '26'), { scheme: HOSTNAMES_VP_32_2023 });
    const hosts = plan.assignments.map((a) => a.hostname);
    expect(hosts).toContain('daotru.tamdao.vinhphuc.gov.vn');
    expect(hosts).toContain('vinhtuong.vinhphuc.gov.vn');
  });
  it('district collisions are resolved before their communes are named (Hà Tĩnh: Kỳ Anh)', () => {
    const plan = planHostnames(provinceUnits(units2025, '42'), { scheme: HOSTNAMES_VP_32_2023 });
    const c = plan.collisions.find((x) => x.namespace === 'hatinh.gov.vn' && x.label === 'kyanh');
    expect(c?.units.map((u) => [u.unit.code, u.unit.name, u.label])).toEqual([
      ['447', 'Huyện Kỳ Anh', 'kyanh'],
      ['449', 'Thị xã Kỳ Anh', 'thixakyanh'],
    ]);
    const namespaces = new Set(
      plan.assignments
        .filter((a) => a.unit.kind === 'commune')
        .map((a) => a.hostname.split('.').slice(1).join('.')),
    );
    expect(namespaces.has('thixakyanh.hatinh.gov.vn')).toBe(true);
    expect(namespaces.has('kyanh.hatinh.gov.vn')).toBe(true);
  });
});

const province = { name: 'Tỉnh Thái Nguyên', kind: 'province', code: '19' } as const;
const scheme = HOSTNAMES_ND_224_2026;

describe('planHostnames: policy, overrides, reserved labels', () => {
  const pair: PlanUnit[] = [
    { name: 'Xã Văn Lăng', kind: 'commune', code: '02200' },
    { name: 'Xã Văn Lang', kind: 'commune', code: '02100' },
  ];
  it('the policy is configurable: nobody keeps the plain label, dash before the number', () => {
    const plan = planHostnames(pair, {
      scheme,
      parents: [province],
      collisionPolicy: { keepBase: 'none', steps: ['numeric-suffix'], suffixSeparator: '-', suffixStart: 1 },
    });
    expect(plan.assignments.map((a) => a.label)).toEqual(['vanlang-1', 'vanlang-2']);
    expect(plan.assignments.map((a) => a.unit.code)).toEqual(['02100', '02200']);
  });
  it('with no step left, the collision is an error and the unit is not named', () => {
    const plan = planHostnames(pair, { scheme, parents: [province], collisionPolicy: { steps: [] } });
    expect(plan.assignments.map((a) => a.label)).toEqual(['vanlang']);
    expect(plan.issues.map((i) => i.code)).toContain('domains.collision-unresolved');
  });
  it('honours pinned labels and override tables (by code or by name)', () => {
    const plan = planHostnames(
      [
        ...pair,
        { name: 'Sở Tư pháp', kind: 'department' },
        { name: 'Sở Nội vụ', kind: 'department' },
        { name: 'Sở Y tế', kind: 'department', label: 'syt' },
      ],
      { scheme, parents: [province], overrides: { '02200': 'vanlang-bk', 'Sở Tư pháp': 'sotuphap' } },
    );
    const byName = Object.fromEntries(plan.assignments.map((a) => [a.unit.name, [a.label, a.strategy]]));
    expect(byName).toEqual({
      'Xã Văn Lăng': ['vanlang-bk', 'override'],
      'Xã Văn Lang': ['vanlang', 'full'],
      'Sở Tư pháp': ['sotuphap', 'override'],
      'Sở Nội vụ': ['sonoivu', 'auto'],
      'Sở Y tế': ['syt', 'pinned'],
    });
    expect(plan.collisions).toEqual([]);
  });
  it('a generated label never takes a pinned one; two equal pins are an error', () => {
    const plan = planHostnames(
      [
        { name: 'Xã Văn Lang', kind: 'commune', code: '02100' },
        { name: 'Trung tâm Văn Lang', kind: 'agency', label: 'vanlang' },
        { name: 'Xã Phú Lương', kind: 'commune', code: '02300', label: 'vanlang' },
      ],
      { scheme, parents: [province] },
    );
    const byName = Object.fromEntries(plan.assignments.map((a) => [a.unit.name, a.label]));
    expect(byName).toEqual({
      'Xã Phú Lương': 'vanlang',
      'Xã Văn Lang': 'vanlang2',
      'Trung tâm Văn Lang': 'trungtamvanlang',
    });
    expect(plan.issues.map((i) => i.code)).toEqual(['domains.pinned-collision', 'domains.collision']);
    expect(plan.collisions.map((c) => [c.label, c.cause, c.units.map((u) => u.label)])).toEqual([
      ['vanlang', 'pinned', ['vanlang', 'vanlang2']],
    ]);
  });
  it('reserved and service labels are never given out', () => {
    const plan = planHostnames(
      [
        { name: 'Xã Mail', kind: 'commune', code: '1' },
        { name: 'Xã Dịch Vụ Công', kind: 'commune', code: '2' },
        { name: 'Xã Cổng', kind: 'commune', code: '3' },
      ],
      { scheme, parents: [province], reserved: ['cong'] },
    );
    expect(plan.assignments.map((a) => a.label).sort()).toEqual(['xacong', 'xadichvucong', 'xamail']);
    expect(plan.collisions.map((c) => c.cause)).toEqual(['reserved', 'reserved', 'reserved']);
  });
  it('bad units get issues and no assignment; the others are planned', () => {
    const plan = planHostnames(
      [
        { name: '', kind: 'commune' },
        // biome-ignore lint/suspicious/noExplicitAny: hostile input on purpose
        null as any,
        { name: 'Xã Đạo Trù', kind: 'district' },
        { name: `Xã ${'Ái '.repeat(4000)}`, kind: 'commune' },
        { name: 'Xã Đạo Trù', kind: 'commune' },
        { name: 'Xã Đạo Trù', kind: 'commune' },
      ],
      { scheme, parents: [province] },
    );
    expect(plan.assignments.map((a) => a.label)).toEqual([`ai${'a'.repeat(61)}`, 'daotru']);
    expect(plan.issues.map((i) => i.code).sort()).toEqual([
      'domains.duplicate-unit',
      'domains.kind-not-in-scheme',
      'domains.label-shortened',
      'domains.name-empty',
      'domains.name-truncated',
      'domains.unit-invalid',
    ]);
    // biome-ignore lint/suspicious/noExplicitAny: programmer error
    expect(() => planHostnames({} as any, { scheme })).toThrow(TypeError);
  });
});

describe('planHostnames: properties', () => {
  const thaiNguyen = provinceUnits(units2026, '19');
  const dongThap = provinceUnits(units2026, '82');
  const pool = [...thaiNguyen, ...dongThap.map((u) => ({ ...u, parents: thaiNguyen[0]?.parents ?? [] }))];
  it('deterministic and order-independent', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(pool, { minLength: 1, maxLength: 60 }), fc.nat(), (subset, seed) => {
        const shuffled = [...subset].sort(
          (a, b) => ((Number(a.code) * 7919 + seed) % 997) - ((Number(b.code) * 7919 + seed) % 997),
        );
        const a = planHostnames(subset, { scheme });
        const b = planHostnames(shuffled, { scheme });
        expect(essence(b)).toEqual(essence(a));
        expect(essence(planHostnames(subset, { scheme }))).toEqual(essence(a));
      }),
      { numRuns: 60 },
    );
  });
  it('stable: with the labels in use as `previous`, adding a unit never renames the others', () => {
    fc.assert(
      fc.property(
        fc.shuffledSubarray(pool, { minLength: 1, maxLength: 50 }),
        fc.constantFrom(...pool),
        (subset, extra) => {
          const before = planHostnames(subset, { scheme });
          const previous = Object.fromEntries(
            before.assignments.map((a) => [a.unit.code ?? a.unit.name, a.label]),
          );
          const after = planHostnames([...subset, extra], { scheme, previous });
          const label = new Map(after.assignments.map((a) => [a.unit.code, a.label]));
          for (const a of before.assignments) expect(label.get(a.unit.code)).toBe(a.label);
        },
      ),
      { numRuns: 60 },
    );
  });
  it('stable without history: a unit ranked last whose plain label is free renames nobody', () => {
    const names = fc.constantFrom(
      'Văn Lang',
      'Văn Lăng',
      'Văn Làng',
      'Mỹ Tho',
      'Mỹ Thọ',
      'Tân Thành',
      'Tân Thạnh',
      'Đồng Tiến',
      'Đông Tiến',
    );
    const types = fc.constantFrom('Xã', 'Phường', 'Thị trấn');
    const unit = fc.tuple(types, names);
    fc.assert(
      fc.property(fc.array(unit, { minLength: 1, maxLength: 12 }), unit, (list, [t, n]) => {
        const units: PlanUnit[] = list.map(([type, name], i) => ({
          name: `${type} ${name}`,
          kind: 'commune',
          code: String(10_000 + i),
        }));
        const before = planHostnames(units, { scheme, parents: [province] });
        const taken = new Set(before.assignments.map((a) => a.label));
        const extra: PlanUnit = { name: `${t} ${n}`, kind: 'commune', code: '99999' };
        const plain = planHostnames([extra], { scheme, parents: [province] }).assignments[0]?.label ?? '';
        fc.pre(!taken.has(plain) || before.assignments.some((a) => a.baseLabel === plain));
        const after = planHostnames([...units, extra], { scheme, parents: [province] });
        const label = new Map(after.assignments.map((a) => [a.unit.code, a.label]));
        for (const a of before.assignments) expect(label.get(a.unit.code)).toBe(a.label);
      }),
      { numRuns: 200 },
    );
  });
  it('every planned host name is valid and unique', () => {
    fc.assert(
      fc.property(fc.shuffledSubarray(pool, { minLength: 1, maxLength: 80 }), (subset) => {
        const plan = planHostnames(subset, { scheme });
        const hosts = plan.assignments.map((a) => a.hostname);
        expect(new Set(hosts).size).toBe(hosts.length);
        for (const h of hosts) expect(validateHostname(h, { scheme, kind: 'commune' }).ok).toBe(true);
      }),
      { numRuns: 40 },
    );
  });
});

describe('planHostnames: the observed department labels as an override table', () => {
  it('pins every Bà Rịa–Vũng Tàu label by name', async () => {
    const { BA_RIA_VUNG_TAU_DEPARTMENT_LABELS } = await import('../../src/profiles/hostnames/index.js');
    const names = Object.keys(BA_RIA_VUNG_TAU_DEPARTMENT_LABELS);
    const plan = planHostnames(
      names.map((name) => ({ name, kind: 'department' as const })),
      {
        scheme,
        parents: [{ name: 'Thành phố Hồ Chí Minh', kind: 'province', code: '79' }],
        overrides: BA_RIA_VUNG_TAU_DEPARTMENT_LABELS,
      },
    );
    expect(plan.assignments).toHaveLength(18);
    expect(plan.assignments.every((a) => a.strategy === 'override')).toBe(true);
    expect(plan.assignments.map((a) => a.hostname)).toContain('sonoivu.hochiminhcity.gov.vn');
    expect(plan.collisions).toEqual([]);
    // Without the table: the auto labels (13 of them are the observed ones), and no collision.
    const auto = planHostnames(
      names.map((name) => ({ name, kind: 'department' as const })),
      { scheme, parents: [{ name: 'Thành phố Hồ Chí Minh', kind: 'province', code: '79' }] },
    );
    expect(auto.collisions).toEqual([]);
    expect(
      auto.assignments.filter((a) => a.label === BA_RIA_VUNG_TAU_DEPARTMENT_LABELS[a.unit.name]),
    ).toHaveLength(13);
  });
});

describe('planHostnames: agencies that collide', () => {
  it('get a number, not a second type prefix', () => {
    const plan = planHostnames(
      [
        { name: 'Sở Nội vụ', kind: 'department', code: 'A1' },
        { name: 'Ban Nội vụ', kind: 'agency', code: 'A2', label: 'sonoivu' },
        { name: 'Sở Nội Vụ', kind: 'agency', code: 'A3' },
      ],
      { scheme, parents: [province] },
    );
    expect(plan.assignments.map((a) => [a.unit.code, a.label, a.strategy])).toEqual([
      ['A2', 'sonoivu', 'pinned'],
      ['A1', 'sonoivu2', 'numeric-suffix'],
      ['A3', 'sonoivu3', 'numeric-suffix'],
    ]);
  });
});

describe('planHostnames: options of the wrong shape (an override file, a form)', () => {
  const thaiNguyen: PlanUnit[] = [
    { name: 'Xã Văn Lăng', kind: 'commune', code: '02200' },
    { name: 'Xã Văn Lang', kind: 'commune', code: '02100' },
  ];
  const parents = [{ name: 'Tỉnh Thái Nguyên', kind: 'province' as const, code: '19' }];
  it('reports them as domains.option-invalid, ignores that part, and still plans', () => {
    const plan = planHostnames(thaiNguyen, {
      scheme: HOSTNAMES_ND_224_2026,
      parents,
      overrides: { '02200': 5, '02100': 'vanlangcu' },
      previous: 'x',
      reserved: 5,
      collisionPolicy: { keepBase: 'maybe', steps: 'numeric-suffix', suffixStart: -1, suffixSeparator: '_' },
    } as unknown as Parameters<typeof planHostnames>[1]);
    expect(plan.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['domains.option-invalid', 'overrides.02200'],
      ['domains.option-invalid', 'previous'],
      ['domains.option-invalid', 'reserved'],
      ['domains.option-invalid', 'collisionPolicy.keepBase'],
      ['domains.option-invalid', 'collisionPolicy.steps'],
      ['domains.option-invalid', 'collisionPolicy.suffixStart'],
      ['domains.option-invalid', 'collisionPolicy.suffixSeparator'],
    ]);
    expect(plan.issues.every((i) => i.message.vi.length > 0 && i.message.en.length > 0)).toBe(true);
    expect(Object.fromEntries(plan.assignments.map((a) => [a.unit.code, a.hostname]))).toEqual({
      '02100': 'vanlangcu.thainguyen.gov.vn',
      '02200': 'vanlang.thainguyen.gov.vn',
    });
  });
  it('never throws on random option values (property)', () => {
    fc.assert(
      fc.property(
        fc.record(
          {
            overrides: fc.anything(),
            previous: fc.anything(),
            reserved: fc.anything(),
            collisionPolicy: fc.anything(),
          },
          { requiredKeys: [] },
        ),
        (extra) => {
          const plan = planHostnames(thaiNguyen, {
            scheme: HOSTNAMES_ND_224_2026,
            parents,
            ...(extra as object),
          });
          expect(Array.isArray(plan.issues)).toBe(true);
        },
      ),
      { numRuns: 300 },
    );
  });
});
