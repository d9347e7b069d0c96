import {
  addWorkingDays,
  computeDeadline,
  countWorkingDays,
  type DeadlineRule,
} from '../../calendar/index.js';
import type { CivilDate } from '../../core/index.js';

/**
 * The due date and instant of a deadline started at `start`, by the state-agency calendar, without a trace
 * (`explain: false`: the audit reports the due date, and a clerk gets the trace from `computeDeadline`).
 */
export function dueOf(start: Date, rule: DeadlineRule): { dueDate: CivilDate; dueAt: Date } | undefined {
  const r = computeDeadline(start, rule, { explain: false });
  return r.ok ? { dueDate: r.value.dueDate, dueAt: r.value.dueAt } : undefined;
}

/** Working days after `from` up to and including `to` (0 when `to` ≤ `from`). */
export function workingDaysBetween(from: CivilDate, to: CivilDate): number {
  if (to <= from) return 0;
  const r = countWorkingDays(from, to);
  return r.ok ? r.value : 0;
}

/** The civil date `n` working days after (or, negative, before) `date`. */
export function shiftWorkingDays(date: CivilDate, n: number): CivilDate | undefined {
  const r = addWorkingDays(date, n);
  return r.ok ? r.value : undefined;
}
