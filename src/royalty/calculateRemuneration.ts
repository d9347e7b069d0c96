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
import { COEFFICIENT_SCALE, mulDivHalfUp, vnd } from './_lib/integerMath.js';
import { overflowIssue, previewValue, royaltyIssue } from './_lib/issues.js';
import { salaryContext, salaryTrace } from './_lib/salaryContext.js';
import { type ReissuedBasisInput, selectRegime } from './_lib/selectRegime.js';
import { type RoyaltyBreakdownLine, type RoyaltySalaryDate, resolveCoefficient } from './calculateRoyalty.js';
import type { BaseSalaryPeriodInput, BaseSalaryTable } from './defineBaseSalaryTable.js';
import type { RoyaltyGenre, RoyaltyRegime } from './RoyaltyRegimeSchema.js';

/**
 * Input of {@link calculateRemuneration}.
 *
 * @example
 * ```ts
 * import type { RemunerationInput } from 'vn-portal-kit/royalty';
 * const i: RemunerationInput = { role: 'editor', coefficient: 0.5, publishedOn: '2026-11-25' };
 * i.role //=> 'editor'
 * ```
 */
export interface RemunerationInput {
  /**
   * A regime or shipped id (its `remunerationRoles`). Absent: chosen by the commission date (ND 18/2014 before
   * 2026-09-01; from that day Decree 287/2026, which has no remuneration table here: give the agency's table).
   */
  readonly regime?: RoyaltyRegime | string;
  /** The date the work was commissioned: selects the regime (Decree 287/2026 Art. 19.1); absent: `publishedOn`, with a warning. */
  readonly commissionedOn?: DateInput;
  /** The decision that reissued a Decree 18/2014-based table under Decree 287/2026. */
  readonly reissuedBasis?: ReissuedBasisInput;
  /** Role id: `'leader'`, `'editor'`, `'contributor'`, `'material-collector'`, `'information-provider'`. */
  readonly role: string;
  /** The coefficient the head of the agency set for this work. */
  readonly coefficient: number | string;
  /** Publication date of the work (or the date the remuneration is for). */
  readonly publishedOn: DateInput;
  /** Payment date. */
  readonly paidOn?: DateInput;
  /** Which date selects the base salary (default `'published'`). */
  readonly salaryDate?: RoyaltySalaryDate;
  /** Base salary table (default {@link VN_BASE_SALARY_TABLE}). */
  readonly salaryTable?: BaseSalaryTable | readonly BaseSalaryPeriodInput[];
  /** The genre worked on (must exist in the regime). */
  readonly genre?: string;
  /** The author's royalty for the same work/genre, integer VND: checked not to be lower (Art. 6). */
  readonly authorRoyalty?: number;
  /** Build the bilingual breakdown (default `true`). */
  readonly explain?: boolean;
}

/**
 * The result of {@link calculateRemuneration}.
 *
 * @example
 * ```ts
 * import { calculateRemuneration } from 'vn-portal-kit/royalty';
 * const r = calculateRemuneration({ role: 'editor', coefficient: 0.5, publishedOn: '2026-06-30' });
 * r.ok && r.value.amount //=> 117_000
 * ```
 */
export interface RemunerationCalculation {
  /** Regime id. */
  readonly regime: string;
  /** The date that selected the regime. */
  readonly commissionedOn: CivilDate;
  /** Which rule selected the regime (Decree 287/2026 Art. 19.1). */
  readonly rule: { readonly text: LocalizedText; readonly citation: Citation };
  /** Role id. */
  readonly role: string;
  /** Genre id, when given. */
  readonly genre?: string;
  /** Amount, integer VND. */
  readonly amount: number;
  /** One coefficient unit. */
  readonly unitValue: number;
  /** The base salary used. */
  readonly baseSalary: number;
  /** The date that selected the base salary. */
  readonly salaryDate: CivilDate;
  /** The coefficient applied (after clamping to the role's range). */
  readonly coefficient: number;
  /** Trace lines. */
  readonly breakdown: readonly RoyaltyBreakdownLine[];
  /** The role's citation (ND 18/2014 Art. 6). */
  readonly citation: Citation;
  /** Warnings. */
  readonly warnings: readonly Issue[];
}

/**
 * Computes remuneration (thù lao) for the people ND 18/2014 Art. 6 pays besides the author: leaders, editors,
 * contributors, and people who collect material or supply information. Amount = coefficient × unit value (10 % of
 * the base salary), rounded half up to the đồng. The regime is selected by the commission date like
 * {@link calculateRoyalty} (Decree 287/2026 Art. 19.1); the first trace line says which rule applied. With `authorRoyalty`, warns
 * (`royalty.royalty-below-remuneration`) when the author's royalty is lower than this remuneration, which Art. 6
 * forbids for the same genre.
 *
 * @see ND-18-2014/6, QN-3069-2021/2.6
 * @example
 * ```ts
 * import { calculateRemuneration } from 'vn-portal-kit/royalty';
 * const r = calculateRemuneration({ role: 'editor', coefficient: 2, genre: 'tin', authorRoyalty: 351_000, publishedOn: '2026-06-30', commissionedOn: '2026-06-25' });
 * r.ok && [r.value.amount, r.value.warnings[0].code] //=> [468_000, 'royalty.royalty-below-remuneration']
 * calculateRemuneration({ role: 'boss', coefficient: 1, publishedOn: '2026-06-30', commissionedOn: '2026-06-25' }).issues[0].code //=> 'royalty.role-unknown'
 * ```
 */
export function calculateRemuneration(input: RemunerationInput): Result<RemunerationCalculation> {
  if (typeof input !== 'object' || input === null) {
    return err([
      royaltyIssue(
        'royalty.input-invalid',
        'calculateRemuneration cần một đối tượng { role, coefficient, publishedOn, commissionedOn, ... }',
        'calculateRemuneration expects an object { role, coefficient, publishedOn, commissionedOn, ... }',
        [],
      ),
    ]);
  }
  const issues: Issue[] = [];
  const choice = selectRegime(
    input.regime,
    input.commissionedOn,
    input.publishedOn,
    input.reissuedBasis,
    issues,
  );
  if (choice === undefined) return err(issues);
  const { regime } = choice;
  const role = regime.remunerationRoles.find((r) => r.id === input.role);
  if (role === undefined && regime.remunerationRoles.length === 0) {
    issues.push(
      royaltyIssue(
        'royalty.remuneration-not-in-regime',
        `${regime.id} không có bảng thù lao: với tác phẩm đặt hàng từ 01/9/2026, nhập bảng của cơ quan (defineRoyaltyRegime, remunerationRoles)`,
        `${regime.id} has no remuneration table: for work commissioned from 2026-09-01, enter the agency's table (defineRoyaltyRegime, remunerationRoles)`,
        ['regime'],
        { citation: regime.citation },
      ),
    );
  } else if (role === undefined) {
    const known = regime.remunerationRoles.map((r) => r.id).join(', ') || '—';
    issues.push(
      royaltyIssue(
        'royalty.role-unknown',
        `Vai trò ${previewValue(input.role)} không có trong ${regime.id} (có: ${known})`,
        `Role ${previewValue(input.role)} is not in ${regime.id} (known: ${known})`,
        ['role'],
        { citation: { id: 'ND-18-2014/6' } },
      ),
    );
  }
  let genreId: string | undefined;
  if (input.genre !== undefined) {
    const g = regime.genres.find((x) => x.id === input.genre);
    if (g === undefined) {
      issues.push(
        royaltyIssue(
          'royalty.genre-unknown',
          `Thể loại ${previewValue(input.genre)} không có trong bảng ${regime.id}`,
          `Genre ${previewValue(input.genre)} is not in the ${regime.id} table`,
          ['genre'],
        ),
      );
    } else genreId = g.id;
  }
  if (
    input.authorRoyalty !== undefined &&
    (typeof input.authorRoyalty !== 'number' ||
      !Number.isSafeInteger(input.authorRoyalty) ||
      input.authorRoyalty < 0)
  ) {
    issues.push(
      royaltyIssue(
        'royalty.amount-invalid',
        `Nhuận bút của tác giả phải là số nguyên đồng không âm: ${previewValue(input.authorRoyalty)}`,
        `The author's royalty must be a non-negative whole number of VND: ${previewValue(input.authorRoyalty)}`,
        ['authorRoyalty'],
      ),
    );
  }
  const ctx = salaryContext(
    input.publishedOn,
    input.paidOn,
    input.salaryDate,
    input.salaryTable,
    regime.unitShare,
    issues,
    regime.legalBasis !== 'nd287-2026',
  );
  if (role === undefined || ctx === undefined || issues.some((i) => i.severity === 'error'))
    return err(issues);
  const explain = input.explain !== false;
  const lines: RoyaltyBreakdownLine[] = explain
    ? [
        { step: 'regime', text: choice.rule.text, amount: 0, citation: choice.rule.citation },
        ...salaryTrace(ctx, regime.unitShare, regime.unitShareCitation),
      ]
    : [];
  const pseudoGenre: RoyaltyGenre = {
    id: role.id,
    name: role.name,
    unit: 'item',
    ...(role.min !== undefined ? { min: role.min } : {}),
    ...(role.max !== undefined ? { max: role.max } : {}),
    citation: role.citation,
  };
  const coef = resolveCoefficient(
    { ...regime, cap: null },
    pseudoGenre,
    { coefficient: input.coefficient },
    issues,
    lines,
    explain,
  );
  if (coef === undefined) return err(issues);
  const amount = mulDivHalfUp(coef.applied, ctx.unitValue, COEFFICIENT_SCALE);
  if (!Number.isSafeInteger(amount)) {
    issues.push(overflowIssue('amount', ['coefficient']));
    return err(issues);
  }
  if (explain) {
    const a = vnd(amount);
    lines.push({
      step: 'total',
      text: { vi: `Thù lao (${role.name.vi}): ${a.vi}`, en: `Remuneration (${role.name.en}): ${a.en}` },
      amount,
      citation: role.citation,
    });
  }
  if (input.authorRoyalty !== undefined && input.authorRoyalty < amount) {
    const r = vnd(input.authorRoyalty);
    const a = vnd(amount);
    issues.push(
      royaltyIssue(
        'royalty.royalty-below-remuneration',
        `Nhuận bút của tác giả (${r.vi}) thấp hơn thù lao (${a.vi}) cho cùng thể loại`,
        `The author's royalty (${r.en}) is lower than the remuneration (${a.en}) for the same genre`,
        ['authorRoyalty'],
        { severity: 'warning', citation: { id: 'ND-18-2014/6' } },
      ),
    );
  }
  const value: { -readonly [K in keyof RemunerationCalculation]: RemunerationCalculation[K] } = {
    regime: regime.id,
    commissionedOn: choice.commissionedOn,
    rule: choice.rule,
    role: role.id,
    amount,
    unitValue: ctx.unitValue,
    baseSalary: ctx.baseSalary,
    salaryDate: ctx.salaryDate,
    coefficient: coef.applied / COEFFICIENT_SCALE,
    breakdown: lines,
    citation: role.citation,
    warnings: issues,
  };
  if (genreId !== undefined) value.genre = genreId;
  return ok(value, issues);
}
