import {
  type Citation,
  type CivilDate,
  type DateInput,
  err,
  ok,
  type Result,
  toCivilDate,
} from '../core/index.js';
import { lookupBaseSalary, uncoveredIssue } from './_lib/lookupBaseSalary.js';
import { VN_BASE_SALARY_TABLE } from './data/baseSalaryTable.js';
import {
  type BaseSalaryPeriodInput,
  type BaseSalaryTable,
  defineBaseSalaryTable,
} from './defineBaseSalaryTable.js';

/**
 * The base salary that applies on a date, with the period it belongs to and its decree.
 *
 * @example
 * ```ts
 * import { baseSalaryOn } from 'vn-portal-kit/royalty';
 * const r = baseSalaryOn('2026-06-30');
 * r.ok && r.value.citation.id //=> 'ND-73-2024'
 * ```
 */
export interface BaseSalaryOn {
  /** The civil date asked about. */
  readonly date: CivilDate;
  /** VND per month. */
  readonly amount: number;
  /** First day of the period. */
  readonly from: CivilDate;
  /** Last day of the period (absent: open-ended). */
  readonly to?: CivilDate;
  /** The decree that set the amount. */
  readonly citation: Citation;
}

/**
 * The base salary (mức lương cơ sở) in force on a date, from {@link VN_BASE_SALARY_TABLE} or the caller's
 * table (a validated {@link BaseSalaryTable}, or raw periods that are validated first). A date before the
 * first period, or in a gap of a caller's table, is `royalty.salary-date-uncovered`; an invalid date is
 * `date.invalid`.
 *
 * @see ND-18-2014/7.2
 * @example
 * ```ts
 * import { baseSalaryOn } from 'vn-portal-kit/royalty';
 * const a = baseSalaryOn('2026-06-30');
 * a.ok && a.value.amount //=> 2_340_000
 * const b = baseSalaryOn('2026-07-01');
 * b.ok && b.value.amount //=> 2_530_000
 * baseSalaryOn('2010-01-01').issues[0].code //=> 'royalty.salary-date-uncovered'
 * ```
 */
export function baseSalaryOn(
  date: DateInput,
  table: BaseSalaryTable | readonly BaseSalaryPeriodInput[] = VN_BASE_SALARY_TABLE,
): Result<BaseSalaryOn> {
  let t: BaseSalaryTable;
  if (Array.isArray(table)) {
    const defined = defineBaseSalaryTable(table as readonly BaseSalaryPeriodInput[]);
    if (!defined.ok) return defined;
    t = defined.value;
  } else t = table as BaseSalaryTable;
  const day = toCivilDate(date, ['date']);
  if (!day.ok) return day;
  const found = lookupBaseSalary(day.value, t);
  if (found === undefined) {
    return err([uncoveredIssue(day.value, t, ['date'])]);
  }
  const v: { date: CivilDate; amount: number; from: CivilDate; to?: CivilDate; citation: Citation } = {
    date: day.value,
    amount: found.amount,
    from: found.from,
    citation: found.citation,
  };
  if (found.to !== undefined) v.to = found.to;
  return ok(v);
}
