// Generates src/calendar/data/lunarTable.ts, the compact per-year table of the Vietnamese lunar calendar
// (âm lịch) 1899–2199, from the astronomy (facts/calendar.md §4):
//   1. a lunar month starts on the civil day (UTC+07:00) that contains the new moon;
//   2. the winter solstice is always in month 11;
//   3. a solstice-to-solstice span of 13 months has a leap month: the first month with no major solar term
//      (the sun's apparent longitude reaching a multiple of 30°), numbered like the month before it.
// Astronomy from Jean Meeus, Astronomical Algorithms (2nd ed.): ch. 49 (new moon: mean phase + periodic and
// planetary corrections), ch. 25 (apparent solar longitude), ch. 22 (main nutation terms), and the ΔT
// polynomials of Espenak & Meeus (NASA Five Millennium Canon). Written for this project from the formulas.
//
// Usage: `node --import tsx scripts/generate-lunar-table.ts` (writes the file) or `--check` (exit 1 if stale).
// The test test/calendar/lunarTable.test.ts regenerates the table and compares it with the shipped one.

import { readFileSync, writeFileSync } from 'node:fs';

/** Degrees to radians. */
const RAD = Math.PI / 180;
const sinD = (deg: number): number => Math.sin(deg * RAD);
const norm360 = (deg: number): number => ((deg % 360) + 360) % 360;

/** ΔT = TT − UT in seconds for a decimal year (Espenak & Meeus polynomials, 1860–2200+). */
export function deltaTSeconds(year: number): number {
  if (year < 1900) {
    const t = year - 1860;
    return (
      7.62 + 0.5737 * t - 0.251754 * t ** 2 + 0.01680668 * t ** 3 - 0.0004473624 * t ** 4 + t ** 5 / 233174
    );
  }
  if (year < 1920) {
    const t = year - 1900;
    return -2.79 + 1.494119 * t - 0.0598939 * t ** 2 + 0.0061966 * t ** 3 - 0.000197 * t ** 4;
  }
  if (year < 1941) {
    const t = year - 1920;
    return 21.2 + 0.84493 * t - 0.0761 * t ** 2 + 0.0020936 * t ** 3;
  }
  if (year < 1961) {
    const t = year - 1950;
    return 29.07 + 0.407 * t - t ** 2 / 233 + t ** 3 / 2547;
  }
  if (year < 1986) {
    const t = year - 1975;
    return 45.45 + 1.067 * t - t ** 2 / 260 - t ** 3 / 718;
  }
  if (year < 2005) {
    const t = year - 2000;
    return (
      63.86 +
      0.3345 * t -
      0.060374 * t ** 2 +
      0.0017275 * t ** 3 +
      0.000651814 * t ** 4 +
      0.00002373599 * t ** 5
    );
  }
  if (year < 2050) {
    const t = year - 2000;
    return 62.92 + 0.32217 * t + 0.005589 * t ** 2;
  }
  const u = (year - 1820) / 100;
  if (year < 2150) return -20 + 32 * u * u - 0.5628 * (2150 - year);
  return -20 + 32 * u * u;
}

const jdToYear = (jd: number): number => 2000 + (jd - 2451545) / 365.25;

/** Julian Ephemeris Day (TT) of the true new moon number `k` (k = 0: 2000-01-06), Meeus ch. 49. */
export function newMoonJde(k: number): number {
  const T = k / 1236.85;
  const T2 = T * T;
  const T3 = T2 * T;
  const T4 = T3 * T;
  let jde = 2451550.09766 + 29.530588861 * k + 0.00015437 * T2 - 0.00000015 * T3 + 0.00000000073 * T4;
  const E = 1 - 0.002516 * T - 0.0000074 * T2;
  const M = 2.5534 + 29.1053567 * k - 0.0000014 * T2 - 0.00000011 * T3;
  const Mp = 201.5643 + 385.81693528 * k + 0.0107582 * T2 + 0.00001238 * T3 - 0.000000058 * T4;
  const F = 160.7108 + 390.67050284 * k - 0.0016118 * T2 - 0.00000227 * T3 + 0.000000011 * T4;
  const Om = 124.7746 - 1.56375588 * k + 0.0020672 * T2 + 0.00000215 * T3;
  jde +=
    -0.4072 * sinD(Mp) +
    0.17241 * E * sinD(M) +
    0.01608 * sinD(2 * Mp) +
    0.01039 * sinD(2 * F) +
    0.00739 * E * sinD(Mp - M) -
    0.00514 * E * sinD(Mp + M) +
    0.00208 * E * E * sinD(2 * M) -
    0.00111 * sinD(Mp - 2 * F) -
    0.00057 * sinD(Mp + 2 * F) +
    0.00056 * E * sinD(2 * Mp + M) -
    0.00042 * sinD(3 * Mp) +
    0.00042 * E * sinD(M + 2 * F) +
    0.00038 * E * sinD(M - 2 * F) -
    0.00024 * E * sinD(2 * Mp - M) -
    0.00017 * sinD(Om) -
    0.00007 * sinD(Mp + 2 * M) +
    0.00004 * sinD(2 * Mp - 2 * F) +
    0.00004 * sinD(3 * M) +
    0.00003 * sinD(Mp + M - 2 * F) +
    0.00003 * sinD(2 * Mp + 2 * F) -
    0.00003 * sinD(Mp + M + 2 * F) +
    0.00003 * sinD(Mp - M + 2 * F) -
    0.00002 * sinD(Mp - M - 2 * F) -
    0.00002 * sinD(3 * Mp + M) +
    0.00002 * sinD(4 * Mp);
  // Planetary arguments (Meeus table 49.B), all phases.
  const planetary: readonly (readonly [number, number, number])[] = [
    [0.000325, 299.77, 0.107408],
    [0.000165, 251.88, 0.016321],
    [0.000164, 251.83, 26.651886],
    [0.000126, 349.42, 36.412478],
    [0.00011, 84.66, 18.206239],
    [0.000062, 141.74, 53.303771],
    [0.00006, 207.14, 2.453732],
    [0.000056, 154.84, 7.30686],
    [0.000047, 34.52, 27.261239],
    [0.000042, 207.19, 0.121824],
    [0.00004, 291.34, 1.844379],
    [0.000037, 161.72, 24.198154],
    [0.000035, 239.56, 25.513099],
    [0.000023, 331.55, 3.592518],
  ];
  for (let i = 0; i < planetary.length; i++) {
    const [amp, a0, rate] = planetary[i] as readonly [number, number, number];
    const arg = a0 + rate * k - (i === 0 ? 0.009173 * T2 : 0);
    jde += amp * sinD(arg);
  }
  return jde;
}

/** Apparent geocentric longitude of the Sun in degrees at a JDE (Meeus ch. 25, nutation from ch. 22). */
export function solarLongitude(jde: number): number {
  const T = (jde - 2451545) / 36525;
  const L0 = 280.46646 + 36000.76983 * T + 0.0003032 * T * T;
  const M = 357.52911 + 35999.05029 * T - 0.0001537 * T * T;
  const C =
    (1.914602 - 0.004817 * T - 0.000014 * T * T) * sinD(M) +
    (0.019993 - 0.000101 * T) * sinD(2 * M) +
    0.000289 * sinD(3 * M);
  const trueLongitude = L0 + C;
  // Nutation in longitude (main terms, arc-seconds) and aberration (−20.4898″ / R, R ≈ 1 AU).
  const omega = 125.04452 - 1934.136261 * T;
  const Lsun = 280.4665 + 36000.7698 * T;
  const Lmoon = 218.3165 + 481267.8813 * T;
  const dPsi = -17.2 * sinD(omega) - 1.32 * sinD(2 * Lsun) - 0.23 * sinD(2 * Lmoon) + 0.21 * sinD(2 * omega);
  const e = 0.016708634 - 0.000042037 * T;
  const v = M + C;
  const R = (1.000001018 * (1 - e * e)) / (1 + e * Math.cos(v * RAD));
  return norm360(trueLongitude + dPsi / 3600 - 20.4898 / 3600 / R);
}

/** The JDE at which the Sun's apparent longitude reaches `target` degrees, near `guess`. */
export function solarLongitudeTime(target: number, guess: number): number {
  let jde = guess;
  for (let i = 0; i < 50; i++) {
    let diff = target - solarLongitude(jde);
    diff = ((((diff + 180) % 360) + 360) % 360) - 180;
    const step = diff / 0.98564736;
    jde += step;
    if (Math.abs(step) < 1e-7) break;
  }
  return jde;
}

/** JDE (TT) to UT Julian day. */
export function jdeToJdUt(jde: number): number {
  return jde - deltaTSeconds(jdToYear(jde)) / 86400;
}

/** Days since 1970-01-01 of the civil day containing a UT Julian day, in a zone `offsetHours` east of UTC. */
export function localDay(jdUt: number, offsetHours: number): number {
  return Math.floor(jdUt + 0.5 + offsetHours / 24) - 2440588;
}

/** Civil day (days since 1970-01-01) of new moon number k in the zone. */
export function newMoonDay(k: number, offsetHours: number): number {
  return localDay(jdeToJdUt(newMoonJde(k)), offsetHours);
}

/** JD (UT, noon-based) of a day number (days since 1970-01-01) at 00:00 UT. */
const dayToJd = (day: number): number => day + 2440587.5;

/** Civil day of the winter solstice (270°) of Gregorian year `year` in the zone. */
export function winterSolsticeDay(year: number, offsetHours: number): number {
  const guessDay = Math.floor((year - 1970) * 365.2425) + 354; // about 21 December
  const jde = solarLongitudeTime(270, dayToJd(guessDay));
  return localDay(jdeToJdUt(jde), offsetHours);
}

/** The new moon number whose civil day is the last one on or before `day`. */
export function newMoonOnOrBefore(day: number, offsetHours: number): number {
  let k = Math.floor((dayToJd(day) - 2451550.09766) / 29.530588861) + 1;
  while (newMoonDay(k, offsetHours) > day) k--;
  while (newMoonDay(k + 1, offsetHours) <= day) k++;
  return k;
}

/** One lunar month as the generator computes it. */
export interface GeneratedMonth {
  /** Civil day (days since 1970-01-01) of day 1 of the month. */
  readonly start: number;
  readonly length: 29 | 30;
  readonly month: number;
  readonly leap: boolean;
  /** The lunar year the month belongs to. */
  readonly year: number;
}

/** Whether the Sun's apparent longitude reaches a multiple of 30° on a civil day in [fromDay, toDay). */
function hasMajorTerm(fromDay: number, toDay: number, offsetHours: number): boolean {
  // Longitude at the start of both civil days (00:00 local = −offset hours UT), in TT for the theory.
  const at = (day: number): number => {
    const jdUt = dayToJd(day) - offsetHours / 24;
    return solarLongitude(jdUt + deltaTSeconds(jdToYear(jdUt)) / 86400);
  };
  const a = Math.floor(at(fromDay) / 30);
  const b = Math.floor(at(toDay) / 30);
  return a !== b;
}

/**
 * The months from month 11 of lunar year `year − 1` (the month containing the winter solstice of
 * Gregorian year `year − 1`) up to, not including, month 11 of lunar year `year`.
 */
export function solsticeCycle(year: number, offsetHours: number): GeneratedMonth[] {
  const k0 = newMoonOnOrBefore(winterSolsticeDay(year - 1, offsetHours), offsetHours);
  const k1 = newMoonOnOrBefore(winterSolsticeDay(year, offsetHours), offsetHours);
  const count = k1 - k0;
  const starts: number[] = [];
  for (let k = k0; k <= k1; k++) starts.push(newMoonDay(k, offsetHours));
  let leapIndex = -1;
  if (count === 13) {
    for (let i = 1; i < count; i++) {
      if (!hasMajorTerm(starts[i] as number, starts[i + 1] as number, offsetHours)) {
        leapIndex = i;
        break;
      }
    }
  } else if (count !== 12) {
    throw new Error(`solstice cycle ${year}: ${count} months`);
  }
  const months: GeneratedMonth[] = [];
  let number = 11;
  for (let i = 0; i < count; i++) {
    const leap = i === leapIndex;
    if (i > 0 && !leap) number = number === 12 ? 1 : number + 1;
    const start = starts[i] as number;
    const length = ((starts[i + 1] as number) - start) as 29 | 30;
    months.push({ start, length, month: number, leap, year: number >= 11 ? year - 1 : year });
  }
  return months;
}

/** Every lunar month of lunar years `from`…`to` (each from its month 1 to its last month). */
export function generateMonths(from: number, to: number, offsetHours = 7): GeneratedMonth[] {
  const all: GeneratedMonth[] = [];
  for (let y = from; y <= to + 1; y++) all.push(...solsticeCycle(y, offsetHours));
  return all.filter((m) => m.year >= from && m.year <= to);
}

/** First and last lunar years of the table (1899 covers January 1900 before Tết). */
export const TABLE_FIRST_YEAR = 1899;
export const TABLE_LAST_YEAR = 2199;

const daysFromCivilJan1 = (year: number): number => {
  const y = year - 1;
  const era = Math.floor(y / 400);
  const yoe = y - era * 400;
  const doe = yoe * 365 + Math.floor(yoe / 4) - Math.floor(yoe / 100) + 306;
  return era * 146097 + doe - 719468;
};

/**
 * Encodes lunar years into the compact table: per year 25 bits as 5 base-32 characters:
 * bits 0–12 month lengths (bit i set: month position i has 30 days), bits 13–16 leap-month position
 * (0 = none; position p means the p-th month after month 1, i.e. the leap month follows month p),
 * bits 17–24 Tết's offset from 1 January.
 */
export function encodeLunarTable(from: number, to: number, offsetHours = 7): string {
  const months = generateMonths(from, to, offsetHours);
  let out = '';
  for (let y = from; y <= to; y++) {
    const ym = months.filter((m) => m.year === y);
    const first = ym[0];
    if (first?.month !== 1 || first.leap) throw new Error(`lunar year ${y} does not start with month 1`);
    let bits = 0;
    let leapPos = 0;
    ym.forEach((m, i) => {
      if (m.length === 30) bits |= 1 << i;
      if (m.leap) leapPos = i;
    });
    const tetOffset = first.start - daysFromCivilJan1(y);
    if (tetOffset < 0 || tetOffset > 255) throw new Error(`Tết offset ${tetOffset} in ${y}`);
    const word = bits | (leapPos << 13) | (tetOffset << 17);
    out += word.toString(32).padStart(5, '0');
  }
  return out;
}

/** The TypeScript source of src/calendar/data/lunarTable.ts. */
export function lunarTableSource(): string {
  const table = encodeLunarTable(TABLE_FIRST_YEAR, TABLE_LAST_YEAR);
  const lines: string[] = [];
  for (let i = 0; i < table.length; i += 100) lines.push(`  '${table.slice(i, i + 100)}'`);
  return [
    '// Generated by scripts/generate-lunar-table.ts from the astronomy (Meeus; UTC+07:00). Do not edit.',
    '// Per lunar year 5 base-32 characters: bits 0–12 month lengths (set = 30 days), 13–16 leap-month',
    '// position (0 = none), 17–24 offset of Tết (lunar 1/1) from 1 January.',
    '',
    `/** First lunar year of {@link LUNAR_TABLE}. */`,
    `export const LUNAR_TABLE_FIRST_YEAR = ${TABLE_FIRST_YEAR};`,
    `/** Last lunar year of {@link LUNAR_TABLE}. */`,
    `export const LUNAR_TABLE_LAST_YEAR = ${TABLE_LAST_YEAR};`,
    '/** The packed table (see the header). */',
    'export const LUNAR_TABLE: string =',
    `${lines.join(' +\n')};`,
    '',
  ].join('\n');
}

/** A new moon within `withinSeconds` of local midnight: the day it falls on and its local time. */
export interface NearMidnightNewMoon {
  /** Local civil date of the new moon (UTC+offset). */
  readonly date: string;
  /** Local time, HH:MM:SS. */
  readonly time: string;
  /** Signed seconds from the nearest midnight (negative: before it). */
  readonly offsetSeconds: number;
}

const isoOfDay = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

/**
 * Every new moon of the years `[from, to]` whose computed instant (this generator's own newMoonJde and ΔT) lies
 * within `withinSeconds` of midnight in the zone: the months whose first day a small error could move.
 */
export function nearMidnightNewMoons(
  from: number,
  to: number,
  withinSeconds = 60,
  offsetHours = 7,
): NearMidnightNewMoon[] {
  const out: NearMidnightNewMoon[] = [];
  const kFirst = Math.floor((from - 2000) * 12.3685) - 2;
  const kLast = Math.ceil((to + 1 - 2000) * 12.3685) + 2;
  for (let k = kFirst; k <= kLast; k++) {
    const local = jdeToJdUt(newMoonJde(k)) + 0.5 + offsetHours / 24;
    const day = Math.floor(local);
    const seconds = Math.round((local - day) * 86_400);
    const offset = seconds > 43_200 ? seconds - 86_400 : seconds;
    if (Math.abs(offset) > withinSeconds) continue;
    const civil = day - 2440588;
    const date = isoOfDay(civil);
    if (Number(date.slice(0, 4)) < from || Number(date.slice(0, 4)) > to) continue;
    const s = ((seconds % 86_400) + 86_400) % 86_400;
    const hh = String(Math.floor(s / 3600)).padStart(2, '0');
    const mm = String(Math.floor((s % 3600) / 60)).padStart(2, '0');
    const ss = String(s % 60).padStart(2, '0');
    out.push({ date, time: `${hh}:${mm}:${ss}`, offsetSeconds: offset });
  }
  return out;
}

/** The Markdown list docs/calendar.md carries between its near-midnight markers. */
export function nearMidnightMarkdown(): string {
  const list = nearMidnightNewMoons(1900, 2199);
  return [
    `<!-- near-midnight:start (generated by scripts/generate-lunar-table.ts --docs; do not edit) -->`,
    `New moons within 60 s of midnight (UTC+07:00), 1900–2199, by this generator's own computation (${list.length}):`,
    ...list.map((m) => `- ${m.date} ${m.time} (${m.offsetSeconds > 0 ? '+' : ''}${m.offsetSeconds} s)`),
    '<!-- near-midnight:end -->',
  ].join('\n');
}

/** docs/calendar.md with its near-midnight block regenerated. */
export function calendarDocWithNearMidnight(doc: string): string {
  const start = doc.indexOf('<!-- near-midnight:start');
  const endMarker = '<!-- near-midnight:end -->';
  const end = doc.indexOf(endMarker);
  if (start === -1 || end === -1) throw new Error('docs/calendar.md has no near-midnight markers');
  return doc.slice(0, start) + nearMidnightMarkdown() + doc.slice(end + endMarker.length);
}

const isMain = typeof process !== 'undefined' && process.argv[1]?.endsWith('generate-lunar-table.ts');
if (isMain) {
  const target = 'src/calendar/data/lunarTable.ts';
  const source = lunarTableSource();
  if (process.argv.includes('--docs')) {
    const docPath = 'docs/calendar.md';
    writeFileSync(docPath, calendarDocWithNearMidnight(readFileSync(docPath, 'utf8')));
    console.log(`wrote the near-midnight list of ${docPath}`);
  } else if (process.argv.includes('--check')) {
    const current = readFileSync(target, 'utf8');
    if (current !== source) {
      console.error(`${target} is stale: run node --import tsx scripts/generate-lunar-table.ts`);
      process.exit(1);
    }
    console.log(`${target} is up to date`);
  } else {
    writeFileSync(target, source);
    console.log(`wrote ${target} (${TABLE_LAST_YEAR - TABLE_FIRST_YEAR + 1} lunar years)`);
  }
}
