import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { domainCommand } from '../../src/cli/commands/domain.js';
import { buildHostname } from '../../src/domains/index.js';
import { HOSTNAMES_ND_224_2026, HOSTNAMES_VP_32_2023 } from '../../src/profiles/index.js';
import { currentProvinceName, foldProvinceName, loadAdminUnits, planUnitsOf } from '../../src/units/index.js';
import { memoryIO } from '../_lib/memoryIO.js';

// facts/decrees.md §6: Nghị quyết 202/2025/QH15 (2025-06-12), 34 provinces from 2025-07-01, and the merger map.
const units2026 = loadAdminUnits('2026');

describe('former provinces and usual spellings resolve to the current unit, with a coded notice (issue #15)', () => {
  it('planUnitsOf(2026, "Vĩnh Phúc") plans Phú Thọ and says it merged, naming the resolution and date', () => {
    const r = planUnitsOf(units2026, 'Vĩnh Phúc');
    expect(r.ok && r.value.province.fullName).toBe('Tỉnh Phú Thọ');
    expect(r.issues.map((i) => [i.code, i.severity, i.citation?.id])).toEqual([
      ['units.province-merged', 'warning', 'NQ-202-2025'],
    ]);
    expect(r.issues[0]?.message.vi).toContain('01/7/2025');
    expect(r.issues[0]?.message.en).toContain('Resolution 202/2025/QH15');
  });

  it.each([
    ['TP. Hồ Chí Minh', 'Thành phố Hồ Chí Minh', 'units.province-alias'],
    ['TP Hồ Chí Minh', 'Thành phố Hồ Chí Minh', 'units.province-alias'],
    ['TP HCM', 'Thành phố Hồ Chí Minh', 'units.province-alias'],
    ['Thừa Thiên Huế', 'Thành phố Huế', 'units.province-renamed'],
    ['Bà Rịa – Vũng Tàu', 'Thành phố Hồ Chí Minh', 'units.province-merged'],
    ['tỉnh hậu giang', 'Thành phố Cần Thơ', 'units.province-merged'],
    ['Bắc Kạn', 'Tỉnh Thái Nguyên', 'units.province-merged'],
  ])('%s → %s (%s)', (name, fullName, code) => {
    const r = planUnitsOf(units2026, name);
    expect(r.ok && r.value.province.fullName).toBe(fullName);
    expect(r.issues.map((i) => i.code)).toEqual([code]);
  });

  it('a current name gives no notice; an unknown one stays an error; the 63-province list keeps the old provinces', () => {
    expect(planUnitsOf(units2026, 'Phú Thọ').issues).toEqual([]);
    expect(planUnitsOf(units2026, 'Atlantis').issues.map((i) => i.code)).toEqual(['units.province-unknown']);
    const old = planUnitsOf(loadAdminUnits('2025-03'), 'Vĩnh Phúc');
    expect(old.ok && [old.value.province.fullName, old.issues]).toEqual(['Tỉnh Vĩnh Phúc', []]);
  });

  it('every one of the 29 former provinces maps to a province of the 2026 list', () => {
    const former = units2026.provinces.length;
    expect(former).toBe(34);
    const old = loadAdminUnits('2025-03').provinces;
    let merged = 0;
    for (const p of old) {
      if (units2026.findByName(p.name, { level: 'province' }).length > 0) continue;
      const c = currentProvinceName(p.fullName);
      expect(c, p.fullName).toBeDefined();
      expect(units2026.findByName(c!.name, { level: 'province' }).length, p.fullName).toBe(1);
      merged++;
    }
    expect(merged).toBeGreaterThanOrEqual(28);
  });

  it('property: the fold ignores case, diacritic composition, spacing and the type word', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...units2026.provinces.map((p) => p.name)),
        fc.constantFrom('', 'Tỉnh ', 'TP. ', 'Thành phố '),
        (name, prefix) => {
          const variant = `  ${prefix}${name.toUpperCase().normalize('NFD')} `;
          expect(foldProvinceName(variant)).toBe(foldProvinceName(name));
        },
      ),
    );
  });
});

describe('buildHostname and the CLI say when a province has merged', () => {
  it('sotttt.vinhphuc.gov.vn under ND 224/2026 comes with the merger notice', () => {
    const r = buildHostname({
      unit: { name: 'Sở Thông tin và Truyền thông', kind: 'department' },
      parents: [{ name: 'Vĩnh Phúc', kind: 'province' }],
      scheme: HOSTNAMES_ND_224_2026,
    });
    expect(r.ok && r.value.hostname).toBe('sotttt.vinhphuc.gov.vn');
    expect(r.issues.map((i) => i.code)).toEqual(['units.province-merged']);
    // under Vĩnh Phúc's own 2023 scheme, before the merger, nothing to say; with asOf after it, the notice
    const vp = buildHostname({
      unit: { name: 'Sở Nội vụ', kind: 'department' },
      parents: [{ name: 'Vĩnh Phúc', kind: 'province' }],
      scheme: HOSTNAMES_VP_32_2023,
      asOf: '2024-06-01',
    });
    expect(vp.issues).toEqual([]);
    const later = buildHostname({
      unit: { name: 'Sở Nội vụ', kind: 'department' },
      parents: [{ name: 'Vĩnh Phúc', kind: 'province' }],
      scheme: HOSTNAMES_VP_32_2023,
      asOf: '2026-12-07',
    });
    expect(later.issues.map((i) => i.code)).toEqual(['units.province-merged']);
  });

  it('vn-portal-kit domain --plan "Vĩnh Phúc" plans Phú Thọ and prints the notice', async () => {
    const io = memoryIO();
    const code = await domainCommand.run(['--plan', 'Vĩnh Phúc', '--format', 'json'], io);
    expect(code).toBe(0);
    const out = JSON.parse(io.out);
    expect(out.province.fullName).toBe('Tỉnh Phú Thọ');
    expect(out.issues.map((i: { code: string }) => i.code)).toContain('units.province-merged');
  });
});
