import type { z } from 'zod';
import { defineCategory } from './_lib/defineCategory.js';
import { body, files, text } from './_lib/fields.js';
import { ContentItemBaseSchema } from './ContentItemBaseSchema.js';

const shape = /* @__PURE__ */ (() => ({
  body: body(),
  legalBasis: text(1000).optional(),
  files: files().optional(),
}))();

/**
 * Other information the law requires (thông tin khác): a body, the provision that requires it, files.
 *
 * @see VP-32-2023/5.17
 * @see ND-42-2022/4.1.e
 * @example
 * ```ts
 * import { OtherItemSchema } from 'vn-portal-kit/categories';
 * OtherItemSchema.safeParse({ title: 'Công khai kết quả thanh tra', body: '…', legalBasis: 'Luật Thanh tra 2022' }).success //=> true
 * ```
 */
export const OtherItemSchema = /* @__PURE__ */ (() => ContentItemBaseSchema.extend(shape))();

/**
 * Another item, as {@link OtherItemSchema} parses it.
 *
 * @example
 * ```ts
 * import type { OtherItem } from 'vn-portal-kit/categories';
 * const keys: (keyof OtherItem)[] = ['title'];
 * keys //=> ['title']
 * ```
 */
export type OtherItem = z.infer<typeof OtherItemSchema>;

export const otherCategory = /* @__PURE__ */ (() =>
  defineCategory({
    id: 'other',
    schema: OtherItemSchema,
    shapes: [shape],
    meta: {
      body: ['Nội dung', 'Body', 'VP-32-2023/5.17'],
      legalBasis: ['Căn cứ pháp lý', 'Legal basis', 'ND-42-2022/4.1.e'],
      files: ['Tệp đính kèm', 'Files', 'VP-32-2023/5.17'],
    },
    fieldLists: [['VP-32-2023/5.17', ['body']]],
    citations: ['VP-32-2023/5.17', 'ND-42-2022/4.1.e', 'VP-32-2023/6.7'],
  }))();
