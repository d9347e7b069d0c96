// ESM: host names for a department and a whole province, by name, with the regulation behind each choice.

import assert from 'node:assert/strict';
import { buildHostname, planHostnames, suggestLabels, validateHostname } from 'vn-portal-kit/domains';
import { HOSTNAMES_ND_224_2026, HOSTNAMES_VP_32_2023 } from 'vn-portal-kit/profiles';
import { loadAdminUnits, planUnitsOf } from 'vn-portal-kit/units';

// VP-32-2023/3.4.a: a department's abbreviation, 4th level.
const vinhPhuc = { name: 'Tỉnh Vĩnh Phúc', kind: 'province' };
const dept = buildHostname({
  unit: { name: 'Sở Thông tin và Truyền thông', kind: 'department' },
  parents: [vinhPhuc],
  scheme: HOSTNAMES_VP_32_2023,
});
assert.equal(dept.ok && dept.value.hostname, 'sotttt.vinhphuc.gov.vn');

// Ranked candidates with the strategy and the reason of each.
const candidates = suggestLabels({ name: 'Sở Tư pháp', kind: 'department' });
assert.deepEqual(candidates.ok && candidates.value.slice(0, 3).map((c) => c.label), [
  'sotuphap',
  'sotp',
  'stp',
]);

// ND 224/2026 Art. 11.4: every commune of Thái Nguyên at the 4th level, collisions resolved and reported.
const tn = planUnitsOf(loadAdminUnits('2026'), 'Thái Nguyên');
assert.ok(tn.ok);
const plan = planHostnames(tn.value.units, { scheme: HOSTNAMES_ND_224_2026 });
assert.equal(plan.assignments.length, 92);
assert.deepEqual(
  plan.collisions[0].units.map((u) => u.label),
  ['vanlang', 'vanlang2'],
);
assert.equal(validateHostname('xn--otr-8na.thainguyen.gov.vn').issues[0].code, 'domains.label-idn');
console.log(
  'domains (ESM):',
  dept.value.hostname,
  plan.collisions[0].units.map((u) => `${u.unit.name} → ${u.label}`).join(', '),
);
