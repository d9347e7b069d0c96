import {
  addCalendarDays,
  type Citation,
  type CivilDate,
  err,
  type Issue,
  ok,
  parseCivilDate,
  type Result,
} from '../core/index.js';
import { previewValue, royaltyIssue } from './_lib/issues.js';

/**
 * One period of the base salary (mức lương cơ sở) as a caller writes it: it starts on `from` and lasts until
 * `to` (inclusive) or, when `to` is absent, until the day before the next period starts.
 *
 * @example
 * ```ts
 * import type { BaseSalaryPeriodInput } from 'vn-portal-kit/royalty';
 * const p: BaseSalaryPeriodInput = { from: '2024-07-01', amount: 2_340_000, citation: { id: 'ND-73-2024' } };
 * p.amount //=> 2_340_000
 * ```
 */
export interface BaseSalaryPeriodInput {
  /** First day, `'YYYY-MM-DD'`. */
  readonly from: CivilDate;
  /** Last day (inclusive); absent: until the next period, or open-ended for the last one. */
  readonly to?: CivilDate;
  /** VND per month, a positive integer. */
  readonly amount: number;
  /** The decree that set it, e.g. `{ id: 'ND-73-2024' }`. */
  readonly citation: Citation;
}

/**
 * A validated period of a {@link BaseSalaryTable}: `to` is filled in (the day before the next period starts)
 * except for an open-ended last period.
 *
 * @example
 * ```ts
 * import { VN_BASE_SALARY_TABLE } from 'vn-portal-kit/royalty';
 * VN_BASE_SALARY_TABLE.periods[6].to //=> '2026-06-30'
 * ```
 */
export interface BaseSalaryPeriod {
  /** First day. */
  readonly from: CivilDate;
  /** Last day (inclusive); absent for the open-ended last period. */
  readonly to?: CivilDate;
  /** VND per month. */
  readonly amount: number;
  /** The decree that set it. */
  readonly citation: Citation;
}

/**
 * An effective-dated base salary table, validated (ordered, non-overlapping, positive integer amounts). Build
 * one with {@link defineBaseSalaryTable} or {@link extendBaseSalaryTable}; the shipped one is
 * {@link VN_BASE_SALARY_TABLE}.
 *
 * @example
 * ```ts
 * import { VN_BASE_SALARY_TABLE } from 'vn-portal-kit/royalty';
 * VN_BASE_SALARY_TABLE.kind //=> 'base-salary-table'
 * ```
 */
export interface BaseSalaryTable {
  /** Discriminator: a validated table. */
  readonly kind: 'base-salary-table';
  /** The periods, oldest first. */
  readonly periods: readonly BaseSalaryPeriod[];
}

/**
 * Validates base salary periods and builds a {@link BaseSalaryTable}. Periods must be in chronological order
 * (`royalty.salary-table-unordered`), must not overlap (`royalty.salary-table-overlap`), and need a valid
 * `from` (and `to` ≥ `from`), a positive integer `amount` and a citation (`royalty.salary-table-invalid`).
 * Never throws on bad data.
 *
 * @example
 * ```ts
 * import { defineBaseSalaryTable } from 'vn-portal-kit/royalty';
 * const t = defineBaseSalaryTable([
 *   { from: '2024-07-01', amount: 2_340_000, citation: { id: 'ND-73-2024' } },
 *   { from: '2026-07-01', amount: 2_530_000, citation: { id: 'ND-161-2026' } },
 * ]);
 * t.ok && t.value.periods[0].to //=> '2026-06-30'
 * const bad = defineBaseSalaryTable([
 *   { from: '2026-07-01', amount: 2_530_000, citation: { id: 'ND-161-2026' } },
 *   { from: '2024-07-01', amount: 2_340_000, citation: { id: 'ND-73-2024' } },
 * ]);
 * bad.issues[0].code //=> 'royalty.salary-table-unordered'
 * ```
 */
export function defineBaseSalaryTable(periods: readonly BaseSalaryPeriodInput[]): Result<BaseSalaryTable> {
  const issues: Issue[] = [];
  if (!Array.isArray(periods)) {
    return err([
      royaltyIssue(
        'royalty.salary-table-invalid',
        'Bảng lương cơ sở phải là một mảng các giai đoạn',
        'A base salary table must be an array of periods',
        [],
      ),
    ]);
  }
  if (periods.length === 0) {
    return err([
      royaltyIssue(
        'royalty.salary-table-invalid',
        'Bảng lương cơ sở không có giai đoạn nào',
        'The base salary table has no periods',
        [],
      ),
    ]);
  }
  if (periods.length > 10_000) {
    return err([
      royaltyIssue(
        'royalty.salary-table-invalid',
        'Bảng lương cơ sở quá dài (tối đa 10.000 giai đoạn)',
        'The base salary table is too long (at most 10,000 periods)',
        [],
      ),
    ]);
  }
  const clean: { from: CivilDate; to?: CivilDate; amount: number; citation: Citation }[] = [];
  periods.forEach((p: BaseSalaryPeriodInput, i: number) => {
    const path = [i];
    if (typeof p !== 'object' || p === null) {
      issues.push(
        royaltyIssue(
          'royalty.salary-table-invalid',
          'Giai đoạn lương cơ sở phải là một đối tượng',
          'A base salary period must be an object',
          path,
        ),
      );
      return;
    }
    const from = parseCivilDate(p.from, [i, 'from']);
    if (!from.ok) issues.push(...from.issues);
    let to: CivilDate | undefined;
    if (p.to !== undefined) {
      const t = parseCivilDate(p.to, [i, 'to']);
      if (!t.ok) issues.push(...t.issues);
      else if (from.ok && t.value < from.value) {
        issues.push(
          royaltyIssue(
            'royalty.salary-table-invalid',
            `Ngày kết thúc ${t.value} trước ngày bắt đầu ${from.value}`,
            `End date ${t.value} is before start date ${from.value}`,
            [i, 'to'],
          ),
        );
      } else to = t.value;
    }
    if (typeof p.amount !== 'number' || !Number.isSafeInteger(p.amount) || p.amount <= 0) {
      issues.push(
        royaltyIssue(
          'royalty.salary-table-invalid',
          `Mức lương cơ sở phải là số nguyên dương (đồng): ${previewValue(p.amount)}`,
          `The base salary must be a positive whole number of VND: ${previewValue(p.amount)}`,
          [i, 'amount'],
        ),
      );
    }
    const hasCitation =
      typeof p.citation === 'object' &&
      p.citation !== null &&
      typeof p.citation.id === 'string' &&
      p.citation.id.length > 0;
    if (!hasCitation) {
      issues.push(
        royaltyIssue(
          'royalty.salary-table-invalid',
          'Thiếu căn cứ (văn bản quy định mức lương cơ sở)',
          'Missing citation (the decree that set the base salary)',
          [i, 'citation'],
        ),
      );
    }
    if (from.ok && hasCitation && Number.isSafeInteger(p.amount) && p.amount > 0) {
      const c: { from: CivilDate; to?: CivilDate; amount: number; citation: Citation } = {
        from: from.value,
        amount: p.amount,
        citation: p.citation,
      };
      if (to !== undefined) c.to = to;
      clean.push(c);
    }
  });
  if (issues.length > 0) return err(issues);
  for (let i = 1; i < clean.length; i++) {
    const prev = clean[i - 1]!;
    const cur = clean[i]!;
    if (cur.from < prev.from) {
      issues.push(
        royaltyIssue(
          'royalty.salary-table-unordered',
          `Các giai đoạn lương cơ sở không theo thứ tự thời gian: ${cur.from} đứng sau ${prev.from}`,
          `Base salary periods are not in chronological order: ${cur.from} comes after ${prev.from}`,
          [i, 'from'],
        ),
      );
    } else if (cur.from === prev.from || (prev.to !== undefined && prev.to >= cur.from)) {
      issues.push(
        royaltyIssue(
          'royalty.salary-table-overlap',
          `Giai đoạn bắt đầu ${cur.from} chồng lấn giai đoạn ${prev.from}–${prev.to ?? prev.from}`,
          `The period starting ${cur.from} overlaps the period ${prev.from}–${prev.to ?? prev.from}`,
          [i, 'from'],
        ),
      );
    }
  }
  if (issues.length > 0) return err(issues);
  const out: BaseSalaryPeriod[] = clean.map((p, i) => {
    const next = clean[i + 1];
    if (p.to !== undefined || next === undefined) return Object.freeze({ ...p });
    return Object.freeze({ ...p, to: addCalendarDays(next.from, -1) });
  });
  return ok(Object.freeze({ kind: 'base-salary-table', periods: Object.freeze(out) }));
}
