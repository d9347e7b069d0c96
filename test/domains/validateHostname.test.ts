import { describe, expect, it } from 'vitest';
import { validateHostname } from '../../src/domains/index.js';
import {
  HOSTNAMES_ND_43_2011,
  HOSTNAMES_ND_224_2026,
  HOSTNAMES_TN_40_2012,
  HOSTNAMES_VP_32_2023,
} from '../../src/profiles/hostnames/index.js';

const codes = (host: string, options = {}): string[] =>
  validateHostname(host, options).issues.map((i) => i.code);

describe('validateHostname: DNS syntax (RFC 1035, 1123, 5891)', () => {
  it('accepts the seeds’ host names', () => {
    for (const host of [
      'sotttt.vinhphuc.gov.vn',
      'vinhtuong.vinhphuc.gov.vn',
      'daotru.tamdao.vinhphuc.gov.vn',
      'phoyen.thainguyen.gov.vn',
      'sokhdt.thainguyen.gov.vn',
      'nhuxuan.thanhhoa.gov.vn',
      'www.vinhphuc.gov.vn',
      'english.vinhphuc.gov.vn',
      'dichvucong.vinhphuc.gov.vn',
      'e-services.vinhphuc.gov.vn',
      'hochiminhcity.gov.vn',
      '2baoloc.lamdong.gov.vn',
    ]) {
      expect(validateHostname(host)).toMatchObject({ ok: true, issues: [] });
    }
  });
  it('label length 63 is fine, 64 is not; the name at most 253', () => {
    expect(validateHostname(`${'a'.repeat(63)}.hanoi.gov.vn`).ok).toBe(true);
    expect(codes(`${'a'.repeat(64)}.hanoi.gov.vn`)).toEqual(['domains.label-too-long']);
    const long = `${Array.from({ length: 5 }, () => 'a'.repeat(50)).join('.')}.gov.vn`;
    expect(long.length).toBeGreaterThan(253);
    expect(codes(long)).toEqual(['domains.hostname-too-long']);
  });
  it('hyphens: not at the edges, not "--" at positions 3–4; IDN refused', () => {
    expect(codes('-abc.hanoi.gov.vn')).toEqual(['domains.label-hyphen-edge']);
    expect(codes('abc-.hanoi.gov.vn')).toEqual(['domains.label-hyphen-edge']);
    expect(codes('ab--c.hanoi.gov.vn')).toEqual(['domains.label-hyphen-34']);
    expect(codes('a--bc.hanoi.gov.vn')).toEqual([]);
    expect(codes('xn--otr-8na.hanoi.gov.vn')).toEqual(['domains.label-idn']);
    expect(codes('đạotrù.hanoi.gov.vn')).toEqual(['domains.label-not-ascii']);
  });
  it('other syntax errors', () => {
    expect(codes('123.hanoi.gov.vn')).toEqual(['domains.label-all-numeric']);
    expect(codes('dao_tru.hanoi.gov.vn')).toEqual(['domains.label-invalid-char']);
    expect(codes('dao tru.hanoi.gov.vn')).toEqual(['domains.label-invalid-char']);
    expect(codes('daotru..hanoi.gov.vn')).toEqual(['domains.label-empty']);
    expect(codes('')).toEqual(['domains.hostname-empty']);
    expect(codes('hanoi.gov.com')).toEqual(['domains.suffix']);
    expect(codes('gov.vn')).toEqual(['domains.suffix']);
    expect(codes('example.com', { suffix: '' })).toEqual([]);
  });
  it('normalises a trailing dot and capitals (warning), and surrounding spaces (warning)', () => {
    const r = validateHostname(' SoTTTT.VinhPhuc.gov.vn. ');
    expect(r.ok && r.value.hostname).toBe('sotttt.vinhphuc.gov.vn');
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([
      ['domains.hostname-whitespace', 'warning'],
      ['domains.hostname-uppercase', 'warning'],
    ]);
  });
  it('hostile input is linear and does not throw', () => {
    expect(validateHostname('a'.repeat(10_000_000)).ok).toBe(false);
    expect(validateHostname(`${'a.'.repeat(200_000)}gov.vn`).ok).toBe(false);
    expect(validateHostname('\ud800.gov.vn').ok).toBe(false);
    // biome-ignore lint/suspicious/noExplicitAny: hostile input on purpose
    expect(validateHostname(42 as any).issues[0]?.code).toBe('domains.hostname-not-text');
  });
});

describe('validateHostname: against a scheme', () => {
  it('depth: communes at the 4th level under ND 224/2026, the 5th under VP-32-2023', () => {
    expect(codes('daotru.phutho.gov.vn', { scheme: HOSTNAMES_ND_224_2026, kind: 'commune' })).toEqual([]);
    expect(
      codes('daotru.tamdao.vinhphuc.gov.vn', { scheme: HOSTNAMES_ND_224_2026, kind: 'commune' }),
    ).toEqual(['domains.level-unexpected']);
    expect(codes('daotru.tamdao.vinhphuc.gov.vn', { scheme: HOSTNAMES_VP_32_2023, kind: 'commune' })).toEqual(
      [],
    );
    expect(codes('daotru.vinhphuc.gov.vn', { scheme: HOSTNAMES_VP_32_2023, kind: 'commune' })).toEqual([
      'domains.level-unexpected',
    ]);
    const r = validateHostname('daotru.tamdao.vinhphuc.gov.vn', {
      scheme: HOSTNAMES_ND_224_2026,
      kind: 'commune',
    });
    expect(r.issues[0]?.citation?.id).toBe('ND-224-2026/11.4');
  });
  it('"at least the 4th level" for departments (VP-32-2023/3.4.a, ND 43/2011)', () => {
    expect(
      codes('portal.sotttt.vinhphuc.gov.vn', { scheme: HOSTNAMES_VP_32_2023, kind: 'department' }),
    ).toEqual([]);
    expect(
      codes('portal.sotttt.vinhphuc.gov.vn', { scheme: HOSTNAMES_ND_224_2026, kind: 'department' }),
    ).toEqual(['domains.level-unexpected']);
    expect(codes('vinhphuc.gov.vn', { scheme: HOSTNAMES_ND_43_2011, kind: 'department' })).toEqual([
      'domains.level-unexpected',
    ]);
  });
  it('without a kind, any rule’s depth or a service fits; otherwise an error', () => {
    const r = validateHostname('dichvucong.vinhphuc.gov.vn', { scheme: HOSTNAMES_VP_32_2023 });
    expect(r.ok && [r.value.service, r.value.level]).toEqual(['public-services', 4]);
    expect(codes('a.b.c.vinhphuc.gov.vn', { scheme: HOSTNAMES_ND_224_2026 })).toEqual([
      'domains.level-unexpected',
    ]);
  });
  it('TN-40-2012/7.2’s own example sokhdt validates, for the unit it names', () => {
    const r = validateHostname('sokhdt.thainguyen.gov.vn', {
      scheme: HOSTNAMES_TN_40_2012,
      unit: { name: 'Sở Kế hoạch và Đầu tư', kind: 'department' },
    });
    expect(r).toMatchObject({ ok: true, issues: [] });
  });
  it('warns when the label matches no candidate of the unit it claims to be', () => {
    const r = validateHostname('sotuphap.vinhphuc.gov.vn', {
      scheme: HOSTNAMES_VP_32_2023,
      unit: { name: 'Sở Y tế', kind: 'department' },
    });
    expect(r.ok).toBe(true);
    expect(r.issues.map((i) => [i.code, i.severity])).toEqual([['domains.label-not-candidate', 'warning']]);
    expect(r.issues[0]?.details?.candidates).toContain('soyte');
    // Collision-resolved forms are not flagged.
    for (const host of ['vanlang2.thainguyen.gov.vn', 'xavanlang.thainguyen.gov.vn']) {
      expect(
        codes(host, { scheme: HOSTNAMES_ND_224_2026, unit: { name: 'Xã Văn Lăng', kind: 'commune' } }),
      ).toEqual([]);
    }
    expect(
      codes('hochiminhcity.gov.vn', {
        scheme: HOSTNAMES_ND_224_2026,
        unit: { name: 'Thành phố Hồ Chí Minh', kind: 'province' },
      }),
    ).toEqual([]);
  });
  it('reserved labels cannot name a unit; scheme dates are checked', () => {
    expect(codes('mail.vinhphuc.gov.vn', { scheme: HOSTNAMES_VP_32_2023, kind: 'department' })).toEqual([
      'domains.label-reserved',
    ]);
    const r = validateHostname('daotru.phutho.gov.vn', {
      scheme: HOSTNAMES_ND_224_2026,
      kind: 'commune',
      asOf: '2026-06-30',
    });
    expect(r.ok).toBe(true);
    expect(r.issues.map((i) => i.code)).toEqual(['domains.scheme-not-in-force']);
    expect(codes('daotru.phutho.gov.vn', { scheme: HOSTNAMES_TN_40_2012, kind: 'commune' })).toEqual([
      'domains.kind-not-in-scheme',
    ]);
  });
});
