// vn-portal-kit/calendar against what users do today.
// 1. addWorkingDays(start, n) for n = 1, 10, 100, 1000 against npm `date-holidays` (VN, filtered to public
//    holidays) + a day-by-day loop. Goal: < 2 µs per call at every n (O(1) lookups, not O(n)).
// 2. solarToLunar against npm `amlich` (the usual astronomical algorithm, computed per call). Goal: ≥ 10 M/s.
// 3. How many days of 2019–2026 `date-holidays` gets wrong against the official schedules.
// Run: node --import tsx bench/calendar.bench.ts
import { readFileSync } from 'node:fs';
// @ts-expect-error amlich ships no type declarations
import amlich from 'amlich';
import Holidays from 'date-holidays';
import { Bench } from 'tinybench';
import { addWorkingDays, isWorkingDayOrThrow, solarToLunar } from '../src/calendar/index.js';
import { addCalendarDays, civilDateToDays, daysToCivilDate } from '../src/core/index.js';

const DAY = 86_400_000;
const hd = new Holidays('VN');
/** Public holidays only ("filtered by hand"); date-holidays also flags ~20 observances by default. */
const isPublicHoliday = (d: Date): boolean => {
  const h = hd.isHoliday(d);
  return Array.isArray(h) && h.some((x) => x.type === 'public');
};
/** The usual loop: step a Date by 24 h, skip weekends and date-holidays' public holidays. */
function baselineAddWorkingDays(start: string, n: number): string {
  let t = Date.parse(`${start}T12:00:00+07:00`);
  let k = 0;
  while (k < n) {
    t += DAY;
    const d = new Date(t);
    const dow = new Date(t + 7 * 3_600_000).getUTCDay();
    if (dow === 0 || dow === 6 || isPublicHoliday(d)) continue;
    k++;
  }
  return new Date(t + 7 * 3_600_000).toISOString().slice(0, 10);
}

const BATCH = 1000;
const first = civilDateToDays('2019-01-01');
const starts = Array.from({ length: BATCH }, (_, i) => daysToCivilDate(first + ((i * 7919) % 2900)));
let sink = 0;

const fast = new Bench({ time: 1000, warmupTime: 200 });
for (const n of [1, 10, 100, 1000]) {
  fast.add(`addWorkingDays n=${n} (batch of ${BATCH})`, () => {
    for (const s of starts) {
      const r = addWorkingDays(s, n);
      if (r.ok) sink += r.value.length;
    }
  });
}
fast.add(`solarToLunar (batch of ${BATCH})`, () => {
  for (const s of starts) {
    const r = solarToLunar(s);
    if (r.ok) sink += r.value.day;
  }
});
const parts = starts.map(
  (s) => [Number(s.slice(8, 10)), Number(s.slice(5, 7)), Number(s.slice(0, 4))] as const,
);
fast.add(`amlich.convertSolar2Lunar (batch of ${BATCH})`, () => {
  for (const [d, m, y] of parts) sink += (amlich.convertSolar2Lunar(d, m, y, 7) as number[])[0] ?? 0;
});
await fast.run();

const slow = new Bench({ time: 300, iterations: 3, warmupTime: 0, warmupIterations: 1 });
for (const n of [1, 10, 100, 1000]) {
  slow.add(`date-holidays + loop n=${n}`, () => {
    sink += baselineAddWorkingDays('2026-04-24', n).length;
  });
}
await slow.run();

const perCall = (name: string, batch: number, b: Bench): number => {
  const t = b.tasks.find((x) => x.name === name);
  if (t?.result.state !== 'completed') throw new Error(`${name}: not completed`);
  return (t.result.period * 1000) / batch; // µs per call
};
console.log('addWorkingDays: µs per call (ours vs date-holidays + day loop)');
for (const n of [1, 10, 100, 1000]) {
  const ours = perCall(`addWorkingDays n=${n} (batch of ${BATCH})`, BATCH, fast);
  const base = perCall(`date-holidays + loop n=${n}`, 1, slow);
  console.log(
    `  n=${String(n).padEnd(5)} ours ${ours.toFixed(3).padStart(8)} µs  (${Math.round(1e6 / ours).toLocaleString('en-US')} ops/s)   ` +
      `baseline ${base.toFixed(0).padStart(9)} µs   ratio ${Math.round(base / ours).toLocaleString('en-US')}×`,
  );
}
const lunar = perCall(`solarToLunar (batch of ${BATCH})`, BATCH, fast);
const aml = perCall(`amlich.convertSolar2Lunar (batch of ${BATCH})`, BATCH, fast);
console.log(
  `solarToLunar: ${Math.round(1e6 / lunar).toLocaleString('en-US')} conversions/s; amlich ${Math.round(1e6 / aml).toLocaleString('en-US')}/s; ratio ${(aml / lunar).toFixed(1)}×`,
);

// Accuracy of date-holidays against the official schedules 2019–2026 (day by day).
const official = JSON.parse(readFileSync('src/calendar/data/vn-civil-service-2019-2026.json', 'utf8')) as {
  years: Record<string, { blocks: { weekdaysOff: string[] }[]; workedSaturdays: string[] }>;
};
let weekdaysCalledWorking = 0;
let workedSaturdaysCalledOff = 0;
let workingDaysCalledOff = 0;
let oursWrong = 0;
const offDays = new Set(Object.values(official.years).flatMap((y) => y.blocks.flatMap((b) => b.weekdaysOff)));
const worked = new Set(Object.values(official.years).flatMap((y) => y.workedSaturdays));
for (let d = '2019-01-01'; d <= '2026-12-31'; d = addCalendarDays(d, 1)) {
  const noon = new Date(`${d}T12:00:00+07:00`);
  const dow = (civilDateToDays(d) + 4) % 7;
  const officialWorking = worked.has(d) || (dow !== 0 && dow !== 6 && !offDays.has(d));
  const dhWorking = dow !== 0 && dow !== 6 && !isPublicHoliday(noon);
  if (!officialWorking && dhWorking) weekdaysCalledWorking++;
  if (officialWorking && !dhWorking && (dow === 6 || dow === 0)) workedSaturdaysCalledOff++;
  else if (officialWorking && !dhWorking) workingDaysCalledOff++;
  if (isWorkingDayOrThrow(d) !== officialWorking) oursWrong++;
}
console.log(
  `date-holidays vs official 2019–2026: ${weekdaysCalledWorking} days off called working, ${workedSaturdaysCalledOff} worked Saturdays called off, ` +
    `${workingDaysCalledOff} working days called off (total ${weekdaysCalledWorking + workedSaturdaysCalledOff + workingDaysCalledOff}); vn-portal-kit: ${oursWrong}`,
);
if (sink === 42) console.log('');
