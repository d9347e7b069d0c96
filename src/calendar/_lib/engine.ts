import { type Citation, daysFromCivil, daysToCivilDate, type LocalizedText } from '../../core/index.js';
import { OFFICIAL_SCHEDULE, type OfficialYear } from '../data/officialSchedule.js';
import {
  type HolidayOccasion,
  type HolidayRule,
  NATIONAL_DAY_ADJACENT_RULE,
  type TetSpanRule,
  VN_HOLIDAY_RULES,
} from '../holidayRules.js';
import { FIRST_YEAR as LUNAR_FIRST, MONTH_COUNT, monthStart, positionOf } from './lunar.js';

/** First and last civil years of the working-day calendar. */
export const CAL_FIRST_YEAR = 2007;
export const CAL_LAST_YEAR = 2199;
export const CAL_FIRST_DAY: number = daysFromCivil(CAL_FIRST_YEAR, 1, 1);
export const CAL_LAST_DAY: number = daysFromCivil(CAL_LAST_YEAR, 12, 31);

/** Kinds of days off. */
export type HolidayKind = 'statutory' | 'compensatory' | 'swap-day-off' | 'break';
/** Whether a day comes from a published schedule or from the rules. */
export type HolidayStatus = 'official' | 'provisional';

/** One day off (internal form, day numbers). */
export interface HolidayEntry {
  readonly day: number;
  readonly name: LocalizedText;
  readonly kind: HolidayKind;
  readonly status: HolidayStatus;
  readonly citation: Citation;
  readonly occasion: HolidayOccasion | 'swap' | 'announced';
  readonly compensatesFor?: number;
  readonly restDay: boolean;
}

/** A worked day (a Saturday worked in exchange for a swap, or an announced working day). */
export interface WorkedEntry {
  readonly day: number;
  readonly name: LocalizedText;
  readonly status: HolidayStatus;
  readonly citation: Citation;
  readonly replaces?: number;
}

/** Office-hour window in minutes of the day. */
export interface MinuteWindow {
  readonly start: number;
  readonly end: number;
}

/** A seasonal or dated office-hour period, normalised. */
export interface NormalPeriod {
  /** `'MM-DD'` recurring or `'YYYY-MM-DD'` one-off (compared as strings of the same shape). */
  readonly from: string;
  readonly to: string;
  readonly recurring: boolean;
  readonly windows: readonly MinuteWindow[];
}

/** Normalised options of a calendar. */
export interface NormalOptions {
  readonly restDays: readonly boolean[];
  readonly officialSchedule: boolean;
  readonly cultureDay: boolean;
  readonly announcements: readonly {
    readonly day: number;
    readonly type: 'day-off' | 'working-day';
    readonly name: LocalizedText;
    readonly citation: Citation;
    readonly kind: HolidayKind;
    readonly status: HolidayStatus;
  }[];
  readonly windows: readonly MinuteWindow[];
  readonly periods: readonly NormalPeriod[];
  readonly saturdayReception: null | {
    readonly windows: readonly MinuteWindow[];
    readonly countsAsWorkingDay: boolean;
  };
}

/** The compiled calendar: O(1) working-day queries over 2007–2199. */
export interface Compiled {
  /** 1 = working day, per day from CAL_FIRST_DAY. */
  readonly working: Uint8Array;
  /** prefix[i] = number of working days among the first i days of the range. */
  readonly prefix: Int32Array;
  /** Day numbers of the working days, in order. */
  readonly workingDays: Int32Array;
  readonly holidays: ReadonlyMap<number, readonly HolidayEntry[]>;
  readonly worked: ReadonlyMap<number, readonly WorkedEntry[]>;
  /** Holidays and worked days by civil year. */
  readonly holidaysByYear: ReadonlyMap<number, readonly HolidayEntry[]>;
  readonly workedByYear: ReadonlyMap<number, readonly WorkedEntry[]>;
  readonly officialYears: ReadonlySet<number>;
}

const weekday = (day: number): number => (((day + 4) % 7) + 7) % 7;
const yearOfDay = (day: number): number => Number(daysToCivilDate(day).slice(0, 4));

/** Decodes a list of MMDD (`<MMDD` = previous year) of an official year into day numbers. */
const decode = (list: string, year: number): number[] =>
  list === ''
    ? []
    : list.split(' ').map((t) => {
        const prev = t.startsWith('<');
        const md = prev ? t.slice(1) : t;
        return daysFromCivil(prev ? year - 1 : year, Number(md.slice(0, 2)), Number(md.slice(2, 4)));
      });
const officialYear = (year: number): OfficialYear | undefined => OFFICIAL_SCHEDULE[year];

const LUNAR_DAY_VI = (d: number): string => (d <= 10 ? `mùng ${d}` : `${d}`);
const LUNAR_MONTH_VI = (m: number): string =>
  m === 1 ? 'tháng Giêng' : m === 12 ? 'tháng Chạp' : `tháng ${m}`;

/** Statutory days of a year before nghỉ bù. */
interface Statutory {
  readonly day: number;
  readonly name: LocalizedText;
  readonly occasion: HolidayOccasion;
  readonly citation: Citation;
  /** The provision of the nghỉ bù when this day falls on a weekly rest day or on another holiday. */
  readonly compensatoryCitation: Citation;
  /**
   * A weekly rest day inside the Tết break: listed and named (a trace says "Tết Nguyên đán", not only "weekly
   * rest day"), but never compensated: the break's span is already set around the weekend.
   */
  readonly rest?: boolean;
}

/** Day number of a `'YYYY-MM-DD'` of the rule data. */
const dayOf = (iso: string): number =>
  daysFromCivil(Number(iso.slice(0, 4)), Number(iso.slice(5, 7)), Number(iso.slice(8, 10)));

/** Whether a statutory day falls within the dates of effect of its rule's Code. */
const inForce = (r: HolidayRule, day: number): boolean =>
  (r.inForceFrom === undefined || day >= dayOf(r.inForceFrom)) &&
  (r.inForceUntil === undefined || day < dayOf(r.inForceUntil));

function tetDay(year: number): number {
  return monthStart(year - LUNAR_FIRST, 0);
}

/** Provisional Tết span (see TET_SPAN_RULE and TET_SPAN_RULE_LC1994). */
export function provisionalTetSpan(
  year: number,
  isRest: (day: number) => boolean,
  rule: TetSpanRule,
): number[] {
  const tet = tetDay(year);
  const prevIndex = year - 1 - LUNAR_FIRST;
  const lastMonthStart = monthStart(prevIndex, (MONTH_COUNT[prevIndex] as number) - 1);
  const anchor = lastMonthStart + Math.min(rule.anchorDayOfLastMonth, tet - lastMonthStart) - 1;
  const span = (start: number): number[] => {
    const out: number[] = [];
    for (let d = start; out.length < rule.days; d++) if (rule.countsCalendarDays || !isRest(d)) out.push(d);
    return out;
  };
  if (rule.countsCalendarDays) return span(anchor);
  let start = anchor;
  while (isRest(start)) start++;
  const main = span(start);
  if (!rule.preferRestToRestBreak) return main;
  const restToRest = (s: readonly number[]): boolean =>
    isRest((s[0] as number) - 1) && isRest((s[s.length - 1] as number) + 1);
  if (restToRest(main)) return main;
  let altStart = start - 1;
  while (isRest(altStart)) altStart--;
  const alt = span(altStart);
  const mustCover: number[] = [];
  for (let d = tet - 1; d <= tet + 2; d++) if (!isRest(d)) mustCover.push(d);
  if (restToRest(alt) && mustCover.every((d) => alt.includes(d))) return alt;
  return main;
}

function officialTetSpan(year: number): number[] | undefined {
  const y = officialYear(year);
  return y ? decode(y.tet, year) : undefined;
}

function officialNationalDayAdjacent(year: number): number | undefined {
  const y = officialYear(year);
  if (!y) return undefined;
  const first = daysFromCivil(year, 9, 1);
  const third = daysFromCivil(year, 9, 3);
  return decode(y.off, year).find((d) => d === first || d === third);
}

function statutoryDays(
  year: number,
  opts: NormalOptions,
  isRest: (day: number) => boolean,
  official: boolean,
): Statutory[] {
  const out: Statutory[] = [];
  const rules = VN_HOLIDAY_RULES.filter(
    (r: HolidayRule) =>
      year >= r.fromYear && (r.toYear === undefined || year <= r.toYear) && (!r.pending || opts.cultureDay),
  );
  for (const r of rules) {
    const comp = r.compensatoryCitation;
    if (r.date.calendar === 'solar') {
      const d = daysFromCivil(year, r.date.month, r.date.day);
      if (!inForce(r, d)) continue;
      out.push({
        day: d,
        name: r.name,
        occasion: r.occasion,
        citation: r.citation,
        compensatoryCitation: comp,
      });
      if (r.occasion === 'national-day' && r.days === 2) {
        const adj =
          (official ? officialNationalDayAdjacent(year) : undefined) ??
          daysFromCivil(year, 9, NATIONAL_DAY_ADJACENT_RULE.dayByWeekday[weekday(d)] as number);
        out.push({
          day: adj,
          name: { vi: 'Quốc khánh (ngày liền kề 2/9)', en: 'National Day (day adjacent to 2 September)' },
          occasion: r.occasion,
          citation: official ? r.citation : NATIONAL_DAY_ADJACENT_RULE.citation,
          compensatoryCitation: comp,
        });
      }
    } else if (r.date.calendar === 'lunar') {
      const i = year - LUNAR_FIRST;
      const d = monthStart(i, positionOf(i, r.date.month, false)) + r.date.day - 1;
      if (!inForce(r, d)) continue;
      out.push({
        day: d,
        name: r.name,
        occasion: r.occasion,
        citation: r.citation,
        compensatoryCitation: comp,
      });
    } else {
      const tet = tetDay(year);
      if (!inForce(r, tet)) continue;
      const spanRule = r.date.span;
      const span =
        (official ? officialTetSpan(year) : undefined) ?? provisionalTetSpan(year, isRest, spanRule);
      const prevIndex = year - 1 - LUNAR_FIRST;
      const lastMonth = monthStart(prevIndex, (MONTH_COUNT[prevIndex] as number) - 1);
      // The span lists the weekdays off; the weekly rest days between its first and last day (Tết itself when
      // it falls on a weekend, as on 2024-02-10) belong to the same break and are listed too.
      for (let d = span[0] as number; d <= (span.at(-1) as number); d++) {
        const rest = !span.includes(d);
        if (rest && !isRest(d)) continue;
        const before = d < tet;
        const ld = before ? d - lastMonth + 1 : d - tet + 1;
        const lm = before ? 12 : 1;
        out.push({
          day: d,
          name: {
            vi: `${r.name.vi}, ${LUNAR_DAY_VI(ld)} ${LUNAR_MONTH_VI(lm)}`,
            en: `${r.name.en}, lunar ${ld}/${lm}`,
          },
          occasion: r.occasion,
          citation: official ? r.citation : spanRule.citation,
          compensatoryCitation: comp,
          rest,
        });
      }
    }
  }
  return out.sort((a, b) => a.day - b.day);
}

const fmtDM = (day: number): string => {
  const s = daysToCivilDate(day);
  return `${Number(s.slice(8, 10))}/${Number(s.slice(5, 7))}`;
};

/** Compiles the whole calendar for a configuration. */
export function compile(opts: NormalOptions): Compiled {
  const isRest = (day: number): boolean => opts.restDays[weekday(day)] === true;
  const holidays = new Map<number, HolidayEntry[]>();
  const worked = new Map<number, WorkedEntry[]>();
  const officialYears = new Set<number>();
  const addHoliday = (h: HolidayEntry): void => {
    const list = holidays.get(h.day);
    if (list) list.push(h);
    else holidays.set(h.day, [h]);
  };
  const addWorked = (w: WorkedEntry): void => {
    const list = worked.get(w.day);
    if (list) list.push(w);
    else worked.set(w.day, [w]);
  };

  // Official days off that are swaps (neither statutory nor nghỉ bù) and worked Saturdays, by date.
  const officialOff = new Set<number>();
  const officialSwapInfo: { day: number; saturday: number | undefined; basis: Citation }[] = [];
  if (opts.officialSchedule) {
    for (const [y, data] of Object.entries(OFFICIAL_SCHEDULE)) {
      officialYears.add(Number(y));
      for (const d of decode(data.off, Number(y))) officialOff.add(d);
    }
  }
  const swapCitation = (data: OfficialYear): Citation =>
    data.basis
      ? { id: data.basis, note: 'Government approval of the swap (civil servants only)' }
      : {
          id: 'QD-188-1999/1',
          note: 'swap approved by the Government for civil servants; document number not recorded in the shipped data',
        };

  // Announced days off also block nghỉ bù.
  const announcedOff = new Set(opts.announcements.filter((a) => a.type === 'day-off').map((a) => a.day));

  for (let year = CAL_FIRST_YEAR; year <= CAL_LAST_YEAR; year++) {
    const official = opts.officialSchedule && officialYears.has(year);
    const status: HolidayStatus = official ? 'official' : 'provisional';
    const stat = statutoryDays(year, opts, isRest, official);
    const occupied = new Set<number>();
    const compDays = new Set<number>();
    for (const s of stat) {
      const clash = occupied.has(s.day);
      occupied.add(s.day);
      addHoliday({
        day: s.day,
        name: s.name,
        kind: s.rest ? 'break' : 'statutory',
        status,
        citation: s.citation,
        occasion: s.occasion,
        restDay: isRest(s.day),
      });
      if ((isRest(s.day) && !s.rest) || clash) {
        let c = s.day + 1;
        while (
          isRest(c) ||
          compDays.has(c) ||
          stat.some((t) => t.day === c) ||
          (officialOff.has(c) && !official) ||
          announcedOff.has(c)
        )
          c++;
        compDays.add(c);
        addHoliday({
          day: c,
          name: {
            vi: `Nghỉ bù ${s.name.vi} (ngày ${fmtDM(s.day)} trùng ${clash ? 'ngày nghỉ lễ khác' : 'ngày nghỉ hằng tuần'})`,
            en: `Compensatory day off for ${s.name.en} (${fmtDM(s.day)} fell on ${clash ? 'another holiday' : 'a weekly rest day'})`,
          },
          kind: 'compensatory',
          status,
          citation: s.compensatoryCitation,
          occasion: s.occasion,
          compensatesFor: s.day,
          restDay: false,
        });
      }
    }
    if (official) {
      const data = officialYear(year) as OfficialYear;
      const swapDays: number[] = [];
      for (const d of decode(data.off, year)) {
        const y = yearOfDay(d);
        if (y < CAL_FIRST_YEAR) continue;
        const sameYearKnown = y === year && (stat.some((t) => t.day === d) || compDays.has(d));
        if (!sameYearKnown) swapDays.push(d);
      }
      const saturdays = decode(data.worked, year);
      swapDays.sort((a, b) => a - b);
      swapDays.forEach((d, k) => {
        officialSwapInfo.push({ day: d, saturday: saturdays[k], basis: swapCitation(data) });
      });
      saturdays.forEach((sat, k) => {
        const replaces = swapDays[k];
        addWorked({
          day: sat,
          name: {
            vi: `Thứ Bảy làm việc bù${replaces === undefined ? '' : ` cho ngày nghỉ hoán đổi ${daysToCivilDate(replaces)}`}`,
            en: `Saturday worked${replaces === undefined ? '' : ` in exchange for the swapped day off ${daysToCivilDate(replaces)}`}`,
          },
          status: 'official',
          citation: swapCitation(data),
          ...(replaces === undefined ? {} : { replaces }),
        });
      });
    }
  }
  for (const s of officialSwapInfo) {
    addHoliday({
      day: s.day,
      name: {
        vi: `Nghỉ hoán đổi ngày làm việc${s.saturday === undefined ? '' : ` (làm bù thứ Bảy ${daysToCivilDate(s.saturday)})`}`,
        en: `Swapped day off${s.saturday === undefined ? '' : ` (worked on Saturday ${daysToCivilDate(s.saturday)})`}`,
      },
      kind: 'swap-day-off',
      status: 'official',
      citation: s.basis,
      occasion: 'swap',
      restDay: isRest(s.day),
    });
  }
  for (const a of opts.announcements) {
    if (a.type === 'day-off') {
      addHoliday({
        day: a.day,
        name: a.name,
        kind: a.kind,
        status: a.status,
        citation: a.citation,
        occasion: 'announced',
        restDay: isRest(a.day),
      });
    } else {
      addWorked({ day: a.day, name: a.name, status: a.status, citation: a.citation });
    }
  }

  const n = CAL_LAST_DAY - CAL_FIRST_DAY + 1;
  const working = new Uint8Array(n);
  const prefix = new Int32Array(n + 1);
  const announcedWorking = new Set(
    opts.announcements.filter((a) => a.type === 'working-day').map((a) => a.day),
  );
  const reception = opts.saturdayReception?.countsAsWorkingDay === true;
  let count = 0;
  for (let i = 0; i < n; i++) {
    const day = CAL_FIRST_DAY + i;
    let w = !isRest(day);
    if (holidays.has(day)) w = false;
    else if (worked.has(day)) w = true;
    else if (reception && weekday(day) === 6) w = true;
    if (announcedWorking.has(day)) w = true;
    working[i] = w ? 1 : 0;
    prefix[i] = count;
    if (w) count++;
  }
  prefix[n] = count;
  const workingDays = new Int32Array(count);
  for (let i = 0, k = 0; i < n; i++) if (working[i]) workingDays[k++] = CAL_FIRST_DAY + i;

  const holidaysByYear = new Map<number, HolidayEntry[]>();
  for (const list of holidays.values())
    for (const h of list) {
      const y = yearOfDay(h.day);
      const arr = holidaysByYear.get(y);
      if (arr) arr.push(h);
      else holidaysByYear.set(y, [h]);
    }
  for (const arr of holidaysByYear.values())
    arr.sort((a, b) => a.day - b.day || kindOrder(a.kind) - kindOrder(b.kind));
  const workedByYear = new Map<number, WorkedEntry[]>();
  for (const list of worked.values())
    for (const w of list) {
      const y = yearOfDay(w.day);
      const arr = workedByYear.get(y);
      if (arr) arr.push(w);
      else workedByYear.set(y, [w]);
    }
  for (const arr of workedByYear.values()) arr.sort((a, b) => a.day - b.day);
  return { working, prefix, workingDays, holidays, worked, holidaysByYear, workedByYear, officialYears };
}

const kindOrder = (k: HolidayKind): number => (k === 'statutory' ? 0 : k === 'compensatory' ? 1 : 2);

/** Whether a day number is a working day (the day must be in range). */
export function isWorkingDayNumber(c: Compiled, day: number): boolean {
  return c.working[day - CAL_FIRST_DAY] === 1;
}

/** Number of working days in (from, to] (negative: −(working days in [to, from))). */
export function countBetween(c: Compiled, from: number, to: number): number {
  if (to < from) return (c.prefix[to - CAL_FIRST_DAY] as number) - (c.prefix[from - CAL_FIRST_DAY] as number);
  return (c.prefix[to + 1 - CAL_FIRST_DAY] as number) - (c.prefix[from + 1 - CAL_FIRST_DAY] as number);
}

/** The working day `n` working days after `from` (start excluded), or NaN when out of range. */
export function addWorking(c: Compiled, from: number, n: number): number {
  if (n === 0) return from;
  const k =
    n > 0
      ? (c.prefix[from + 1 - CAL_FIRST_DAY] as number) + n - 1
      : (c.prefix[from - CAL_FIRST_DAY] as number) + n;
  if (k < 0 || k >= c.workingDays.length) return Number.NaN;
  return c.workingDays[k] as number;
}

/**
 * Office-hour windows of a day. `counting`: the windows that count for working-hour deadlines (working days
 * only; a QĐ 14/2010 reception Saturday only when it counts as a working day). Otherwise: when the office is
 * open (reception Saturdays included).
 */
export function windowsOf(
  c: Compiled,
  opts: NormalOptions,
  day: number,
  counting: boolean,
): readonly MinuteWindow[] {
  const reception = opts.saturdayReception;
  if (reception && weekday(day) === 6 && !c.holidays.has(day) && !c.worked.has(day)) {
    return counting && !reception.countsAsWorkingDay ? [] : reception.windows;
  }
  if (!isWorkingDayNumber(c, day)) return [];
  if (opts.periods.length > 0) {
    const s = daysToCivilDate(day);
    const md = s.slice(5);
    for (const p of opts.periods) {
      const key = p.recurring ? md : s;
      const inside = p.from <= p.to ? key >= p.from && key <= p.to : key >= p.from || key <= p.to;
      if (inside) return p.windows;
    }
  }
  return opts.windows;
}

export { weekday };
