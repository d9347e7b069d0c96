// computeDeadline with its trace, without it (`explain: false`, what the compliance audit uses), and
// addWorkingDays, for n = 1, 10, 100, 1000 working days. Goal: the trace-free due date costs about what
// addWorkingDays costs (< 2 µs) and stays flat in n; the trace is paid only when asked for.
// Run: node --import tsx bench/deadline.bench.ts
import { Bench } from 'tinybench';
import { addWorkingDays, computeDeadline } from '../src/calendar/index.js';
import { civilDateToDays, daysToCivilDate } from '../src/core/index.js';

const BATCH = 1000;
const first = civilDateToDays('2019-01-01');
const starts = Array.from({ length: BATCH }, (_, i) => daysToCivilDate(first + ((i * 7919) % 2900)));
const instants = starts.map((s) => new Date(`${s}T09:30:00+07:00`));
let sink = 0;

const bench = new Bench({ time: 600, warmupTime: 150 });
const NS = [1, 10, 100, 1000];
for (const n of NS) {
  const rule = { kind: 'working-days', days: n } as const;
  bench.add(`addWorkingDays n=${n}`, () => {
    for (const s of starts) {
      const r = addWorkingDays(s, n);
      if (r.ok) sink += r.value.length;
    }
  });
  bench.add(`computeDeadline explain:false n=${n}`, () => {
    for (const d of instants) {
      const r = computeDeadline(d, rule, { explain: false });
      if (r.ok) sink += r.value.dueDate.length;
    }
  });
  bench.add(`computeDeadline (trace) n=${n}`, () => {
    for (const d of instants) {
      const r = computeDeadline(d, rule);
      if (r.ok) sink += r.value.trace.length;
    }
  });
}
await bench.run();
const us = (name: string): number => {
  const t = bench.tasks.find((x) => x.name === name);
  if (t?.result.state !== 'completed') throw new Error(`${name}: not completed`);
  return (t.result.period * 1000) / BATCH;
};
console.log('µs per call          addWorkingDays   computeDeadline explain:false   computeDeadline (trace)');
for (const n of NS) {
  console.log(
    `  n=${String(n).padEnd(5)}          ${us(`addWorkingDays n=${n}`).toFixed(3).padStart(8)}   ${us(`computeDeadline explain:false n=${n}`).toFixed(3).padStart(26)}   ${us(`computeDeadline (trace) n=${n}`).toFixed(1).padStart(22)}`,
  );
}
if (sink === 42) console.log('');
