import * as z from 'zod';
import { defineCategory } from './_lib/defineCategory.js';
import { body, period, text, vnd } from './_lib/fields.js';
import { ContentItemBaseSchema } from './ContentItemBaseSchema.js';

const shape = /* @__PURE__ */ (() => ({
  kind: z.enum(['loan', 'aid', 'relief', 'fund']),
  provider: text(500).optional(),
  recipient: text(500).optional(),
  amount: vnd().optional(),
  currencyAmount: text(100).optional(),
  purpose: body(),
  period: period().optional(),
}))();

/**
 * A loan, aid, relief or fund item (vay nợ, viện trợ, cứu trợ, quỹ): kind, provider, recipient, amount (VND,
 * or the amount in the original currency as written), purpose and period.
 *
 * @see VP-32-2023/5.10
 * @example
 * ```ts
 * import { LoanAidSchema } from 'vn-portal-kit/categories';
 * LoanAidSchema.safeParse({ title: 'Tiếp nhận hỗ trợ khắc phục bão số 3', kind: 'relief', purpose: '…', amount: 500_000_000 }).success //=> true
 * ```
 */
export const LoanAidSchema = /* @__PURE__ */ (() => ContentItemBaseSchema.extend(shape))();

/**
 * A loan/aid item, as {@link LoanAidSchema} parses it.
 *
 * @example
 * ```ts
 * import type { LoanAid } from 'vn-portal-kit/categories';
 * const keys: (keyof LoanAid)[] = ['title'];
 * keys //=> ['title']
 * ```
 */
export type LoanAid = z.infer<typeof LoanAidSchema>;

export const loansAidCategory = /* @__PURE__ */ (() =>
  defineCategory({
    id: 'loans-aid',
    schema: LoanAidSchema,
    shapes: [shape],
    meta: {
      kind: ['Loại (vay nợ, viện trợ, cứu trợ, quỹ)', 'Kind (loan, aid, relief, fund)', 'VP-32-2023/5.10'],
      provider: ['Bên cho vay, tài trợ', 'Provider', 'VP-32-2023/5.10'],
      recipient: ['Bên tiếp nhận', 'Recipient', 'VP-32-2023/5.10'],
      amount: ['Số tiền (đồng)', 'Amount (VND)', 'VP-32-2023/5.10'],
      currencyAmount: ['Số tiền theo nguyên tệ', 'Amount in original currency', 'VP-32-2023/5.10'],
      purpose: ['Mục đích sử dụng', 'Purpose', 'VP-32-2023/5.10'],
      period: ['Thời gian', 'Period', 'VP-32-2023/5.10'],
    },
    fieldLists: [['VP-32-2023/5.10', ['kind', 'purpose']]],
    citations: ['VP-32-2023/5.10', 'VP-32-2023/6.4'],
  }))();
