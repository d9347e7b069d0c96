import * as z from 'zod';
import { defineCategory } from './_lib/defineCategory.js';
import { body, httpUrl, text, vnd } from './_lib/fields.js';
import { ContentItemBaseSchema } from './ContentItemBaseSchema.js';

/**
 * Online public-service levels of ND 43/2011 Art. 3.4 (TN-40-2012/2.6): 1 information; 2 + downloadable
 * forms; 3 + online filing and processing; 4 + online payment and delivery of the result.
 *
 * @example
 * ```ts
 * import { ONLINE_SERVICE_LEVELS } from 'vn-portal-kit/categories';
 * ONLINE_SERVICE_LEVELS.find((l) => l.level === 4)?.name.en //=> 'Level 4: online payment and delivery'
 * ```
 */
export const ONLINE_SERVICE_LEVELS = [
  {
    level: 1,
    name: { vi: 'Mức độ 1: cung cấp đầy đủ thông tin về thủ tục', en: 'Level 1: full information' },
    citation: { id: 'ND-43-2011/3.4' },
  },
  {
    level: 2,
    name: { vi: 'Mức độ 2: cho phép tải mẫu văn bản, mẫu đơn', en: 'Level 2: downloadable forms' },
    citation: { id: 'ND-43-2011/3.4' },
  },
  {
    level: 3,
    name: {
      vi: 'Mức độ 3: điền, gửi và xử lý hồ sơ trực tuyến',
      en: 'Level 3: online filing and processing',
    },
    citation: { id: 'ND-43-2011/3.4' },
  },
  {
    level: 4,
    name: {
      vi: 'Mức độ 4: thanh toán lệ phí và nhận kết quả trực tuyến',
      en: 'Level 4: online payment and delivery',
    },
    citation: { id: 'ND-43-2011/3.4' },
  },
] as const;

/**
 * Proactive online-service levels of ND 224/2026 Art. 16: 1 reminds; 2 reminds and prepares the dossier;
 * 3 also recommends an option; 4 also executes automatically.
 *
 * @example
 * ```ts
 * import { PROACTIVE_SERVICE_LEVELS } from 'vn-portal-kit/categories';
 * PROACTIVE_SERVICE_LEVELS[0]?.name.en //=> 'Level 1: reminds'
 * ```
 */
export const PROACTIVE_SERVICE_LEVELS = [
  { level: 1, name: { vi: 'Mức 1: nhắc việc', en: 'Level 1: reminds' }, citation: { id: 'ND-224-2026/16' } },
  {
    level: 2,
    name: { vi: 'Mức 2: nhắc việc và chuẩn bị hồ sơ', en: 'Level 2: reminds and prepares the dossier' },
    citation: { id: 'ND-224-2026/16' },
  },
  {
    level: 3,
    name: { vi: 'Mức 3: đề xuất phương án', en: 'Level 3: also recommends an option' },
    citation: { id: 'ND-224-2026/16' },
  },
  {
    level: 4,
    name: { vi: 'Mức 4: tự động thực hiện', en: 'Level 4: executes automatically' },
    citation: { id: 'ND-224-2026/16' },
  },
] as const;

/**
 * Why a service is only partly online (một phần): ND 42/2022 Art. 11 (physical presence, on-site
 * verification) and ND 224/2026 Art. 14 (also a technical incident not yet fixed, another technical issue).
 *
 * @example
 * ```ts
 * import { PARTIAL_SERVICE_REASONS } from 'vn-portal-kit/categories';
 * PARTIAL_SERVICE_REASONS.length //=> 4
 * ```
 */
export const PARTIAL_SERVICE_REASONS = [
  'physical-presence',
  'on-site-verification',
  'technical-incident',
  'other-technical',
] as const;

const shape = /* @__PURE__ */ (() => ({
  name: text(1000),
  code: text(100).optional(),
  implementingAgency: text(500),
  field: text(300).optional(),
  steps: body().optional(),
  dossierComponents: z
    .array(z.object({ name: text(1000), copies: z.int().min(0).max(100).optional() }))
    .min(1)
    .max(200),
  dossierCount: z.int().min(1).max(100),
  forms: z
    .array(z.object({ name: text(500), url: httpUrl().optional(), fillOnline: z.boolean().optional() }))
    .max(200),
  processingTime: text(500),
  fees: z.union([text(1000), vnd()]),
  onlineLevel: z.int().min(1).max(4).optional(),
  serviceScope: z.enum(['toan-trinh', 'mot-phan']).optional(),
  partialReason: z.enum(PARTIAL_SERVICE_REASONS).optional(),
  partialReasonText: text(2000).optional(),
  proactiveLevel: z.int().min(1).max(4).optional(),
  serviceUrl: httpUrl().optional(),
  usageGuide: body().optional(),
  usageCount: z.int().min(0).optional(),
  dossiersReceived: z.int().min(0).optional(),
}))();

/**
 * An administrative procedure and its online public service: at least name, implementing agency, dossier
 * components and number of sets, forms (download or fill online), processing time and fees
 * (TN-40-2012/12.2); the ND 43/2011 level 1–4 (`onlineLevel`, with a usage guide, usage count and dossier
 * numbers from level 3, Art. 18); the ND 42/2022 / ND 224/2026 scope `toan-trinh` or `mot-phan`, a `mot-phan`
 * service publishing its reason (`partialReason`, `procedure.partial-reason-missing`); the ND 224/2026
 * proactive level 1–4; the link to the provincial public-service portal (VP-32-2023/5.6).
 *
 * @see TN-40-2012/12.2
 * @see ND-43-2011/3.4
 * @see ND-42-2022/11
 * @see ND-224-2026/14
 * @see ND-224-2026/16
 * @example
 * ```ts
 * import { ProcedureSchema } from 'vn-portal-kit/categories';
 * const p = { title: 'Cấp bản sao trích lục hộ tịch', name: 'Cấp bản sao trích lục hộ tịch', implementingAgency: 'UBND cấp xã',
 *   dossierComponents: [{ name: 'Tờ khai' }], dossierCount: 1, forms: [], processingTime: 'Ngay trong ngày', fees: 8000, serviceScope: 'toan-trinh' };
 * ProcedureSchema.safeParse(p).success //=> true
 * ProcedureSchema.safeParse({ ...p, serviceScope: 'mot-phan' }).success //=> false
 * ```
 */
export const ProcedureSchema = /* @__PURE__ */ (() =>
  ContentItemBaseSchema.extend(shape).superRefine((p, ctx) => {
    if (p.serviceScope === 'mot-phan' && p.partialReason === undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['partialReason'],
        message: 'A partly-online service publishes its reason',
        params: {
          code: 'procedure.partial-reason-missing',
          vi: 'Dịch vụ công trực tuyến một phần phải công khai lý do',
          en: 'A partly-online (một phần) service publishes its reason',
          citation: { id: 'ND-224-2026/14' },
        },
      });
    }
    if (p.serviceScope === 'toan-trinh' && p.partialReason !== undefined) {
      ctx.addIssue({
        code: 'custom',
        path: ['partialReason'],
        message: 'A whole-process service has no partial reason',
        params: {
          code: 'procedure.partial-reason-unexpected',
          vi: 'Dịch vụ toàn trình không có lý do một phần',
          en: 'A whole-process (toàn trình) service has no partial reason',
          citation: { id: 'ND-42-2022/11' },
        },
      });
    }
  }))();

/**
 * A procedure, as {@link ProcedureSchema} parses it.
 *
 * @example
 * ```ts
 * import type { Procedure } from 'vn-portal-kit/categories';
 * const keys: (keyof Procedure)[] = ['title'];
 * keys //=> ['title']
 * ```
 */
export type Procedure = z.infer<typeof ProcedureSchema>;

export const proceduresCategory = /* @__PURE__ */ (() =>
  defineCategory({
    id: 'procedures',
    schema: ProcedureSchema,
    shapes: [shape],
    meta: {
      name: ['Tên thủ tục, dịch vụ', 'Name', 'TN-40-2012/12.2'],
      code: ['Mã thủ tục', 'Procedure code', 'ND-42-2022/4.1.c'],
      implementingAgency: ['Cơ quan thực hiện', 'Implementing agency', 'TN-40-2012/12.2'],
      field: ['Lĩnh vực', 'Field', 'TN-40-2012/13.1'],
      steps: ['Trình tự thực hiện', 'Steps', 'TN-40-2012/12.2'],
      dossierComponents: ['Thành phần hồ sơ', 'Dossier components', 'TN-40-2012/12.2'],
      dossierCount: ['Số lượng bộ hồ sơ', 'Number of dossier sets', 'TN-40-2012/12.2'],
      forms: [
        'Mẫu đơn, tờ khai (tải về hoặc điền trực tuyến)',
        'Forms (download or fill online)',
        'TN-40-2012/12.2',
      ],
      processingTime: ['Thời hạn giải quyết', 'Processing time', 'TN-40-2012/12.2'],
      fees: ['Phí, lệ phí', 'Fees', 'TN-40-2012/12.2'],
      onlineLevel: ['Mức độ dịch vụ công trực tuyến (1–4)', 'Online service level (1–4)', 'ND-43-2011/18'],
      serviceScope: ['Toàn trình hoặc một phần', 'Whole-process or partial', 'ND-42-2022/11'],
      partialReason: ['Lý do một phần', 'Reason for partial', 'ND-224-2026/14'],
      partialReasonText: ['Giải thích lý do', 'Reason explained', 'ND-224-2026/14'],
      proactiveLevel: [
        'Mức độ dịch vụ công chủ động (1–4)',
        'Proactive service level (1–4)',
        'ND-224-2026/16',
      ],
      serviceUrl: ['Liên kết đến Cổng dịch vụ công', 'Link to the public-service portal', 'VP-32-2023/5.6'],
      usageGuide: ['Hướng dẫn sử dụng', 'Usage guide', 'ND-43-2011/18'],
      usageCount: ['Tần suất sử dụng', 'Usage frequency', 'ND-43-2011/18'],
      dossiersReceived: ['Số lượng hồ sơ trực tuyến', 'Online dossiers received', 'ND-43-2011/18'],
    },
    fieldLists: [
      [
        'TN-40-2012/12.2',
        [
          'name',
          'implementingAgency',
          'dossierComponents',
          'dossierCount',
          'forms',
          'processingTime',
          'fees',
        ],
      ],
      ['ND-43-2011/18', ['name', 'onlineLevel']],
      ['ND-42-2022/11', ['name', 'serviceScope']],
      ['ND-224-2026/14', ['name', 'serviceScope']],
      ['VP-32-2023/5.6', ['name', 'serviceUrl']],
    ],
    citations: [
      'ND-43-2011/10',
      'ND-43-2011/18',
      'ND-42-2022/4.1.c',
      'ND-42-2022/11',
      'ND-224-2026/9.1.a',
      'ND-224-2026/14',
      'VP-32-2023/5.6',
      'TN-40-2012/4.4',
      'TN-40-2012/12.2',
      'TN-40-2012/13.1',
    ],
  }))();
