import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { unwrap } from '../../src/core/index.js';
import { type HostnameUnitKind, suggestLabels, validateHostname } from '../../src/domains/index.js';
import { HOSTNAMES_VP_32_2023 } from '../../src/profiles/hostnames/index.js';

/** Every observed real label of facts/domains.md with the name it stands for. */
const OBSERVED: readonly [string, string][] = [
  ['Sở Thông tin và Truyền thông', 'sotttt'],
  ['Sở Kế hoạch và Đầu tư', 'sokhdt'],
  ['Sở Khoa học và Công nghệ', 'sokhcn'],
  ['Sở Nội vụ', 'sonoivu'],
  ['Sở Giao thông vận tải', 'sogtvt'],
  ['Sở Nông nghiệp và Phát triển nông thôn', 'sonnptnt'],
  ['Sở Y tế', 'soyte'],
  ['Sở Lao động - Thương binh và Xã hội', 'soldtbxh'],
  ['Sở Tư pháp', 'sotp'],
  ['Sở Ngoại vụ', 'songoaivu'],
  ['Sở Công Thương', 'soct'],
  ['Sở Văn hóa, Thể thao và Du lịch', 'sovhttdl'],
  ['Sở Xây dựng', 'soxd'],
  ['Sở Giáo dục và Đào tạo', 'sogddt'],
  ['Sở Tài nguyên và Môi trường', 'sotnmt'],
  ['Sở Du lịch', 'sodl'],
  ['Ban Quản lý các Khu công nghiệp', 'banqlkcn'],
  ['Ban Dân tộc', 'bandt'],
  // Other provinces: full words, a bare "s" prefix, no prefix.
  ['Sở Tư pháp', 'sotuphap'],
  ['Sở Xây dựng', 'soxaydung'],
  ['Sở Kế hoạch và Đầu tư', 'skhdt'],
  ['Sở Y tế', 'syt'],
  ['Sở Nông nghiệp và Phát triển nông thôn', 'nnptnt'],
  // The seeds' own examples.
  ['Sở Thông tin và Truyền thông', 'sotttt'],
  ['Sở Kế hoạch và Đầu tư', 'sokhdt'],
];

const labels = (name: string, kind: HostnameUnitKind = 'department'): string[] =>
  unwrap(suggestLabels({ name, kind })).map((c) => c.label);

describe('suggestLabels', () => {
  it.each(OBSERVED)('%s: observed label %s is among the top three', (name, label) => {
    expect(labels(name).slice(0, 3)).toContain(label);
  });
  it('names without the type word get the department prefix', () => {
    expect(labels('Thông tin và Truyền thông')[0]).toBe('sotttt');
    expect(labels('Nội vụ')[0]).toBe('sonoivu');
  });
  it('the default "auto" label is the observed one for 13 of the 18 Bà Rịa–Vũng Tàu departments', () => {
    const brvt = OBSERVED.slice(0, 18);
    const misses = brvt.filter(([name, label]) => labels(name)[0] !== label).map(([, label]) => label);
    expect(misses).toEqual(['sotp', 'soct', 'soxd', 'sodl', 'bandt']);
  });
  it('explains each candidate in both languages with its strategy and prefix', () => {
    const [first, second] = unwrap(suggestLabels({ name: 'Sở Kế hoạch và Đầu tư', kind: 'department' }));
    expect(first).toMatchObject({ label: 'sokhdt', strategy: 'auto', prefix: 'so' });
    expect(first?.reason.vi).toContain('bỏ “và”');
    expect(first?.reason.en).toContain('“và” dropped');
    expect(second).toMatchObject({ label: 'skhdt', strategy: 'initials', prefix: 's' });
  });
  it('adds English abbreviations when the caller supplies an English name', () => {
    const c = unwrap(
      suggestLabels({
        name: 'Sở Khoa học và Công nghệ',
        kind: 'department',
        englishName: 'Department of Science and Technology',
      }),
    );
    const english = c.filter((x) => x.strategy === 'english').map((x) => x.label);
    expect(english).toEqual(['dost', 'dst']);
    expect(
      unwrap(
        suggestLabels(
          { name: 'Sở Tư pháp', kind: 'department', englishName: 'Department of Justice' },
          { strategies: ['english'] },
        ),
      )[0]?.label,
    ).toBe('doj');
  });
  it('follows a scheme rule: VP-32-2023/3.4.a allows abbreviations or English, not the full name', () => {
    const rule = HOSTNAMES_VP_32_2023.rules.find((r) => r.kind === 'department');
    const c = unwrap(suggestLabels({ name: 'Sở Tư pháp', kind: 'department' }, rule ? { rule } : {}));
    expect(c.map((x) => x.strategy)).not.toContain('full');
    expect(c[0]?.label).toBe('sotuphap');
  });
  it('territorial units: full name first, then with the type word, then initials', () => {
    expect(labels('Xã Đạo Trù', 'commune')).toEqual(['daotru', 'xadaotru', 'dt']);
    expect(labels('Thị xã Kỳ Anh', 'district')).toEqual(['kyanh', 'thixakyanh', 'ka']);
    expect(labels('Phường 1', 'commune')).toEqual(['phuong1']);
    expect(labels('Phường 2 Bảo Lộc', 'commune')[0]).toBe('2baoloc');
  });
  it('converts names in legacy encodings, with a warning', () => {
    for (const legacy of ['X· §¹o Trï', 'Xaõ Ñaïo Truø', 'Xa~ DDa.o Tru`']) {
      const r = suggestLabels({ name: legacy, kind: 'commune' });
      expect(r.ok && r.value[0]?.label).toBe('daotru');
      expect(r.issues.map((i) => i.code)).toEqual(['domains.name-converted']);
      expect(r.issues[0]?.severity).toBe('warning');
    }
    expect(suggestLabels({ name: "Xã Ea H'Leo", kind: 'commune' }).issues).toEqual([]);
  });
  it('bad input gives issues, never exceptions', () => {
    expect(suggestLabels({ name: '', kind: 'commune' }).issues.map((i) => i.code)).toEqual([
      'domains.name-empty',
    ]);
    expect(suggestLabels({ name: '—!?', kind: 'department' }).ok).toBe(false);
    // biome-ignore lint/suspicious/noExplicitAny: hostile input on purpose
    expect(suggestLabels({ name: null as any, kind: 'commune' }).issues[0]?.code).toBe(
      'domains.name-not-text',
    );
    const huge = suggestLabels({ name: `Sở ${'Khoa học '.repeat(1200)}`, kind: 'department' });
    expect(huge.ok).toBe(true);
    expect(huge.issues.map((i) => i.code)).toContain('domains.name-truncated');
    const long = suggestLabels({ name: `Xã ${'Mường Nhé '.repeat(20)}`, kind: 'commune' });
    expect(long.ok && long.value.every((c) => c.label.length <= 63)).toBe(true);
    expect(long.issues.map((i) => i.code)).toEqual(['domains.label-shortened']);
    expect(long.ok && long.value[0]?.shortened).toBe(true);
  });
  it('property: every generated label passes validateHostname', () => {
    const letters = fc.constantFrom(
      ..."aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằắặầấậèẻẽéẹềếệìíịòóọồốộờớợùúụừứựỳýỵ 0123456789-,'".split(''),
    );
    const name = fc.oneof(
      fc.array(letters, { minLength: 1, maxLength: 70 }).map((a) => a.join('')),
      fc.string({ maxLength: 100 }),
    );
    const kind = fc.constantFrom<HostnameUnitKind>(
      'department',
      'agency',
      'commune',
      'district',
      'province',
      'ministry',
    );
    fc.assert(
      fc.property(
        name,
        kind,
        fc.option(fc.string({ maxLength: 40 }), { nil: undefined }),
        (n, k, english) => {
          const r = suggestLabels({
            name: n,
            kind: k,
            ...(english !== undefined ? { englishName: english } : {}),
          });
          if (!r.ok) return;
          const seen = new Set<string>();
          for (const c of r.value) {
            expect(seen.has(c.label)).toBe(false);
            seen.add(c.label);
            expect(validateHostname(`${c.label}.thainguyen.gov.vn`).ok).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
});
