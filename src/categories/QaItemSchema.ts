import * as z from 'zod';
import { defineCategory } from './_lib/defineCategory.js';
import { body, text } from './_lib/fields.js';
import { ContentItemBaseSchema } from './ContentItemBaseSchema.js';

const instant = () => z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

/**
 * Statuses of a question or feedback whose processing readers can follow (ND 43/2011 Art. 15, VP-32-2023/9.1.a).
 *
 * @example
 * ```ts
 * import { QA_STATUSES } from 'vn-portal-kit/categories';
 * QA_STATUSES.includes('answered') //=> true
 * ```
 */
export const QA_STATUSES = ['received', 'forwarded', 'in-progress', 'answered', 'out-of-scope'] as const;

const shape = /* @__PURE__ */ (() => ({
  question: body(),
  askedAt: instant(),
  askerName: text(200).optional(),
  askerEmail: z.email().max(254).optional(),
  field: text(300).optional(),
  status: z.enum(QA_STATUSES),
  answer: body().optional(),
  answeredAt: instant().optional(),
  answeredBy: text(300).optional(),
}))();

/**
 * A question or feedback and its answer: the question, when it came, the asker, the status readers can
 * follow, the answer, when and by whom (the head of the agency or the person authorised, TN-40-2012/14.3).
 * An `answered` item must carry the answer (`qa.answer-missing`).
 *
 * @see TN-40-2012/14.2
 * @see TN-40-2012/14.3
 * @see VP-32-2023/9.1.a
 * @example
 * ```ts
 * import { QaItemSchema } from 'vn-portal-kit/categories';
 * QaItemSchema.safeParse({ title: 'Hỏi về cấp đổi CCCD', question: '…', askedAt: '2026-11-20T09:00:00+07:00', status: 'answered' }).success //=> false
 * ```
 */
export const QaItemSchema = /* @__PURE__ */ (() =>
  ContentItemBaseSchema.extend(shape).superRefine((q, ctx) => {
    if (q.status === 'answered' && q.answer === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['answer'],
        message: 'An answered question carries its answer',
        params: {
          code: 'qa.answer-missing',
          vi: 'Câu hỏi đã trả lời phải có nội dung trả lời',
          en: 'An answered question carries its answer',
          citation: { id: 'TN-40-2012/14.2' },
        },
      });
    }
  }))();

/**
 * A Q&A item, as {@link QaItemSchema} parses it.
 *
 * @example
 * ```ts
 * import type { QaItem } from 'vn-portal-kit/categories';
 * const keys: (keyof QaItem)[] = ['title'];
 * keys //=> ['title']
 * ```
 */
export type QaItem = z.infer<typeof QaItemSchema>;

export const qaCategory = /* @__PURE__ */ (() =>
  defineCategory({
    id: 'qa',
    schema: QaItemSchema,
    shapes: [shape],
    meta: {
      question: ['Nội dung câu hỏi', 'Question', 'VP-32-2023/9.1.a'],
      askedAt: ['Thời điểm gửi', 'Asked at', 'TN-40-2012/14.4.c'],
      askerName: ['Người hỏi', 'Asker', 'TN-40-2012/14.2'],
      askerEmail: ['Thư điện tử người hỏi', "Asker's e-mail", 'TN-40-2012/14.2'],
      field: ['Lĩnh vực', 'Field', 'HG-1347-2020/15.2'],
      status: ['Trạng thái xử lý', 'Processing status', 'VP-32-2023/9.1.a'],
      answer: ['Nội dung trả lời', 'Answer', 'TN-40-2012/14.2'],
      answeredAt: ['Thời điểm trả lời', 'Answered at', 'TN-40-2012/14.4.a'],
      answeredBy: ['Người trả lời', 'Answered by', 'TN-40-2012/14.3'],
    },
    fieldLists: [['VP-32-2023/9.1.a', ['question', 'askedAt', 'status']]],
    citations: [
      'ND-43-2011/15',
      'VP-32-2023/9.1.a',
      'TN-40-2012/4.10',
      'TN-40-2012/14.2',
      'TN-40-2012/14.3',
      'HG-1347-2020/8.5',
      'HG-1347-2020/15.2',
    ],
  }))();
