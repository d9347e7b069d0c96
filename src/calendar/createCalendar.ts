import {
  type Citation,
  type CivilDate,
  type DateInput,
  daysToCivilDate,
  err,
  type Issue,
  type IssuePath,
  type LocalizedText,
  ok,
  type Result,
  unwrap,
} from '../core/index.js';
import {
  civilDayOrNaN,
  formatClock,
  isIssue,
  NO_ISSUES,
  parseClock,
  readDateInput,
} from './_lib/dateInput.js';
import { computeDeadlineWith, remainingWith } from './_lib/deadline.js';
import { type CalendarCore, describeDate, WEEKDAY_EN, WEEKDAY_VI } from './_lib/describe.js';
import {
  addWorking,
  CAL_FIRST_DAY,
  CAL_FIRST_YEAR,
  CAL_LAST_DAY,
  CAL_LAST_YEAR,
  type Compiled,
  compile,
  countBetween,
  type HolidayEntry,
  type MinuteWindow,
  type NormalOptions,
  type NormalPeriod,
  weekday,
  windowsOf,
} from './_lib/engine.js';
import { countInvalid, optionInvalid, outOfRange, yearInvalid } from './_lib/issues.js';
import type { ComputeDeadlineOptions, Deadline, RemainingWorkingTime } from './computeDeadline.js';
import type { DeadlineRule } from './DeadlineRule.js';
import type { DayInfo, DayReason } from './getDayInfo.js';
import type { Holiday, WorkedDay } from './getHolidays.js';

/**
 * An office-hour window `'HH:MM'`–`'HH:MM'` (giờ hành chính).
 *
 * @example
 * ```ts
 * import type { OfficeHoursWindow } from 'vn-portal-kit/calendar';
 * const morning: OfficeHoursWindow = { start: '07:30', end: '11:30' };
 * morning.end //=> '11:30'
 * ```
 */
export interface OfficeHoursWindow {
  readonly start: string;
  readonly end: string;
}

/**
 * Office hours for part of the year (seasonal schedules) or for a dated period. `from`/`to` are both
 * `'MM-DD'` (every year; may wrap over 1 January) or both `'YYYY-MM-DD'` (once). The first matching period
 * wins; other days use {@link CalendarOptions.officeHours}.
 *
 * @example
 * ```ts
 * import type { OfficeHoursPeriod } from 'vn-portal-kit/calendar';
 * const winter: OfficeHoursPeriod = { from: '10-15', to: '04-14', windows: [{ start: '07:30', end: '11:30' }, { start: '13:30', end: '17:00' }] };
 * winter.windows.length //=> 2
 * ```
 */
export interface OfficeHoursPeriod {
  readonly from: string;
  readonly to: string;
  readonly windows: readonly OfficeHoursWindow[];
}

/**
 * A published decision a caller adds as data: a day off (e.g. next year's swap or Tết span once the Prime
 * Minister approves it) or a working day (a worked Saturday, or cancelling a provisional day off).
 *
 * @example
 * ```ts
 * import { createCalendar, type CalendarAnnouncement } from 'vn-portal-kit/calendar';
 * const swap: CalendarAnnouncement = { date: '2027-05-03', type: 'day-off' };
 * createCalendar({ announcements: [swap] }).isWorkingDayOrThrow('2027-05-03') //=> false
 * ```
 */
export interface CalendarAnnouncement {
  readonly date: CivilDate;
  readonly type: 'day-off' | 'working-day';
  readonly name?: LocalizedText;
  /** The decision (e.g. `{ id: '1234/VPCP-KGVX' }`). */
  readonly citation?: Citation;
  /** For a day off: what kind of day it is (default `'swap-day-off'`). */
  readonly kind?: 'statutory' | 'compensatory' | 'swap-day-off';
  /** Default `'official'`. */
  readonly status?: 'official' | 'provisional';
}

/**
 * Configuration of a calendar (one per agency): weekly rest days, announcements, office hours, the pending
 * holiday switch and QĐ 14/2010 Saturday reception.
 *
 * @example
 * ```ts
 * import { createCalendar, type CalendarOptions } from 'vn-portal-kit/calendar';
 * const hue: CalendarOptions = { officeHours: [{ start: '08:00', end: '11:30' }, { start: '13:00', end: '17:30' }] };
 * createCalendar(hue).officeHoursOrThrow('2026-11-25') //=> [{ start: '08:00', end: '11:30' }, { start: '13:00', end: '17:30' }]
 * ```
 */
export interface CalendarOptions {
  /** Weekly rest days, 0 = Sunday … 6 = Saturday. Default `[0, 6]` (QĐ 188/1999 Art. 1; Art. 2 allows others). */
  readonly restDays?: readonly number[];
  /** Use the shipped official schedules 2019–2026 (default `true`). */
  readonly officialSchedule?: boolean;
  /** Pending holidays to switch on: `vietnamCultureDay` = 24 November (default off, not enacted). */
  readonly pendingHolidays?: { readonly vietnamCultureDay?: boolean };
  /** Published days off and working days to add. */
  readonly announcements?: readonly CalendarAnnouncement[];
  /** Office-hour windows; default 08:00–12:00 and 13:00–17:00. */
  readonly officeHours?: readonly OfficeHoursWindow[];
  /** Seasonal or dated office hours, checked before {@link CalendarOptions.officeHours}. */
  readonly seasonalOfficeHours?: readonly OfficeHoursPeriod[];
  /**
   * QĐ 14/2010/QĐ-TTg: the office receives administrative procedures on Saturday mornings. `true` = windows
   * 08:00–12:00; such Saturdays are not working days for deadlines unless `countsAsWorkingDay`.
   */
  readonly saturdayReception?:
    | boolean
    | { readonly windows?: readonly OfficeHoursWindow[]; readonly countsAsWorkingDay?: boolean };
}

/**
 * A calendar bound to one configuration. Every method validates its input and returns a `Result`; the
 * `…OrThrow` forms throw a `VnPortalKitError` instead.
 *
 * @example
 * ```ts
 * import { createCalendar, type VnCalendar } from 'vn-portal-kit/calendar';
 * const cal: VnCalendar = createCalendar();
 * cal.addWorkingDaysOrThrow('2026-04-24', 7) //=> '2026-05-08'
 * ```
 */
export interface VnCalendar {
  /** The options the calendar was created with. */
  readonly options: CalendarOptions;
  /** Whether a day is a working day (ngày làm việc). */
  isWorkingDay(date: DateInput): Result<boolean>;
  /** Throwing form of {@link VnCalendar.isWorkingDay}. */
  isWorkingDayOrThrow(date: DateInput): boolean;
  /** Why a day is or is not a working day. */
  getDayInfo(date: DateInput): Result<DayInfo>;
  /** The first working day strictly after `date`. */
  nextWorkingDay(date: DateInput): Result<CivilDate>;
  /** The last working day strictly before `date`. */
  previousWorkingDay(date: DateInput): Result<CivilDate>;
  /** `n` working days after `start` (start excluded, BLDS 2015 Art. 147.2); negative `n` goes back. */
  addWorkingDays(start: DateInput, n: number): Result<CivilDate>;
  /** Throwing form of {@link VnCalendar.addWorkingDays}. */
  addWorkingDaysOrThrow(start: DateInput, n: number): CivilDate;
  /** Working days in (from, to]; negative when `to` is before `from`. */
  countWorkingDays(from: DateInput, to: DateInput): Result<number>;
  /** Throwing form of {@link VnCalendar.countWorkingDays}. */
  countWorkingDaysOrThrow(from: DateInput, to: DateInput): number;
  /** Every day off of a civil year. */
  getHolidays(year: number): Result<readonly Holiday[]>;
  /** Saturdays (and announced days) worked in exchange for swaps. */
  getWorkedSaturdays(year: number): Result<readonly WorkedDay[]>;
  /** Office-hour windows of a day (empty when the office is closed). */
  officeHours(date: DateInput): Result<readonly OfficeHoursWindow[]>;
  /** Throwing form of {@link VnCalendar.officeHours}. */
  officeHoursOrThrow(date: DateInput): readonly OfficeHoursWindow[];
  /** Whether the office is open at an instant. */
  isOfficeOpen(at: DateInput): Result<boolean>;
  /** Evaluates a deadline rule. */
  computeDeadline(
    start: DateInput,
    rule: DeadlineRule | { readonly rule: DeadlineRule; readonly citation: Citation },
    options?: ComputeDeadlineOptions,
  ): Result<Deadline>;
  /** Throwing form of {@link VnCalendar.computeDeadline}. */
  computeDeadlineOrThrow(
    start: DateInput,
    rule: DeadlineRule | { readonly rule: DeadlineRule; readonly citation: Citation },
    options?: ComputeDeadlineOptions,
  ): Deadline;
  /** Working time left before a deadline at an instant. */
  remainingWorkingTime(deadline: Deadline, at: DateInput): Result<RemainingWorkingTime>;
}

const P_ROOT: IssuePath = Object.freeze([]);
const P_START: IssuePath = Object.freeze(['start']);
const P_FROM: IssuePath = Object.freeze(['from']);
const P_TO: IssuePath = Object.freeze(['to']);

/**
 * Largest |n| accepted by `addWorkingDays` and day-based rules.
 *
 * @example
 * ```ts
 * import { MAX_DAY_COUNT, addWorkingDays } from 'vn-portal-kit/calendar';
 * addWorkingDays('2026-04-24', MAX_DAY_COUNT + 1).ok //=> false
 * ```
 */
export const MAX_DAY_COUNT = 100_000;

const DEFAULT_WINDOWS: readonly OfficeHoursWindow[] = [
  { start: '08:00', end: '12:00' },
  { start: '13:00', end: '17:00' },
];

function normalizeWindows(windows: unknown, path: IssuePath, issues: Issue[]): MinuteWindow[] {
  const out: MinuteWindow[] = [];
  if (!Array.isArray(windows)) {
    issues.push(optionInvalid('Khung giờ làm việc phải là một mảng', 'Office hours must be an array', path));
    return out;
  }
  windows.forEach((w: unknown, i) => {
    const win = w as Partial<OfficeHoursWindow> | null;
    const s = parseClock(win?.start);
    const e = parseClock(win?.end);
    const prev = out[out.length - 1];
    if (Number.isNaN(s) || Number.isNaN(e) || s >= e || (prev !== undefined && s < prev.end)) {
      issues.push(
        optionInvalid(
          'Khung giờ không hợp lệ (cần HH:MM, bắt đầu trước kết thúc, theo thứ tự, không chồng nhau)',
          'Invalid office-hour window (HH:MM, start before end, in order, not overlapping)',
          [...path, i],
        ),
      );
    } else out.push({ start: s, end: e });
  });
  return out;
}

function normalizeOptions(options: CalendarOptions): Result<NormalOptions> {
  const issues: Issue[] = [];
  const rest = [false, false, false, false, false, false, false];
  const restDays = options.restDays ?? [0, 6];
  if (!Array.isArray(restDays) || restDays.length > 6) {
    issues.push(optionInvalid('Ngày nghỉ hằng tuần không hợp lệ', 'Invalid weekly rest days', ['restDays']));
  } else {
    restDays.forEach((d, i) => {
      if (!Number.isInteger(d) || d < 0 || d > 6) {
        issues.push(
          optionInvalid('Ngày trong tuần phải là số nguyên 0–6', 'A weekday must be an integer 0–6', [
            'restDays',
            i,
          ]),
        );
      } else rest[d] = true;
    });
  }
  const announcements: NormalOptions['announcements'][number][] = [];
  const listOf = <T>(value: readonly T[] | undefined, key: string): readonly T[] => {
    if (value === undefined || Array.isArray(value)) return value ?? [];
    issues.push(optionInvalid(`${key} phải là một mảng`, `${key} must be an array`, [key]));
    return [];
  };
  listOf(options.announcements, 'announcements').forEach((a, i) => {
    const day = typeof a?.date === 'string' ? civilDayOrNaN(a.date) : Number.NaN;
    if (Number.isNaN(day) || day < CAL_FIRST_DAY || day > CAL_LAST_DAY) {
      issues.push(
        optionInvalid(
          'Ngày công bố không hợp lệ hoặc ngoài phạm vi',
          'Announcement date invalid or out of range',
          ['announcements', i, 'date'],
        ),
      );
      return;
    }
    if (a.type !== 'day-off' && a.type !== 'working-day') {
      issues.push(
        optionInvalid(
          'Loại công bố phải là day-off hoặc working-day',
          "Announcement type must be 'day-off' or 'working-day'",
          ['announcements', i, 'type'],
        ),
      );
      return;
    }
    const dayOff = a.type === 'day-off';
    announcements.push({
      day,
      type: a.type,
      name:
        a.name ??
        (dayOff
          ? { vi: 'Ngày nghỉ theo thông báo', en: 'Announced day off' }
          : { vi: 'Ngày làm việc theo thông báo', en: 'Announced working day' }),
      citation: a.citation ?? { id: 'announcement', note: 'added by the caller' },
      kind: a.kind ?? 'swap-day-off',
      status: a.status ?? 'official',
    });
  });
  const windows = normalizeWindows(options.officeHours ?? DEFAULT_WINDOWS, ['officeHours'], issues);
  const periods: NormalPeriod[] = [];
  listOf(options.seasonalOfficeHours, 'seasonalOfficeHours').forEach((p, i) => {
    const md = /^\d{2}-\d{2}$/;
    const full = (s: unknown): boolean => typeof s === 'string' && !Number.isNaN(civilDayOrNaN(s));
    const recurring =
      typeof p?.from === 'string' && typeof p?.to === 'string' && md.test(p.from) && md.test(p.to);
    if (!recurring && !(full(p?.from) && full(p?.to))) {
      issues.push(
        optionInvalid(
          'Khoảng thời gian phải là MM-DD hoặc YYYY-MM-DD',
          "Period bounds must both be 'MM-DD' or both 'YYYY-MM-DD'",
          ['seasonalOfficeHours', i],
        ),
      );
      return;
    }
    periods.push({
      from: p.from,
      to: p.to,
      recurring,
      windows: normalizeWindows(p.windows, ['seasonalOfficeHours', i, 'windows'], issues),
    });
  });
  let saturdayReception: NormalOptions['saturdayReception'] = null;
  const sr = options.saturdayReception;
  if (sr === true) saturdayReception = { windows: [{ start: 480, end: 720 }], countsAsWorkingDay: false };
  else if (sr !== undefined && sr !== false && (sr === null || typeof sr !== 'object' || Array.isArray(sr))) {
    issues.push(
      optionInvalid('saturdayReception không hợp lệ', 'Invalid saturdayReception', ['saturdayReception']),
    );
  } else if (sr && typeof sr === 'object') {
    saturdayReception = {
      windows: sr.windows
        ? normalizeWindows(sr.windows, ['saturdayReception', 'windows'], issues)
        : [{ start: 480, end: 720 }],
      countsAsWorkingDay: sr.countsAsWorkingDay === true,
    };
  }
  if (issues.length > 0) return err(issues);
  return ok({
    restDays: rest,
    officialSchedule: options.officialSchedule !== false,
    cultureDay: options.pendingHolidays?.vietnamCultureDay === true,
    announcements,
    windows,
    periods,
    saturdayReception,
  });
}

const toHoliday = (h: HolidayEntry): Holiday => ({
  date: daysToCivilDate(h.day),
  name: h.name,
  kind: h.kind,
  status: h.status,
  citation: h.citation,
  occasion: h.occasion,
  onRestDay: h.restDay,
  ...(h.compensatesFor === undefined ? {} : { compensatesFor: daysToCivilDate(h.compensatesFor) }),
});

/**
 * Builds a calendar for one configuration (one per agency), or the issues of invalid options.
 *
 * @example
 * ```ts
 * import { tryCreateCalendar } from 'vn-portal-kit/calendar';
 * tryCreateCalendar({ restDays: [7] }).ok //=> false
 * ```
 */
export function tryCreateCalendar(options: CalendarOptions = {}): Result<VnCalendar> {
  const normal = normalizeOptions(options);
  if (!normal.ok) return normal;
  const opts = normal.value;
  let cache: Compiled | undefined;
  const compiled = (): Compiled => {
    cache ??= compile(opts);
    return cache;
  };
  const restCitation: Citation =
    opts.restDays[0] && opts.restDays[6] && opts.restDays.filter(Boolean).length === 2
      ? { id: 'QD-188-1999/1' }
      : { id: 'QD-188-1999/2', note: 'weekly rest days set by the unit' };

  const readDay = (input: DateInput, path: IssuePath): number | Issue => {
    if (typeof input === 'string') {
      const fast = civilDayOrNaN(input);
      if (fast >= CAL_FIRST_DAY && fast <= CAL_LAST_DAY) return fast;
    }
    const r = readDateInput(input, path);
    if (isIssue(r)) return r;
    if (r.day < CAL_FIRST_DAY || r.day > CAL_LAST_DAY)
      return outOfRange('Ngày', `${CAL_FIRST_YEAR}-01-01`, `${CAL_LAST_YEAR}-12-31`, path);
    return r.day;
  };

  const dayInfo = (day: number): DayInfo => {
    const c = compiled();
    const reasons: DayReason[] = [];
    for (const h of c.holidays.get(day) ?? []) {
      reasons.push({ kind: h.kind, name: h.name, status: h.status, citation: h.citation });
    }
    for (const w of c.worked.get(day) ?? []) {
      reasons.push({ kind: 'worked-day', name: w.name, status: w.status, citation: w.citation });
    }
    const wd = weekday(day);
    if (opts.restDays[wd]) {
      reasons.push({
        kind: 'weekly-rest',
        name: { vi: `${WEEKDAY_VI[wd]}: ngày nghỉ hằng tuần`, en: `${WEEKDAY_EN[wd]}: weekly rest day` },
        status: 'official',
        citation: restCitation,
      });
    }
    if (opts.saturdayReception && wd === 6 && !c.holidays.has(day) && !c.worked.has(day)) {
      reasons.push({
        kind: 'saturday-reception',
        name: {
          vi: `Thứ Bảy tiếp nhận hồ sơ thủ tục hành chính${opts.saturdayReception.countsAsWorkingDay ? ' (tính là ngày làm việc)' : ' (không tính là ngày làm việc)'}`,
          en: `Saturday reception of administrative procedures${opts.saturdayReception.countsAsWorkingDay ? ' (counted as a working day)' : ' (not a working day)'}`,
        },
        status: 'official',
        citation: { id: 'QD-14-2010' },
      });
    }
    return {
      date: daysToCivilDate(day),
      dayOfWeek: wd,
      label: describeDate(day),
      working: c.working[day - CAL_FIRST_DAY] === 1,
      reasons,
    };
  };
  const core: CalendarCore = { opts, compiled, dayInfo };

  const checkYear = (year: number): Issue | undefined =>
    typeof year !== 'number' || !Number.isInteger(year) || year < CAL_FIRST_YEAR || year > CAL_LAST_YEAR
      ? yearInvalid(year, CAL_FIRST_YEAR, CAL_LAST_YEAR, [])
      : undefined;

  const windowsToText = (ws: readonly MinuteWindow[]): OfficeHoursWindow[] =>
    ws.map((w) => ({ start: formatClock(w.start), end: formatClock(w.end) }));

  const cal: VnCalendar = {
    options,
    isWorkingDay(date) {
      const d = readDay(date, P_ROOT);
      if (typeof d !== 'number') return err([d]);
      return ok(compiled().working[d - CAL_FIRST_DAY] === 1, NO_ISSUES);
    },
    isWorkingDayOrThrow(date) {
      return unwrap(cal.isWorkingDay(date));
    },
    getDayInfo(date) {
      const d = readDay(date, P_ROOT);
      if (typeof d !== 'number') return err([d]);
      return ok(dayInfo(d));
    },
    nextWorkingDay(date) {
      return cal.addWorkingDays(date, 1);
    },
    previousWorkingDay(date) {
      return cal.addWorkingDays(date, -1);
    },
    addWorkingDays(start, n) {
      const d = readDay(start, P_START);
      if (typeof d !== 'number') return err([d]);
      if (typeof n !== 'number' || !Number.isInteger(n) || Math.abs(n) > MAX_DAY_COUNT) {
        return err([countInvalid(n, MAX_DAY_COUNT, ['n'])]);
      }
      const r = addWorking(compiled(), d, n);
      if (Number.isNaN(r))
        return err([outOfRange('Kết quả', `${CAL_FIRST_YEAR}-01-01`, `${CAL_LAST_YEAR}-12-31`, ['n'])]);
      return ok(daysToCivilDate(r), NO_ISSUES);
    },
    addWorkingDaysOrThrow(start, n) {
      return unwrap(cal.addWorkingDays(start, n));
    },
    countWorkingDays(from, to) {
      const a = readDay(from, P_FROM);
      if (typeof a !== 'number') return err([a]);
      const b = readDay(to, P_TO);
      if (typeof b !== 'number') return err([b]);
      return ok(countBetween(compiled(), a, b), NO_ISSUES);
    },
    countWorkingDaysOrThrow(from, to) {
      return unwrap(cal.countWorkingDays(from, to));
    },
    getHolidays(year) {
      const bad = checkYear(year);
      if (bad) return err([bad]);
      return ok((compiled().holidaysByYear.get(year) ?? []).map(toHoliday));
    },
    getWorkedSaturdays(year) {
      const bad = checkYear(year);
      if (bad) return err([bad]);
      return ok(
        (compiled().workedByYear.get(year) ?? []).map((w) => ({
          date: daysToCivilDate(w.day),
          name: w.name,
          status: w.status,
          citation: w.citation,
          ...(w.replaces === undefined ? {} : { replaces: daysToCivilDate(w.replaces) }),
        })),
      );
    },
    officeHours(date) {
      const d = readDay(date, P_ROOT);
      if (typeof d !== 'number') return err([d]);
      return ok(windowsToText(windowsOf(compiled(), opts, d, false)));
    },
    officeHoursOrThrow(date) {
      return unwrap(cal.officeHours(date));
    },
    isOfficeOpen(at) {
      const r = readDateInput(at, []);
      if (isIssue(r)) return err([r]);
      if (r.day < CAL_FIRST_DAY || r.day > CAL_LAST_DAY)
        return err([outOfRange('Thời điểm', `${CAL_FIRST_YEAR}-01-01`, `${CAL_LAST_YEAR}-12-31`, [])]);
      return ok(
        windowsOf(compiled(), opts, r.day, false).some((w) => r.minute >= w.start && r.minute < w.end),
      );
    },
    computeDeadline(start, rule, options) {
      return computeDeadlineWith(core, start, rule, options ?? {});
    },
    computeDeadlineOrThrow(start, rule, options) {
      return unwrap(cal.computeDeadline(start, rule, options));
    },
    remainingWorkingTime(deadline, at) {
      return remainingWith(core, deadline, at);
    },
  };
  return ok(cal);
}

/**
 * Builds a calendar for one configuration (one per agency): announcements, office hours, rest days, the
 * pending-holiday switch, Saturday reception. Throws a `VnPortalKitError` on invalid options (use
 * {@link tryCreateCalendar} for a `Result`). The tables are compiled on first use (about 70,000 days,
 * 2007–2199), after which every working-day query is O(1).
 *
 * @example
 * ```ts
 * import { createCalendar } from 'vn-portal-kit/calendar';
 * const cal = createCalendar({ announcements: [{ date: '2027-02-12', type: 'day-off' }] });
 * cal.isWorkingDayOrThrow('2027-02-12') //=> false
 * ```
 */
export function createCalendar(options: CalendarOptions = {}): VnCalendar {
  return unwrap(tryCreateCalendar(options));
}
