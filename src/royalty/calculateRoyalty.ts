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
import { checkInForce, resolveRegime } from './_lib/resolveRegime.js';
import { salaryContext, salaryTrace } from './_lib/salaryContext.js';
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
  /** A regime (from {@link defineRoyaltyRegime}) or a shipped id; default `'nd18-2014'`. */
  readonly regime?: RoyaltyRegime | string;
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
 * const r = calculateRoyalty({ genre: 'tin', coefficient: 1.5, publishedOn: '2026-06-30' });
 * r.ok && r.value.breakdown[1].text.vi //=> 'Giá trị một đơn vị hệ số = 10% × 2.340.000 đ = 234.000 đ'
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
  /** Genre id. */
  readonly genre: string;
  /** Site id, when one was given. */
  readonly site?: string;
  /** The amount to pay, integer VND. */
  readonly amount: number;
  /** Coefficient × unit value, before modifiers and site share. */
  readonly baseAmount: number;
  /** One coefficient unit (10 % of the base salary under ND 18/2014), integer VND. */
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
 * Computes a royalty (nhuận bút) under a regime: coefficient × unit value (one unit = the regime's share, 10 %
 * under ND 18/2014, of the base salary on the publication date, or the payment date with
 * `salaryDate: 'paid'`), then the Art. 7.4 modifiers, then the site share. The coefficient is clamped to the
 * genre's range and to the cap group's maximum (ND 18/2014 Art. 7.1), each with a warning.
 *
 * Arithmetic is in integers: coefficients in ten-thousandths, percentages in hundredths of a percent, and each
 * line is rounded half up to the whole đồng (no rounding rule is prescribed; this one is documented). Bad input
 * (negative or non-finite coefficients, unknown genres, dates before the salary table) gives coded bilingual
 * issues, never `NaN`.
 *
 * @see ND-18-2014/7.1, ND-18-2014/7.2, ND-18-2014/7.3, ND-18-2014/7.4, ND-18-2014/6
 * @example
 * ```ts
 * import { calculateRoyalty } from 'vn-portal-kit/royalty';
 * const a = calculateRoyalty({ regime: 'ninh-thuan-23-2020', genre: 'tin-co-anh', publishedOn: '2026-06-30' });
 * a.ok && a.value.amount //=> 351_000
 * const b = calculateRoyalty({ regime: 'ninh-thuan-23-2020', genre: 'tin-co-anh', publishedOn: '2026-06-30', site: 'department' });
 * b.ok && b.value.amount //=> 70_200
 * const c = calculateRoyalty({ genre: 'tin', coefficient: 12, publishedOn: '2026-11-25' });
 * c.ok && [c.value.coefficient, c.value.warnings[0].code] //=> [10, 'royalty.coefficient-capped']
 * calculateRoyalty({ genre: 'tin', coefficient: -1, publishedOn: '2026-11-25' }).issues[0].code //=> 'royalty.coefficient-invalid'
 * ```
 */
export function calculateRoyalty(input: RoyaltyInput): Result<RoyaltyCalculation> {
  if (typeof input !== 'object' || input === null) {
    throw new TypeError(
      'calculateRoyalty expects an object { genre, publishedOn, coefficient | grade, ... }',
    );
  }
  // Read each input property once (inputs built by object spread are slow to read repeatedly).
  const {
    regime: regimeIn,
    genre: genreIn,
    coefficient,
    grade,
    length,
    publishedOn,
    paidOn,
    salaryDate,
    salaryTable,
    modifiers,
    site: siteIn,
    explain: explainIn,
  } = input;
  const issues: Issue[] = [];
  const regime = resolveRegime(regimeIn, issues);
  if (regime === undefined) return err(issues);
  const genre = findGenre(regime, genreIn, issues);
  const ctx = salaryContext(publishedOn, paidOn, salaryDate, salaryTable, regime.unitShare, issues);
  if (genre === undefined || ctx === undefined) return err(issues);
  checkInForce(regime, ctx.publishedOn, issues);
  const explain = explainIn !== false;
  const lines: RoyaltyBreakdownLine[] = explain
    ? salaryTrace(ctx, regime.unitShare, regime.unitShareCitation)
    : [];

  const coef = resolveCoefficient(regime, genre, { coefficient, grade, length }, issues, lines, explain);
  if (coef === undefined) return err(issues);

  const baseAmount = mulDivHalfUp(coef.applied, ctx.unitValue, COEFFICIENT_SCALE);
  if (explain) {
    const c = decimalText(coef.applied, COEFFICIENT_SCALE);
    const u = vnd(ctx.unitValue);
    const a = vnd(baseAmount);
    lines.push({
      step: 'royalty',
      text: {
        vi: `Nhuận bút = hệ số ${c.vi} × ${u.vi} = ${a.vi}`,
        en: `Royalty = coefficient ${c.en} × ${u.en} = ${a.en}`,
      },
      amount: baseAmount,
      citation: FORMULA,
    });
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
  if (!Number.isSafeInteger(amount) || !Number.isSafeInteger(baseAmount)) {
    issues.push(overflowIssue('amount', ['coefficient']));
    return err(issues);
  }
  if (explain) {
    const a = vnd(amount);
    lines.push({
      step: 'total',
      text: { vi: `Tổng nhuận bút: ${a.vi}`, en: `Total royalty: ${a.en}` },
      amount,
      citation: regime.citation,
    });
  }
  const value: {
    -readonly [K in keyof RoyaltyCalculation]: RoyaltyCalculation[K];
  } = {
    regime: regime.id,
    genre: genre.id,
    amount,
    baseAmount,
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
