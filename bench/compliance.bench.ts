// Audits 100 k … 1 M synthetic items of a provincial portal, streamed (async iterable), and reports time,
// items/s, peak heap and RSS, and the time per item at each size (linear: it should stay flat). Baseline:
// validating the same items with the inventory's zod schema alone (`InventoryItemSchema.safeParse` per
// item), what a team would write first. Run: node --import tsx bench/compliance.bench.ts [maxItems]
import { Bench } from 'tinybench';
import { auditPortal, InventoryItemSchema } from '../src/compliance/index.js';
import { makeItem, portal } from './_lib/inventoryItems.js';

const PROFILE = 'vinh-phuc-32-2023';
const AS_OF = '2026-11-25';
async function* items(n: number): AsyncGenerator<Record<string, unknown>> {
  for (let i = 0; i < n; i++) yield makeItem(i);
}

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
