// Audits 100 k … 1 M synthetic items of a provincial portal, streamed (async iterable), and reports time,
// items/s, peak heap and RSS, and the time per item at each size (linear: it should stay flat). Baseline:
// validating the same items with the inventory's zod schema alone (`InventoryItemSchema.safeParse` per
// item), what a team would write first. Run: node --import tsx bench/compliance.bench.ts [maxItems]
import { Bench } from 'tinybench';
import { auditPortal, InventoryItemSchema } from '../src/compliance/index.js';

const PROFILE = 'vinh-phuc-32-2023';
const AS_OF = '2026-11-25';
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
function makeItem(i: number): Record<string, unknown> {
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

async function* items(n: number): AsyncGenerator<Record<string, unknown>> {
  for (let i = 0; i < n; i++) yield makeItem(i);
}

const portal = {
  name: 'Cổng thông tin điện tử tỉnh Vĩnh Phúc',
  unit: { name: 'Vĩnh Phúc', kind: 'province' },
  hostnames: [{ host: 'vinhphuc.gov.vn', purpose: 'main' }],
};

async function run(
  n: number,
  disable: readonly string[] = [],
): Promise<{ ms: number; cpuMs: number; heapMB: number; rssMB: number; problems: number }> {
  globalThis.gc?.();
  let heap = 0;
  let rss = 0;
  const sample = () => {
    const m = process.memoryUsage();
    heap = Math.max(heap, m.heapUsed);
    rss = Math.max(rss, m.rss);
  };
  const timer = setInterval(sample, 20);
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  const report = await auditPortal(
    { schemaVersion: 1, portal, items: items(n) },
    { profile: PROFILE, asOf: AS_OF, onProgress: sample, disable },
  );
  const ms = performance.now() - t0;
  const cpu = process.cpuUsage(c0);
  clearInterval(timer);
  sample();
  const problems = report.summary.byStatus.fail + report.summary.byStatus['needs-review'];
  return {
    ms,
    cpuMs: (cpu.user + cpu.system) / 1000,
    heapMB: heap / 2 ** 20,
    rssMB: rss / 2 ** 20,
    problems,
  };
}

const max = Number(process.argv[2] ?? 1_000_000);
const sizes = [100_000, 250_000, 500_000, 1_000_000].filter((s) => s <= max);
console.log(
  'items      time (ms)   items/s     µs/item   CPU (ms)   peak heap (MB)   peak RSS (MB)   problems',
);
let last = { ms: 0 };
for (const n of sizes) {
  const r = await run(n);
  last = r;
  console.log(
    `${String(n).padStart(9)}  ${r.ms.toFixed(0).padStart(9)}  ${Math.round((n / r.ms) * 1000)
      .toLocaleString('en')
      .padStart(
        10,
      )}  ${((r.ms * 1000) / n).toFixed(2).padStart(8)}  ${r.cpuMs.toFixed(0).padStart(9)}  ${r.heapMB.toFixed(0).padStart(15)}  ${r.rssMB
      .toFixed(0)
      .padStart(14)}  ${String(r.problems).padStart(9)}`,
  );
}

// The same 1 M items without the category-schema validation of fields.required (zod), the dominant cost.
if (max >= 1_000_000) {
  const r = await run(1_000_000, ['fields.required']);
  console.log(
    `1 M items, every rule but fields.required: ${r.ms.toFixed(0)} ms (CPU ${r.cpuMs.toFixed(0)} ms), ${((r.ms * 1000) / 1_000_000).toFixed(2)} µs/item, peak heap ${r.heapMB.toFixed(0)} MB, peak RSS ${r.rssMB.toFixed(0)} MB`,
  );
}

// The item generator alone (part of every run above): what the audit itself cannot go below.
if (max >= 1_000_000) {
  const t0 = performance.now();
  const c0 = process.cpuUsage();
  let n = 0;
  for await (const _ of items(1_000_000)) n++;
  const cpu = process.cpuUsage(c0);
  console.log(
    `generating and streaming ${n} items alone: ${(performance.now() - t0).toFixed(0)} ms (CPU ${((cpu.user + cpu.system) / 1000).toFixed(0)} ms)`,
  );
}

// Baseline: the zod schema alone, per item, over the same 100 k items (no rules at all).
const sample = Array.from({ length: 100_000 }, (_, i) => makeItem(i));
const bench = new Bench({ iterations: 3, warmupIterations: 1 });
bench
  .add('auditPortal (all 19 rules), 100k items, streamed', async () => {
    await auditPortal({ schemaVersion: 1, portal, items: items(100_000) }, { profile: PROFILE, asOf: AS_OF });
  })
  .add('baseline: InventoryItemSchema.safeParse only, 100k items', () => {
    for (const it of sample) InventoryItemSchema.safeParse(it);
  });
await bench.run();
const [audit, zod] = bench.tasks.map((t) =>
  t.result && 'latency' in t.result ? t.result.latency.mean : Number.NaN,
);
console.table(bench.table());
if (audit !== undefined && zod !== undefined) {
  console.log(`audit with every rule / zod validation alone: ${(audit / zod).toFixed(2)}× the time`);
}
console.log(`1 M items: ${last.ms.toFixed(0)} ms (goal ≤ 5000 ms)`);
