import {
  type Citation,
  civilFromDays,
  type DateInput,
  daysFromCivil,
  daysInMonth,
  daysToCivilDate,
  err,
  type Issue,
  type LocalizedText,
  ok,
  type Result,
  vnInstant,
} from '../../core/index.js';
import type {
  ComputeDeadlineOptions,
  Deadline,
  DeadlineTraceStep,
  RemainingWorkingTime,
} from '../computeDeadline.js';
import type { DeadlineRule } from '../DeadlineRule.js';
import type { DayInfo } from '../getDayInfo.js';
import { formatClock, isIssue, parseClock, readDateInput } from './dateInput.js';
import { type CalendarCore, describeDate } from './describe.js';
import {
  addWorking,
  CAL_FIRST_DAY,
  CAL_FIRST_YEAR,
  CAL_LAST_DAY,
  CAL_LAST_YEAR,
  countBetween,
  windowsOf,
} from './engine.js';
import { countInvalid, outOfRange, ruleInvalid } from './issues.js';

const MAX_DAYS = 100_000;
const MAX_HOURS = 100_000;
/** Trace lists counted days one by one up to this many days; beyond, only the skipped days. */
const LIST_COUNTED_UP_TO = 60;
const MAX_TRACE_STEPS = 400;

const C = {
  /** A limit starting from an event: the day of the event is not counted (Art. 147.3; a stated day: 147.2). */
  start: {
    id: 'BLDS-2015/147.3',
    note: 'the day of the event is not counted; counting starts the next day (Art. 147.2 for a stated day)',
  } as Citation,
  /** A limit in minutes or hours starts at the stated moment. */
  hourStart: { id: 'BLDS-2015/147.1' } as Citation,
  /** A limit in days ends at the end of its last day, 24:00 of that day (Art. 148.6). */
  endOfDay: {
    id: 'BLDS-2015/148.1',
    note: 'the end of the last day is 24:00 of that day (Art. 148.6)',
  } as Citation,
  /** A last day that is a weekly rest day or a holiday: the end of the next working day. */
  rollForward: { id: 'BLDS-2015/148.5' } as Citation,
};

const KINDS = [
  'working-days',
  'calendar-days',
  'working-hours',
  'same-day',
  'immediately',
  'day-of-month',
] as const;

function reasonsText(info: DayInfo): { text: LocalizedText; citation?: Citation } {
  const off = info.reasons.filter((r) => r.kind !== 'worked-day' && r.kind !== 'saturday-reception');
  const first = off[0];
  const text = {
    vi: off.map((r) => r.name.vi).join('; ') || 'ngày không làm việc',
    en: off.map((r) => r.name.en).join('; ') || 'not a working day',
  };
  return first ? { text, citation: first.citation } : { text };
}

function step(
  kind: DeadlineTraceStep['kind'],
  day: number | undefined,
  vi: string,
  en: string,
  citation?: Citation,
): DeadlineTraceStep {
  const s: { kind: DeadlineTraceStep['kind']; date?: string; message: LocalizedText; citation?: Citation } = {
    kind,
    message: { vi, en },
  };
  if (day !== undefined) s.date = daysToCivilDate(day);
  if (citation !== undefined) s.citation = citation;
  return s;
}

const RANGE_FROM = `${CAL_FIRST_YEAR}-01-01`;
const RANGE_TO = `${CAL_LAST_YEAR}-12-31`;

/** The one check of a deadline rule (see `checkDeadlineRule`). */
export function validateRule(rule: unknown): DeadlineRule | Issue {
  if (typeof rule !== 'object' || rule === null)
    return ruleInvalid('Quy tắc thời hạn không hợp lệ', 'Invalid deadline rule', ['rule']);
  const r = rule as {
    kind?: unknown;
    days?: unknown;
    hours?: unknown;
    day?: unknown;
    clockStartsAt?: unknown;
  };
  if (typeof r.kind !== 'string' || !(KINDS as readonly string[]).includes(r.kind)) {
    return ruleInvalid(
      `Loại quy tắc thời hạn không được hỗ trợ: ${JSON.stringify(String(r.kind)).slice(0, 40)} (hỗ trợ: ${KINDS.join(', ')})`,
      `Unknown deadline rule kind: ${JSON.stringify(String(r.kind)).slice(0, 40)} (known: ${KINDS.join(', ')})`,
      ['rule', 'kind'],
    );
  }
  if (r.kind === 'working-days' || r.kind === 'calendar-days') {
    const min = r.kind === 'working-days' && r.clockStartsAt !== undefined ? 1 : 0;
    if (typeof r.days !== 'number' || !Number.isInteger(r.days) || r.days < min || r.days > MAX_DAYS) {
      return countInvalid(r.days, MAX_DAYS, ['rule', 'days']);
    }
    if (r.clockStartsAt !== undefined && Number.isNaN(parseClock(r.clockStartsAt))) {
      return ruleInvalid('Giờ bắt đầu tính phải có dạng HH:MM', "clockStartsAt must be 'HH:MM'", [
        'rule',
        'clockStartsAt',
      ]);
    }
  }
  if (r.kind === 'working-hours') {
    const h = r.hours;
    if (
      typeof h !== 'number' ||
      !Number.isFinite(h) ||
      h < 0 ||
      h > MAX_HOURS ||
      Math.abs(h * 60 - Math.round(h * 60)) > 1e-9
    ) {
      return countInvalid(h, MAX_HOURS, ['rule', 'hours']);
    }
  }
  if (r.kind === 'day-of-month') {
    if (typeof r.day !== 'number' || !Number.isInteger(r.day) || r.day < 1 || r.day > 31) {
      return ruleInvalid('Ngày trong tháng phải là số nguyên 1–31', 'day must be an integer 1–31', [
        'rule',
        'day',
      ]);
    }
  }
  return rule as DeadlineRule;
}

function listDays(
  core: CalendarCore,
  from: number,
  to: number,
  trace: DeadlineTraceStep[],
  countFrom: number,
  total: number,
): void {
  const c = core.compiled();
  const listCounted = total <= LIST_COUNTED_UP_TO;
  let k = countFrom;
  let omitted = 0;
  for (let d = from; d <= to; d++) {
    const working = c.working[d - CAL_FIRST_DAY] === 1;
    if (working) k++;
    if (!working || listCounted) {
      if (trace.length >= MAX_TRACE_STEPS) {
        omitted++;
        continue;
      }
      const label = describeDate(d);
      if (working) {
        const info = core.dayInfo(d);
        const extra = info.reasons.find((r) => r.kind === 'worked-day' || r.kind === 'saturday-reception');
        trace.push(
          step(
            'count',
            d,
            `Ngày làm việc thứ ${k}: ${label.vi}${extra ? ` (${extra.name.vi})` : ''}`,
            `Working day ${k}: ${label.en}${extra ? ` (${extra.name.en})` : ''}`,
            extra?.citation,
          ),
        );
      } else {
        const why = reasonsText(core.dayInfo(d));
        trace.push(
          step(
            'skip',
            d,
            `Bỏ qua ${label.vi}: ${why.text.vi}`,
            `Skipped ${label.en}: ${why.text.en}`,
            why.citation,
          ),
        );
      }
    }
  }
  if (omitted > 0)
    trace.push(step('note', undefined, `(${omitted} bước không liệt kê)`, `(${omitted} steps not listed)`));
}

function dueStep(day: number): DeadlineTraceStep {
  const label = describeDate(day);
  return step(
    'due',
    day,
    `Hạn cuối: hết ngày (24:00) ${label.vi}`,
    `Due: end of day (24:00) ${label.en}`,
    C.endOfDay,
  );
}

const MS_PER_DAY = 86_400_000;

/** A `Date` start as a Vietnamese day and minute (what `readDateInput` gives, without its string paths). */
function readInstant(d: Date): ReturnType<typeof readDateInput> {
  const t = d.getTime();
  if (Number.isNaN(t)) return readDateInput(d, ['start']);
  const local = t + 420 * 60_000;
  const day = Math.floor(local / MS_PER_DAY);
  return { day, minute: Math.floor((local - day * MS_PER_DAY) / 60_000), timed: true };
}
/** The trace of an unexplained deadline: empty, shared and frozen. */
const NO_TRACE: readonly DeadlineTraceStep[] = Object.freeze([]);
/** The instant of minute `minute` of day number `day`, Vietnamese time (UTC+7), in epoch ms. */
const vnMs = (day: number, minute: number): number => day * MS_PER_DAY + (minute - 420) * 60_000;

/** The first working day from `day` on (`day` itself when it is one), or NaN past the calendar's range. */
function rollForward(c: ReturnType<CalendarCore['compiled']>, day: number): number {
  let d = day;
  while (c.working[d - CAL_FIRST_DAY] !== 1) {
    d++;
    if (d > CAL_LAST_DAY) return Number.NaN;
  }
  return d;
}

/** The end (24:00) of a day as a due day and instant. */
function endOf(day: number): { readonly day: number; readonly at: number } {
  return { day, at: vnMs(day + 1, 0) };
}

/**
 * The due day and instant (epoch ms) of a rule from a start, with no trace: the same arithmetic as the
 * explained path below (a property test checks they agree), for `explain: false`. NaN day: beyond the
 * calendar's range. Working days cost two array reads (`addWorking`), whatever the count.
 */
function dueOnly(
  core: CalendarCore,
  startDay: number,
  minute: number,
  rule: DeadlineRule,
): { readonly day: number; readonly at: number } {
  const c = core.compiled();
  switch (rule.kind) {
    case 'working-days': {
      if (rule.clockStartsAt !== undefined) {
        const sameDay = c.working[startDay - CAL_FIRST_DAY] === 1 && minute < parseClock(rule.clockStartsAt);
        const anchor = sameDay ? startDay : addWorking(c, startDay, 1);
        return endOf(Number.isNaN(anchor) ? anchor : addWorking(c, anchor, rule.days - 1));
      }
      return endOf(addWorking(c, startDay, rule.days));
    }
    case 'calendar-days': {
      const nominal = startDay + rule.days;
      return endOf(nominal > CAL_LAST_DAY ? Number.NaN : rollForward(c, nominal));
    }
    case 'working-hours': {
      let remaining = Math.round(rule.hours * 60);
      if (remaining === 0) return { day: startDay, at: vnMs(startDay, minute) };
      for (let day = startDay; day <= CAL_LAST_DAY; day++) {
        for (const w of windowsOf(c, core.opts, day, true)) {
          const s = day === startDay ? Math.max(w.start, minute) : w.start;
          if (s >= w.end) continue;
          const take = Math.min(remaining, w.end - s);
          remaining -= take;
          if (remaining === 0) return { day, at: vnMs(day, s + take) };
        }
      }
      return { day: Number.NaN, at: Number.NaN };
    }
    case 'same-day':
      return endOf(startDay);
    case 'immediately':
      return { day: startDay, at: vnMs(startDay, minute) };
    case 'day-of-month': {
      const { year, month } = civilFromDays(startDay);
      let y = year;
      let m = month;
      let target = daysFromCivil(y, m, Math.min(rule.day, daysInMonth(y, m)));
      if (target < startDay) {
        m++;
        if (m === 13) {
          m = 1;
          y++;
        }
        target = daysFromCivil(y, m, Math.min(rule.day, daysInMonth(y, m)));
      }
      return endOf(target > CAL_LAST_DAY ? Number.NaN : rollForward(c, target));
    }
  }
}

/** Evaluates a rule on a calendar. */
export function computeDeadlineWith(
  core: CalendarCore,
  start: DateInput,
  ruleIn: DeadlineRule | { readonly rule: DeadlineRule; readonly citation: Citation },
  options: ComputeDeadlineOptions,
): Result<Deadline> {
  const cited = typeof ruleIn === 'object' && ruleIn !== null && 'rule' in ruleIn && 'citation' in ruleIn;
  const checked = validateRule(cited ? ruleIn.rule : ruleIn);
  if (isIssue(checked)) return err([checked]);
  const rule = checked;
  const citation = options.citation ?? (cited ? ruleIn.citation : undefined);
  const parsed = start instanceof Date ? readInstant(start) : readDateInput(start, ['start']);
  if (isIssue(parsed)) return err([parsed]);
  if (parsed.day < CAL_FIRST_DAY || parsed.day > CAL_LAST_DAY)
    return err([outOfRange('Ngày bắt đầu', RANGE_FROM, RANGE_TO, ['start'])]);
  const startDay = parsed.day;
  if (options.explain === false) {
    const due = dueOnly(core, startDay, parsed.minute, rule);
    if (Number.isNaN(due.day)) return err([outOfRange('Hạn tính được', RANGE_FROM, RANGE_TO, ['rule'])]);
    const d: {
      start: { date: string; at: Date };
      dueDate: string;
      dueAt: Date;
      rule: DeadlineRule;
      citation?: Citation;
      trace: readonly DeadlineTraceStep[];
    } = {
      start: { date: daysToCivilDate(startDay), at: new Date(vnMs(startDay, parsed.minute)) },
      dueDate: daysToCivilDate(due.day),
      dueAt: new Date(due.at),
      rule,
      trace: NO_TRACE,
    };
    if (citation !== undefined) d.citation = citation;
    return ok(d);
  }
  const c = core.compiled();
  const startAt = vnInstant(daysToCivilDate(startDay), parsed.minute);
  const trace: DeadlineTraceStep[] = [];
  const label = describeDate(startDay);
  const at = parsed.timed ? ` ${formatClock(parsed.minute)}` : '';
  const done = (dueDay: number, dueAt: Date): Result<Deadline> => {
    const d: {
      start: { date: string; at: Date };
      dueDate: string;
      dueAt: Date;
      rule: DeadlineRule;
      citation?: Citation;
      trace: readonly DeadlineTraceStep[];
    } = {
      start: { date: daysToCivilDate(startDay), at: startAt },
      dueDate: daysToCivilDate(dueDay),
      dueAt,
      rule,
      trace,
    };
    if (citation !== undefined) d.citation = citation;
    return ok(d);
  };
  const tooFar = (): Result<Deadline> => err([outOfRange('Hạn tính được', RANGE_FROM, RANGE_TO, ['rule'])]);

  switch (rule.kind) {
    case 'working-days': {
      if (rule.clockStartsAt !== undefined) {
        const anchorMinute = parseClock(rule.clockStartsAt);
        const sameDay = c.working[startDay - CAL_FIRST_DAY] === 1 && parsed.minute < anchorMinute;
        const anchor = sameDay ? startDay : addWorking(c, startDay, 1);
        if (Number.isNaN(anchor)) return tooFar();
        trace.push(step('start', startDay, `Tiếp nhận: ${label.vi}${at}`, `Received: ${label.en}${at}`));
        if (!sameDay) listSkipsOnly(core, startDay + 1, anchor - 1, trace);
        trace.push(
          step(
            'anchor',
            anchor,
            `Bắt đầu tính từ ${rule.clockStartsAt} ${describeDate(anchor).vi} (ngày làm việc thứ 1${sameDay ? ', tiếp nhận trước giờ bắt đầu tính' : ''})`,
            `Clock starts at ${rule.clockStartsAt} on ${describeDate(anchor).en} (working day 1${sameDay ? ', received before the anchor hour' : ''})`,
            citation,
          ),
        );
        const due = addWorking(c, anchor, rule.days - 1);
        if (Number.isNaN(due)) return tooFar();
        listDays(core, anchor + 1, due, trace, 1, rule.days);
        trace.push(dueStep(due));
        return done(due, vnInstant(daysToCivilDate(due), 1440));
      }
      const due = addWorking(c, startDay, rule.days);
      if (Number.isNaN(due)) return tooFar();
      trace.push(
        step(
          'start',
          startDay,
          `Ngày xảy ra sự kiện: ${label.vi}${at} (không tính; thời hạn ${rule.days} ngày làm việc tính từ ngày tiếp theo)`,
          `Event day: ${label.en}${at} (not counted; the ${rule.days} working days start the next day)`,
          C.start,
        ),
      );
      listDays(core, startDay + 1, due, trace, 0, rule.days);
      trace.push(dueStep(due));
      return done(due, vnInstant(daysToCivilDate(due), 1440));
    }
    case 'calendar-days': {
      const nominal = startDay + rule.days;
      if (nominal > CAL_LAST_DAY) return tooFar();
      trace.push(
        step(
          'start',
          startDay,
          `Ngày xảy ra sự kiện: ${label.vi}${at} (không tính; ${rule.days} ngày theo lịch tính từ ngày tiếp theo)`,
          `Event day: ${label.en}${at} (not counted; ${rule.days} calendar days from the next day)`,
          C.start,
        ),
        step(
          'nominal',
          nominal,
          `Ngày cuối theo lịch: ${describeDate(nominal).vi}`,
          `Last calendar day: ${describeDate(nominal).en}`,
          C.endOfDay,
        ),
      );
      let due = nominal;
      while (c.working[due - CAL_FIRST_DAY] !== 1) {
        const why = reasonsText(core.dayInfo(due));
        trace.push(
          step(
            'roll-forward',
            due,
            `${describeDate(due).vi} là ngày nghỉ (${why.text.vi}): thời hạn kết thúc vào cuối ngày làm việc tiếp theo`,
            `${describeDate(due).en} is not a working day (${why.text.en}): the limit ends at the end of the next working day`,
            C.rollForward,
          ),
        );
        due++;
        if (due > CAL_LAST_DAY) return tooFar();
      }
      trace.push(dueStep(due));
      return done(due, vnInstant(daysToCivilDate(due), 1440));
    }
    case 'working-hours': {
      let remaining = Math.round(rule.hours * 60);
      trace.push(
        step(
          'start',
          startDay,
          `Bắt đầu tính: ${label.vi}${at || ' 00:00'}`,
          `Clock starts: ${label.en}${at || ' 00:00'}`,
          C.hourStart,
        ),
      );
      if (remaining === 0) {
        trace.push(
          step('due', startDay, 'Hạn: ngay thời điểm bắt đầu (0 giờ)', 'Due: at the start (0 hours)'),
        );
        return done(startDay, startAt);
      }
      let omitted = 0;
      const push = (s: DeadlineTraceStep): void => {
        if (trace.length < MAX_TRACE_STEPS) trace.push(s);
        else omitted++;
      };
      for (let day = startDay; day <= CAL_LAST_DAY; day++) {
        const ws = windowsOf(c, core.opts, day, true);
        if (ws.length === 0) {
          const why = reasonsText(core.dayInfo(day));
          push(
            step(
              'skip',
              day,
              `Bỏ qua ${describeDate(day).vi}: ${why.text.vi}`,
              `Skipped ${describeDate(day).en}: ${why.text.en}`,
              why.citation,
            ),
          );
          continue;
        }
        const used: string[] = [];
        for (const w of ws) {
          const s = day === startDay ? Math.max(w.start, parsed.minute) : w.start;
          if (s >= w.end) continue;
          const take = Math.min(remaining, w.end - s);
          used.push(`${formatClock(s)}–${formatClock(s + take)}`);
          remaining -= take;
          if (remaining === 0) {
            const dueMinute = s + take;
            push(hoursStep(day, used, rule.hours));
            if (omitted > 0)
              trace.push(
                step('note', undefined, `(${omitted} bước không liệt kê)`, `(${omitted} steps not listed)`),
              );
            const dueAt = vnInstant(daysToCivilDate(day), dueMinute);
            trace.push(
              step(
                'due',
                day,
                `Hạn cuối: ${formatClock(dueMinute)} ${describeDate(day).vi}`,
                `Due: ${formatClock(dueMinute)} on ${describeDate(day).en}`,
                citation,
              ),
            );
            return done(day, dueAt);
          }
        }
        if (used.length > 0) push(hoursStep(day, used, undefined));
      }
      return tooFar();
    }
    case 'same-day': {
      trace.push(
        step('start', startDay, `Ngày xảy ra sự kiện: ${label.vi}${at}`, `Event day: ${label.en}${at}`),
        step(
          'due',
          startDay,
          `Hạn cuối: hết ngày (24:00) ${label.vi} (trong ngày)`,
          `Due: end of day (24:00) ${label.en} (the same day)`,
          C.endOfDay,
        ),
      );
      return done(startDay, vnInstant(daysToCivilDate(startDay), 1440));
    }
    case 'immediately': {
      trace.push(
        step('start', startDay, `Thời điểm xảy ra sự kiện: ${label.vi}${at}`, `Event: ${label.en}${at}`),
        step(
          'due',
          startDay,
          'Hạn: ngay lập tức (mọi sự chậm trễ đều là quá hạn)',
          'Due: immediately (any delay is late)',
        ),
      );
      return done(startDay, startAt);
    }
    case 'day-of-month': {
      const { year, month, day } = civilFromDays(startDay);
      let y = year;
      let m = month;
      let target = daysFromCivil(y, m, Math.min(rule.day, daysInMonth(y, m)));
      if (target < startDay) {
        m++;
        if (m === 13) {
          m = 1;
          y++;
        }
        target = daysFromCivil(y, m, Math.min(rule.day, daysInMonth(y, m)));
      }
      if (target > CAL_LAST_DAY) return tooFar();
      const short = rule.day > daysInMonth(y, m);
      trace.push(
        step(
          'start',
          startDay,
          `Ngày xảy ra sự kiện: ${label.vi}${at} (ngày ${day})`,
          `Event day: ${label.en}${at}`,
        ),
        step(
          'nominal',
          target,
          short
            ? `Tháng ${m}/${y} không có ngày ${rule.day}: hạn là ngày cuối tháng, ${describeDate(target).vi}`
            : `Hạn theo tháng: ngày ${rule.day}, ${describeDate(target).vi}`,
          short
            ? `${y}-${String(m).padStart(2, '0')} has no day ${rule.day}: the last day of the month, ${describeDate(target).en}`
            : `Monthly deadline: day ${rule.day}, ${describeDate(target).en}`,
          citation,
        ),
      );
      let due = target;
      while (c.working[due - CAL_FIRST_DAY] !== 1) {
        const why = reasonsText(core.dayInfo(due));
        trace.push(
          step(
            'roll-forward',
            due,
            `${describeDate(due).vi} là ngày nghỉ (${why.text.vi}): chuyển sang cuối ngày làm việc tiếp theo`,
            `${describeDate(due).en} is not a working day (${why.text.en}): moved to the end of the next working day`,
            C.rollForward,
          ),
        );
        due++;
        if (due > CAL_LAST_DAY) return tooFar();
      }
      trace.push(dueStep(due));
      return done(due, vnInstant(daysToCivilDate(due), 1440));
    }
  }
}

function hoursStep(day: number, used: readonly string[], _total: number | undefined): DeadlineTraceStep {
  const d = describeDate(day);
  return step(
    'hours',
    day,
    `${d.vi}: tính giờ hành chính ${used.join(', ')}`,
    `${d.en}: office hours counted ${used.join(', ')}`,
  );
}

function listSkipsOnly(core: CalendarCore, from: number, to: number, trace: DeadlineTraceStep[]): void {
  for (let d = from; d <= to && trace.length < MAX_TRACE_STEPS; d++) {
    const why = reasonsText(core.dayInfo(d));
    trace.push(
      step(
        'skip',
        d,
        `Bỏ qua ${describeDate(d).vi}: ${why.text.vi}`,
        `Skipped ${describeDate(d).en}: ${why.text.en}`,
        why.citation,
      ),
    );
  }
}

/** Working time left before a deadline. */
export function remainingWith(
  core: CalendarCore,
  deadline: Deadline,
  atInput: DateInput,
): Result<RemainingWorkingTime> {
  const parsed = readDateInput(atInput, ['at']);
  if (isIssue(parsed)) return err([parsed]);
  if (parsed.day < CAL_FIRST_DAY || parsed.day > CAL_LAST_DAY)
    return err([outOfRange('Thời điểm', RANGE_FROM, RANGE_TO, ['at'])]);
  const dueMs = deadline.dueAt.getTime();
  const atMs = vnInstant(daysToCivilDate(parsed.day), parsed.minute).getTime();
  const c = core.compiled();
  const dueDayParsed = readDateInput(deadline.dueDate, ['deadline', 'dueDate']);
  if (isIssue(dueDayParsed)) return err([dueDayParsed]);
  const dueDay = Math.min(Math.max(dueDayParsed.day, CAL_FIRST_DAY), CAL_LAST_DAY);
  const workingDays = countBetween(c, parsed.day, dueDay);
  let minutes = 0;
  if (atMs < dueMs) {
    const dueParts = readDateInput(deadline.dueAt, []);
    const endDay = isIssue(dueParts) ? dueDay : Math.min(dueParts.day, CAL_LAST_DAY);
    const endMinute = isIssue(dueParts) ? 1440 : dueParts.day > CAL_LAST_DAY ? 1440 : dueParts.minute;
    for (let d = parsed.day; d <= endDay; d++) {
      for (const w of windowsOf(c, core.opts, d, true)) {
        const s = d === parsed.day ? Math.max(w.start, parsed.minute) : w.start;
        const e = d === endDay ? Math.min(w.end, endMinute) : w.end;
        if (e > s) minutes += e - s;
      }
    }
  }
  return ok({ overdue: atMs > dueMs, workingDays, workingMinutes: minutes });
}
