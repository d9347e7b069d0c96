import * as z from 'zod';
import { defineCategory } from './_lib/defineCategory.js';
import { civilDate, httpUrl, period, text } from './_lib/fields.js';
import { ContentItemBaseSchema } from './ContentItemBaseSchema.js';

const shape = /* @__PURE__ */ (() => ({
  name: text(1000),
  code: text(100),
  managementLevel: z.enum(['national', 'ministerial', 'provincial', 'grassroots']),
  field: text(300),
  leadUnit: text(500),
  duration: z.union([text(200), period()]),
  acceptedOn: civilDate().optional(),
  summaryReportUrl: httpUrl().optional(),
  applicationReportUrl: httpUrl().optional(),
}))();

/**
 * A science and technology programme or project: name, code, management level, field, lead unit, duration
 * (VP-32-2023/5.11.a, ND 43/2011 Art. 11); after acceptance by the competent S&T council, the summary report
 * and the report on applying the results (5.11.b: `schema` requires both once `acceptedOn` is set,
 * `science.results-missing`).
 *
 * @see VP-32-2023/5.11.a
 * @see VP-32-2023/5.11.b
 * @see ND-43-2011/11
 * @example
 * ```ts
 * import { ScienceTechnologySchema } from 'vn-portal-kit/categories';
 * const p = { title: 'Đề tài', name: 'Nghiên cứu giống lúa', code: 'ĐT.01/2024', managementLevel: 'provincial', field: 'Nông nghiệp', leadUnit: 'Trường Đại học Cần Thơ', duration: '2024–2026' };
 * ScienceTechnologySchema.safeParse(p).success //=> true
 * ScienceTechnologySchema.safeParse({ ...p, acceptedOn: '2026-10-01' }).success //=> false
 * ```
 */
export const ScienceTechnologySchema = /* @__PURE__ */ (() =>
  ContentItemBaseSchema.extend(shape).superRefine((p, ctx) => {
    if (p.acceptedOn === undefined) return;
    for (const key of ['summaryReportUrl', 'applicationReportUrl'] as const) {
      if (p[key] !== undefined) continue;
      ctx.addIssue({
        code: 'custom',
        path: [key],
        message: 'An accepted programme publishes its summary report and application report',
        params: {
          code: 'science.results-missing',
          vi: 'Nhiệm vụ đã nghiệm thu phải công bố báo cáo tổng hợp và báo cáo ứng dụng kết quả',
          en: 'An accepted programme publishes its summary report and the report on applying its results',
          citation: { id: 'VP-32-2023/5.11.b' },
        },
      });
    }
  }))();

/**
 * An S&T programme, as {@link ScienceTechnologySchema} parses it.
 *
 * @example
 * ```ts
 * import type { ScienceTechnology } from 'vn-portal-kit/categories';
 * const keys: (keyof ScienceTechnology)[] = ['title'];
 * keys //=> ['title']
 * ```
 */
export type ScienceTechnology = z.infer<typeof ScienceTechnologySchema>;

export const scienceTechnologyCategory = /* @__PURE__ */ (() =>
  defineCategory({
    id: 'science-technology',
    schema: ScienceTechnologySchema,
    shapes: [shape],
    meta: {
      name: ['Tên chương trình, đề tài', 'Name', 'VP-32-2023/5.11.a'],
      code: ['Mã số', 'Code', 'VP-32-2023/5.11.a'],
      managementLevel: ['Cấp quản lý', 'Management level', 'VP-32-2023/5.11.a'],
      field: ['Lĩnh vực', 'Field', 'VP-32-2023/5.11.a'],
      leadUnit: ['Đơn vị chủ trì', 'Lead unit', 'VP-32-2023/5.11.a'],
      duration: ['Thời gian thực hiện', 'Duration', 'VP-32-2023/5.11.a'],
      acceptedOn: ['Ngày nghiệm thu', 'Accepted on', 'VP-32-2023/5.11.b'],
      summaryReportUrl: ['Báo cáo tổng hợp kết quả', 'Summary report', 'VP-32-2023/5.11.b'],
      applicationReportUrl: [
        'Báo cáo ứng dụng kết quả',
        'Report on applying the results',
        'VP-32-2023/5.11.b',
      ],
    },
    fieldLists: [
      ['VP-32-2023/5.11.a', ['name', 'code', 'managementLevel', 'field', 'leadUnit', 'duration']],
      ['VP-32-2023/5.11.b', ['summaryReportUrl', 'applicationReportUrl']],
      ['ND-43-2011/11', ['name', 'code', 'managementLevel', 'field', 'leadUnit', 'duration']],
    ],
    citations: ['ND-43-2011/11', 'VP-32-2023/5.11.a', 'VP-32-2023/5.11.b', 'VP-32-2023/6.5'],
  }))();
