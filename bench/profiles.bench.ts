// What the profile layer costs: deadlineFor (rule selection by category and trigger, citation, then the calendar)
// against calling computeDeadline directly with a rule typed by hand (the baseline: what a vendor does today
// after reading the PDF), and defineProfile (full validation of a regulation) against zod's bare safeParse.
// Run: node --import tsx bench/profiles.bench.ts
import { Bench } from 'tinybench';
import { computeDeadline } from '../src/calendar/index.js';
import { addCalendarDays } from '../src/core/index.js';
import { deadlineFor, defineProfile, getProfile, ProfileSchema } from '../src/profiles/index.js';

const vp = getProfile('vinh-phuc-32-2023')!;
const days = Array.from({ length: 1000 }, (_, i) => addCalendarDays('2024-01-01', (i * 37) % 1000));
let sink = 0;
let i = 0;
const next = () => days[i++ % days.length]!;

const bench = new Bench({ time: 1000 });
bench
  .add('baseline: computeDeadline with a hand-typed rule', () => {
    const r = computeDeadline(next(), { kind: 'working-days', days: 7 });
    if (r.ok) sink += r.value.dueDate.length;
  })
  .add('deadlineFor(vinh-phuc-32-2023, legal-documents, normative)', () => {
    const r = deadlineFor(vp, 'legal-documents', next(), { trigger: 'normative' });
    if (r.ok) sink += r.value.deadline.dueDate.length;
  })
  .add('baseline: ProfileSchema.safeParse (shape only)', () => {
    sink += ProfileSchema.safeParse(vp).success ? 1 : 0;
  })
  .add('defineProfile (shape, cross-field rules, bilingual issues)', () => {
    sink += defineProfile(vp).ok ? 1 : 0;
  });

await bench.run();
const rows = bench.tasks.map((t) => {
  const hz = t.result && 'throughput' in t.result ? t.result.throughput.mean : 0;
  return { name: t.name, 'ops/s': Math.round(hz) };
});
console.table(rows);
const ratio = (a: number, b: number) => ((rows[b]?.['ops/s'] ?? 0) / (rows[a]?.['ops/s'] || 1)).toFixed(2);
console.log(`deadlineFor / computeDeadline: ${ratio(0, 1)}×; defineProfile / safeParse: ${ratio(2, 3)}×`);
if (sink === -1) console.log(sink);
