import type { CivilDate, Issue } from '../../core/index.js';
import type { BaseSalaryPeriod, BaseSalaryTable } from '../defineBaseSalaryTable.js';
import { royaltyIssue } from './issues.js';

/** Internal: the period covering a valid civil date, or undefined. Linear from the newest period. */
export function lookupBaseSalary(date: CivilDate, table: BaseSalaryTable): BaseSalaryPeriod | undefined {
  const periods = table.periods;
  for (let i = periods.length - 1; i >= 0; i--) {
    const p = periods[i]!;
    if (p.from <= date) return p.to === undefined || date <= p.to ? p : undefined;
  }
  return undefined;
}

/** Internal: the issue for a date no period covers. */
export function uncoveredIssue(date: CivilDate, table: BaseSalaryTable, path: (string | number)[]): Issue {
  const first = table.periods[0]?.from ?? '';
  return royaltyIssue(
    'royalty.salary-date-uncovered',
    `Không có mức lương cơ sở cho ngày ${date} (bảng bắt đầu từ ${first}, hoặc ngày rơi vào khoảng trống)`,
    `No base salary for ${date} (the table starts on ${first}, or the date falls in a gap)`,
    path,
    { citation: { id: 'ND-18-2014/7.2' }, details: { date, firstPeriod: first } },
  );
}
