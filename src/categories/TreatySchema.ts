import * as z from 'zod';
import { defineCategory } from './_lib/defineCategory.js';
import { civilDate, files, text } from './_lib/fields.js';
import { ContentItemBaseSchema } from './ContentItemBaseSchema.js';

const shape = /* @__PURE__ */ (() => ({
  name: text(1000),
  kind: z.enum(['bilateral', 'multilateral']),
  parties: z.array(text(300)).min(1).max(300),
  signedOn: civilDate().optional(),
  effectiveOn: civilDate().optional(),
  status: z.enum(['signed', 'in-force', 'suspended', 'terminated']).optional(),
  files: files().min(1),
}))();

/**
 * An international treaty Vietnam is party to (điều ước quốc tế): name, bilateral or multilateral, parties,
 * signing and effective dates, status, and the text.
 *
 * @see ND-42-2022/4.1.b
 * @see VP-32-2023/5.15
 * @example
 * ```ts
 * import { TreatySchema } from 'vn-portal-kit/categories';
 * TreatySchema.safeParse({ title: 'Hiệp định…', name: 'Hiệp định…', kind: 'bilateral', parties: ['Việt Nam', 'Lào'], files: [{ url: 'https://mofa.gov.vn/hd.pdf' }] }).success //=> true
 * ```
 */
export const TreatySchema = /* @__PURE__ */ (() => ContentItemBaseSchema.extend(shape))();

/**
 * A treaty, as {@link TreatySchema} parses it.
 *
 * @example
 * ```ts
 * import type { Treaty } from 'vn-portal-kit/categories';
 * const keys: (keyof Treaty)[] = ['title'];
 * keys //=> ['title']
 * ```
 */
export type Treaty = z.infer<typeof TreatySchema>;

export const treatiesCategory = /* @__PURE__ */ (() =>
  defineCategory({
    id: 'treaties',
    schema: TreatySchema,
    shapes: [shape],
    meta: {
      name: ['Tên điều ước', 'Name', 'ND-42-2022/4.1.b'],
      kind: ['Song phương hoặc đa phương', 'Bilateral or multilateral', 'ND-42-2022/4.1.b'],
      parties: ['Các bên ký kết', 'Parties', 'ND-42-2022/4.1.b'],
      signedOn: ['Ngày ký', 'Signed on', 'ND-42-2022/4.1.b'],
      effectiveOn: ['Ngày có hiệu lực', 'Effective on', 'ND-42-2022/4.1.b'],
      status: ['Tình trạng', 'Status', 'ND-42-2022/4.1.b'],
      files: ['Văn bản điều ước', 'Text of the treaty', 'ND-42-2022/4.1.b'],
    },
    fieldLists: [['ND-42-2022/4.1.b', ['name', 'parties', 'files']]],
    citations: ['ND-42-2022/4.1.b', 'VP-32-2023/5.15'],
  }))();
