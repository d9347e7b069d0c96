import * as z from 'zod';
import { defineCategory } from './_lib/defineCategory.js';
import { body, text } from './_lib/fields.js';
import { ContentItemBaseSchema } from './ContentItemBaseSchema.js';

/**
 * The topics of epidemic information, VP-32-2023/5.13.a–d: Party and State policy on communicable diseases;
 * causes, transmission, recognition and prevention; consequences; responsibilities of agencies and people.
 *
 * @example
 * ```ts
 * import { EPIDEMIC_TOPICS } from 'vn-portal-kit/categories';
 * EPIDEMIC_TOPICS //=> ['policy', 'causes-transmission-prevention', 'consequences', 'responsibilities']
 * ```
 */
export const EPIDEMIC_TOPICS = [
  'policy',
  'causes-transmission-prevention',
  'consequences',
  'responsibilities',
] as const;

const shape = /* @__PURE__ */ (() => ({
  topic: z.enum(EPIDEMIC_TOPICS),
  disease: text(300).optional(),
  body: body(),
  audience: text(300),
}))();

/**
 * An epidemic prevention item: its topic (5.13.a–d), the disease, the body, and the audience it is written
 * for (5.13.đ: "Nội dung thông tin phù hợp với đối tượng, truyền thống văn hoá ..."). The seed runs "d) … đ)" on one
 * line, so 5.13 has six points a, b, c, d, đ, e: đ is the audience, e ("chính xác, rõ ràng, dễ hiểu, thiết thực,
 * kịp thời") the accuracy of the content, which only the approver can judge.
 *
 * @see VP-32-2023/5.13
 * @example
 * ```ts
 * import { EpidemicItemSchema } from 'vn-portal-kit/categories';
 * EpidemicItemSchema.safeParse({ title: 'Phòng chống sốt xuất huyết', topic: 'causes-transmission-prevention', disease: 'Sốt xuất huyết', body: '…', audience: 'Người dân' }).success //=> true
 * ```
 */
export const EpidemicItemSchema = /* @__PURE__ */ (() => ContentItemBaseSchema.extend(shape))();

/**
 * An epidemic item, as {@link EpidemicItemSchema} parses it.
 *
 * @example
 * ```ts
 * import type { EpidemicItem } from 'vn-portal-kit/categories';
 * const keys: (keyof EpidemicItem)[] = ['title'];
 * keys //=> ['title']
 * ```
 */
export type EpidemicItem = z.infer<typeof EpidemicItemSchema>;

export const epidemicsCategory = /* @__PURE__ */ (() =>
  defineCategory({
    id: 'epidemics',
    schema: EpidemicItemSchema,
    shapes: [shape],
    meta: {
      topic: ['Chủ đề (điểm a–d)', 'Topic (points a–d)', 'VP-32-2023/5.13.a'],
      disease: ['Bệnh truyền nhiễm', 'Disease', 'VP-32-2023/5.13.b'],
      body: ['Nội dung', 'Body', 'VP-32-2023/5.13.b'],
      audience: ['Đối tượng tiếp nhận', 'Audience', 'VP-32-2023/5.13.đ'],
    },
    fieldLists: [['VP-32-2023/5.13', ['topic', 'body', 'audience']]],
    citations: [
      'VP-32-2023/5.13.a',
      'VP-32-2023/5.13.b',
      'VP-32-2023/5.13.c',
      'VP-32-2023/5.13.d',
      'VP-32-2023/5.13.đ',
      'VP-32-2023/6.2',
    ],
  }))();
