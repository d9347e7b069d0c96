import { err, type Result } from '../core/index.js';
import { royaltyIssue } from './_lib/issues.js';
import { VN_BASE_SALARY_TABLE } from './data/baseSalaryTable.js';
import {
  type BaseSalaryPeriodInput,
  type BaseSalaryTable,
  defineBaseSalaryTable,
} from './defineBaseSalaryTable.js';

/**
 * Appends later periods (a new decree) to a base salary table, default {@link VN_BASE_SALARY_TABLE}. Every
 * addition must start after the last existing period starts (`royalty.salary-table-overlap` otherwise), and
 * additions are validated like {@link defineBaseSalaryTable} (order, overlap, amounts, citations). An open-ended
 * last period is closed the day before the first addition.
 *
 * @example
 * ```ts
 * import { extendBaseSalaryTable, baseSalaryOn } from 'vn-portal-kit/royalty';
 * const t = extendBaseSalaryTable([{ from: '2028-01-01', amount: 2_800_000, citation: { id: 'ND-X-2027' } }]);
 * const r = t.ok ? baseSalaryOn('2028-03-01', t.value) : t;
 * r.ok && r.value.amount //=> 2_800_000
 * extendBaseSalaryTable([{ from: '2025-01-01', amount: 2_400_000, citation: { id: 'X' } }]).issues[0].code //=> 'royalty.salary-table-overlap'
 * ```
 */
export function extendBaseSalaryTable(
  additions: readonly BaseSalaryPeriodInput[],
  base: BaseSalaryTable = VN_BASE_SALARY_TABLE,
): Result<BaseSalaryTable> {
  const own = defineBaseSalaryTable(additions);
  if (!own.ok) return own;
  const last = base.periods[base.periods.length - 1];
  const first = own.value.periods[0];
  if (last !== undefined && first !== undefined) {
    const lastEnd = last.to ?? last.from;
    if (first.from <= last.from || (last.to !== undefined && first.from <= lastEnd)) {
      return err([
        royaltyIssue(
          'royalty.salary-table-overlap',
          `Giai đoạn mới bắt đầu ${first.from} chồng lấn giai đoạn đã có từ ${last.from}`,
          `The new period starting ${first.from} overlaps the existing period from ${last.from}`,
          [0, 'from'],
        ),
      ]);
    }
  }
  const merged: BaseSalaryPeriodInput[] = [];
  for (let i = 0; i < base.periods.length; i++) {
    const p = base.periods[i]!;
    if (i === base.periods.length - 1 && p.to === undefined) {
      const { citation, from, amount } = p;
      merged.push({ from, amount, citation });
    } else merged.push(p);
  }
  for (const p of additions) merged.push(p);
  return defineBaseSalaryTable(merged);
}
