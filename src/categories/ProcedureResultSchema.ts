import * as z from 'zod';
import { defineCategory } from './_lib/defineCategory.js';
import { text } from './_lib/fields.js';
import { ContentItemBaseSchema } from './ContentItemBaseSchema.js';

const instant = () => z.union([z.iso.date(), z.iso.datetime({ offset: true })]);

/**
 * Statuses of a dossier whose progress a portal publishes.
 *
 * @example
 * ```ts
 * import { DOSSIER_STATUSES } from 'vn-portal-kit/categories';
 * DOSSIER_STATUSES[0] //=> 'received'
 * ```
 */
export const DOSSIER_STATUSES = [
  'received',
  'processing',
  'supplement-requested',
  'returned-on-time',
  'returned-late',
  'overdue',
  'rejected',
  'withdrawn',
] as const;

const shape = /* @__PURE__ */ (() => ({
  dossierCode: text(100),
  procedureName: text(1000),
  handlingAgency: text(500),
  handler: text(300).optional(),
  status: z.enum(DOSSIER_STATUSES),
  receivedAt: instant(),
  dueAt: instant().optional(),
  processedAt: instant().optional(),
  returnedAt: instant().optional(),
}))();

/**
 * The published progress or result of a dossier (kết quả giải quyết, tiến độ xử lý hồ sơ): the agency, the
 * receiving/handling person and the times of receipt, processing and return (ND 224/2026 Art. 15.1.g), the
 * status. No personal data of the applicant: publish the dossier code only.
 *
 * @see HG-1347-2020/11.2
 * @see HG-1347-2020/12
 * @see NX-2112-2022/4.2.e
 * @see ND-224-2026/15.1.g
 * @example
 * ```ts
 * import { ProcedureResultSchema } from 'vn-portal-kit/categories';
 * ProcedureResultSchema.safeParse({ title: 'Hồ sơ 000.00.20.H27-261125-0001', dossierCode: '000.00.20.H27-261125-0001', procedureName: 'Đăng ký khai sinh', handlingAgency: 'UBND xã', status: 'processing', receivedAt: '2026-11-25T08:10:00+07:00' }).success //=> true
 * ```
 */
export const ProcedureResultSchema = /* @__PURE__ */ (() => ContentItemBaseSchema.extend(shape))();

/**
 * A dossier's progress, as {@link ProcedureResultSchema} parses it.
 *
 * @example
 * ```ts
 * import type { ProcedureResult } from 'vn-portal-kit/categories';
 * const keys: (keyof ProcedureResult)[] = ['title'];
 * keys //=> ['title']
 * ```
 */
export type ProcedureResult = z.infer<typeof ProcedureResultSchema>;

export const procedureResultsCategory = /* @__PURE__ */ (() =>
  defineCategory({
    id: 'procedure-results',
    schema: ProcedureResultSchema,
    shapes: [shape],
    meta: {
      dossierCode: ['Mã hồ sơ', 'Dossier code', 'HG-1347-2020/12'],
      procedureName: ['Tên thủ tục', 'Procedure', 'HG-1347-2020/12'],
      handlingAgency: ['Cơ quan giải quyết', 'Handling agency', 'ND-224-2026/15.1.g'],
      handler: ['Người tiếp nhận, xử lý', 'Receiving/handling person', 'ND-224-2026/15.1.g'],
      status: ['Trạng thái', 'Status', 'HG-1347-2020/12'],
      receivedAt: ['Thời điểm tiếp nhận', 'Received at', 'ND-224-2026/15.1.g'],
      dueAt: ['Hạn trả kết quả', 'Due at', 'HG-1347-2020/12'],
      processedAt: ['Thời điểm xử lý', 'Processed at', 'ND-224-2026/15.1.g'],
      returnedAt: ['Thời điểm trả kết quả', 'Returned at', 'ND-224-2026/15.1.g'],
    },
    fieldLists: [
      ['ND-224-2026/15.1.g', ['handlingAgency', 'handler', 'receivedAt', 'processedAt', 'returnedAt']],
      ['HG-1347-2020/12', ['dossierCode', 'procedureName', 'status', 'receivedAt', 'dueAt']],
    ],
    citations: ['HG-1347-2020/11.2', 'HG-1347-2020/12', 'NX-2112-2022/4.2.e', 'ND-224-2026/15.1.g'],
  }))();
