// vn-portal-kit/domains against what users do today.
// 1. planHostnames over all 10,035 communes (and 696 districts) of the 2025-03 three-tier list, VP-style 5th
//    level, one province at a time; goal ≤ 100 ms for the whole country. Beside it: a plain `slugify` loop
//    (locale 'vi', no collision detection, no reasons, no validation) over the same names, and the 2026 list.
// 2. suggestLabels and validateHostname per call.
// 3. How many names a plain `slugify` loop gets wrong (Đ → "dj" without locale, type words kept, collisions
//    silently merged).
// 4. Bundle size (min+gzip) of vn-portal-kit/domains (must not include the units data) and of /units.
// Run: node --import tsx bench/domains.bench.ts
import { gzipSync } from 'node:zlib';
import { build } from 'esbuild';
import slugify from 'slugify';
import { Bench } from 'tinybench';
import { type PlanUnit, planHostnames, suggestLabels, validateHostname } from '../src/domains/index.js';
import { HOSTNAMES_ND_224_2026, HOSTNAMES_VP_32_2023 } from '../src/profiles/hostnames/index.js';
import { loadAdminUnits, planUnitsOf } from '../src/units/index.js';

const old = loadAdminUnits('2025-03');
const now = loadAdminUnits('2026');
const byProvince = (list: typeof old): PlanUnit[][] =>
  list.provinces.map((p) => {
    const r = planUnitsOf(list, p.code);
    if (!r.ok) throw new Error(p.code);
    return r.value.units;
  });
const oldUnits = byProvince(old);
const oldCommunesOnly = oldUnits.map((list) => list.filter((u) => u.kind === 'commune'));
const nowUnits = byProvince(now);
const oldNames = old.communes.map((c) => c.fullName);
const count = (lists: PlanUnit[][]): number => lists.reduce((n, l) => n + l.length, 0);
let sink = 0;

const bench = new Bench({ time: 2000, warmupTime: 500 });
bench.add(
  `planHostnames 2025-03: ${count(oldUnits)} units (10,035 communes + 696 districts), VP-32-2023`,
  () => {
    for (const units of oldUnits)
      sink += planHostnames(units, { scheme: HOSTNAMES_VP_32_2023 }).assignments.length;
  },
);
bench.add(
  `planHostnames 2025-03: ${count(oldCommunesOnly)} communes (districts implicit), VP-32-2023`,
  () => {
    for (const units of oldCommunesOnly)
      sink += planHostnames(units, { scheme: HOSTNAMES_VP_32_2023 }).assignments.length;
  },
);
bench.add(`planHostnames 2026: ${count(nowUnits)} communes, ND-224-2026`, () => {
  for (const units of nowUnits)
    sink += planHostnames(units, { scheme: HOSTNAMES_ND_224_2026 }).assignments.length;
});
bench.add(`slugify loop (locale vi, remove punctuation): ${oldNames.length} names`, () => {
  for (const name of oldNames)
    sink += slugify(name, { locale: 'vi', lower: true, strict: true, replacement: '' }).length;
});
await bench.run();

const BATCH = 1000;
const sample = oldNames.slice(0, BATCH);
const micro = new Bench({ time: 1000, warmupTime: 200 });
micro.add(`suggestLabels (batch of ${BATCH})`, () => {
  for (const name of sample) {
    const r = suggestLabels({ name, kind: 'commune' });
    if (r.ok) sink += r.value.length;
  }
});
micro.add(`validateHostname (batch of ${BATCH})`, () => {
  for (const name of sample)
    sink += validateHostname(`${name.length}abc.tamdao.vinhphuc.gov.vn`).issues.length;
});
micro.add(`slugify (batch of ${BATCH})`, () => {
  for (const name of sample) sink += slugify(name, { locale: 'vi', lower: true, strict: true }).length;
});
await micro.run();

const ms = (b: Bench, prefix: string): number => {
  const t = b.tasks.find((x) => x.name.startsWith(prefix));
  if (t?.result.state !== 'completed') throw new Error(`${prefix}: not completed`);
  return t.result.period;
};
console.log('\nPlanning (ms per run, mean):');
for (const t of bench.tasks) {
  if (t.result.state === 'completed')
    console.log(`  ${t.name}: ${t.result.period.toFixed(1)} ms (p99 ${t.result.latency.p99?.toFixed(1)} ms)`);
}
const plan = ms(bench, 'planHostnames 2025-03: 10731');
const slug = ms(bench, 'slugify loop');
console.log(
  `  ratio planHostnames (10,731 units) / slugify loop: ${(plan / slug).toFixed(1)}× (goal ≤ 100 ms: ${plan <= 100 ? 'met' : 'NOT met'})`,
);
// CPU time of the process per run (less sensitive than wall time to other processes on a busy machine).
const cpu: number[] = [];
for (let k = 0; k < 20; k++) {
  const c0 = process.cpuUsage();
  for (const units of oldUnits)
    sink += planHostnames(units, { scheme: HOSTNAMES_VP_32_2023 }).assignments.length;
  const c = process.cpuUsage(c0);
  cpu.push((c.user + c.system) / 1000);
}
cpu.sort((a, b) => a - b);
console.log(
  `  planHostnames 2025-03 (10,731 units), CPU time per run: median ${cpu[10]?.toFixed(1)} ms, min ${cpu[0]?.toFixed(1)} ms`,
);
console.log('\nPer call (µs):');
for (const t of micro.tasks) {
  if (t.result.state === 'completed')
    console.log(`  ${t.name}: ${((t.result.period * 1000) / BATCH).toFixed(2)} µs`);
}

// What the plain loop gets wrong.
const noLocale = oldNames.filter(
  (n) => /đ/i.test(n) && /dj/i.test(slugify(n, { lower: true, strict: true })),
).length;
let merged = 0;
for (const p of old.provinces) {
  for (const d of old.childrenOf(p.code)) {
    const seen = new Set<string>();
    for (const c of old.childrenOf(d.code)) {
      const s = slugify(c.name, { locale: 'vi', lower: true, strict: true, replacement: '' });
      if (seen.has(s)) merged++;
      seen.add(s);
    }
  }
}
console.log(
  `\nslugify without locale 'vi' turns Đ into "dj" in ${noLocale} of ${oldNames.length} commune names;`,
);
console.log(
  `with locale 'vi', ${merged} communes silently share a label with a sibling (planHostnames reports and resolves them).`,
);

async function size(entry: string): Promise<number> {
  const out = await build({
    entryPoints: [entry],
    bundle: true,
    minify: true,
    format: 'esm',
    platform: 'browser',
    write: false,
    logLevel: 'silent',
  });
  return gzipSync(out.outputFiles[0]?.contents ?? new Uint8Array(), { level: 9 }).length;
}
const kb = (n: number): string => `${(n / 1024).toFixed(1)} kB`;
console.log(
  `\nBundle (min+gzip): vn-portal-kit/domains ${kb(await size('src/domains/index.ts'))}, vn-portal-kit/units ${kb(await size('src/units/index.ts'))}, profiles/hostnames ${kb(await size('src/profiles/hostnames/index.ts'))}`,
);
if (sink === -1) console.log(sink);
