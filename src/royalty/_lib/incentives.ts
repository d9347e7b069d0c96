import type { Issue, LocalizedText } from '../../core/index.js';
import type { RoyaltyBreakdownLine } from '../calculateRoyalty.js';
import type { RoyaltyIncentiveGround, RoyaltyRegime } from '../RoyaltyRegimeSchema.js';
import { decimalText, mulDivHalfUp, PERCENT_SCALE, toScaled, vnd, WHOLE_BP } from './integerMath.js';
import { numberIssue, previewValue, royaltyIssue } from './issues.js';

/**
 * An incentive royalty (tiền bản quyền khuyến khích, Decree 287/2026 Art. 3.3): its ground and the amount the
 * competent person decided (Art. 3.7, 14.3), or, for a share of the State's profit (Art. 3.3.c), the profit
 * and the percentage (at most 10 %).
 *
 * @example
 * ```ts
 * import type { RoyaltyIncentiveInput } from 'vn-portal-kit/royalty';
 * const i: RoyaltyIncentiveInput = { ground: 'investigative-reportage', amount: 500_000 };
 * i.ground //=> 'investigative-reportage'
 * ```
 */
export interface RoyaltyIncentiveInput {
  /** Ground id of the regime (`'children-ethnic'`, `'investigative-reportage'`, `'state-profit'`…). */
  readonly ground: string;
  /** The amount decided, integer VND (grounds a and b). */
  readonly amount?: number | string;
  /** The State's profit from exploiting the work, integer VND (ground c). */
  readonly profit?: number | string;
  /** Percentage of that profit (ground c; at most the ground's maximum). */
  readonly percent?: number | string;
}

type Lines = RoyaltyBreakdownLine[];

function bad(code: string, vi: string, en: string, path: (string | number)[], issues: Issue[]): undefined {
  issues.push(royaltyIssue(code, vi, en, path));
  return undefined;
}

function wholeVnd(
  value: unknown,
  what: LocalizedText,
  path: (string | number)[],
  issues: Issue[],
): number | undefined {
  const v = toScaled(value, 1);
  if (!v.ok) {
    issues.push(numberIssue('royalty.incentive-invalid', what, value, v.reason, path));
    return undefined;
  }
  if (v.rounded) {
    return bad(
      'royalty.incentive-invalid',
      `${what.vi} phải là số nguyên đồng: ${previewValue(value)}`,
      `${what.en} must be whole đồng: ${previewValue(value)}`,
      path,
      issues,
    );
  }
  return v.value;
}

function profitShare(
  ground: RoyaltyIncentiveGround,
  inc: RoyaltyIncentiveInput,
  index: number,
  issues: Issue[],
): { amount: number; text: LocalizedText } | undefined {
  const profit = wholeVnd(
    inc.profit,
    { vi: 'Lợi nhuận', en: 'The profit' },
    ['incentives', index, 'profit'],
    issues,
  );
  if (profit === undefined) return undefined;
  const p = toScaled(inc.percent, PERCENT_SCALE);
  if (!p.ok) {
    issues.push(
      numberIssue('royalty.incentive-invalid', { vi: 'Tỷ lệ', en: 'The percentage' }, inc.percent, p.reason, [
        'incentives',
        index,
        'percent',
      ]),
    );
    return undefined;
  }
  const max = Math.round((ground.maxPercentOfProfit ?? 0) * PERCENT_SCALE);
  if (p.value > max) {
    const m = decimalText(max, PERCENT_SCALE);
    return bad(
      'royalty.incentive-over-limit',
      `${ground.name.vi}: tối đa ${m.vi}% lợi nhuận (${ground.citation.id})`,
      `${ground.name.en}: at most ${m.en}% of the profit (${ground.citation.id})`,
      ['incentives', index, 'percent'],
      issues,
    );
  }
  const amount = mulDivHalfUp(profit, p.value, WHOLE_BP);
  const pt = decimalText(p.value, PERCENT_SCALE);
  const pr = vnd(profit);
  const a = vnd(amount);
  return {
    amount,
    text: {
      vi: `${pt.vi}% × ${pr.vi} = ${a.vi}`,
      en: `${pt.en}% × ${pr.en} = ${a.en}`,
    },
  };
}

/**
 * Adds the incentives of Decree 287/2026 Art. 3.3 (paid on top of the royalty). Returns the sum, or undefined
 * after pushing an error (unknown ground, a regime without incentive grounds, a bad amount, more than 10 % of the
 * profit for ground c, a ground given twice).
 */
export function applyIncentives(
  regime: RoyaltyRegime,
  list: unknown,
  issues: Issue[],
  lines: Lines,
  explain: boolean,
): number | undefined {
  if (list === undefined) return 0;
  if (!Array.isArray(list) || list.length > 20) {
    return bad(
      'royalty.incentive-invalid',
      'Danh sách tiền bản quyền khuyến khích không hợp lệ (mảng, tối đa 20 dòng)',
      'Invalid list of incentives (an array of at most 20 entries)',
      ['incentives'],
      issues,
    );
  }
  if (list.length === 0) return 0;
  if (regime.incentiveGrounds.length === 0) {
    return bad(
      'royalty.incentive-not-in-regime',
      `${regime.id} không có tiền bản quyền khuyến khích (Nghị định 287/2026 Điều 3.3 áp dụng cho tác phẩm đặt hàng từ 01/9/2026); dùng modifiers cho các điều chỉnh của Nghị định 18/2014`,
      `${regime.id} has no incentive royalties (Decree 287/2026 Art. 3.3 applies to work commissioned from 2026-09-01); use modifiers for Decree 18/2014's adjustments`,
      ['incentives'],
      issues,
    );
  }
  let total = 0;
  const seen = new Set<string>();
  for (let index = 0; index < list.length; index++) {
    const inc = list[index] as RoyaltyIncentiveInput | null;
    const id = typeof inc === 'object' && inc !== null ? inc.ground : undefined;
    const ground = regime.incentiveGrounds.find((g) => g.id === id);
    if (inc === null || typeof inc !== 'object' || ground === undefined) {
      const known = regime.incentiveGrounds.map((g) => g.id).join(', ');
      return bad(
        'royalty.incentive-unknown',
        `Căn cứ khuyến khích ${previewValue(id)} không có trong ${regime.id} (có: ${known})`,
        `Incentive ground ${previewValue(id)} is not in ${regime.id} (known: ${known})`,
        ['incentives', index, 'ground'],
        issues,
      );
    }
    if (seen.has(ground.id)) {
      return bad(
        'royalty.incentive-duplicate',
        `Căn cứ khuyến khích ${ground.id} được nhập hai lần`,
        `Incentive ground ${ground.id} is given twice`,
        ['incentives', index, 'ground'],
        issues,
      );
    }
    seen.add(ground.id);
    let amount: number;
    let how: LocalizedText;
    if (ground.maxPercentOfProfit !== undefined) {
      const r = profitShare(ground, inc, index, issues);
      if (r === undefined) return undefined;
      amount = r.amount;
      how = r.text;
    } else {
      if (inc.amount === undefined) {
        return bad(
          'royalty.incentive-amount-missing',
          `${ground.name.vi}: nhập số tiền do người có thẩm quyền quyết định (Nghị định 287/2026 Điều 3.7, 14.3); Nghị định không quy định tỷ lệ`,
          `${ground.name.en}: give the amount the competent person decided (Decree 287/2026 Art. 3.7, 14.3); the decree sets no percentage`,
          ['incentives', index, 'amount'],
          issues,
        );
      }
      const a = wholeVnd(
        inc.amount,
        { vi: 'Số tiền khuyến khích', en: 'The incentive amount' },
        ['incentives', index, 'amount'],
        issues,
      );
      if (a === undefined) return undefined;
      amount = a;
      how = { vi: vnd(a).vi, en: vnd(a).en };
    }
    total += amount;
    if (!Number.isSafeInteger(total)) {
      return bad(
        'royalty.amount-overflow',
        'Số tiền vượt quá phạm vi tính toán an toàn',
        'The amount exceeds the safe integer range',
        ['incentives'],
        issues,
      );
    }
    if (explain) {
      lines.push({
        step: 'incentive',
        text: {
          vi: `Tiền bản quyền khuyến khích, ${ground.name.vi}: ${how.vi}`,
          en: `Incentive royalty, ${ground.name.en}: ${how.en}`,
        },
        amount,
        citation: ground.citation,
      });
    }
  }
  return total;
}
