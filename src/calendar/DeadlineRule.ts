import type { Citation } from '../core/index.js';

/**
 * A deadline counted in state-agency working days, the start day excluded (Bộ luật Dân sự 2015 Art. 147.1).
 * `clockStartsAt: '08:00'` anchors the count at 08:00 of the first working day after receipt (or the day of
 * receipt if it is a working day and receipt is before that hour): TN-40-2012/14.4.c, day 1 is that day.
 */
export interface WorkingDaysRule {
  readonly kind: 'working-days';
  readonly days: number;
  /** `'HH:MM'`: the TN-40-2012/14.4 "tính từ 08h00" anchor. Absent: Civil Code counting. */
  readonly clockStartsAt?: string;
}

/** A deadline counted in calendar days, rolled forward off a non-working last day (BLDS 2015 Art. 148.2). */
export interface CalendarDaysRule {
  readonly kind: 'calendar-days';
  readonly days: number;
}

/** A deadline counted in administrative (office) hours, consumed inside office-hour windows. */
export interface WorkingHoursRule {
  readonly kind: 'working-hours';
  readonly hours: number;
}

/** Due by the end (24:00) of the day of the event. */
export interface SameDayRule {
  readonly kind: 'same-day';
}

/** Due at once: the deadline is the event instant itself; any delay is late. */
export interface ImmediatelyRule {
  readonly kind: 'immediately';
}

/**
 * Due on a fixed day of each month ("chậm nhất vào ngày 30 hàng tháng", TN-40-2012/10.2); in a month with
 * fewer days, the last day of that month.
 */
export interface DayOfMonthRule {
  readonly kind: 'day-of-month';
  readonly day: number;
}

/**
 * A deadline rule as data. Profiles store these per category with a citation; `computeDeadline` evaluates
 * them.
 */
export type DeadlineRule =
  | WorkingDaysRule
  | CalendarDaysRule
  | WorkingHoursRule
  | SameDayRule
  | ImmediatelyRule
  | DayOfMonthRule;

/** The kinds of {@link DeadlineRule}. */
export type DeadlineRuleKind = DeadlineRule['kind'];

/** A {@link DeadlineRule} with the provision it comes from, as profiles store it. */
export interface CitedDeadlineRule {
  readonly rule: DeadlineRule;
  readonly citation: Citation;
}
