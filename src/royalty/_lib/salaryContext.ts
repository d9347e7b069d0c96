import {
  addCalendarDays,
  type Citation,
  type CivilDate,
  type DateInput,
  type Issue,
  type LocalizedText,
  toCivilDate,
} from '../../core/index.js';
import type { RoyaltySalaryDate } from '../calculateRoyalty.js';
import { VN_BASE_SALARY_TABLE } from '../data/baseSalaryTable.js';
import {
  type BaseSalaryPeriodInput,
  type BaseSalaryTable,
  defineBaseSalaryTable,
} from '../defineBaseSalaryTable.js';
import { decimalText, mulDivHalfUp, PERCENT_SCALE, vnd, WHOLE_BP } from './integerMath.js';
import { royaltyIssue } from './issues.js';
import { lookupBaseSalary, uncoveredIssue } from './lookupBaseSalary.js';
import { quickCivilDate } from './quickCivilDate.js';

type SalaryDateBasis = RoyaltySalaryDate;

/** Days within which royalties are paid after publication (ND 18/2014 Art. 6). */
export const PAYMENT_LIMIT_DAYS = 60;
export const PAYMENT_LIMIT_CITATION: Citation = {
  id: 'ND-18-2014/6',
  note: 'paid within 60 days of publication',
};

export interface SalaryContext {
  publishedOn: CivilDate;
  paidOn?: CivilDate;
  salaryDate: CivilDate;
  basis: SalaryDateBasis;
  baseSalary: number;
  baseCitation: Citation;
  unitValue: number;
}

export interface TraceLine {
  readonly step: 'base-salary' | 'unit-value';
  readonly text: LocalizedText;
  readonly amount: number;
  readonly citation?: Citation;
}

/** Resolves dates, the base salary and the unit value; pushes issues (errors and warnings). */
export function salaryContext(
  publishedOn: DateInput,
  paidOn: DateInput | undefined,
  basis: SalaryDateBasis | undefined,
  tableInput: BaseSalaryTable | readonly BaseSalaryPeriodInput[] | undefined,
  unitShare: number,
  issues: Issue[],
  paymentLimit = true,
): SalaryContext | undefined {
  let table: BaseSalaryTable = VN_BASE_SALARY_TABLE;
  if (tableInput !== undefined) {
    if (Array.isArray(tableInput)) {
      const t = defineBaseSalaryTable(tableInput as readonly BaseSalaryPeriodInput[]);
      if (!t.ok) {
        for (const i of t.issues) issues.push({ ...i, path: ['salaryTable', ...i.path] });
        return undefined;
      }
      table = t.value;
    } else table = tableInput as BaseSalaryTable;
  }
  const pub = quickCivilDate(publishedOn) ?? toCivilDate(publishedOn, ['publishedOn']);
  if (!pub.ok) {
    issues.push(...pub.issues);
    return undefined;
  }
  let paid: CivilDate | undefined;
  if (paidOn !== undefined) {
    const p = quickCivilDate(paidOn) ?? toCivilDate(paidOn, ['paidOn']);
    if (!p.ok) {
      issues.push(...p.issues);
      return undefined;
    }
    paid = p.value;
  }
  const b: SalaryDateBasis = basis ?? 'published';
  if (b !== 'published' && b !== 'paid') {
    issues.push(
      royaltyIssue(
        'royalty.salary-date-basis-invalid',
        `Căn cứ chọn ngày tính lương cơ sở phải là 'published' hoặc 'paid'`,
        `salaryDate must be 'published' or 'paid'`,
        ['salaryDate'],
      ),
    );
    return undefined;
  }
  if (b === 'paid' && paid === undefined) {
    issues.push(
      royaltyIssue(
        'royalty.paid-on-missing',
        'Chọn lương cơ sở theo ngày chi trả nhưng thiếu ngày chi trả (paidOn)',
        "salaryDate is 'paid' but paidOn is missing",
        ['paidOn'],
      ),
    );
    return undefined;
  }
  if (paid !== undefined) {
    if (paid < pub.value) {
      issues.push(
        royaltyIssue(
          'royalty.paid-before-published',
          `Ngày chi trả ${paid} trước ngày đăng ${pub.value}`,
          `Paid on ${paid}, before publication on ${pub.value}`,
          ['paidOn'],
          { severity: 'warning' },
        ),
      );
    } else if (paymentLimit) {
      // ND 18/2014 Art. 6 (60 days). Decree 287/2026 Art. 3.6 has payment one-off, per use, periodic or as
      // agreed, and no day limit: the check applies to the old regime only.
      const limit = addCalendarDays(pub.value, PAYMENT_LIMIT_DAYS);
      if (paid > limit) {
        issues.push(
          royaltyIssue(
            'royalty.payment-late',
            `Chi trả ngày ${paid}, quá hạn 60 ngày kể từ ngày đăng ${pub.value} (hạn ${limit})`,
            `Paid on ${paid}, later than 60 days after publication on ${pub.value} (limit ${limit})`,
            ['paidOn'],
            { severity: 'warning', citation: PAYMENT_LIMIT_CITATION, details: { limit } },
          ),
        );
      }
    }
  }
  const salaryDate = b === 'paid' && paid !== undefined ? paid : pub.value;
  const period = lookupBaseSalary(salaryDate, table);
  if (period === undefined) {
    issues.push(uncoveredIssue(salaryDate, table, [b === 'paid' ? 'paidOn' : 'publishedOn']));
    return undefined;
  }
  const shareBp = Math.round(unitShare * PERCENT_SCALE);
  if (!Number.isSafeInteger(shareBp) || shareBp <= 0) {
    throw new TypeError(
      `Invalid unitShare in regime: ${String(unitShare)} (validate it with defineRoyaltyRegime)`,
    );
  }
  const unitValue = mulDivHalfUp(period.amount, shareBp, WHOLE_BP);
  const ctx: SalaryContext = {
    publishedOn: pub.value,
    salaryDate,
    basis: b,
    baseSalary: period.amount,
    baseCitation: period.citation,
    unitValue,
  };
  if (paid !== undefined) ctx.paidOn = paid;
  return ctx;
}

/** The first two trace lines: base salary, unit value. */
export function salaryTrace(ctx: SalaryContext, unitShare: number, unitShareCitation: Citation): TraceLine[] {
  const base = vnd(ctx.baseSalary);
  const unit = vnd(ctx.unitValue);
  const share = decimalText(Math.round(unitShare * PERCENT_SCALE), PERCENT_SCALE);
  const which =
    ctx.basis === 'paid'
      ? { vi: 'ngày chi trả', en: 'payment date' }
      : { vi: 'ngày đăng', en: 'publication date' };
  return [
    {
      step: 'base-salary',
      text: {
        vi: `Lương cơ sở tại ${which.vi} ${ctx.salaryDate}: ${base.vi} (${ctx.baseCitation.id})`,
        en: `Base salary on the ${which.en} ${ctx.salaryDate}: ${base.en} (${ctx.baseCitation.id})`,
      },
      amount: ctx.baseSalary,
      citation: ctx.baseCitation,
    },
    {
      step: 'unit-value',
      text: {
        vi: `Giá trị một đơn vị hệ số = ${share.vi}% × ${base.vi} = ${unit.vi}`,
        en: `One coefficient unit = ${share.en}% × ${base.en} = ${unit.en}`,
      },
      amount: ctx.unitValue,
      citation: unitShareCitation,
    },
  ];
}
