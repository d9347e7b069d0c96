import * as z from 'zod';
import { civilDateToDays } from '../core/index.js';
import { defineCategory } from './_lib/defineCategory.js';
import { body, civilDate, files, httpUrl, text } from './_lib/fields.js';
import { OfficialEmailSchema } from './ContactPersonSchema.js';
import { ContentItemBaseSchema } from './ContentItemBaseSchema.js';

const shape = /* @__PURE__ */ (() => ({
  fullText: files().min(1),
  openedOn: civilDate(),
  commentDeadline: civilDate(),
  draftingAgency: text(500),
  comments: z
    .array(
      z.object({
        receivedAt: z.union([z.iso.date(), z.iso.datetime({ offset: true })]),
        author: text(300).optional(),
        content: body(),
      }),
    )
    .max(10_000),
  submitChannel: z.object({ formUrl: httpUrl().optional(), email: z.email().max(254).optional() }),
  receivingAgency: z.object({ name: text(500), address: text(500), email: OfficialEmailSchema }),
  summaryOfComments: body().optional(),
}))();

/**
 * A draft put up for comment (lấy ý kiến góp ý dự thảo): the full text, the comment deadline, the comments
 * received, a way to send a new comment (online form or e-mail: `consultation.channel-missing` when neither),
 * the receiving agency's address and e-mail (VP-32-2023/5.14.d, ND 43/2011 Art. 10.1.i); the deadline is not
 * before the opening day (`consultation.deadline-before-opening`).
 *
 * @see VP-32-2023/5.14.d
 * @see ND-43-2011/10.1.i
 * @see HG-1347-2020/8.4
 * @example
 * ```ts
 * import { ConsultationSchema } from 'vn-portal-kit/categories';
 * const c = { title: 'Dự thảo Quyết định…', fullText: [{ url: 'https://vinhphuc.gov.vn/dt.pdf' }], openedOn: '2026-11-01', commentDeadline: '2026-11-30',
 *   draftingAgency: 'Sở Tư pháp', comments: [], submitChannel: { formUrl: 'https://vinhphuc.gov.vn/gop-y' },
 *   receivingAgency: { name: 'Sở Tư pháp', address: 'Vĩnh Yên', email: 'stp@vinhphuc.gov.vn' } };
 * ConsultationSchema.safeParse(c).success //=> true
 * ConsultationSchema.safeParse({ ...c, submitChannel: {} }).success //=> false
 * ```
 */
export const ConsultationSchema = /* @__PURE__ */ (() =>
  ContentItemBaseSchema.extend(shape).superRefine((c, ctx) => {
    if (c.submitChannel.formUrl === undefined && c.submitChannel.email === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['submitChannel'],
        message: 'No way to send a comment',
        params: {
          code: 'consultation.channel-missing',
          vi: 'Phải có cách gửi ý kiến góp ý (biểu mẫu trực tuyến hoặc thư điện tử)',
          en: 'There must be a way to send a comment (online form or e-mail)',
          citation: { id: 'VP-32-2023/5.14.d' },
        },
      });
    }
    if (civilDateToDays(c.commentDeadline) < civilDateToDays(c.openedOn)) {
      ctx.addIssue({
        code: 'custom',
        path: ['commentDeadline'],
        message: 'Deadline before opening',
        params: {
          code: 'consultation.deadline-before-opening',
          vi: `Hạn góp ý (${c.commentDeadline}) trước ngày đăng dự thảo (${c.openedOn})`,
          en: `The comment deadline (${c.commentDeadline}) is before the opening day (${c.openedOn})`,
          citation: { id: 'VP-32-2023/5.14.d' },
        },
      });
    }
  }))();

/**
 * A consultation, as {@link ConsultationSchema} parses it.
 *
 * @example
 * ```ts
 * import type { Consultation } from 'vn-portal-kit/categories';
 * const keys: (keyof Consultation)[] = ['title'];
 * keys //=> ['title']
 * ```
 */
export type Consultation = z.infer<typeof ConsultationSchema>;

export const consultationCategory = /* @__PURE__ */ (() =>
  defineCategory({
    id: 'consultation',
    schema: ConsultationSchema,
    shapes: [shape],
    meta: {
      fullText: ['Toàn văn dự thảo', 'Full text of the draft', 'VP-32-2023/5.14.d'],
      openedOn: ['Ngày đăng tải', 'Opened on', 'VP-32-2023/6.6'],
      commentDeadline: ['Thời hạn tiếp nhận góp ý', 'Comment deadline', 'VP-32-2023/5.14.d'],
      draftingAgency: ['Cơ quan chủ trì soạn thảo', 'Drafting agency', 'VP-32-2023/7.4'],
      comments: ['Các ý kiến góp ý đã nhận', 'Comments received', 'VP-32-2023/5.14.d'],
      submitChannel: ['Cách gửi ý kiến góp ý', 'How to send a comment', 'VP-32-2023/5.14.d'],
      receivingAgency: [
        'Địa chỉ, thư điện tử của cơ quan tiếp nhận',
        "Receiving agency's address and e-mail",
        'VP-32-2023/5.14.d',
      ],
      summaryOfComments: ['Tổng hợp ý kiến', 'Summary of comments', 'HG-1347-2020/8.4'],
    },
    fieldLists: [
      ['VP-32-2023/5.14.d', ['fullText', 'commentDeadline', 'comments', 'submitChannel', 'receivingAgency']],
      ['ND-43-2011/10.1.i', ['fullText', 'commentDeadline', 'comments', 'submitChannel', 'receivingAgency']],
      ['HG-1347-2020/8.4', ['fullText', 'summaryOfComments']],
    ],
    citations: [
      'ND-43-2011/10.1.i',
      'VP-32-2023/5.14.d',
      'VP-32-2023/6.6',
      'VP-32-2023/7.4',
      'TN-40-2012/8.5',
      'HG-1347-2020/2.3.d',
      'HG-1347-2020/8.4',
    ],
  }))();
