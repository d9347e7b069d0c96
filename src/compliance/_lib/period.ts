import { addCalendarDays, type CivilDate, daysInMonth, formatCivilDate } from '../../core/index.js';
import type { InventoryHeader } from '../defineRule.js';

/** Days in the default audit window when the inventory names no period. */
export const DEFAULT_WINDOW_DAYS = 90;

/** The audited window: the inventory's `portal.period`, else the 90 days up to the audit date. */
export function auditWindow(header: InventoryHeader, asOf: CivilDate): { from: CivilDate; to: CivilDate } {
  const p = header.portal.period;
  const to = p?.to !== undefined && p.to < asOf ? p.to : asOf;
  const from = p?.from ?? addCalendarDays(asOf, -DEFAULT_WINDOW_DAYS);
  // biome-ignore lint/complexity/useMathMinMax: civil dates are strings; Math.min would coerce them to NaN.
  return { from: from <= to ? from : to, to };
}

/** Adds months to a civil date, clamping the day to the month's length (2026-01-31 + 1 = 2026-02-28). */
export function addMonths(date: CivilDate, months: number): CivilDate {
  const y = Number(date.slice(0, 4));
  const m = Number(date.slice(5, 7)) - 1 + months;
  const year = y + Math.floor(m / 12);
  const month = (((m % 12) + 12) % 12) + 1;
  const day = Math.min(Number(date.slice(8, 10)), daysInMonth(year, month));
  return formatCivilDate(year, month, day);
}

/** The months `'YYYY-MM'` wholly inside [from, to] (a month is complete when its last day ≤ to). */
export function completeMonths(from: CivilDate, to: CivilDate): string[] {
  const out: string[] = [];
  let y = Number(from.slice(0, 4));
  let m = Number(from.slice(5, 7));
  if (from.slice(8, 10) !== '01') {
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  for (let guard = 0; guard < 1200; guard++) {
    const last = formatCivilDate(y, m, daysInMonth(y, m));
    if (last > to) break;
    out.push(last.slice(0, 7));
    m++;
    if (m > 12) {
      m = 1;
      y++;
    }
  }
  return out;
}
