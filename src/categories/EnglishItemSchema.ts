import * as z from 'zod';
import { defineCategory } from './_lib/defineCategory.js';
import { body, httpUrl } from './_lib/fields.js';
import { ContentItemBaseSchema } from './ContentItemBaseSchema.js';

/**
 * The topics of the English items, VP-32-2023/5.18.b (natural conditions, history, culture, relics, scenic
 * spots; political system, organisation, functions and history of agencies, leaders' bios; officials'
 * contacts; policy dissemination; investment promotion and socio-economic achievements) and ND 42/2022 Art.
 * 7 (structure, functions, duties and powers; officials' contacts), plus services usable by foreigners
 * (ND 43/2011 Art. 13).
 *
 * @example
 * ```ts
 * import { ENGLISH_TOPICS } from 'vn-portal-kit/categories';
 * ENGLISH_TOPICS.includes('officials-contacts') //=> true
 * ```
 */
export const ENGLISH_TOPICS = [
  'locality',
  'organisation',
  'officials-contacts',
  'policy',
  'investment-promotion',
  'services-for-foreigners',
] as const;

const shape = /* @__PURE__ */ (() => ({
  language: z.literal('en'),
  topic: z.enum(ENGLISH_TOPICS),
  body: body(),
  vietnameseUrl: httpUrl().optional(),
}))();

/**
 * An English-language item: `language: 'en'`, its topic, body, and the Vietnamese original it translates.
 *
 * @see VP-32-2023/5.18.b
 * @see ND-42-2022/7
 * @see ND-43-2011/13
 * @example
 * ```ts
 * import { EnglishItemSchema } from 'vn-portal-kit/categories';
 * EnglishItemSchema.safeParse({ title: 'Contacts', language: 'en', topic: 'officials-contacts', body: '…' }).success //=> true
 * EnglishItemSchema.safeParse({ title: 'Liên hệ', language: 'vi', topic: 'officials-contacts', body: '…' }).success //=> false
 * ```
 */
export const EnglishItemSchema = /* @__PURE__ */ (() => ContentItemBaseSchema.extend(shape))();

/**
 * An English item, as {@link EnglishItemSchema} parses it.
 *
 * @example
 * ```ts
 * import type { EnglishItem } from 'vn-portal-kit/categories';
 * const keys: (keyof EnglishItem)[] = ['title'];
 * keys //=> ['title']
 * ```
 */
export type EnglishItem = z.infer<typeof EnglishItemSchema>;

export const englishCategory = /* @__PURE__ */ (() =>
  defineCategory({
    id: 'english',
    schema: EnglishItemSchema,
    shapes: [shape],
    meta: {
      language: ['Ngôn ngữ (tiếng Anh)', 'Language (English)', 'VP-32-2023/5.18.b'],
      topic: ['Chủ đề', 'Topic', 'VP-32-2023/5.18.b'],
      body: ['Nội dung', 'Body', 'VP-32-2023/5.18.b'],
      vietnameseUrl: ['Bản tiếng Việt', 'Vietnamese original', 'VP-32-2023/5.18.c'],
    },
    fieldLists: [
      ['VP-32-2023/5.18.b', ['language', 'topic', 'body']],
      ['ND-42-2022/7', ['language', 'topic', 'body']],
    ],
    citations: [
      'ND-43-2011/13',
      'ND-42-2022/7',
      'VP-32-2023/5.18.b',
      'VP-32-2023/5.18.c',
      'VP-32-2023/5.18.d',
      'TN-40-2012/4.13',
      'QN-3069-2021/4.3',
    ],
  }))();
