import * as z from 'zod';
import { defineCategory } from './_lib/defineCategory.js';
import { body, files, httpUrl, period, text } from './_lib/fields.js';
import { ContentItemBaseSchema } from './ContentItemBaseSchema.js';

const shape = /* @__PURE__ */ (() => ({
  kind: z.enum(['financial-report', 'budget-estimate', 'budget-settlement', 'statistics']),
  period: period(),
  data: z.union([httpUrl(), body()]),
  report: body().optional(),
  methodology: body().optional(),
  analysis: body().optional(),
  sector: text(300).optional(),
  files: files().optional(),
}))();

/**
 * A financial report or statistics item: the data, the report, the methodology, the analysis and the
 * period (ND 43/2011 Art. 12, QN-3069-2021/7.2.l), for the annual financial report and sector statistics of
 * ND 42/2022 Art. 4.1.e.
 *
 * @see ND-43-2011/12
 * @see QN-3069-2021/7.2.l
 * @see VP-32-2023/5.12
 * @example
 * ```ts
 * import { FinanceStatisticsSchema } from 'vn-portal-kit/categories';
 * FinanceStatisticsSchema.safeParse({ title: 'Tình hình KT-XH tháng 10', kind: 'statistics', period: { label: 'Tháng 10/2026' }, data: 'https://thongke.gov.vn/t10.xlsx' }).success //=> true
 * ```
 */
export const FinanceStatisticsSchema = /* @__PURE__ */ (() => ContentItemBaseSchema.extend(shape))();

/**
 * A finance/statistics item, as {@link FinanceStatisticsSchema} parses it.
 *
 * @example
 * ```ts
 * import type { FinanceStatistics } from 'vn-portal-kit/categories';
 * const keys: (keyof FinanceStatistics)[] = ['title'];
 * keys //=> ['title']
 * ```
 */
export type FinanceStatistics = z.infer<typeof FinanceStatisticsSchema>;

const FIVE = ['data', 'report', 'methodology', 'analysis', 'period'] as const;

export const financeStatisticsCategory = /* @__PURE__ */ (() =>
  defineCategory({
    id: 'finance-statistics',
    schema: FinanceStatisticsSchema,
    shapes: [shape],
    meta: {
      kind: ['Loại', 'Kind', 'VP-32-2023/5.12'],
      period: ['Thời kỳ', 'Period', 'ND-43-2011/12'],
      data: ['Số liệu', 'Data', 'ND-43-2011/12'],
      report: ['Báo cáo', 'Report', 'ND-43-2011/12'],
      methodology: ['Phương pháp thống kê', 'Methodology', 'ND-43-2011/12'],
      analysis: ['Phân tích', 'Analysis', 'ND-43-2011/12'],
      sector: ['Ngành, lĩnh vực', 'Sector', 'ND-42-2022/4.1.e'],
      files: ['Tệp đính kèm', 'Files', 'VP-32-2023/5.12'],
    },
    fieldLists: [
      ['ND-43-2011/12', FIVE],
      ['QN-3069-2021/7.2.l', FIVE],
      ['VP-32-2023/5.12', ['kind', 'period', 'data']],
    ],
    citations: [
      'ND-43-2011/12',
      'ND-42-2022/4.1.e',
      'VP-32-2023/5.12',
      'QN-3069-2021/7.2.l',
      'TN-40-2012/4.9',
      'TN-40-2012/10.2',
    ],
  }))();
