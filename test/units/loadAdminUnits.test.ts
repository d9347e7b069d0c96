import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { loadAdminUnits } from '../../src/units/index.js';

describe('loadAdminUnits', () => {
  it('ships the source data unchanged (SHA-256 recorded in test/fixtures/PROVENANCE.md)', () => {
    const expected: Record<string, string> = {
      'vn-units-2026.json': 'a2a95accf7d80a00525bf9158a8aa3676e2935222659f3e87f7ba42c01aa9132',
      'vn-units-2025-03.json': '305603a02838a9b863441acf6e1f112d6c36ac0d82c1c3daaa1dc69c72ffe409',
    };
    for (const [file, sha] of Object.entries(expected)) {
      const actual = createHash('sha256')
        .update(readFileSync(`src/units/data/${file}`))
        .digest('hex');
      expect(actual, file).toBe(sha);
    }
  });
  it('2026: 34 provinces and 3,321 communes (2,611 xã, 697 phường, 13 đặc khu)', () => {
    const u = loadAdminUnits('2026');
    expect([u.provinces.length, u.districts.length, u.communes.length]).toEqual([34, 0, 3321]);
    const count = (type: string): number => u.communes.filter((c) => c.type === type).length;
    expect([count('Xã'), count('Phường'), count('Đặc khu')]).toEqual([2611, 697, 13]);
    expect(u.info).toMatchObject({ id: '2026', validFrom: '2026-04-30', levels: ['province', 'commune'] });
    expect(u.info.source).toContain('MIT');
  });
  it('2025-03: 63 / 696 / 10,035, type words split from the full name', () => {
    const u = loadAdminUnits('2025-03');
    expect([u.provinces.length, u.districts.length, u.communes.length]).toEqual([63, 696, 10_035]);
    expect(u.communes.every((c) => c.type !== '' && c.districtCode !== undefined)).toBe(true);
    expect(u.byCode('248')).toMatchObject({
      name: 'Tam Đảo',
      type: 'Huyện',
      level: 'district',
      provinceCode: '26',
    });
    expect(u.info.validTo).toBe('2025-06-30');
  });
  it('finds units by code and by name, ignoring diacritics, case, spaces and tone placement', () => {
    const u = loadAdminUnits('2026');
    expect(u.byCode('19')?.fullName).toBe('Tỉnh Thái Nguyên');
    expect(u.byCode(' 19 ')?.code).toBe('19');
    expect(u.byCode('nope')).toBeUndefined();
    for (const q of ['Thanh Hóa', 'thanh hoa', 'THANH HOÁ', 'Tỉnh Thanh Hoá', 'thanhhoa']) {
      expect(u.findByName(q, { level: 'province' }).map((p) => p.code)).toEqual(['38']);
    }
    const vanLang = u.findByName('Văn Lăng', { within: '19' });
    expect(vanLang.map((c) => c.fullName)).toEqual(['Xã Văn Lăng', 'Xã Văn Lang']);
    expect(u.findByName('Phường 2 Bảo Lộc').map((c) => c.code)).toHaveLength(1);
    expect(u.findByName('')).toEqual([]);
    expect(u.findByName('x'.repeat(1_000_000))).toEqual([]);
  });
  it('children and parents', () => {
    const u = loadAdminUnits('2025-03');
    const daoTru = u.findByName('Đạo Trù', { level: 'commune' })[0];
    expect(daoTru?.fullName).toBe('Xã Đạo Trù');
    expect(u.parentsOf(daoTru?.code ?? '').map((p) => p.code)).toEqual(['248', '26']);
    expect(u.childrenOf('26').map((d) => d.fullName)).toContain('Huyện Vĩnh Tường');
    expect(u.childrenOf('999')).toEqual([]);
    expect(u.parentsOf('26')).toEqual([]);
  });
  it('each call builds an independent index; an unknown list is a programmer error', () => {
    expect(loadAdminUnits('2026')).not.toBe(loadAdminUnits('2026'));
    // biome-ignore lint/suspicious/noExplicitAny: programmer error on purpose
    expect(() => loadAdminUnits('2024' as any)).toThrow(RangeError);
  });
});
