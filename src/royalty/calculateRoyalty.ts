import {
  type Citation,
  type CivilDate,
  type DateInput,
  err,
  type Issue,
  type LocalizedText,
  ok,
  type Result,
} from '../core/index.js';
import { applyIncentives, type RoyaltyIncentiveInput } from './_lib/incentives.js';
import {
  COEFFICIENT_SCALE,
  decimalText,
  mulDivHalfUp,
  PERCENT_SCALE,
  toScaled,
  vnd,
  WHOLE_BP,
} from './_lib/integerMath.js';
import { numberIssue, overflowIssue, previewValue, royaltyIssue } from './_lib/issues.js';
import { salaryContext, salaryTrace } from './_lib/salaryContext.js';
import { type ReissuedBasisInput, royaltyTerm, selectRegime } from './_lib/selectRegime.js';
import type { BaseSalaryPeriodInput, BaseSalaryTable } from './defineBaseSalaryTable.js';
import type { RoyaltyCapGroup, RoyaltyGenre, RoyaltyRegime, RoyaltySite } from './RoyaltyRegimeSchema.js';

/**
 * Which date selects the base salary: the publication date (`'published'`, the default) or the payment date
 * (`'paid'`). The law does not fix it; the library makes it an option.
 *
 * @example
 * ```ts
 * import { calculateRoyalty } from 'vn-portal-kit/royalty';
 * const r = calculateRoyalty({ genre: 'tin', coefficient: 1, publishedOn: '2026-06-20', paidOn: '2026-07-10', salaryDate: 'paid' });
 * r.ok && r.value.unitValue //=> 253_000
 * ```
 */
export type RoyaltySalaryDate = 'published' | 'paid';

/**
 * A modifier the caller applies: its id in the regime and the percentage chosen within the regime's range
 * (absent: the modifier's `default`, else its minimum, with a warning when the range is not a single value).
 *
 * @example
 * ```ts
 * import type { RoyaltyModifierInput } from 'vn-portal-kit/royalty';
 * const m: RoyaltyModifierInput = { id: 'translation', percent: 50 };
 * m.percent //=> 50
 * ```
 */
export interface RoyaltyModifierInput {
  /** Modifier id, e.g. `'translation'`, `'children-ethnic'`. */
  readonly id: string;
  /** Percentage within the modifier's range. */
  readonly percent?: number | string;
}

/**
 * Input of {@link calculateRoyalty}.
 *
 * @example
 * ```ts
 * import type { RoyaltyInput } from 'vn-portal-kit/royalty';
 * const input: RoyaltyInput = { genre: 'tin', coefficient: 1.5, publishedOn: '2026-11-25' };
 * input.genre //=> 'tin'
 * ```
 */
export interface RoyaltyInput {
  /**
   * A regime (from {@link defineRoyaltyRegime}) or a shipped id. Absent: chosen by the commission date
   * (Decree 287/2026 Art. 19.1): `'nd18-2014'` before 2026-09-01, `'nd287-2026'` (the order/contract amount)
   * from that day.
   */
  readonly regime?: RoyaltyRegime | string;
  /**
   * The date the work was assigned, ordered or bid (giao nhiệm vụ, đặt hàng, đấu thầu): it selects the regime
   * (Decree 287/2026 Art. 19.1). Absent: the publication date is assumed, with a warning.
   */
  readonly commissionedOn?: DateInput;
  /** The amount of the order or contract, integer VND (regimes whose `amountSource` is `'contract'`). */
  readonly contractAmount?: number | string;
  /** Incentive royalties (Decree 287/2026 Art. 3.3), for regimes made under that decree. */
  readonly incentives?: readonly RoyaltyIncentiveInput[];
  /** The decision that reissued a Decree 18/2014-based table under Decree 287/2026 (stops the lapse warning). */
  readonly reissuedBasis?: ReissuedBasisInput;
  /** Genre id in the regime's table. */
  readonly genre: string;
  /** The coefficient (hệ số), a non-negative number or decimal string (`'1.5'`, `'1,5'`). */
  readonly coefficient?: number | string;
  /** A grade id (`'A'`, `'B'`, `'C'`) instead of a coefficient. */
  readonly grade?: string;
  /** Length in the genre's length units (per-length genres), with `grade`. */
  readonly length?: number | string;
  /** Publication date. */
  readonly publishedOn: DateInput;
  /** Payment date (checked against the 60-day limit; selects the salary with `salaryDate: 'paid'`). */
  readonly paidOn?: DateInput;
  /** Which date selects the base salary: `'published'` (default) or `'paid'`. */
  readonly salaryDate?: RoyaltySalaryDate;
  /** Adjustments (ids, or ids with a percentage). */
  readonly modifiers?: readonly (string | RoyaltyModifierInput)[];
  /** Site kind id in the regime (e.g. `'department'`); absent: the main portal (100 %). */
  readonly site?: string;
  /** Base salary table (default {@link VN_BASE_SALARY_TABLE}). */
  readonly salaryTable?: BaseSalaryTable | readonly BaseSalaryPeriodInput[];
  /** Build the bilingual `breakdown` (default `true`; `false` for bulk computations). */
  readonly explain?: boolean;
}

/**
 * The kind of a {@link RoyaltyBreakdownLine}.
 *
 * @example
 * ```ts
 * import type { RoyaltyStep } from 'vn-portal-kit/royalty';
 * const s: RoyaltyStep = 'unit-value';
 * s //=> 'unit-value'
 * ```
 */
export type RoyaltyStep =
  | 'regime'
  | 'contract'
  | 'incentive'
  | 'base-salary'
  | 'unit-value'
  | 'coefficient'
  | 'royalty'
  | 'modifier'
  | 'site'
  | 'total';

/**
 * One line of the trace a clerk can read: what was computed, in Vietnamese and English, the whole-đồng amount of
 * the line, and its legal basis.
 *
 * @example
 * ```ts
 * import { calculateRoyalty } from 'vn-portal-kit/royalty';
 * const r = calculateRoyalty({ genre: 'tin', coefficient: 1.5, commissionedOn: '2026-06-20', publishedOn: '2026-06-30' });
 * r.ok && r.value.breakdown[0].citation?.id //=> 'ND-287-2026/19.1'
 * r.ok && r.value.breakdown[2].text.vi //=> 'Giá trị một đơn vị hệ số = 10% × 2.340.000 đ = 234.000 đ'
 * ```
 */
export interface RoyaltyBreakdownLine {
  /** What the line is. */
  readonly step: RoyaltyStep;
  /** The line as text. */
  readonly text: LocalizedText;
  /** The line's amount (VND; for `coefficient`, the coefficient × 10,000). */
  readonly amount: number;
  /** Its legal basis. */
  readonly citation?: Citation;
}

/**
 * The result of {@link calculateRoyalty}.
 *
 * @example
 * ```ts
 * import { calculateRoyalty } from 'vn-portal-kit/royalty';
 * const r = calculateRoyalty({ genre: 'tin', coefficient: 1.5, publishedOn: '2026-07-01' });
 * r.ok && [r.value.unitValue, r.value.amount] //=> [253_000, 379_500]
 * ```
 */
export interface RoyaltyCalculation {
  /** Regime id. */
  readonly regime: string;
  /** The date that selected the regime (the commission date, or the publication date when none was given). */
  readonly commissionedOn: CivilDate;
  /** `true` when no commission date was given and the publication date was used. */
  readonly commissionDateAssumed: boolean;
  /** Which rule selected the regime, and its basis (Decree 287/2026 Art. 19.1 and the regime's own). */
  readonly rule: { readonly text: LocalizedText; readonly citation: Citation };
  /** Genre id. */
  readonly genre: string;
  /** Genre name. */
  readonly genreName: LocalizedText;
  /** Incentive royalties added (Decree 287/2026 Art. 3.3), integer VND. */
  readonly incentiveAmount: number;
  /** Site id, when one was given. */
  readonly site?: string;
  /** The amount to pay, integer VND. */
  readonly amount: number;
  /** Coefficient × unit value, before modifiers and site share. */
  readonly baseAmount: number;
  /** One coefficient unit (10 % of the base salary under ND 18/2014), integer VND (informational for a contract amount). */
  readonly unitValue: number;
  /** The base salary used. */
  readonly baseSalary: number;
  /** The date that selected the base salary. */
  readonly salaryDate: CivilDate;
  /** Publication date. */
  readonly publishedOn: CivilDate;
  /** Payment date, when given. */
  readonly paidOn?: CivilDate;
  /** The coefficient applied (after clamping). */
  readonly coefficient: number;
  /** The coefficient asked for (from the input, a grade × length, or the table's fixed value). */
  readonly requestedCoefficient: number;
  /** The trace (empty when `explain: false`). */
  readonly breakdown: readonly RoyaltyBreakdownLine[];
  /** The regime's citation. */
  readonly citation: Citation;
  /** Warnings (clamping, late payment, regime not in force…), also in the result's `issues`. */
  readonly warnings: readonly Issue[];
}

const FORMULA: Citation = { id: 'ND-18-2014/7.3', note: 'nhuận bút = hệ số × giá trị một đơn vị hệ số' };
const COEF_WHAT = { vi: 'Hệ số', en: 'The coefficient' };

/**
 * Computes a royalty. The regime is selected by the commission date (`commissionedOn`; Decree 287/2026
 * Art. 19.1: work ordered, assigned or bid before 2026-09-01 stays under the rules then in force): without a
 * regime, Decree 18/2014 before 2026-09-01 and Decree 287/2026 from it; without a commission date, the
 * publication date is assumed and a warning says so. The first trace line says which rule applied.
 *
 * Under a coefficient table (ND 18/2014 or an agency's table): coefficient × unit value (one unit = the regime's
 * share, 10 % under ND 18/2014, of the base salary on the publication date, or the payment date with
 * `salaryDate: 'paid'`), then the Art. 7.4 modifiers, then the site share; the coefficient is clamped to the
 * genre's range and the cap group's maximum, each with a warning. Under Decree 287/2026's own regime
 * (`'nd287-2026'`) there is no national table (Art. 14.1): the amount is the order or contract amount
 * (`contractAmount`), plus the Art. 3.3 incentives. A table made under Decree 18/2014 used for work commissioned
 * from 2026-09-01 is computed but flagged (`royalty.basis-lapsed`) unless `reissuedBasis` names the decision that
 * reissued it; ND 18/2014 itself is flagged `royalty.regime-not-in-force`.
 *
 * Arithmetic is in integers: coefficients in ten-thousandths, percentages in hundredths of a percent, and each
 * line is rounded half up to the whole đồng (no rounding rule is prescribed; this one is documented). Bad input
 * (negative or non-finite coefficients, unknown genres, dates before the salary table) gives coded bilingual
 * issues, never `NaN`.
 *
 * @see ND-287-2026/19.1, ND-287-2026/14.1, ND-287-2026/3.3, ND-18-2014/7.1, ND-18-2014/7.2, ND-18-2014/7.4
 * @example
 * ```ts
 * import { calculateRoyalty } from 'vn-portal-kit/royalty';
 * const old = calculateRoyalty({ genre: 'tin', coefficient: 1.5, commissionedOn: '2026-08-20', publishedOn: '2026-12-07' });
 * old.ok && [old.value.regime, old.value.amount, old.value.rule.citation.id] //=> ['nd18-2014', 379_500, 'ND-287-2026/19.1']
 * const now = calculateRoyalty({ genre: 'tin', coefficient: 1.5, commissionedOn: '2026-12-07', publishedOn: '2026-12-07' });
 * now.issues[0].code //=> 'royalty.coefficient-not-applicable'
 * const paid = calculateRoyalty({ genre: 'tin', contractAmount: 400_000, commissionedOn: '2026-12-07', publishedOn: '2026-12-07' });
 * paid.ok && [paid.value.regime, paid.value.amount] //=> ['nd287-2026', 400_000]
 * const a = calculateRoyalty({ regime: 'ninh-thuan-23-2020', genre: 'tin-co-anh', commissionedOn: '2026-06-30', publishedOn: '2026-06-30' });
 * a.ok && a.value.amount //=> 351_000
 * const c = calculateRoyalty({ genre: 'tin', coefficient: 12, commissionedOn: '2026-08-25', publishedOn: '2026-08-25' });
 * c.ok && [c.value.coefficient, c.value.warnings[0].code] //=> [10, 'royalty.coefficient-capped']
 * calculateRoyalty({ genre: 'tin', coefficient: -1, commissionedOn: '2026-08-25', publishedOn: '2026-08-25' }).issues[0].code //=> 'royalty.coefficient-invalid'
 * ```
 */
export function calculateRoyalty(input: RoyaltyInput): Result<RoyaltyCalculation> {
  if (typeof input !== 'object' || input === null) {
    return err([
      royaltyIssue(
        'royalty.input-invalid',
        'calculateRoyalty cần một đối tượng { genre, publishedOn, commissionedOn, coefficient | grade | contractAmount, ... }',
        'calculateRoyalty expects an object { genre, publishedOn, commissionedOn, coefficient | grade | contractAmount, ... }',
        [],
      ),
    ]);
  }
  // Read each input property once (inputs built by object spread are slow to read repeatedly).
  const {
    regime: regimeIn,
    genre: genreIn,
    coefficient,
    grade,
    length,
    publishedOn,
    commissionedOn,
    contractAmount,
    incentives,
    reissuedBasis,
    paidOn,
    salaryDate,
    salaryTable,
    modifiers,
    site: siteIn,
    explain: explainIn,
  } = input;
  const issues: Issue[] = [];
  const choice = selectRegime(regimeIn, commissionedOn, publishedOn, reissuedBasis, issues);
  if (choice === undefined) return err(issues);
  const { regime } = choice;
  const genre = findGenre(regime, genreIn, issues);
  const oldRules = regime.legalBasis !== 'nd287-2026';
  const ctx = salaryContext(publishedOn, paidOn, salaryDate, salaryTable, regime.unitShare, issues, oldRules);
  if (genre === undefined || ctx === undefined) return err(issues);
  const explain = explainIn !== false;
  const term = royaltyTerm(regime);
  const lines: RoyaltyBreakdownLine[] = [];
  if (explain)
    lines.push({ step: 'regime', text: choice.rule.text, amount: 0, citation: choice.rule.citation });

  let baseAmount: number;
  let coef: Coef;
  if (regime.amountSource === 'contract') {
    const c = contractPath(regime, { coefficient, grade, length, contractAmount, modifiers, siteIn }, issues);
    if (c === undefined) return err(issues);
    baseAmount = c;
    coef = { requested: 0, applied: 0 };
    if (explain) {
      const a = vnd(baseAmount);
      lines.push({
        step: 'contract',
        text: {
          vi: `${term.vi} theo giao nhiệm vụ, đặt hàng, hợp đồng: ${a.vi}`,
          en: `${term.en} under the assignment, order or contract: ${a.en}`,
        },
        amount: baseAmount,
        citation: regime.citation,
      });
    }
  } else {
    if (contractAmount !== undefined) {
      issues.push(
        royaltyIssue(
          'royalty.contract-amount-not-applicable',
          `${regime.id} tính theo bảng hệ số: không nhập contractAmount (số tiền hợp đồng dùng chế độ nd287-2026)`,
          `${regime.id} is a coefficient table: contractAmount does not apply (a contract amount uses regime nd287-2026)`,
          ['contractAmount'],
        ),
      );
      return err(issues);
    }
    if (explain) lines.push(...salaryTrace(ctx, regime.unitShare, regime.unitShareCitation));
    const resolved = resolveCoefficient(
      regime,
      genre,
      { coefficient, grade, length },
      issues,
      lines,
      explain,
    );
    if (resolved === undefined) return err(issues);
    coef = resolved;
    baseAmount = mulDivHalfUp(coef.applied, ctx.unitValue, COEFFICIENT_SCALE);
    if (explain) {
      const c = decimalText(coef.applied, COEFFICIENT_SCALE);
      const u = vnd(ctx.unitValue);
      const a = vnd(baseAmount);
      lines.push({
        step: 'royalty',
        text: {
          vi: `${term.vi} = hệ số ${c.vi} × ${u.vi} = ${a.vi}`,
          en: `${term.en} = coefficient ${c.en} × ${u.en} = ${a.en}`,
        },
        amount: baseAmount,
        citation: oldRules ? FORMULA : (regime.decision?.basis ?? regime.citation),
      });
    }
  }
  const afterModifiers = applyModifiers(regime, modifiers, baseAmount, issues, lines, explain);
  if (afterModifiers === undefined) return err(issues);
  let amount = afterModifiers;
  let siteId: string | undefined;
  if (siteIn !== undefined) {
    let site: RoyaltySite | undefined;
    for (const s of regime.sites) if (s.id === siteIn) site = s;
    if (site === undefined) {
      const known = regime.sites.map((s) => s.id).join(', ') || '—';
      issues.push(
        royaltyIssue(
          'royalty.site-unknown',
          `Loại trang ${previewValue(siteIn)} không có trong ${regime.id} (có: ${known})`,
          `Site kind ${previewValue(siteIn)} is not in ${regime.id} (known: ${known})`,
          ['site'],
        ),
      );
      return err(issues);
    }
    siteId = site.id;
    const bp = Math.round(site.share * PERCENT_SCALE);
    const before = amount;
    amount = mulDivHalfUp(before, bp, WHOLE_BP);
    if (explain && bp !== WHOLE_BP) {
      const p = decimalText(bp, PERCENT_SCALE);
      const b = vnd(before);
      const a = vnd(amount);
      lines.push({
        step: 'site',
        text: {
          vi: `${site.name.vi}: ${p.vi}% × ${b.vi} = ${a.vi}`,
          en: `${site.name.en}: ${p.en}% × ${b.en} = ${a.en}`,
        },
        amount,
        citation: site.citation,
      });
    }
  }
  const incentiveAmount = applyIncentives(regime, incentives, issues, lines, explain);
  if (incentiveAmount === undefined) return err(issues);
  amount += incentiveAmount;
  if (!Number.isSafeInteger(amount) || !Number.isSafeInteger(baseAmount)) {
    issues.push(overflowIssue('amount', ['coefficient']));
    return err(issues);
  }
  if (explain) {
    const a = vnd(amount);
    lines.push({
      step: 'total',
      text: { vi: `Tổng ${term.vi.toLowerCase()}: ${a.vi}`, en: `Total ${term.en.toLowerCase()}: ${a.en}` },
      amount,
      citation: regime.citation,
    });
  }
  const value: {
    -readonly [K in keyof RoyaltyCalculation]: RoyaltyCalculation[K];
  } = {
    regime: regime.id,
    commissionedOn: choice.commissionedOn,
    commissionDateAssumed: choice.commissionDateAssumed,
    rule: choice.rule,
    genre: genre.id,
    genreName: genre.name,
    amount,
    baseAmount,
    incentiveAmount,
    unitValue: ctx.unitValue,
    baseSalary: ctx.baseSalary,
    salaryDate: ctx.salaryDate,
    publishedOn: ctx.publishedOn,
    coefficient: coef.applied / COEFFICIENT_SCALE,
    requestedCoefficient: coef.requested / COEFFICIENT_SCALE,
    breakdown: lines,
    citation: regime.citation,
    warnings: issues,
  };
  if (siteId !== undefined) value.site = siteId;
  if (ctx.paidOn !== undefined) value.paidOn = ctx.paidOn;
  return ok(value, issues);
}

/** The contract path (Decree 287/2026 Art. 3.1, 14.1): the amount is the order's; coefficients do not apply. */
function contractPath(
  regime: RoyaltyRegime,
  input: {
    coefficient: unknown;
    grade: unknown;
    length: unknown;
    contractAmount: unknown;
    modifiers: unknown;
    siteIn: unknown;
  },
  issues: Issue[],
): number | undefined {
  const stray = (['coefficient', 'grade', 'length', 'modifiers'] as const).find(
    (k) => input[k] !== undefined && !(k === 'modifiers' && Array.isArray(input[k]) && input[k].length === 0),
  );
  if (stray !== undefined) {
    issues.push(
      royaltyIssue(
        'royalty.coefficient-not-applicable',
        `${regime.id}: Nghị định 287/2026 không có bảng hệ số quốc gia cho báo chí (Điều 14.1); bỏ ${stray}, nhập contractAmount, hoặc dùng bảng của cơ quan (defineRoyaltyRegime, legalBasis 'nd287-2026')`,
        `${regime.id}: Decree 287/2026 has no national coefficient table for the press (Art. 14.1); drop ${stray}, give contractAmount, or use the agency's table (defineRoyaltyRegime, legalBasis 'nd287-2026')`,
        [stray],
        { citation: regime.citation },
      ),
    );
    return undefined;
  }
  if (input.contractAmount === undefined) {
    issues.push(
      royaltyIssue(
        'royalty.contract-amount-missing',
        `${regime.id}: tiền bản quyền theo giao nhiệm vụ, đặt hàng, đấu thầu (Nghị định 287/2026 Điều 14.1): nhập số tiền (contractAmount) hoặc dùng bảng của tỉnh, bộ (Điều 21.2); không áp hệ số Nghị định 18/2014`,
        `${regime.id}: the royalty follows the assignment, order or bid (Decree 287/2026 Art. 14.1): give the amount (contractAmount) or use the province's or ministry's table (Art. 21.2); Decree 18/2014 coefficients do not apply`,
        ['contractAmount'],
        { citation: regime.citation },
      ),
    );
    return undefined;
  }
  const v = toScaled(input.contractAmount, 1);
  if (!v.ok || v.rounded) {
    issues.push(
      v.ok
        ? royaltyIssue(
            'royalty.contract-amount-invalid',
            `Số tiền hợp đồng phải là số nguyên đồng: ${previewValue(input.contractAmount)}`,
            `The contract amount must be whole đồng: ${previewValue(input.contractAmount)}`,
            ['contractAmount'],
          )
        : numberIssue(
            'royalty.contract-amount-invalid',
            { vi: 'Số tiền hợp đồng', en: 'The contract amount' },
            input.contractAmount,
            v.reason,
            ['contractAmount'],
          ),
    );
    return undefined;
  }
  return v.value;
}

function findGenre(regime: RoyaltyRegime, id: unknown, issues: Issue[]): RoyaltyGenre | undefined {
  if (typeof id === 'string') {
    for (const g of regime.genres) if (g.id === id) return g;
  }
  const known = regime.genres
    .slice(0, 30)
    .map((g) => g.id)
    .join(', ');
  issues.push(
    royaltyIssue(
      'royalty.genre-unknown',
      `Thể loại ${previewValue(id)} không có trong bảng ${regime.id} (có: ${known})`,
      `Genre ${previewValue(id)} is not in the ${regime.id} table (known: ${known})`,
      ['genre'],
      { citation: regime.citation, details: { genre: previewValue(id) } },
    ),
  );
  return undefined;
}

interface Coef {
  requested: number;
  applied: number;
}

function scaledOrIssue(
  value: unknown,
  code: string,
  what: { vi: string; en: string },
  path: (string | number)[],
  issues: Issue[],
): number | undefined {
  const s = toScaled(value, COEFFICIENT_SCALE);
  if (!s.ok) {
    issues.push(numberIssue(code, what, value, s.reason, path));
    return undefined;
  }
  if (s.rounded) {
    issues.push(
      royaltyIssue(
        'royalty.coefficient-rounded',
        `${what.vi} ${previewValue(value)} được làm tròn đến 4 chữ số thập phân`,
        `${what.en} ${previewValue(value)} was rounded to 4 decimal places`,
        path,
        { severity: 'warning' },
      ),
    );
  }
  return s.value;
}

/** Internal (shared with remuneration): the coefficient, clamped to a range and a cap, with trace lines. */
export function resolveCoefficient(
  regime: RoyaltyRegime,
  genre: RoyaltyGenre,
  input: { coefficient?: unknown; grade?: unknown; length?: unknown },
  issues: Issue[],
  lines: RoyaltyBreakdownLine[],
  explain: boolean,
): Coef | undefined {
  let requested: number | undefined;
  let how: LocalizedText | undefined;
  if (input.grade !== undefined) {
    if (input.coefficient !== undefined) {
      issues.push(
        royaltyIssue(
          'royalty.coefficient-conflict',
          'Chỉ nhập hệ số hoặc loại (grade), không nhập cả hai',
          'Give a coefficient or a grade, not both',
          ['coefficient'],
        ),
      );
      return undefined;
    }
    const grade = genre.grades?.find((g) => g.id === input.grade);
    if (grade === undefined) {
      const known = genre.grades?.map((g) => g.id).join(', ') || '—';
      issues.push(
        royaltyIssue(
          'royalty.grade-unknown',
          `Loại ${previewValue(input.grade)} không có cho thể loại ${genre.id} (có: ${known})`,
          `Grade ${previewValue(input.grade)} does not exist for genre ${genre.id} (known: ${known})`,
          ['grade'],
          { citation: genre.citation },
        ),
      );
      return undefined;
    }
    const gradeScaled = Math.round(grade.coefficient * COEFFICIENT_SCALE);
    if (genre.unit === 'length') {
      if (input.length === undefined) {
        issues.push(
          royaltyIssue(
            'royalty.length-missing',
            `Thể loại ${genre.id} tính theo độ dài: cần nhập độ dài (số ${genre.lengthUnit?.vi ?? 'đơn vị'})`,
            `Genre ${genre.id} is per length: give the length (number of ${genre.lengthUnit?.en ?? 'units'})`,
            ['length'],
          ),
        );
        return undefined;
      }
      const len = scaledOrIssue(
        input.length,
        'royalty.length-invalid',
        { vi: 'Độ dài', en: 'The length' },
        ['length'],
        issues,
      );
      if (len === undefined) return undefined;
      requested = mulDivHalfUp(len, gradeScaled, COEFFICIENT_SCALE);
      if (explain) {
        const l = decimalText(len, COEFFICIENT_SCALE);
        const gc = decimalText(gradeScaled, COEFFICIENT_SCALE);
        const r = decimalText(requested, COEFFICIENT_SCALE);
        const unit = genre.lengthUnit ?? { vi: 'đơn vị', en: 'units' };
        how = {
          vi: `${l.vi} ${unit.vi} × ${gc.vi} (loại ${grade.id}) = ${r.vi}`,
          en: `${l.en} ${unit.en} × ${gc.en} (grade ${grade.id}) = ${r.en}`,
        };
      }
    } else {
      requested = gradeScaled;
      if (explain) {
        const gc = decimalText(gradeScaled, COEFFICIENT_SCALE);
        how = { vi: `loại ${grade.id}: ${gc.vi}`, en: `grade ${grade.id}: ${gc.en}` };
      }
    }
  } else if (input.coefficient !== undefined) {
    if (input.length !== undefined) {
      issues.push(
        royaltyIssue(
          'royalty.grade-missing',
          'Đã nhập độ dài nhưng thiếu loại (grade) để tính hệ số',
          'A length was given without a grade to compute the coefficient',
          ['grade'],
        ),
      );
      return undefined;
    }
    requested = scaledOrIssue(
      input.coefficient,
      'royalty.coefficient-invalid',
      COEF_WHAT,
      ['coefficient'],
      issues,
    );
    if (requested === undefined) return undefined;
  } else if (genre.default !== undefined) {
    requested = Math.round(genre.default * COEFFICIENT_SCALE);
    if (explain) how = { vi: 'hệ số cố định theo bảng', en: 'fixed coefficient of the table' };
  } else {
    const lengthBased = genre.unit === 'length';
    issues.push(
      royaltyIssue(
        lengthBased ? 'royalty.grade-missing' : 'royalty.coefficient-missing',
        lengthBased
          ? `Thể loại ${genre.id} cần loại (grade) và độ dài`
          : `Thể loại ${genre.id} cần hệ số (khung ${rangeText(genre).vi})`,
        lengthBased
          ? `Genre ${genre.id} needs a grade and a length`
          : `Genre ${genre.id} needs a coefficient (range ${rangeText(genre).en})`,
        [lengthBased ? 'grade' : 'coefficient'],
        { citation: genre.citation },
      ),
    );
    return undefined;
  }
  let applied = requested;
  const min = genre.min === undefined ? 0 : Math.round(genre.min * COEFFICIENT_SCALE);
  const max = genre.max === undefined ? Number.POSITIVE_INFINITY : Math.round(genre.max * COEFFICIENT_SCALE);
  if (applied < min || applied > max) {
    const to = applied < min ? min : max;
    const f = decimalText(applied, COEFFICIENT_SCALE);
    const t = decimalText(to, COEFFICIENT_SCALE);
    issues.push(
      royaltyIssue(
        'royalty.coefficient-clamped',
        `Hệ số ${f.vi} ngoài khung ${rangeText(genre).vi} của thể loại ${genre.id}: dùng ${t.vi}`,
        `Coefficient ${f.en} is outside the ${rangeText(genre).en} range of genre ${genre.id}: ${t.en} used`,
        ['coefficient'],
        {
          severity: 'warning',
          citation: genre.citation,
          details: { requested: applied / COEFFICIENT_SCALE, applied: to / COEFFICIENT_SCALE },
        },
      ),
    );
    applied = to;
  }
  const cap = regime.cap;
  if (cap && genre.group !== undefined) {
    let group: RoyaltyCapGroup | undefined;
    for (const g of cap.groups) if (g.group === genre.group) group = g;
    if (group !== undefined) {
      const gmax = Math.round(group.max * COEFFICIENT_SCALE);
      if (applied > gmax) {
        const f = decimalText(applied, COEFFICIENT_SCALE);
        const t = decimalText(gmax, COEFFICIENT_SCALE);
        issues.push(
          royaltyIssue(
            'royalty.coefficient-capped',
            `Hệ số ${f.vi} vượt mức tối đa ${t.vi} của nhóm ${group.group} (${group.name.vi}): dùng ${t.vi}`,
            `Coefficient ${f.en} exceeds the group ${group.group} maximum ${t.en} (${group.name.en}): ${t.en} used`,
            ['coefficient'],
            {
              severity: 'warning',
              citation: cap.citation,
              details: { requested: applied / COEFFICIENT_SCALE, applied: gmax / COEFFICIENT_SCALE },
            },
          ),
        );
        applied = gmax;
      }
    }
  }
  if (explain) {
    const a = decimalText(applied, COEFFICIENT_SCALE);
    const suffix =
      applied !== requested
        ? {
            vi: ` (đã điều chỉnh từ ${decimalText(requested, COEFFICIENT_SCALE).vi})`,
            en: ` (adjusted from ${decimalText(requested, COEFFICIENT_SCALE).en})`,
          }
        : { vi: '', en: '' };
    const detail = how ? { vi: `; ${how.vi}`, en: `; ${how.en}` } : { vi: '', en: '' };
    lines.push({
      step: 'coefficient',
      text: {
        vi: `Hệ số ${genre.name.vi}: ${a.vi}${suffix.vi}${detail.vi} (khung ${rangeText(genre, regime).vi})`,
        en: `Coefficient, ${genre.name.en}: ${a.en}${suffix.en}${detail.en} (range ${rangeText(genre, regime).en})`,
      },
      amount: applied,
      citation: genre.citation,
    });
  }
  return { requested, applied };
}

function rangeText(genre: RoyaltyGenre, regime?: RoyaltyRegime): LocalizedText {
  const lo = decimalText(Math.round((genre.min ?? 0) * COEFFICIENT_SCALE), COEFFICIENT_SCALE);
  const max = genre.max ?? regime?.cap?.groups.find((g) => g.group === genre.group)?.max;
  if (max === undefined) return { vi: `từ ${lo.vi}`, en: `from ${lo.en}` };
  const hi = decimalText(Math.round(max * COEFFICIENT_SCALE), COEFFICIENT_SCALE);
  return { vi: `${lo.vi}–${hi.vi}`, en: `${lo.en}–${hi.en}` };
}

function applyModifiers(
  regime: RoyaltyRegime,
  requested: RoyaltyInput['modifiers'],
  baseAmount: number,
  issues: Issue[],
  lines: RoyaltyBreakdownLine[],
  explain: boolean,
): number | undefined {
  if (requested === undefined || requested.length === 0) return baseAmount;
  if (!Array.isArray(requested) || requested.length > 50) {
    issues.push(
      royaltyIssue(
        'royalty.modifier-invalid',
        'Danh sách điều chỉnh không hợp lệ',
        'Invalid list of modifiers',
        ['modifiers'],
      ),
    );
    return undefined;
  }
  const chosen: { id: string; bp: number; index: number }[] = [];
  const seen = new Set<string>();
  let failed = false;
  requested.forEach((m: string | RoyaltyModifierInput, index: number) => {
    const id = typeof m === 'string' ? m : typeof m === 'object' && m !== null ? m.id : undefined;
    const mod = regime.modifiers.find((x) => x.id === id);
    if (mod === undefined) {
      const known = regime.modifiers.map((x) => x.id).join(', ') || '—';
      issues.push(
        royaltyIssue(
          'royalty.modifier-unknown',
          `Điều chỉnh ${previewValue(id)} không có trong ${regime.id} (có: ${known})`,
          `Modifier ${previewValue(id)} is not in ${regime.id} (known: ${known})`,
          ['modifiers', index],
        ),
      );
      failed = true;
      return;
    }
    if (seen.has(mod.id)) {
      issues.push(
        royaltyIssue(
          'royalty.modifier-duplicate',
          `Điều chỉnh ${mod.id} được nhập hai lần`,
          `Modifier ${mod.id} is given twice`,
          ['modifiers', index],
        ),
      );
      failed = true;
      return;
    }
    seen.add(mod.id);
    const lo = Math.round(mod.min * PERCENT_SCALE);
    const hi = Math.round(mod.max * PERCENT_SCALE);
    const given = typeof m === 'object' ? m.percent : undefined;
    let bp: number;
    if (given === undefined) {
      bp = mod.default !== undefined ? Math.round(mod.default * PERCENT_SCALE) : lo;
      if (lo !== hi) {
        const p = decimalText(bp, PERCENT_SCALE);
        issues.push(
          royaltyIssue(
            'royalty.modifier-percent-defaulted',
            `Không nhập tỷ lệ cho ${mod.id}: dùng ${p.vi}%`,
            `No percentage given for ${mod.id}: ${p.en}% used`,
            ['modifiers', index, 'percent'],
            { severity: 'warning', citation: mod.citation },
          ),
        );
      }
    } else {
      const s = toScaled(given, PERCENT_SCALE);
      if (!s.ok) {
        issues.push(
          numberIssue(
            'royalty.modifier-invalid',
            { vi: 'Tỷ lệ điều chỉnh', en: 'The modifier percentage' },
            given,
            s.reason,
            ['modifiers', index, 'percent'],
          ),
        );
        failed = true;
        return;
      }
      bp = s.value;
      if (bp < lo || bp > hi) {
        const to = bp < lo ? lo : hi;
        issues.push(
          royaltyIssue(
            'royalty.modifier-clamped',
            `Tỷ lệ ${decimalText(bp, PERCENT_SCALE).vi}% của ${mod.id} ngoài khung ${decimalText(lo, PERCENT_SCALE).vi}–${decimalText(hi, PERCENT_SCALE).vi}%: dùng ${decimalText(to, PERCENT_SCALE).vi}%`,
            `${mod.id} percentage ${decimalText(bp, PERCENT_SCALE).en}% is outside ${decimalText(lo, PERCENT_SCALE).en}–${decimalText(hi, PERCENT_SCALE).en}%: ${decimalText(to, PERCENT_SCALE).en}% used`,
            ['modifiers', index, 'percent'],
            { severity: 'warning', citation: mod.citation },
          ),
        );
        bp = to;
      }
    }
    chosen.push({ id: mod.id, bp, index });
  });
  if (failed) return undefined;
  // Shares first (the work earns a percentage of the genre's royalty), then surcharges on that amount.
  let amount = baseAmount;
  for (const pass of ['share', 'surcharge'] as const) {
    const base = amount;
    for (const c of chosen) {
      const mod = regime.modifiers.find((x) => x.id === c.id)!;
      if (mod.kind !== pass) continue;
      const before = amount;
      const part = mulDivHalfUp(pass === 'share' ? before : base, c.bp, WHOLE_BP);
      amount = pass === 'share' ? part : amount + part;
      if (explain) {
        const p = decimalText(c.bp, PERCENT_SCALE);
        const b = vnd(pass === 'share' ? before : base);
        const r = vnd(part);
        const plus = pass === 'surcharge' ? { vi: 'cộng ', en: 'plus ' } : { vi: '', en: '' };
        lines.push({
          step: 'modifier',
          text: {
            vi: `${mod.name.vi}: ${plus.vi}${p.vi}% × ${b.vi} = ${r.vi}`,
            en: `${mod.name.en}: ${plus.en}${p.en}% × ${b.en} = ${r.en}`,
          },
          amount: part,
          citation: mod.citation,
        });
      }
    }
  }
  return amount;
}
