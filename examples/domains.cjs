// CommonJS: the 5th-level commune names of Vĩnh Phúc's regulation over the last three-tier list.
const { planHostnames, toDnsLabel, validateHostname } = require('vn-portal-kit/domains');
const { HOSTNAMES_TN_40_2012, HOSTNAMES_VP_32_2023 } = require('vn-portal-kit/profiles');
const { loadAdminUnits, planUnitsOf } = require('vn-portal-kit/units');
const assert = require('node:assert/strict');

assert.equal(toDnsLabel('Phường 2 Bảo Lộc'), '2baoloc');
const vp = planUnitsOf(loadAdminUnits('2025-03'), 'Vĩnh Phúc');
assert.ok(vp.ok);
const plan = planHostnames(vp.value.units, { scheme: HOSTNAMES_VP_32_2023 });
const daoTru = plan.assignments.find((a) => a.unit.name === 'Xã Đạo Trù');
assert.equal(daoTru.hostname, 'daotru.tamdao.vinhphuc.gov.vn');
// TN-40-2012/7.2's own example validates, for the unit it names.
const v = validateHostname('sokhdt.thainguyen.gov.vn', {
  scheme: HOSTNAMES_TN_40_2012,
  unit: { name: 'Sở Kế hoạch và Đầu tư', kind: 'department' },
});
assert.deepEqual(v.issues, []);
console.log('domains (CJS):', daoTru.hostname, daoTru.reason.en);
