import {
  type Citation,
  type CivilDate,
  type DateInput,
  type Issue,
  type LocalizedText,
  toCivilDate,
} from '../../core/index.js';
import type { RoyaltyRegime } from '../RoyaltyRegimeSchema.js';
import { ND18_2014_REGIME } from '../regimes/nd18-2014.js';
import { ND287_2026_REGIME } from '../regimes/nd287-2026.js';
import { royaltyIssue } from './issues.js';
import { quickCivilDate } from './quickCivilDate.js';
import { resolveRegime } from './resolveRegime.js';

/** First day of Decree 287/2026 (its Art. 20.2 ends Decree 18/2014 and 21/2015 the day before). */
export const ND287_FIRST_DAY = '2026-09-01';

/** ND 287/2026 Art. 19.1: the date of the order, assignment or bid selects the rules. */
export const TRANSITION: Citation = {
  id: 'ND-287-2026/19.1',
  note: 'creation ordered, assigned or bid before 2026-09-01 continues under the rules in force at that time',
};
const ENDS_ND18: Citation = {
  id: 'ND-287-2026/20.2',
  note: 'Decree 18/2014 and Decree 21/2015 cease to have effect from 2026-09-01',
};
const TABLES: Citation = {
  id: 'ND-287-2026/21.2',
  note: 'ministers, heads of central agencies and provincial chairs set the rate tables',
};

/**
 * A table's reissue under the new decree, supplied by the caller: the province or ministry reissued the table
 * (same coefficients or not) on the basis of Decree 287/2026.
 */
export interface ReissuedBasisInput {
  /** Number and symbol of the reissuing decision. */
  readonly number: string;
  /** Its first day in force. */
  readonly effectiveFrom: DateInput;
}

/** The regime chosen, the date that chose it, and the trace line that says why. */
export interface RegimeChoice {
  readonly regime: RoyaltyRegime;
  readonly commissionedOn: CivilDate;
  readonly commissionDateAssumed: boolean;
  readonly rule: { readonly text: LocalizedText; readonly citation: Citation };
}

/** The word for the payment: "tiền bản quyền" under Decree 287/2026, "nhuận bút" before. */
export function royaltyTerm(regime: RoyaltyRegime): LocalizedText {
  return regime.legalBasis === 'nd287-2026'
    ? { vi: 'Tiền bản quyền', en: 'Royalty (tiền bản quyền)' }
    : { vi: 'Nhuận bút', en: 'Royalty' };
}

function parseDate(value: unknown, path: string, issues: Issue[]): CivilDate | undefined {
  const r = quickCivilDate(value) ?? toCivilDate(value as DateInput, [path]);
  if (!r.ok) {
    issues.push(...r.issues);
    return undefined;
  }
  return r.value;
}

/**
 * Selects the regime by the commission date (ND 287/2026 Art. 19.1). No commission date: the publication date
 * is assumed, with a warning. No regime named: ND 18/2014 before 2026-09-01, ND 287/2026 from it. A named
 * regime is checked against the date: ND 18/2014 after 2026-08-31 and tables resting on it (unless reissued)
 * give warnings; an ND 287/2026 table before 2026-09-01 or outside its decision's dates too.
 */
export function selectRegime(
  regimeIn: RoyaltyRegime | string | undefined,
  commissionedIn: unknown,
  publishedIn: unknown,
  reissued: ReissuedBasisInput | undefined,
  issues: Issue[],
): RegimeChoice | undefined {
  let commissionedOn: CivilDate | undefined;
  const assumed = commissionedIn === undefined;
  if (assumed) {
    const pub = parseDate(publishedIn, 'publishedOn', issues);
    if (pub === undefined) return undefined;
    commissionedOn = pub;
    issues.push(
      royaltyIssue(
        'royalty.commission-date-assumed',
        `Không có ngày giao nhiệm vụ, đặt hàng (commissionedOn): coi là ngày đăng ${pub}; ngày này quyết định chế độ áp dụng`,
        `No commission date (commissionedOn): the publication date ${pub} is assumed; this date selects the regime`,
        ['commissionedOn'],
        { severity: 'warning', citation: TRANSITION },
      ),
    );
  } else {
    commissionedOn = parseDate(commissionedIn, 'commissionedOn', issues);
    if (commissionedOn === undefined) return undefined;
  }
  const isNew = commissionedOn >= ND287_FIRST_DAY;
  let regime: RoyaltyRegime | undefined;
  if (regimeIn === undefined) regime = isNew ? ND287_2026_REGIME : ND18_2014_REGIME;
  else regime = resolveRegime(regimeIn, issues);
  if (regime === undefined) return undefined;
  const base = { regime, commissionedOn, commissionDateAssumed: assumed };
  const when = assumed
    ? {
        vi: `ngày đăng ${commissionedOn} (coi là ngày đặt hàng)`,
        en: `publication date ${commissionedOn} (taken as the commission date)`,
      }
    : { vi: `ngày đặt hàng ${commissionedOn}`, en: `commission date ${commissionedOn}` };
  if (regime.legalBasis === 'nd18-2014') {
    if (!isNew) {
      checkOwnDates(regime, commissionedOn, assumed, issues);
      return {
        ...base,
        rule: {
          text: {
            vi: `Chế độ ${regime.id}: ${when.vi} trước 01/9/2026, tiếp tục áp dụng quy định khi đặt hàng (Nghị định 287/2026 Điều 19.1)`,
            en: `Regime ${regime.id}: ${when.en} is before 2026-09-01, so the rules in force when it was commissioned apply (Decree 287/2026 Art. 19.1)`,
          },
          citation: TRANSITION,
        },
      };
    }
    if (regime.id === ND18_2014_REGIME.id) {
      issues.push(
        royaltyIssue(
          'royalty.regime-not-in-force',
          `Nghị định 18/2014 hết hiệu lực từ 01/9/2026; ${when.vi}: áp dụng Nghị định 287/2026 (bảng của cơ quan hoặc số tiền theo hợp đồng, đặt hàng). Hệ số dưới đây không còn căn cứ`,
          `Decree 18/2014 ceased to have effect on 2026-09-01; ${when.en}: Decree 287/2026 applies (the agency's table or the order/contract amount). The coefficients below have no basis`,
          [assumed ? 'publishedOn' : 'commissionedOn'],
          { severity: 'warning', citation: ENDS_ND18 },
        ),
      );
      return {
        ...base,
        rule: {
          text: {
            vi: `Chế độ ${regime.id} do người dùng chọn, dù đã hết hiệu lực tại ${when.vi}`,
            en: `Regime ${regime.id}, chosen by the caller although no longer in force at the ${when.en}`,
          },
          citation: ENDS_ND18,
        },
      };
    }
    const re = reissued === undefined ? undefined : checkReissued(reissued, commissionedOn, issues);
    if (re === null) return undefined;
    if (re !== undefined && re !== 'late') {
      return {
        ...base,
        rule: {
          text: {
            vi: `Bảng ${regime.id} được ban hành lại theo Nghị định 287/2026 (${re.number}, hiệu lực từ ${re.from}); ${when.vi}`,
            en: `Table ${regime.id} reissued under Decree 287/2026 (${re.number}, in force from ${re.from}); ${when.en}`,
          },
          citation: { id: TABLES.id, note: `reissued by ${re.number}` },
        },
      };
    }
    if (re !== 'late')
      issues.push(
        royaltyIssue(
          'royalty.basis-lapsed',
          `Bảng ${regime.id} ban hành theo Nghị định 18/2014, hết căn cứ từ 01/9/2026 (${when.vi}); nếu tỉnh/bộ đã ban hành lại theo Nghị định 287/2026 Điều 21.2, nhập reissuedBasis`,
          `Table ${regime.id} was made under Decree 18/2014 and has no basis from 2026-09-01 (${when.en}); if the province or ministry reissued it under Decree 287/2026 Art. 21.2, give reissuedBasis`,
          ['regime'],
          { severity: 'warning', citation: TABLES },
        ),
      );
    return {
      ...base,
      rule: {
        text: {
          vi: `Bảng ${regime.id} (căn cứ Nghị định 18/2014 đã hết hiệu lực) do người dùng chọn; ${when.vi}`,
          en: `Table ${regime.id} (based on Decree 18/2014, no longer in force), chosen by the caller; ${when.en}`,
        },
        citation: ENDS_ND18,
      },
    };
  }
  if (regime.legalBasis === 'nd287-2026') {
    if (!isNew) {
      issues.push(
        royaltyIssue(
          'royalty.regime-not-in-force',
          `${when.vi} trước 01/9/2026: áp dụng quy định khi đặt hàng (Nghị định 18/2014 cho báo chí), không phải ${regime.id}`,
          `${when.en} is before 2026-09-01: the rules in force when it was commissioned apply (Decree 18/2014 for the press), not ${regime.id}`,
          [assumed ? 'publishedOn' : 'commissionedOn'],
          { severity: 'warning', citation: TRANSITION },
        ),
      );
    }
    const d = regime.decision;
    if (
      d !== undefined &&
      (commissionedOn < d.effectiveFrom || (d.effectiveTo !== undefined && commissionedOn > d.effectiveTo))
    ) {
      issues.push(
        royaltyIssue(
          'royalty.table-not-in-force',
          `Bảng ${regime.id} (${d.number}) có hiệu lực ${d.effectiveFrom}${d.effectiveTo ? `–${d.effectiveTo}` : ''}, không gồm ${when.vi}`,
          `Table ${regime.id} (${d.number}) is in force ${d.effectiveFrom}${d.effectiveTo ? `–${d.effectiveTo}` : ' onwards'}, which excludes the ${when.en}`,
          [assumed ? 'publishedOn' : 'commissionedOn'],
          { severity: 'warning', citation: d.basis },
        ),
      );
    }
    const source =
      regime.amountSource === 'contract'
        ? {
            vi: 'số tiền theo giao nhiệm vụ, đặt hàng, đấu thầu (Điều 3.1, 14.1)',
            en: 'the amount of the assignment, order or bid (Art. 3.1, 14.1)',
          }
        : {
            vi: `bảng của cơ quan có thẩm quyền${d ? ` (${d.number})` : ''} (Điều 21.2)`,
            en: `the competent agency's table${d ? ` (${d.number})` : ''} (Art. 21.2)`,
          };
    return {
      ...base,
      rule: {
        text: {
          vi: `Chế độ ${regime.id} theo Nghị định 287/2026: ${source.vi}; ${when.vi}${isNew ? ' từ 01/9/2026 (Điều 19.1)' : ''}`,
          en: `Regime ${regime.id} under Decree 287/2026: ${source.en}; ${when.en}${isNew ? ' on or after 2026-09-01 (Art. 19.1)' : ''}`,
        },
        citation: regime.amountSource === 'contract' ? regime.citation : TABLES,
      },
    };
  }
  checkOwnDates(regime, commissionedOn, assumed, issues);
  return {
    ...base,
    rule: {
      text: { vi: `Chế độ ${regime.id}; ${when.vi}`, en: `Regime ${regime.id}; ${when.en}` },
      citation: regime.citation,
    },
  };
}

function checkReissued(
  r: ReissuedBasisInput,
  commissionedOn: CivilDate,
  issues: Issue[],
): { number: string; from: CivilDate } | 'late' | null {
  if (typeof r !== 'object' || r === null || typeof r.number !== 'string' || r.number.trim() === '') {
    issues.push(
      royaltyIssue(
        'royalty.reissued-basis-invalid',
        'reissuedBasis cần số quyết định (number) và ngày có hiệu lực (effectiveFrom)',
        'reissuedBasis needs the decision number (number) and its first day in force (effectiveFrom)',
        ['reissuedBasis'],
      ),
    );
    return null;
  }
  const from = parseDate(r.effectiveFrom, 'reissuedBasis', issues);
  if (from === undefined) return null;
  const number = r.number.trim().slice(0, 100);
  if (from > commissionedOn) {
    issues.push(
      royaltyIssue(
        'royalty.basis-lapsed',
        `Quyết định ban hành lại ${number} có hiệu lực từ ${from}, sau ngày đặt hàng ${commissionedOn}: bảng cũ không còn căn cứ tại ngày đó`,
        `The reissuing decision ${number} is in force from ${from}, after the commission date ${commissionedOn}: the old table had no basis on that day`,
        ['reissuedBasis', 'effectiveFrom'],
        { severity: 'warning', citation: TABLES },
      ),
    );
    return 'late';
  }
  return { number, from };
}

/** A regime of its own standing: warns when the date is outside its period in force. */
function checkOwnDates(regime: RoyaltyRegime, date: CivilDate, assumed: boolean, issues: Issue[]): void {
  const path = [assumed ? 'publishedOn' : 'commissionedOn'];
  if (regime.inForceFrom !== undefined && date < regime.inForceFrom) {
    issues.push(
      royaltyIssue(
        'royalty.regime-not-in-force',
        `${regime.id} có hiệu lực từ ${regime.inForceFrom}, sau ngày ${date}`,
        `${regime.id} is in force from ${regime.inForceFrom}, after ${date}`,
        path,
        { severity: 'warning', citation: regime.citation },
      ),
    );
  } else if (regime.inForceTo !== undefined && date > regime.inForceTo) {
    issues.push(
      royaltyIssue(
        'royalty.regime-not-in-force',
        `${regime.id} hết hiệu lực sau ngày ${regime.inForceTo}, trước ngày ${date}`,
        `${regime.id} ceased to apply after ${regime.inForceTo}, before ${date}`,
        path,
        { severity: 'warning', citation: regime.citation },
      ),
    );
  }
}
