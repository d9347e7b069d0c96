import * as z from 'zod';
import { defineCategory } from './_lib/defineCategory.js';
import { body, files, numberSymbol, text, vnd } from './_lib/fields.js';
import { ContentItemBaseSchema } from './ContentItemBaseSchema.js';

/**
 * Kinds of bidding, public-procurement and land items (VP-32-2023/5.9).
 *
 * @example
 * ```ts
 * import { BIDDING_PROCUREMENT_KINDS } from 'vn-portal-kit/categories';
 * BIDDING_PROCUREMENT_KINDS.includes('bid-result') //=> true
 * ```
 */
export const BIDDING_PROCUREMENT_KINDS = [
  'contractor-selection-plan',
  'bid-invitation',
  'bid-result',
  'procurement',
  'land-allocation',
  'land-lease',
  'land-recovery',
  'land-price',
  'land-auction',
] as const;

const shape = /* @__PURE__ */ (() => ({
  kind: z.enum(BIDDING_PROCUREMENT_KINDS),
  summary: body(),
  packageName: text(1000).optional(),
  procuringEntity: text(500).optional(),
  value: vnd().optional(),
  decision: numberSymbol().optional(),
  location: text(500).optional(),
  files: files().optional(),
}))();

/**
 * A bidding, public-procurement or land item: its kind, summary, package, procuring entity, value (VND), the
 * approving decision, location and files.
 *
 * @see VP-32-2023/5.9
 * @see ND-43-2011/10.1.h
 * @example
 * ```ts
 * import { BiddingProcurementSchema } from 'vn-portal-kit/categories';
 * BiddingProcurementSchema.safeParse({ title: 'Kết quả lựa chọn nhà thầu', kind: 'bid-result', summary: '…', value: 1_250_000_000 }).success //=> true
 * ```
 */
export const BiddingProcurementSchema = /* @__PURE__ */ (() => ContentItemBaseSchema.extend(shape))();

/**
 * A bidding/procurement/land item, as {@link BiddingProcurementSchema} parses it.
 *
 * @example
 * ```ts
 * import type { BiddingProcurement } from 'vn-portal-kit/categories';
 * const keys: (keyof BiddingProcurement)[] = ['title'];
 * keys //=> ['title']
 * ```
 */
export type BiddingProcurement = z.infer<typeof BiddingProcurementSchema>;

export const biddingProcurementCategory = /* @__PURE__ */ (() =>
  defineCategory({
    id: 'bidding-procurement',
    schema: BiddingProcurementSchema,
    shapes: [shape],
    meta: {
      kind: ['Loại thông tin', 'Kind', 'VP-32-2023/5.9'],
      summary: ['Nội dung', 'Summary', 'VP-32-2023/5.9'],
      packageName: ['Tên gói thầu', 'Package', 'VP-32-2023/5.9'],
      procuringEntity: ['Bên mời thầu, chủ đầu tư', 'Procuring entity', 'VP-32-2023/5.9'],
      value: ['Giá trị (đồng)', 'Value (VND)', 'VP-32-2023/5.9'],
      decision: ['Quyết định phê duyệt', 'Approving decision', 'VP-32-2023/6.4'],
      location: ['Địa điểm', 'Location', 'VP-32-2023/5.9'],
      files: ['Tệp đính kèm', 'Files', 'VP-32-2023/5.9'],
    },
    fieldLists: [['VP-32-2023/5.9', ['kind', 'summary']]],
    citations: ['ND-43-2011/10.1.h', 'VP-32-2023/5.9', 'VP-32-2023/6.4', 'TN-40-2012/4.6'],
  }))();
