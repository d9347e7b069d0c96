import * as z from 'zod';
import { defineCategory } from './_lib/defineCategory.js';
import { body, files, text } from './_lib/fields.js';
import { ContentItemBaseSchema } from './ContentItemBaseSchema.js';

const shape = /* @__PURE__ */ (() => ({
  kind: z.enum(['investment', 'trade', 'tourism']),
  body: body(),
  sector: text(300).optional(),
  files: files().optional(),
}))();

/**
 * An investment, trade or tourism promotion item (xúc tiến đầu tư, thương mại, du lịch).
 *
 * @see TN-40-2012/4.11
 * @example
 * ```ts
 * import { BusinessPromotionSchema } from 'vn-portal-kit/categories';
 * BusinessPromotionSchema.safeParse({ title: 'Danh mục dự án kêu gọi đầu tư 2026', kind: 'investment', body: '…' }).success //=> true
 * ```
 */
export const BusinessPromotionSchema = /* @__PURE__ */ (() => ContentItemBaseSchema.extend(shape))();

/**
 * A promotion item, as {@link BusinessPromotionSchema} parses it.
 *
 * @example
 * ```ts
 * import type { BusinessPromotion } from 'vn-portal-kit/categories';
 * const keys: (keyof BusinessPromotion)[] = ['title'];
 * keys //=> ['title']
 * ```
 */
export type BusinessPromotion = z.infer<typeof BusinessPromotionSchema>;

export const businessPromotionCategory = /* @__PURE__ */ (() =>
  defineCategory({
    id: 'business-promotion',
    schema: BusinessPromotionSchema,
    shapes: [shape],
    meta: {
      kind: ['Loại (đầu tư, thương mại, du lịch)', 'Kind (investment, trade, tourism)', 'TN-40-2012/4.11'],
      body: ['Nội dung', 'Body', 'TN-40-2012/4.11'],
      sector: ['Ngành, lĩnh vực', 'Sector', 'TN-40-2012/4.11'],
      files: ['Tệp đính kèm', 'Files', 'TN-40-2012/4.11'],
    },
    fieldLists: [['TN-40-2012/4.11', ['kind', 'body']]],
    citations: ['TN-40-2012/4.11', 'ND-43-2011/10.1.đ'],
  }))();
