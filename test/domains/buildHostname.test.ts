import { describe, expect, it } from 'vitest';
import { unwrap } from '../../src/core/index.js';
import { buildHostname, type HostnameUnit } from '../../src/domains/index.js';
import {
  HOSTNAMES_ND_43_2011,
  HOSTNAMES_ND_224_2026,
  HOSTNAMES_TN_40_2012,
  HOSTNAMES_VP_32_2023,
} from '../../src/profiles/hostnames/index.js';

const vinhPhuc: HostnameUnit = { name: 'Tỉnh Vĩnh Phúc', kind: 'province' };
const thaiNguyen: HostnameUnit = { name: 'Thái Nguyên', kind: 'province' };

describe('buildHostname: the seeds’ examples', () => {
  it('VP-32-2023/3.4.a: sotttt.vinhphuc.gov.vn', () => {
    const b = unwrap(
      buildHostname({
        unit: { name: 'Sở Thông tin và Truyền thông', kind: 'department' },
        parents: [vinhPhuc],
        scheme: HOSTNAMES_VP_32_2023,
      }),
    );
    expect(b).toMatchObject({
      hostname: 'sotttt.vinhphuc.gov.vn',
      level: 4,
      strategy: 'auto',
      schemeId: 'VP-32-2023',
    });
    expect(b.citation.id).toBe('VP-32-2023/3.4.a');
  });
  it('VP-32-2023/3.4.b: vinhtuong.vinhphuc.gov.vn', () => {
    const b = unwrap(
      buildHostname({
        unit: { name: 'huyện Vĩnh Tường', kind: 'district' },
        parents: [vinhPhuc],
        scheme: HOSTNAMES_VP_32_2023,
      }),
    );
    expect(b.hostname).toBe('vinhtuong.vinhphuc.gov.vn');
    expect(b.citation.id).toBe('VP-32-2023/3.4.b');
  });
  it('VP-32-2023/3.4.c: daotru.tamdao.vinhphuc.gov.vn, 5th level', () => {
    const b = unwrap(
      buildHostname({
        unit: { name: 'xã Đạo Trù', kind: 'commune' },
        parents: [{ name: 'Huyện Tam Đảo', kind: 'district' }, vinhPhuc],
        scheme: HOSTNAMES_VP_32_2023,
      }),
    );
    expect([b.hostname, b.level, b.citation.id]).toEqual([
      'daotru.tamdao.vinhphuc.gov.vn',
      5,
      'VP-32-2023/3.4.c',
    ]);
  });
  it('TN-40-2012/7.2: phoyen.thainguyen.gov.vn and its own abbreviation sokhdt', () => {
    expect(
      unwrap(
        buildHostname({
          unit: { name: 'Huyện Phổ Yên', kind: 'district' },
          parents: [thaiNguyen],
          scheme: HOSTNAMES_TN_40_2012,
        }),
      ).hostname,
    ).toBe('phoyen.thainguyen.gov.vn');
    expect(
      unwrap(
        buildHostname({
          unit: { name: 'Sở Kế hoạch và Đầu tư', kind: 'department' },
          parents: [thaiNguyen],
          scheme: HOSTNAMES_TN_40_2012,
        }),
      ).hostname,
    ).toBe('sokhdt.thainguyen.gov.vn');
    expect(
      unwrap(
        buildHostname({
          unit: { name: 'Sở Kế hoạch và Đầu tư', kind: 'department' },
          parents: [thaiNguyen],
          scheme: HOSTNAMES_TN_40_2012,
          strategy: 'full',
        }),
      ).hostname,
    ).toBe('sokehoachvadautu.thainguyen.gov.vn');
  });
  it('NX-2112-2022/3 under ND 43/2011: nhuxuan.thanhhoa.gov.vn, in force in 2022', () => {
    const r = buildHostname({
      unit: { name: 'huyện Như Xuân', kind: 'district' },
      parents: [{ name: 'Tỉnh Thanh Hóa', kind: 'province' }],
      scheme: HOSTNAMES_ND_43_2011,
      asOf: '2022-08-14',
    });
    expect(r.ok && r.value.hostname).toBe('nhuxuan.thanhhoa.gov.vn');
    expect(r.issues).toEqual([]);
  });
  it('the province portals of the seeds', () => {
    for (const [name, host] of [
      ['Tỉnh Hậu Giang', 'haugiang.gov.vn'],
      ['Tỉnh Quảng Nam', 'quangnam.gov.vn'],
      ['Tỉnh Thanh Hoá', 'thanhhoa.gov.vn'],
      ['Thành phố Hồ Chí Minh', 'hochiminhcity.gov.vn'],
    ] as const) {
      expect(
        unwrap(buildHostname({ unit: { name, kind: 'province' }, scheme: HOSTNAMES_ND_224_2026 })).hostname,
      ).toBe(host);
    }
  });
});

describe('buildHostname: schemes, services, exceptions', () => {
  it('ND 224/2026 puts communes at the 4th level, directly under the province', () => {
    const b = unwrap(
      buildHostname({
        unit: { name: 'Xã Đạo Trù', kind: 'commune' },
        parents: [{ name: 'Tỉnh Phú Thọ', kind: 'province' }],
        scheme: HOSTNAMES_ND_224_2026,
        asOf: '2026-07-01',
      }),
    );
    expect([b.hostname, b.level, b.citation.id]).toEqual(['daotru.phutho.gov.vn', 4, 'ND-224-2026/11.4']);
  });
  it('Ho Chi Minh City’s exception applies to its communes’ parent label too', () => {
    const b = unwrap(
      buildHostname({
        unit: { name: 'Phường Sài Gòn', kind: 'commune' },
        parents: [{ name: 'Thành phố Hồ Chí Minh', kind: 'province', code: '79' }],
        scheme: HOSTNAMES_ND_224_2026,
      }),
    );
    expect(b.hostname).toBe('saigon.hochiminhcity.gov.vn');
    expect(
      unwrap(
        buildHostname({
          unit: { name: 'TP.HCM', kind: 'province', code: '79' },
          scheme: HOSTNAMES_ND_224_2026,
        }),
      ).strategy,
    ).toBe('literal');
  });
  it('ministries and their units (ND-224-2026/11.4)', () => {
    const bo = { name: 'Bộ Tư pháp', kind: 'ministry', englishName: 'Ministry of Justice' } as const;
    expect(
      unwrap(buildHostname({ unit: bo, scheme: HOSTNAMES_ND_224_2026, strategy: 'english' })).hostname,
    ).toBe('moj.gov.vn');
    expect(
      unwrap(
        buildHostname({
          unit: { name: 'Cục Con nuôi', kind: 'ministry-unit' },
          parents: [bo],
          scheme: HOSTNAMES_ND_224_2026,
        }),
      ).level,
    ).toBe(4);
  });
  it('service names: www, english, dichvucong, e-services', () => {
    const hosts = ['portal', 'english', 'dichvucong', 'e-services'].map(
      (service) =>
        unwrap(buildHostname({ service, parents: [vinhPhuc], scheme: HOSTNAMES_VP_32_2023 })).hostname,
    );
    expect(hosts).toEqual([
      'www.vinhphuc.gov.vn',
      'english.vinhphuc.gov.vn',
      'dichvucong.vinhphuc.gov.vn',
      'e-services.vinhphuc.gov.vn',
    ]);
    expect(
      buildHostname({ service: 'ftp', parents: [vinhPhuc], scheme: HOSTNAMES_VP_32_2023 }).issues[0]?.code,
    ).toBe('domains.service-unknown');
  });
  it('a pinned label is used, a reserved one refused', () => {
    const pinned = buildHostname({
      unit: { name: 'Sở Nội vụ', kind: 'department', label: 'SNV' },
      parents: [vinhPhuc],
      scheme: HOSTNAMES_VP_32_2023,
    });
    expect(pinned.ok && [pinned.value.hostname, pinned.value.strategy]).toEqual([
      'snv.vinhphuc.gov.vn',
      'pinned',
    ]);
    const reserved = buildHostname({
      unit: { name: 'Sở Nội vụ', kind: 'department', label: 'dichvucong' },
      parents: [vinhPhuc],
      scheme: HOSTNAMES_VP_32_2023,
    });
    expect(reserved.issues.map((i) => i.code)).toEqual(['domains.label-reserved']);
    const bad = buildHostname({
      unit: { name: 'Sở Nội vụ', kind: 'department', label: 'sở-nội-vụ' },
      parents: [vinhPhuc],
      scheme: HOSTNAMES_VP_32_2023,
    });
    expect(bad.issues.map((i) => i.code)).toEqual(['domains.label-not-ascii']);
  });
});

describe('buildHostname: bad input', () => {
  it('parents that do not match the rule', () => {
    const r = buildHostname({
      unit: { name: 'xã Đạo Trù', kind: 'commune' },
      parents: [vinhPhuc],
      scheme: HOSTNAMES_VP_32_2023,
    });
    expect(r.ok).toBe(false);
    expect(r.issues[0]).toMatchObject({
      code: 'domains.parents-mismatch',
      citation: { id: 'VP-32-2023/3.4.c' },
    });
  });
  it('parents that are not an array: a coded issue, not a TypeError', () => {
    for (const parents of ['Vĩnh Phúc', { name: 'Vĩnh Phúc', kind: 'province' }, 42, null]) {
      const r = buildHostname({
        unit: { name: 'Xã Đạo Trù', kind: 'commune' },
        parents: parents as unknown as HostnameUnit[],
        scheme: HOSTNAMES_VP_32_2023,
      });
      expect(r.ok).toBe(false);
      expect(r.issues.map((i) => [i.code, i.path])).toEqual([['domains.parents-mismatch', ['parents']]]);
    }
  });
  it('a kind the scheme does not name', () => {
    const r = buildHostname({
      unit: { name: 'xã Đạo Trù', kind: 'commune' },
      parents: [thaiNguyen],
      scheme: HOSTNAMES_TN_40_2012,
    });
    expect(r.issues.map((i) => i.code)).toEqual(['domains.kind-not-in-scheme']);
  });
  it('a scheme out of force warns; an invalid date fails', () => {
    const r = buildHostname({
      unit: { name: 'Tỉnh Vĩnh Phúc', kind: 'province' },
      scheme: HOSTNAMES_ND_224_2026,
      asOf: '2025-01-01',
    });
    expect(r.ok).toBe(true);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['domains.scheme-not-in-force', 'warning']]);
    expect(
      buildHostname({
        unit: { name: 'Tỉnh Vĩnh Phúc', kind: 'province' },
        scheme: HOSTNAMES_ND_224_2026,
        asOf: '2025-02-30',
      }).ok,
    ).toBe(false);
  });
  it('empty, 10 kB and absurd names: issues, not exceptions', () => {
    const scheme = HOSTNAMES_ND_224_2026;
    const parents = [vinhPhuc];
    expect(buildHostname({ unit: { name: '', kind: 'commune' }, parents, scheme }).issues[0]?.code).toBe(
      'domains.name-empty',
    );
    const big = buildHostname({
      unit: { name: `Xã ${'Ái '.repeat(3500)}`, kind: 'commune' },
      parents,
      scheme,
    });
    expect(big.ok).toBe(true);
    // Vĩnh Phúc under ND 224/2026 (2026): the merger into Phú Thọ is noted too (issue #15)
    expect(big.issues.map((i) => i.code)).toEqual([
      'domains.name-truncated',
      'domains.label-shortened',
      'units.province-merged',
    ]);
    expect(big.ok && big.value.label.length).toBe(63);
    // biome-ignore lint/suspicious/noExplicitAny: hostile input on purpose
    expect(buildHostname({ unit: undefined as any, scheme }).issues[0]?.code).toBe('domains.unit-missing');
    // biome-ignore lint/suspicious/noExplicitAny: programmer error
    expect(() => buildHostname({} as any)).toThrow(TypeError);
  });
});
