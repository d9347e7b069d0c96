import * as z from 'zod';
import { defineCategory } from './_lib/defineCategory.js';
import { body, text } from './_lib/fields.js';
import { ContentItemBaseSchema } from './ContentItemBaseSchema.js';

/**
 * The media a content item may be (QN-3069-2021/4.1): text, audio, image, video, graphics.
 *
 * @example
 * ```ts
 * import { CONTENT_MEDIA } from 'vn-portal-kit/categories';
 * CONTENT_MEDIA.length //=> 5
 * ```
 */
export const CONTENT_MEDIA = ['text', 'audio', 'image', 'video', 'graphics'] as const;

const shape = /* @__PURE__ */ (() => ({
  summary: text(2000).optional(),
  body: body(),
  media: z.array(z.enum(CONTENT_MEDIA)).min(1).max(5).optional(),
  topic: text(200).optional(),
}))();

/**
 * A news or event item (tin tức, sự kiện): body, optional lead (sapo), media kinds and topic, plus the envelope
 * (event time: TN-40-2012/10.2 counts 8 administrative hours from the event; source and author of reused news).
 *
 * @see ND-43-2011/10.1.b
 * @see VP-32-2023/5.2
 * @see TN-40-2012/10.2
 * @example
 * ```ts
 * import { NewsItemSchema } from 'vn-portal-kit/categories';
 * NewsItemSchema.safeParse({ title: 'Hội nghị sơ kết', body: 'Sáng nay…', eventAt: '2026-11-24T08:00:00+07:00' }).success //=> true
 * ```
 */
export const NewsItemSchema = /* @__PURE__ */ (() => ContentItemBaseSchema.extend(shape))();

/**
 * A news item, as {@link NewsItemSchema} parses it.
 *
 * @example
 * ```ts
 * import type { NewsItem } from 'vn-portal-kit/categories';
 * const keys: (keyof NewsItem)[] = ['title'];
 * keys //=> ['title']
 * ```
 */
export type NewsItem = z.infer<typeof NewsItemSchema>;

export const newsCategory = /* @__PURE__ */ (() =>
  defineCategory({
    id: 'news',
    schema: NewsItemSchema,
    shapes: [shape],
    meta: {
      summary: ['Tóm tắt (sapo)', 'Lead', 'VP-32-2023/5.2'],
      body: ['Nội dung', 'Body', 'VP-32-2023/5.2'],
      media: ['Loại nội dung (văn bản, âm thanh, hình ảnh, video, đồ họa)', 'Media', 'QN-3069-2021/4.1'],
      topic: ['Chủ đề', 'Topic', 'VP-32-2023/5.2'],
    },
    fieldLists: [['VP-32-2023/5.2', ['body']]],
    citations: ['ND-43-2011/10.1.b', 'VP-32-2023/5.2', 'TN-40-2012/4.5', 'TN-40-2012/10.2'],
  }))();
