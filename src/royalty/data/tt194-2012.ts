import type { Citation, LocalizedText } from '../../core/index.js';

/**
 * A work item priced by Thông tư 194/2012/TT-BTC: structured-data fields by length tier, unstructured data per
 * standard page, hypertext (web) pages per source A4 page.
 *
 * @example
 * ```ts
 * import type { CreationWorkId } from 'vn-portal-kit/royalty';
 * const w: CreationWorkId = 'page-text';
 * w //=> 'page-text'
 * ```
 */
export type CreationWorkId =
  | 'field-short'
  | 'field-medium'
  | 'field-long'
  | 'page-text'
  | 'page-table'
  | 'page-formula'
  | 'hypertext-simple'
  | 'hypertext-complex';

/**
 * One maximum rate of a {@link CreationCostTable}.
 *
 * @example
 * ```ts
 * import { TT194_2012_TABLE } from 'vn-portal-kit/royalty';
 * TT194_2012_TABLE.rates.find((r) => r.id === 'page-text')?.max //=> 9_500
 * ```
 */
export interface CreationCostRate {
  /** Work id. */
  readonly id: CreationWorkId;
  /** `structured` (fields), `unstructured` (standard pages) or `hypertext` (source A4 pages). */
  readonly kind: 'structured' | 'unstructured' | 'hypertext';
  /** What the work is. */
  readonly name: LocalizedText;
  /** The unit counted. */
  readonly unit: LocalizedText;
  /** Maximum VND per unit. */
  readonly max: number;
  /** For fields: the tier's character bounds (`over` < length ≤ `upTo`). */
  readonly fieldLength?: { readonly over?: number; readonly upTo?: number };
  /** A figure not confirmed from the text (flagged with a warning when used). */
  readonly draft?: boolean;
  /** Where it comes from. */
  readonly citation: Citation;
}

/**
 * A percentage cap or range of a {@link CreationCostTable}.
 *
 * @example
 * ```ts
 * import { TT194_2012_TABLE } from 'vn-portal-kit/royalty';
 * TT194_2012_TABLE.adjustments.inHouse.max //=> 50
 * ```
 */
export interface CreationCostAdjustment {
  /** Lowest percentage (0 when only a maximum is set). */
  readonly min: number;
  /** Highest percentage. */
  readonly max: number;
  /** Where it comes from. */
  readonly citation: Citation;
}

/**
 * A content-creation cost table: maximum unit rates, percentage adjustments, the standard page, and the dates that
 * bound its use.
 *
 * @example
 * ```ts
 * import { TT194_2012_TABLE } from 'vn-portal-kit/royalty';
 * TT194_2012_TABLE.standardPage.lines * TT194_2012_TABLE.standardPage.charactersPerLine //=> 3_220
 * ```
 */
export interface CreationCostTable {
  /** Table id. */
  readonly id: string;
  /** Name. */
  readonly name: LocalizedText;
  /** The regulation. */
  readonly citation: Citation;
  /** First day in force. */
  readonly inForceFrom: string;
  /** From this day the legal basis is uncertain (a warning is given). */
  readonly uncertainFrom?: string;
  /** The rates. */
  readonly rates: readonly CreationCostRate[];
  /** Percentage adjustments. */
  readonly adjustments: {
    /** Foreign or ethnic-minority language surcharge. */
    readonly language: CreationCostAdjustment;
    /** Creating from existing electronic data, of the first-time rate. */
    readonly fromElectronic: CreationCostAdjustment;
    /** Scan + OCR + proofreading, of the unstructured rate. */
    readonly ocr: CreationCostAdjustment;
    /** Digitising photos, of the hypertext rate. */
    readonly photoDigitising: CreationCostAdjustment;
    /** Done by own staff where outsourcing is impossible, of the outsourcing rate. */
    readonly inHouse: CreationCostAdjustment;
  };
  /** The standard page (trang tiêu chuẩn). */
  readonly standardPage: { readonly lines: number; readonly charactersPerLine: number };
}

const TT = { id: 'TT-194-2012' } as const;

/**
 * Thông tư 194/2012/TT-BTC (in force 2013-01-01, replaced TT 137/2007): maximum rates for creating electronic
 * information by outsourcing (data entry, web pages, digitising). ND 42/2022 Art. 22.2 pointed to it; ND 224/2026
 * no longer names it, so its basis is uncertain from 2026-07-01. The 375 VND rate for 15–50-character fields is a
 * draft figure (flagged when used).
 *
 * @see ND-42-2022/22.2
 * @example
 * ```ts
 * import { TT194_2012_TABLE } from 'vn-portal-kit/royalty';
 * TT194_2012_TABLE.rates.find((r) => r.id === 'field-medium')?.draft //=> true
 * ```
 */
export const TT194_2012_TABLE: CreationCostTable = {
  id: 'tt194-2012',
  name: {
    vi: 'Định mức tạo lập thông tin điện tử (Thông tư 194/2012/TT-BTC)',
    en: 'Rates for creating electronic information (Circular 194/2012/TT-BTC)',
  },
  citation: { id: 'TT-194-2012', note: 'applied to portals by ND-42-2022/22.2; not named by ND 224/2026' },
  inForceFrom: '2013-01-01',
  uncertainFrom: '2026-07-01',
  rates: [
    {
      id: 'field-short',
      kind: 'structured',
      name: { vi: 'Dữ liệu có cấu trúc, trường ≤ 15 ký tự', en: 'Structured data, field ≤ 15 characters' },
      unit: { vi: 'trường', en: 'field' },
      max: 300,
      fieldLength: { upTo: 15 },
      citation: TT,
    },
    {
      id: 'field-medium',
      kind: 'structured',
      name: {
        vi: 'Dữ liệu có cấu trúc, trường 16–50 ký tự',
        en: 'Structured data, field of 16–50 characters',
      },
      unit: { vi: 'trường', en: 'field' },
      max: 375,
      fieldLength: { over: 15, upTo: 50 },
      draft: true,
      citation: { id: 'TT-194-2012', note: 'draft figure; confirm before relying' },
    },
    {
      id: 'field-long',
      kind: 'structured',
      name: { vi: 'Dữ liệu có cấu trúc, trường > 50 ký tự', en: 'Structured data, field > 50 characters' },
      unit: { vi: 'trường', en: 'field' },
      max: 450,
      fieldLength: { over: 50 },
      citation: TT,
    },
    {
      id: 'page-text',
      kind: 'unstructured',
      name: { vi: 'Dữ liệu phi cấu trúc, chỉ có chữ và số', en: 'Unstructured data, text and digits only' },
      unit: { vi: 'trang tiêu chuẩn', en: 'standard page' },
      max: 9_500,
      citation: TT,
    },
    {
      id: 'page-table',
      kind: 'unstructured',
      name: { vi: 'Dữ liệu phi cấu trúc, có bảng biểu', en: 'Unstructured data, with tables' },
      unit: { vi: 'trang tiêu chuẩn', en: 'standard page' },
      max: 11_700,
      citation: TT,
    },
    {
      id: 'page-formula',
      kind: 'unstructured',
      name: {
        vi: 'Dữ liệu phi cấu trúc, nhiều công thức, ký tự đặc biệt',
        en: 'Unstructured data, many formulas or special characters',
      },
      unit: { vi: 'trang tiêu chuẩn', en: 'standard page' },
      max: 14_000,
      citation: TT,
    },
    {
      id: 'hypertext-simple',
      kind: 'hypertext',
      name: { vi: 'Trang siêu văn bản đơn giản', en: 'Simple hypertext (web) page' },
      unit: { vi: 'trang A4 gốc', en: 'source A4 page' },
      max: 12_000,
      citation: TT,
    },
    {
      id: 'hypertext-complex',
      kind: 'hypertext',
      name: { vi: 'Trang siêu văn bản phức tạp', en: 'Complex hypertext page' },
      unit: { vi: 'trang A4 gốc', en: 'source A4 page' },
      max: 42_000,
      citation: TT,
    },
  ],
  adjustments: {
    language: { min: 10, max: 30, citation: TT },
    fromElectronic: { min: 0, max: 15, citation: TT },
    ocr: { min: 0, max: 30, citation: TT },
    photoDigitising: { min: 0, max: 30, citation: TT },
    inHouse: { min: 0, max: 50, citation: TT },
  },
  standardPage: { lines: 46, charactersPerLine: 70 },
};
