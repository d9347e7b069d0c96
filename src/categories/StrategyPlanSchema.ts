import * as z from 'zod';
import { defineCategory } from './_lib/defineCategory.js';
import { body, files, numberSymbol, period, text } from './_lib/fields.js';
import { ContentItemBaseSchema } from './ContentItemBaseSchema.js';

/**
 * Kinds of strategies, orientations, planning and plans (VP-32-2023/5.7, ND 43/2011 Art. 10.1.đ, ND 42/2022
 * Art. 4.1.đ): strategy, orientation, programme, plan, annual work plan, master planning (quy hoạch:
 * construction, urban, land use, natural resources), investment incentives and opportunities, projects
 * seeking capital, waste and pollution.
 *
 * @example
 * ```ts
 * import { STRATEGY_PLAN_KINDS } from 'vn-portal-kit/categories';
 * STRATEGY_PLAN_KINDS.includes('land-use-planning') //=> true
 * ```
 */
export const STRATEGY_PLAN_KINDS = [
  'strategy',
  'orientation',
  'programme',
  'plan',
  'annual-work-plan',
  'construction-planning',
  'urban-planning',
  'land-use-planning',
  'natural-resources',
  'investment-incentives',
  'projects-seeking-capital',
  'waste-and-pollution',
  'results',
] as const;

const shape = /* @__PURE__ */ (() => ({
  kind: z.enum(STRATEGY_PLAN_KINDS),
  summary: body(),
  field: text(300).optional(),
  approvingDecision: numberSymbol().optional(),
  approvingAuthority: text(300).optional(),
  period: period().optional(),
  files: files().optional(),
}))();

/**
 * A strategy, orientation, planning or plan item, with what approved it (`approvingDecision`,
 * `approvedAt` in the envelope: the planning deadline runs from approval, VP-32-2023/6.3).
 *
 * @see VP-32-2023/5.7
 * @see ND-43-2011/10.1.đ
 * @see ND-42-2022/4.1.đ
 * @example
 * ```ts
 * import { StrategyPlanSchema } from 'vn-portal-kit/categories';
 * StrategyPlanSchema.safeParse({ title: 'Quy hoạch tỉnh thời kỳ 2021–2030', kind: 'land-use-planning', summary: '…', approvingDecision: '1107/QĐ-TTg', approvedAt: '2023-09-21' }).success //=> true
 * ```
 */
export const StrategyPlanSchema = /* @__PURE__ */ (() => ContentItemBaseSchema.extend(shape))();

/**
 * A strategy or plan, as {@link StrategyPlanSchema} parses it.
 *
 * @example
 * ```ts
 * import type { StrategyPlan } from 'vn-portal-kit/categories';
 * const keys: (keyof StrategyPlan)[] = ['title'];
 * keys //=> ['title']
 * ```
 */
export type StrategyPlan = z.infer<typeof StrategyPlanSchema>;

export const strategiesPlansCategory = /* @__PURE__ */ (() =>
  defineCategory({
    id: 'strategies-plans',
    schema: StrategyPlanSchema,
    shapes: [shape],
    meta: {
      kind: ['Loại', 'Kind', 'VP-32-2023/5.7'],
      summary: ['Nội dung tóm tắt', 'Summary', 'VP-32-2023/5.7'],
      field: ['Lĩnh vực', 'Field', 'VP-32-2023/5.7'],
      approvingDecision: ['Quyết định phê duyệt', 'Approving decision', 'VP-32-2023/6.3'],
      approvingAuthority: ['Cấp phê duyệt', 'Approving authority', 'VP-32-2023/6.3'],
      period: ['Thời kỳ', 'Period', 'VP-32-2023/5.7'],
      files: ['Tệp đính kèm', 'Files', 'VP-32-2023/5.7'],
    },
    fieldLists: [['VP-32-2023/5.7', ['kind', 'summary', 'approvingDecision']]],
    citations: [
      'ND-43-2011/10.1.đ',
      'ND-42-2022/4.1.đ',
      'VP-32-2023/5.7',
      'VP-32-2023/6.3',
      'TN-40-2012/4.6',
    ],
  }))();
