// The synthetic province-portal items of the compliance benchmarks (bench/compliance*.bench.ts).
const DAYS = Array.from({ length: 80 }, (_, i) => {
  const d = new Date(Date.UTC(2026, 8, 1 + i)).toISOString().slice(0, 10);
  return d;
});
/**
 * The day's times, made once as flat strings, as `JSON.parse` yields them (a template literal makes a rope,
 * a "cons string", which V8 reads character by character more slowly: no real inventory arrives that way).
 */
const flat = (s: string): string => JSON.parse(JSON.stringify(s)) as string;
const TIMES = DAYS.map((day) => ({
  approved: flat(`${day}T07:00:00+07:00`),
  news: flat(`${day}T09:00:00+07:00`),
  legal: flat(`${day}T15:00:00+07:00`),
  project: flat(`${day}T10:00:00+07:00`),
}));

/**
 * The i-th synthetic item: news, legal documents (with number-symbols and deadlines), projects. Each item is one
 * object literal, shaped like what `JSON.parse` or a database driver yields (an earlier version built items with
 * `{ ...base, … }`, which costs V8 about 2.3 µs per item and leaves slow dictionary-mode objects: it measured
 * the generator more than the audit).
 */
export function makeItem(i: number): Record<string, unknown> {
  const day = DAYS[i % DAYS.length] as string;
  const times = TIMES[i % DAYS.length] as (typeof TIMES)[number];
  const k = i % 10;
  const approval = { by: 'Trần Văn Hùng', role: 'head', at: times.approved };
  if (k < 6) {
    return {
      id: `item-${i}`,
      title: `Tin số ${i}: hội nghị triển khai nhiệm vụ chuyển đổi số của tỉnh`,
      url: `https://vinhphuc.gov.vn/tin/${i}`,
      author: 'Nguyễn Thị Lan',
      approval,
      category: 'news',
      eventAt: day,
      publishedAt: times.news,
      fields: { summary: 'Sáng nay, UBND tỉnh tổ chức hội nghị.', body: 'Nội dung chi tiết của tin.' },
    };
  }
  if (k < 9) {
    return {
      id: `item-${i}`,
      title: `Tin số ${i}: hội nghị triển khai nhiệm vụ chuyển đổi số của tỉnh`,
      url: `https://vinhphuc.gov.vn/tin/${i}`,
      author: 'Nguyễn Thị Lan',
      approval,
      category: 'legal-documents',
      variant: 'administrative',
      eventAt: day,
      publishedAt: times.legal,
      fields: {
        form: 'Quyết định',
        issuingAuthority: 'UBND tỉnh Vĩnh Phúc',
        numberSymbol: `${(i % 9000) + 10}/QĐ-UBND`,
        issuedOn: day,
        effectiveOn: day,
        summary: 'Phê duyệt kế hoạch thực hiện nhiệm vụ',
        files: [{ url: `https://vinhphuc.gov.vn/vb/${i}.pdf` }],
      },
    };
  }
  return {
    id: `item-${i}`,
    title: `Tin số ${i}: hội nghị triển khai nhiệm vụ chuyển đổi số của tỉnh`,
    url: `https://vinhphuc.gov.vn/tin/${i}`,
    author: 'Nguyễn Thị Lan',
    approval,
    category: 'projects',
    eventAt: day,
    publishedAt: times.project,
    fields: {
      list: 'in-progress',
      name: 'Dự án đường giao thông',
      objective: 'Kết nối các xã',
      field: 'Giao thông',
      projectType: 'Đầu tư công',
      duration: '2025–2027',
      budget: 120_000_000_000,
      fundingType: 'Ngân sách tỉnh',
      sponsor: 'Sở Xây dựng',
      status: 'Đang thi công',
    },
  };
}

/** The portal of the synthetic items. */
export const portal = {
  name: 'Cổng thông tin điện tử tỉnh Vĩnh Phúc',
  unit: { name: 'Vĩnh Phúc', kind: 'province' },
  hostnames: [{ host: 'vinhphuc.gov.vn', purpose: 'main' }],
};
