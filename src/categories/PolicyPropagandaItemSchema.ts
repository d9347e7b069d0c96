import * as z from 'zod';
import { defineCategory } from './_lib/defineCategory.js';
import { body, files, numberSymbol, text } from './_lib/fields.js';
import { ContentItemBaseSchema } from './ContentItemBaseSchema.js';

const shape = /* @__PURE__ */ (() => ({
  body: body(),
  relatedDocuments: z.array(numberSymbol()).max(50).optional(),
  audience: text(300).optional(),
  files: files().optional(),
}))();

/**
 * An item disseminating and guiding the law and policies (tuyên truyền, phổ biến, hướng dẫn thực hiện pháp
 * luật): body, the number-symbols of the documents it explains, its audience, files.
 *
 * @see ND-43-2011/10.1.d
 * @see VP-32-2023/5.4
 * @example
 * ```ts
 * import { PolicyPropagandaItemSchema } from 'vn-portal-kit/categories';
 * PolicyPropagandaItemSchema.safeParse({ title: 'Hỏi đáp Luật Đất đai', body: '…', relatedDocuments: ['31/2024/QH15'] }).success //=> true
 * ```
 */
export const PolicyPropagandaItemSchema = /* @__PURE__ */ (() => ContentItemBaseSchema.extend(shape))();

/**
 * A dissemination item, as {@link PolicyPropagandaItemSchema} parses it.
 *
 * @example
 * ```ts
 * import type { PolicyPropagandaItem } from 'vn-portal-kit/categories';
 * const keys: (keyof PolicyPropagandaItem)[] = ['title'];
 * keys //=> ['title']
 * ```
 */
export type PolicyPropagandaItem = z.infer<typeof PolicyPropagandaItemSchema>;

export const policyPropagandaCategory = /* @__PURE__ */ (() =>
  defineCategory({
    id: 'policy-propaganda',
    schema: PolicyPropagandaItemSchema,
    shapes: [shape],
    meta: {
      body: ['Nội dung', 'Body', 'VP-32-2023/5.4'],
      relatedDocuments: ['Văn bản được phổ biến', 'Documents explained', 'ND-43-2011/10.1.d'],
      audience: ['Đối tượng', 'Audience', 'VP-32-2023/5.4'],
      files: ['Tệp đính kèm', 'Files', 'VP-32-2023/5.4'],
    },
    fieldLists: [['VP-32-2023/5.4', ['body']]],
    citations: ['ND-43-2011/10.1.d', 'ND-42-2022/4.1.d', 'VP-32-2023/5.4', 'TN-40-2012/4.3'],
  }))();
