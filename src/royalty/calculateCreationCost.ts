import {
  type Citation,
  type CivilDate,
  type DateInput,
  err,
  type Issue,
  type LocalizedText,
  ok,
  type Result,
  toCivilDate,
} from '../core/index.js';
import { decimalText, mulDivHalfUp, PERCENT_SCALE, toScaled, vnd, WHOLE_BP } from './_lib/integerMath.js';
import { numberIssue, overflowIssue, previewValue, royaltyIssue } from './_lib/issues.js';
import {
  type CreationCostAdjustment,
  type CreationCostRate,
  type CreationCostTable,
  type CreationWorkId,
  TT194_2012_TABLE,
} from './data/tt194-2012.js';

/**
 * One line of work to price with {@link calculateCreationCost}.
 *
 * @example
 * ```ts
 * import type { CreationCostItem } from 'vn-portal-kit/royalty';
 * const item: CreationCostItem = { work: 'field', fieldLength: 12, quantity: 1_000 };
 * item.quantity //=> 1_000
 * ```
 */
export interface CreationCostItem {
  /** A rate id, or `'field'` with `fieldLength` to pick the field tier. */
  readonly work: CreationWorkId | 'field';
  /** Units: fields, standard pages or source A4 pages (up to two decimals). */
  readonly quantity: number | string;
  /** Characters per field, with `work: 'field'`. */
  readonly fieldLength?: number;
  /** How the content is produced: new (default), from existing electronic data, scan + OCR, photo digitising. */
  readonly method?: 'new' | 'from-electronic' | 'ocr' | 'photo-digitising';
  /** The method's percentage (default and maximum: 15 % from electronic data, 30 % OCR and photos). */
  readonly methodPercent?: number;
  /** Foreign or ethnic-minority language surcharge, 10–30 %. */
  readonly languageSurcharge?: number;
  /** Contracted percentage of the maximum rate (default 100). */
  readonly ratePercent?: number;
  /** A label for the report. */
  readonly label?: string;
}

/**
 * Options of {@link calculateCreationCost}.
 *
 * @example
 * ```ts
 * import type { CreationCostOptions } from 'vn-portal-kit/royalty';
 * const o: CreationCostOptions = { date: '2026-03-01', inHouse: true };
 * o.inHouse //=> true
 * ```
 */
export interface CreationCostOptions {
  /** The date the work is priced for (checks the table's period and flags the uncertain basis). */
  readonly date: DateInput;
  /** Done by own staff where outsourcing is impossible (≤ 50 % of the outsourcing rate). */
  readonly inHouse?: boolean;
  /** The in-house percentage (default and maximum 50). */
  readonly inHousePercent?: number;
  /** Rate table (default {@link TT194_2012_TABLE}). */
  readonly table?: CreationCostTable;
}

/**
 * One priced line.
 *
 * @example
 * ```ts
 * import { calculateCreationCost } from 'vn-portal-kit/royalty';
 * const r = calculateCreationCost([{ work: 'page-text', quantity: 10 }], { date: '2026-03-01' });
 * r.ok && r.value.lines[0].amount //=> 95_000
 * ```
 */
export interface CreationCostLine {
  /** Index in the input. */
  readonly index: number;
  /** The rate applied. */
  readonly work: CreationWorkId;
  /** Units. */
  readonly quantity: number;
  /** Maximum rate per unit. */
  readonly unitRate: number;
  /** Amount, integer VND. */
  readonly amount: number;
  /** The caller's label. */
  readonly label?: string;
  /** Trace (one text per step, each rounded half up to the đồng). */
  readonly breakdown: readonly {
    readonly text: LocalizedText;
    readonly amount: number;
    readonly citation?: Citation;
  }[];
}

/**
 * The result of {@link calculateCreationCost}.
 *
 * @example
 * ```ts
 * import { calculateCreationCost } from 'vn-portal-kit/royalty';
 * const r = calculateCreationCost([{ work: 'hypertext-simple', quantity: 2 }], { date: '2026-03-01' });
 * r.ok && r.value.total //=> 24_000
 * ```
 */
export interface CreationCostResult {
  /** Sum of the lines, integer VND. */
  readonly total: number;
  /** The lines. */
  readonly lines: readonly CreationCostLine[];
  /** The date priced. */
  readonly date: CivilDate;
  /** The table's citation. */
  readonly citation: Citation;
  /** Warnings (uncertain basis after 2026-07-01, draft rate, clamped percentages). */
  readonly warnings: readonly Issue[];
}

const QTY_SCALE = 100;

/**
 * Prices the creation, conversion and digitising of electronic information under Thông tư 194/2012/TT-BTC
 * (maximum rates for outsourced work): per field by length tier, per standard page (46 × 70 characters, see
 * {@link countStandardPages}), per source A4 page for hypertext. Per line: quantity × rate, then the contracted
 * percentage, the method (from existing electronic data ≤ 15 %, scan + OCR ≤ 30 % of the unstructured rate,
 * photo digitising ≤ 30 % of the hypertext rate), the language surcharge (+10–30 %) and in-house work (≤ 50 %),
 * each step rounded half up to the đồng. Percentages above a maximum are clamped with a warning. From 2026-07-01
 * the result carries `royalty.cost-basis-uncertain` (ND 224/2026 no longer names the circular), and the 375 VND
 * draft rate carries `royalty.cost-draft-rate`.
 *
 * @see TT-194-2012, ND-42-2022/22.2
 * @example
 * ```ts
 * import { calculateCreationCost } from 'vn-portal-kit/royalty';
 * const r = calculateCreationCost(
 *   [{ work: 'page-text', quantity: 10, method: 'ocr' }, { work: 'field', fieldLength: 10, quantity: 1_000 }],
 *   { date: '2026-03-01' },
 * );
 * r.ok && [r.value.lines[0].amount, r.value.lines[1].amount, r.value.total] //=> [28_500, 300_000, 328_500]
 * const late = calculateCreationCost([{ work: 'page-text', quantity: 1 }], { date: '2026-11-25' });
 * late.ok && late.value.warnings[0].code //=> 'royalty.cost-basis-uncertain'
 * ```
 */
export function calculateCreationCost(
  items: readonly CreationCostItem[],
  options: CreationCostOptions,
): Result<CreationCostResult> {
  if (!Array.isArray(items)) throw new TypeError('calculateCreationCost expects an array of items');
  if (typeof options !== 'object' || options === null) {
    throw new TypeError('calculateCreationCost expects options { date, inHouse?, table? }');
  }
  const table = options.table ?? TT194_2012_TABLE;
  const issues: Issue[] = [];
  const day = toCivilDate(options.date, ['date']);
  if (!day.ok) return err(day.issues);
  if (items.length > 1_000_000) {
    return err([
      royaltyIssue(
        'royalty.cost-item-invalid',
        'Quá nhiều dòng (tối đa 1.000.000)',
        'Too many lines (at most 1,000,000)',
        [],
      ),
    ]);
  }
  if (day.value < table.inForceFrom) {
    issues.push(
      royaltyIssue(
        'royalty.regime-not-in-force',
        `${table.id} có hiệu lực từ ${table.inForceFrom}, sau ngày ${day.value}`,
        `${table.id} is in force from ${table.inForceFrom}, after ${day.value}`,
        ['date'],
        { severity: 'warning', citation: table.citation },
      ),
    );
  }
  if (table.uncertainFrom !== undefined && day.value >= table.uncertainFrom) {
    issues.push(
      royaltyIssue(
        'royalty.cost-basis-uncertain',
        `Từ ${table.uncertainFrom}, Nghị định 224/2026/NĐ-CP không còn dẫn chiếu ${table.id}: căn cứ áp dụng chưa chắc chắn`,
        `From ${table.uncertainFrom}, Decree 224/2026/ND-CP no longer names ${table.id}: its basis is uncertain`,
        ['date'],
        { severity: 'warning', citation: { id: 'ND-224-2026/20.3', note: 'no longer names TT 194/2012' } },
      ),
    );
  }
  let inHouseBp: number | undefined;
  if (options.inHouse === true || options.inHousePercent !== undefined) {
    inHouseBp = percentWithin(
      options.inHousePercent,
      table.adjustments.inHouse,
      'max',
      ['inHousePercent'],
      { vi: 'Tỷ lệ tự thực hiện', en: 'The in-house percentage' },
      issues,
    );
  }
  const lines: CreationCostLine[] = [];
  let draftUsed = false;
  let total = 0;
  items.forEach((item: CreationCostItem, index: number) => {
    const line = priceItem(item, index, table, inHouseBp, issues);
    if (line === undefined) return;
    if (line.draft) draftUsed = true;
    total += line.line.amount;
    lines.push(line.line);
  });
  if (issues.some((i) => i.severity === 'error')) return err(issues);
  if (!Number.isSafeInteger(total)) {
    return err([...issues, overflowIssue('total', [])]);
  }
  if (draftUsed) {
    issues.push(
      royaltyIssue(
        'royalty.cost-draft-rate',
        'Mức 375 đ/trường (16–50 ký tự) là số liệu dự thảo, cần đối chiếu văn bản trước khi dùng',
        'The 375 VND per field (16–50 characters) rate is a draft figure: confirm it before relying on it',
        [],
        { severity: 'warning', citation: { id: 'TT-194-2012', note: 'draft figure' } },
      ),
    );
  }
  return ok({ total, lines, date: day.value, citation: table.citation, warnings: issues }, issues);
}

function percentWithin(
  given: number | undefined,
  adj: CreationCostAdjustment,
  fallback: 'min' | 'max',
  path: (string | number)[],
  what: { vi: string; en: string },
  issues: Issue[],
): number | undefined {
  const lo = Math.round(adj.min * PERCENT_SCALE);
  const hi = Math.round(adj.max * PERCENT_SCALE);
  if (given === undefined) return fallback === 'min' ? lo : hi;
  const s = toScaled(given, PERCENT_SCALE);
  if (!s.ok) {
    issues.push(numberIssue('royalty.cost-percent-invalid', what, given, s.reason, path));
    return undefined;
  }
  if (s.value < lo || s.value > hi) {
    const to = s.value < lo ? lo : hi;
    issues.push(
      royaltyIssue(
        'royalty.cost-percent-clamped',
        `${what.vi} ${decimalText(s.value, PERCENT_SCALE).vi}% ngoài khung ${decimalText(lo, PERCENT_SCALE).vi}–${decimalText(hi, PERCENT_SCALE).vi}%: dùng ${decimalText(to, PERCENT_SCALE).vi}%`,
        `${what.en} ${decimalText(s.value, PERCENT_SCALE).en}% is outside ${decimalText(lo, PERCENT_SCALE).en}–${decimalText(hi, PERCENT_SCALE).en}%: ${decimalText(to, PERCENT_SCALE).en}% used`,
        path,
        { severity: 'warning', citation: adj.citation },
      ),
    );
    return to;
  }
  return s.value;
}

function pickRate(
  item: CreationCostItem,
  index: number,
  table: CreationCostTable,
  issues: Issue[],
): CreationCostRate | undefined {
  if (item.work === 'field') {
    const len = item.fieldLength;
    if (typeof len !== 'number' || !Number.isSafeInteger(len) || len < 1) {
      issues.push(
        royaltyIssue(
          'royalty.cost-item-invalid',
          `Độ dài trường phải là số nguyên dương (ký tự): ${previewValue(len)}`,
          `fieldLength must be a positive whole number of characters: ${previewValue(len)}`,
          [index, 'fieldLength'],
        ),
      );
      return undefined;
    }
    const rate = table.rates.find(
      (r) =>
        r.kind === 'structured' &&
        (r.fieldLength?.over === undefined || len > r.fieldLength.over) &&
        (r.fieldLength?.upTo === undefined || len <= r.fieldLength.upTo),
    );
    if (rate === undefined) {
      issues.push(
        royaltyIssue(
          'royalty.cost-item-invalid',
          `Không có mức cho trường dài ${len} ký tự`,
          `No rate for a field of ${len} characters`,
          [index, 'fieldLength'],
        ),
      );
    }
    return rate;
  }
  const rate = table.rates.find((r) => r.id === item.work);
  if (rate === undefined) {
    const known = [...table.rates.map((r) => r.id), 'field'].join(', ');
    issues.push(
      royaltyIssue(
        'royalty.cost-work-unknown',
        `Loại công việc ${previewValue(item.work)} không có trong ${table.id} (có: ${known})`,
        `Work ${previewValue(item.work)} is not in ${table.id} (known: ${known})`,
        [index, 'work'],
      ),
    );
  }
  return rate;
}

function priceItem(
  item: CreationCostItem,
  index: number,
  table: CreationCostTable,
  inHouseBp: number | undefined,
  issues: Issue[],
): { line: CreationCostLine; draft: boolean } | undefined {
  if (typeof item !== 'object' || item === null) {
    issues.push(royaltyIssue('royalty.cost-item-invalid', 'Dòng không hợp lệ', 'Invalid line', [index]));
    return undefined;
  }
  const rate = pickRate(item, index, table, issues);
  const q = toScaled(item.quantity, QTY_SCALE);
  if (!q.ok) {
    issues.push(
      numberIssue(
        'royalty.cost-item-invalid',
        { vi: 'Số lượng', en: 'The quantity' },
        item.quantity,
        q.reason,
        [index, 'quantity'],
      ),
    );
  } else if (q.rounded) {
    issues.push(
      royaltyIssue(
        'royalty.cost-quantity-rounded',
        `Số lượng ${previewValue(item.quantity)} được làm tròn đến 2 chữ số thập phân`,
        `Quantity ${previewValue(item.quantity)} was rounded to 2 decimal places`,
        [index, 'quantity'],
        { severity: 'warning' },
      ),
    );
  }
  if (rate === undefined || !q.ok) return undefined;
  const breakdown: { text: LocalizedText; amount: number; citation?: Citation }[] = [];
  const qt = decimalText(q.value, QTY_SCALE);
  const r = vnd(rate.max);
  let amount = mulDivHalfUp(q.value, rate.max, QTY_SCALE);
  breakdown.push({
    text: {
      vi: `${rate.name.vi}: ${qt.vi} ${rate.unit.vi} × ${r.vi} = ${vnd(amount).vi}`,
      en: `${rate.name.en}: ${qt.en} × ${r.en} per ${rate.unit.en} = ${vnd(amount).en}`,
    },
    amount,
    citation: rate.citation,
  });
  const step = (bp: number, label: LocalizedText, citation: Citation, surcharge = false): void => {
    const before = amount;
    const part = mulDivHalfUp(before, bp, WHOLE_BP);
    amount = surcharge ? before + part : part;
    const p = decimalText(bp, PERCENT_SCALE);
    const plus = surcharge ? { vi: 'cộng ', en: 'plus ' } : { vi: '', en: '' };
    breakdown.push({
      text: {
        vi: `${label.vi}: ${plus.vi}${p.vi}% × ${vnd(before).vi} = ${vnd(surcharge ? part : amount).vi}`,
        en: `${label.en}: ${plus.en}${p.en}% × ${vnd(before).en} = ${vnd(surcharge ? part : amount).en}`,
      },
      amount: surcharge ? part : amount,
      citation,
    });
  };
  if (item.ratePercent !== undefined) {
    const bp = percentWithin(
      item.ratePercent,
      { min: 0, max: 100, citation: rate.citation },
      'max',
      [index, 'ratePercent'],
      { vi: 'Tỷ lệ mức chi', en: 'The rate percentage' },
      issues,
    );
    if (bp === undefined) return undefined;
    if (bp !== WHOLE_BP)
      step(bp, { vi: 'Mức chi theo hợp đồng', en: 'Contracted share of the maximum' }, rate.citation);
  }
  const method = item.method ?? 'new';
  if (method !== 'new') {
    const adj =
      method === 'from-electronic'
        ? table.adjustments.fromElectronic
        : method === 'ocr'
          ? table.adjustments.ocr
          : method === 'photo-digitising'
            ? table.adjustments.photoDigitising
            : undefined;
    const needs = method === 'ocr' ? 'unstructured' : method === 'photo-digitising' ? 'hypertext' : undefined;
    if (adj === undefined || (needs !== undefined && rate.kind !== needs)) {
      issues.push(
        royaltyIssue(
          'royalty.cost-method-invalid',
          adj === undefined
            ? `Phương thức ${previewValue(method)} không hợp lệ (new, from-electronic, ocr, photo-digitising)`
            : `Phương thức ${method} chỉ áp dụng cho ${needs === 'unstructured' ? 'dữ liệu phi cấu trúc' : 'trang siêu văn bản'}`,
          adj === undefined
            ? `Unknown method ${previewValue(method)} (new, from-electronic, ocr, photo-digitising)`
            : `Method ${method} applies to ${needs} work only`,
          [index, 'method'],
          { citation: table.citation },
        ),
      );
      return undefined;
    }
    const bp = percentWithin(
      item.methodPercent,
      adj,
      'max',
      [index, 'methodPercent'],
      { vi: 'Tỷ lệ', en: 'The percentage' },
      issues,
    );
    if (bp === undefined) return undefined;
    const label =
      method === 'from-electronic'
        ? { vi: 'Tạo lập từ dữ liệu điện tử có sẵn', en: 'From existing electronic data' }
        : method === 'ocr'
          ? { vi: 'Quét, nhận dạng (OCR) và hiệu đính', en: 'Scan, OCR and proofreading' }
          : { vi: 'Số hóa ảnh', en: 'Photo digitising' };
    step(bp, label, adj.citation);
  }
  if (item.languageSurcharge !== undefined) {
    const bp = percentWithin(
      item.languageSurcharge,
      table.adjustments.language,
      'min',
      [index, 'languageSurcharge'],
      { vi: 'Hệ số tiếng nước ngoài, tiếng dân tộc', en: 'The language surcharge' },
      issues,
    );
    if (bp === undefined) return undefined;
    step(
      bp,
      { vi: 'Tiếng nước ngoài, tiếng dân tộc thiểu số', en: 'Foreign or ethnic-minority language' },
      table.adjustments.language.citation,
      true,
    );
  }
  if (inHouseBp !== undefined) {
    step(
      inHouseBp,
      { vi: 'Tự thực hiện (không thuê ngoài)', en: 'Done in-house' },
      table.adjustments.inHouse.citation,
    );
  }
  if (!Number.isSafeInteger(amount)) {
    issues.push(overflowIssue('amount', [index]));
    return undefined;
  }
  const line: { -readonly [K in keyof CreationCostLine]: CreationCostLine[K] } = {
    index,
    work: rate.id,
    quantity: q.value / QTY_SCALE,
    unitRate: rate.max,
    amount,
    breakdown,
  };
  if (typeof item.label === 'string') line.label = item.label.slice(0, 500);
  return { line, draft: rate.draft === true };
}
