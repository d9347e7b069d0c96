import {
  type Citation,
  type CivilDate,
  type DateInput,
  err,
  type Issue,
  ok,
  type Result,
  toCivilDate,
} from '../core/index.js';
import { toScaled, vnd } from './_lib/integerMath.js';
import { numberIssue, previewValue, royaltyIssue } from './_lib/issues.js';
import { quickCivilDate } from './_lib/quickCivilDate.js';
import { ND287_FIRST_DAY, TRANSITION } from './_lib/selectRegime.js';
import type { RoyaltyBreakdownLine } from './calculateRoyalty.js';

const FLOOR: Citation = {
  id: 'ND-287-2026/15.1',
  note: 'use of state-owned print or online press works: by agreement, not lower than 20 % of the creation royalty',
};
const FREE: Citation = {
  id: 'ND-287-2026/15.2',
  note: 'free, with the author and source credited: non-commercial propaganda for children, ethnic minorities, remote, border and island areas',
};
/** The floor of Art. 15.1, in percent of the creation royalty. */
const FLOOR_PERCENT = 20;

/**
 * The purposes of Decree 287/2026 Art. 15.2 for which a state-owned press work is used free of charge
 * (non-commercial propaganda): for children, for ethnic minorities, for remote, border and island areas.
 *
 * @example
 * ```ts
 * import type { StateWorkFreeUse } from 'vn-portal-kit/royalty';
 * const p: StateWorkFreeUse = 'children';
 * p //=> 'children'
 * ```
 */
export type StateWorkFreeUse = 'children' | 'ethnic-minorities' | 'remote-border-island';
const FREE_USES: readonly StateWorkFreeUse[] = ['children', 'ethnic-minorities', 'remote-border-island'];

/**
 * Input of {@link calculateStateWorkUse}.
 *
 * @example
 * ```ts
 * import type { StateWorkUseInput } from 'vn-portal-kit/royalty';
 * const i: StateWorkUseInput = { creationRoyalty: 1_000_000, commissionedOn: '2026-12-07' };
 * i.creationRoyalty //=> 1_000_000
 * ```
 */
export interface StateWorkUseInput {
  /** The royalty paid for creating the work, integer VND. */
  readonly creationRoyalty: number | string;
  /** The amount the parties agreed, integer VND (absent: the floor is returned as the minimum). */
  readonly agreedAmount?: number | string;
  /** The date of the use agreement or licence: selects the rules (Decree 287/2026 Art. 19). */
  readonly commissionedOn: DateInput;
  /** A free use of Art. 15.2 (non-commercial propaganda), if it is one. */
  readonly freeUse?: StateWorkFreeUse;
  /** Build the breakdown (default `true`). */
  readonly explain?: boolean;
}

/**
 * The result of {@link calculateStateWorkUse}.
 *
 * @example
 * ```ts
 * import { calculateStateWorkUse } from 'vn-portal-kit/royalty';
 * const r = calculateStateWorkUse({ creationRoyalty: 1_000_000, commissionedOn: '2026-12-07' });
 * r.ok && [r.value.floor, r.value.amount] //=> [200_000, 200_000]
 * ```
 */
export interface StateWorkUseCalculation {
  /** The amount to pay, integer VND (0 for a free use). */
  readonly amount: number;
  /** The floor: 20 % of the creation royalty, rounded up to the whole đồng (0 for a free use). */
  readonly floor: number;
  /** `true` when the author and source must be credited instead of paid (Art. 15.2). */
  readonly creditRequired: boolean;
  /** The date that selected the rules. */
  readonly commissionedOn: CivilDate;
  /** Trace lines. */
  readonly breakdown: readonly RoyaltyBreakdownLine[];
  /** The rule applied. */
  readonly citation: Citation;
  /** Warnings. */
  readonly warnings: readonly Issue[];
}

function wholeVnd(
  value: unknown,
  path: string,
  what: { vi: string; en: string },
  issues: Issue[],
): number | undefined {
  const v = toScaled(value, 1);
  if (!v.ok) {
    issues.push(numberIssue('royalty.amount-invalid', what, value, v.reason, [path]));
    return undefined;
  }
  if (v.rounded) {
    issues.push(
      royaltyIssue(
        'royalty.amount-invalid',
        `${what.vi} phải là số nguyên đồng: ${previewValue(value)}`,
        `${what.en} must be whole đồng: ${previewValue(value)}`,
        [path],
      ),
    );
    return undefined;
  }
  return v.value;
}

/**
 * The tiền bản quyền for using a print or online press work the State owns (Decree 287/2026 Art. 15): by
 * agreement, but "not lower than 20 % of the creation royalty" (Art. 15.1); free, with author and source
 * credited, for non-commercial propaganda for children, ethnic minorities, remote, border and island areas
 * (Art. 15.2). The floor is rounded up to the whole đồng so that it is never below 20 %. An agreed amount below
 * the floor is raised to it with a `royalty.below-floor` warning. A use agreed before 2026-09-01 follows the rules
 * then in force or the contract (Art. 19): that is an error here, not a silent floor.
 *
 * @see ND-287-2026/15.1, ND-287-2026/15.2, ND-287-2026/19.1
 * @example
 * ```ts
 * import { calculateStateWorkUse } from 'vn-portal-kit/royalty';
 * const low = calculateStateWorkUse({ creationRoyalty: 379_500, agreedAmount: 50_000, commissionedOn: '2026-12-07' });
 * low.ok && [low.value.amount, low.value.warnings[0].code] //=> [75_900, 'royalty.below-floor']
 * const free = calculateStateWorkUse({ creationRoyalty: 379_500, freeUse: 'children', commissionedOn: '2026-12-07' });
 * free.ok && [free.value.amount, free.value.creditRequired] //=> [0, true]
 * calculateStateWorkUse({ creationRoyalty: 1, commissionedOn: '2026-08-31' }).issues[0].code //=> 'royalty.regime-not-in-force'
 * ```
 */
export function calculateStateWorkUse(input: StateWorkUseInput): Result<StateWorkUseCalculation> {
  if (typeof input !== 'object' || input === null) {
    return err([
      royaltyIssue(
        'royalty.input-invalid',
        'calculateStateWorkUse cần một đối tượng { creationRoyalty, commissionedOn, agreedAmount?, freeUse? }',
        'calculateStateWorkUse expects an object { creationRoyalty, commissionedOn, agreedAmount?, freeUse? }',
        [],
      ),
    ]);
  }
  const issues: Issue[] = [];
  const d = quickCivilDate(input.commissionedOn) ?? toCivilDate(input.commissionedOn, ['commissionedOn']);
  if (!d.ok) return err([...d.issues]);
  const date = d.value;
  if (date < ND287_FIRST_DAY) {
    return err([
      royaltyIssue(
        'royalty.regime-not-in-force',
        `Thỏa thuận sử dụng ngày ${date}, trước 01/9/2026: áp dụng quy định khi đó hoặc hợp đồng (Nghị định 287/2026 Điều 19), không áp mức tối thiểu 20% của Điều 15.1`,
        `Use agreed on ${date}, before 2026-09-01: the rules then in force or the contract apply (Decree 287/2026 Art. 19), not the 20 % floor of Art. 15.1`,
        ['commissionedOn'],
        { citation: TRANSITION },
      ),
    ]);
  }
  const creation = wholeVnd(
    input.creationRoyalty,
    'creationRoyalty',
    { vi: 'Tiền bản quyền sáng tạo', en: 'The creation royalty' },
    issues,
  );
  const agreed =
    input.agreedAmount === undefined
      ? undefined
      : wholeVnd(
          input.agreedAmount,
          'agreedAmount',
          { vi: 'Số tiền thỏa thuận', en: 'The agreed amount' },
          issues,
        );
  if (input.freeUse !== undefined && !FREE_USES.includes(input.freeUse)) {
    issues.push(
      royaltyIssue(
        'royalty.free-use-unknown',
        `Mục đích ${previewValue(input.freeUse)} không thuộc Điều 15.2 (có: ${FREE_USES.join(', ')})`,
        `Purpose ${previewValue(input.freeUse)} is not one of Art. 15.2 (known: ${FREE_USES.join(', ')})`,
        ['freeUse'],
        { citation: FREE },
      ),
    );
  }
  if (creation === undefined || issues.length > 0) return err(issues);
  const explain = input.explain !== false;
  const lines: RoyaltyBreakdownLine[] = [];
  if (input.freeUse !== undefined) {
    if (explain) {
      lines.push({
        step: 'total',
        text: {
          vi: 'Sử dụng miễn phí cho tuyên truyền phi thương mại (Nghị định 287/2026 Điều 15.2): không phải xin phép, không trả tiền, nhưng phải ghi tên tác giả và nguồn',
          en: 'Free use for non-commercial propaganda (Decree 287/2026 Art. 15.2): no permission and no payment, but the author and source must be credited',
        },
        amount: 0,
        citation: FREE,
      });
    }
    return ok(
      {
        amount: 0,
        floor: 0,
        creditRequired: true,
        commissionedOn: date,
        breakdown: lines,
        citation: FREE,
        warnings: issues,
      },
      issues,
    );
  }
  // "not lower than 20 %": rounded up, so the floor is never below 20 % of the creation royalty.
  // 20 % = one fifth; integer division keeps it exact for every safe integer.
  const floor =
    Math.floor(creation / (100 / FLOOR_PERCENT)) + (creation % (100 / FLOOR_PERCENT) === 0 ? 0 : 1);
  let amount = agreed ?? floor;
  if (agreed !== undefined && agreed < floor) {
    issues.push(
      royaltyIssue(
        'royalty.below-floor',
        `Số tiền thỏa thuận ${vnd(agreed).vi} thấp hơn mức tối thiểu 20% tiền bản quyền sáng tạo (${vnd(floor).vi}): dùng ${vnd(floor).vi}`,
        `The agreed amount ${vnd(agreed).en} is below the floor of 20 % of the creation royalty (${vnd(floor).en}): ${vnd(floor).en} used`,
        ['agreedAmount'],
        { severity: 'warning', citation: FLOOR, details: { agreed, floor } },
      ),
    );
    amount = floor;
  }
  if (explain) {
    lines.push({
      step: 'royalty',
      text: {
        vi: `Mức tối thiểu = 20% × ${vnd(creation).vi} = ${vnd(floor).vi} (làm tròn lên)`,
        en: `Floor = 20% × ${vnd(creation).en} = ${vnd(floor).en} (rounded up)`,
      },
      amount: floor,
      citation: FLOOR,
    });
    lines.push({
      step: 'total',
      text:
        agreed === undefined
          ? {
              vi: `Tiền bản quyền tối thiểu (các bên thỏa thuận mức cụ thể): ${vnd(amount).vi}`,
              en: `Minimum royalty (the parties agree the amount): ${vnd(amount).en}`,
            }
          : { vi: `Tiền bản quyền: ${vnd(amount).vi}`, en: `Royalty (tiền bản quyền): ${vnd(amount).en}` },
      amount,
      citation: FLOOR,
    });
  }
  return ok(
    {
      amount,
      floor,
      creditRequired: false,
      commissionedOn: date,
      breakdown: lines,
      citation: FLOOR,
      warnings: issues,
    },
    issues,
  );
}
