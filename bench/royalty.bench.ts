// Royalty lines per second: calculateRoyalty (exact integer arithmetic, validated input, clamped to the maxima,
// with and without the bilingual trace) against the spreadsheet formula finance offices use today (floats,
// Math.round): no npm library computes Vietnamese royalties, so that formula is the baseline. Each task computes
// and sums a batch of LINES lines. Besides tinybench's wall-clock rates it prints lines per CPU-second of this
// process (process.cpuUsage), which is steadier on a shared, loaded machine.
// Run: node --import tsx bench/royalty.bench.ts
import { Bench } from 'tinybench';
import { calculateRoyalty, royaltyStatement } from '../src/royalty/index.js';

const LINES = 10_000;
const genres = ['tin', 'anh', 'chinh-luan', 'phong-su', 'media'] as const;
const rows = Array.from({ length: LINES }, (_, i) => ({
  genre: genres[i % genres.length]!,
  coefficient: (((i * 7919) % 100) + 1) / 10,
  publishedOn: i % 2 === 0 ? '2026-06-30' : '2026-11-25',
  // commissioned before 2026-09-01: the ND 18/2014 coefficient path (ND 287/2026 Art. 19.1)
  commissionedOn: '2026-06-20',
}));
// Built as literals, like parsed JSON: V8 reads objects made by `{ ...spread }` ~10× slower when many of the
// optional properties are absent (uncached negative lookups), which would measure V8, not this library.
const quietRows = rows.map((r) => ({
  genre: r.genre,
  coefficient: r.coefficient,
  publishedOn: r.publishedOn,
  commissionedOn: r.commissionedOn,
  explain: false,
}));
const salaryOf = (d: string) => (d >= '2026-07-01' ? 2_530_000 : 2_340_000);
const entries = rows.map((r, i) => ({
  author: `Tác giả ${i % 97}`,
  genre: r.genre,
  amount: i * 13,
  publishedOn: r.publishedOn,
}));

let sink = 0;
const tasks: [string, () => void][] = [
  [
    'baseline: spreadsheet formula (float, Math.round)',
    () => {
      let sum = 0;
      for (const r of rows) sum += Math.round(r.coefficient * salaryOf(r.publishedOn) * 0.1);
      sink += sum;
    },
  ],
  [
    'calculateRoyalty, explain: false',
    () => {
      let sum = 0;
      for (const r of quietRows) {
        const x = calculateRoyalty(r);
        if (x.ok) sum += x.value.amount;
      }
      sink += sum;
    },
  ],
  [
    'calculateRoyalty with the bilingual breakdown',
    () => {
      let sum = 0;
      for (const r of rows) {
        const x = calculateRoyalty(r);
        if (x.ok) sum += x.value.amount;
      }
      sink += sum;
    },
  ],
  [
    'royaltyStatement (10,000 entries, half in the quarter)',
    () => {
      const s = royaltyStatement(entries, '2026-Q4');
      if (s.ok) sink += s.value.total;
    },
  ],
];

const bench = new Bench({ time: 1_500, warmupTime: 300 });
for (const [name, fn] of tasks) bench.add(name, fn);
await bench.run();

function cpuRate(fn: () => void): number {
  for (let i = 0; i < 20; i++) fn();
  const start = process.cpuUsage();
  let runs = 0;
  let used = 0;
  while (used < 1_500_000) {
    fn();
    runs++;
    const u = process.cpuUsage(start);
    used = u.user + u.system;
  }
  return (runs * LINES) / (used / 1e6);
}

const rowsOut = bench.tasks.map((task, i) => {
  const r = task.result;
  if (r.state !== 'completed') throw new Error(`${task.name}: ${r.state}`);
  return { name: task.name, wall: (1000 / r.period) * LINES, cpu: cpuRate(tasks[i]![1]) };
});
const fmt = (n: number) => Math.round(n).toLocaleString('en-US').padStart(13);
console.log(
  `${'task'.padEnd(56)} ${'lines/s wall'.padStart(13)} ${'lines/CPU-s'.padStart(13)}  vs baseline (CPU)`,
);
for (const r of rowsOut) {
  console.log(`${r.name.padEnd(56)} ${fmt(r.wall)} ${fmt(r.cpu)}  ${(r.cpu / rowsOut[0]!.cpu).toFixed(4)}×`);
}
const quiet = rowsOut[1]!;
console.log(
  `\n1 million royalty lines computed and summed: ${(1e6 / quiet.cpu).toFixed(3)} CPU-s ` +
    `(${(1e6 / quiet.wall).toFixed(3)} s wall) with explain: false`,
);
if (sink === 0) console.log('(sink)');
