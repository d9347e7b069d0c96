import * as z from 'zod';
import { defineCategory } from './_lib/defineCategory.js';
import { body, civilDate, httpUrl, text } from './_lib/fields.js';
import { ContactPersonSchema, OfficialEmailSchema, VnPhoneSchema } from './ContactPersonSchema.js';
import { ContentItemBaseSchema } from './ContentItemBaseSchema.js';

/**
 * A leader's short biography and duties (tiểu sử tóm tắt, nhiệm vụ đảm nhận).
 *
 * @example
 * ```ts
 * import { LeaderProfileSchema } from 'vn-portal-kit/categories';
 * LeaderProfileSchema.safeParse({ name: 'Trần Văn B', position: 'Chủ tịch UBND tỉnh' }).success //=> true
 * ```
 */
export const LeaderProfileSchema = /* @__PURE__ */ (() =>
  z.object({
    name: text(200),
    position: text(300),
    biography: body().optional(),
    duties: body().optional(),
    photoUrl: httpUrl().optional(),
    bornOn: civilDate().optional(),
  }))();

/**
 * A leader's profile, as {@link LeaderProfileSchema} parses it.
 *
 * @example
 * ```ts
 * import type { LeaderProfile } from 'vn-portal-kit/categories';
 * const keys: (keyof LeaderProfile)[] = ['name'];
 * keys //=> ['name']
 * ```
 */
export type LeaderProfile = z.infer<typeof LeaderProfileSchema>;

const localShape = /* @__PURE__ */ (() => ({
  variant: z.literal('local-government'),
  politicalSystem: body().optional(),
  administrativeOrganisation: body(),
  organisationChart: z.union([body(), httpUrl()]).optional(),
  naturalConditions: body(),
  history: body(),
  culture: body(),
  relics: body().optional(),
  scenicSpots: body().optional(),
  boundaryMapUrl: httpUrl(),
  leaders: z.array(LeaderProfileSchema).min(1).max(200).optional(),
  contacts: z.array(ContactPersonSchema).max(500).optional(),
}))();

const departmentShape = /* @__PURE__ */ (() => ({
  variant: z.literal('department'),
  functions: body(),
  duties: body().optional(),
  powers: body().optional(),
  structure: body(),
  organisationChart: z.union([body(), httpUrl()]),
  history: body().optional(),
  address: text(500).optional(),
  phone: VnPhoneSchema.optional(),
  fax: VnPhoneSchema.optional(),
  email: OfficialEmailSchema.optional(),
  contactPerson: ContactPersonSchema.optional(),
  leaders: z.array(LeaderProfileSchema).max(200).optional(),
}))();

/**
 * The introduction of a People's Committee portal (province, district or commune): political system,
 * administrative organisation, organisation chart, natural conditions, history, culture, relics, scenic spots,
 * the administrative boundary map (an image, down to commune level), leaders' short biographies and duties,
 * and the competent officials' contacts. The schema requires what every regulation lists (administrative
 * organisation, natural conditions, history, culture, boundary map: ND 43/2011, ND 224/2026, TN-40-2012/4.1);
 * the rest is in the field lists (VP-32-2023/5.1.a asks for all eleven).
 *
 * @see VP-32-2023/5.1.a
 * @see ND-43-2011/10.1.a
 * @see ND-224-2026/9.1.c
 * @see QN-3069-2021/7.2.b
 * @example
 * ```ts
 * import { IntroductionLocalGovernmentSchema } from 'vn-portal-kit/categories';
 * IntroductionLocalGovernmentSchema.safeParse({ variant: 'local-government', title: 'Giới thiệu' }).success //=> false
 * ```
 */
export const IntroductionLocalGovernmentSchema = /* @__PURE__ */ (() =>
  ContentItemBaseSchema.extend(localShape))();

/**
 * The introduction of a department's (or ministry's) portal: functions, duties, powers, structure,
 * organisation chart; the agency's address, phone, fax and e-mail; the contact person (name, position, unit,
 * phone, official e-mail). The schema requires functions, structure and chart (common to VP-32-2023/5.1.b,
 * ND 42/2022 Art. 4.1.e and ND 224/2026 Art. 9.1.b); each provision's full list is a field list.
 *
 * @see VP-32-2023/5.1.b
 * @see ND-42-2022/4.1.e
 * @see ND-224-2026/9.1.b
 * @example
 * ```ts
 * import { IntroductionDepartmentSchema } from 'vn-portal-kit/categories';
 * Object.keys(IntroductionDepartmentSchema.shape).includes('contactPerson') //=> true
 * ```
 */
export const IntroductionDepartmentSchema = /* @__PURE__ */ (() =>
  ContentItemBaseSchema.extend(departmentShape))();

/**
 * The introduction page, either variant, told apart by `variant`.
 *
 * @example
 * ```ts
 * import { IntroductionSchema } from 'vn-portal-kit/categories';
 * IntroductionSchema.safeParse({ variant: 'ministry', title: 'x' }).success //=> false
 * ```
 */
export const IntroductionSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion('variant', [IntroductionLocalGovernmentSchema, IntroductionDepartmentSchema]))();

/**
 * An introduction page, as {@link IntroductionSchema} parses it.
 *
 * @example
 * ```ts
 * import type { Introduction } from 'vn-portal-kit/categories';
 * const keys: (keyof Introduction)[] = ['title'];
 * keys //=> ['title']
 * ```
 */
export type Introduction = z.infer<typeof IntroductionSchema>;

const LG = ['local-government'] as const;
const DEP = ['department'] as const;

export const introductionCategory = /* @__PURE__ */ (() =>
  defineCategory({
    id: 'introduction',
    schema: IntroductionSchema,
    shapes: [localShape, departmentShape],
    variants: ['local-government', 'department'],
    meta: {
      variant: ['Loại cổng', 'Portal kind', 'ND-224-2026/9.1.b'],
      politicalSystem: ['Hệ thống chính trị', 'Political system', 'VP-32-2023/5.1.a', LG],
      administrativeOrganisation: [
        'Tổ chức bộ máy hành chính',
        'Administrative organisation',
        'VP-32-2023/5.1.a',
        LG,
      ],
      organisationChart: ['Sơ đồ tổ chức', 'Organisation chart', 'VP-32-2023/5.1.a'],
      naturalConditions: ['Điều kiện tự nhiên', 'Natural conditions', 'VP-32-2023/5.1.a', LG],
      history: ['Lịch sử', 'History', 'VP-32-2023/5.1.a'],
      culture: ['Văn hóa', 'Culture', 'VP-32-2023/5.1.a', LG],
      relics: ['Di tích', 'Historical relics', 'VP-32-2023/5.1.a', LG],
      scenicSpots: ['Danh thắng', 'Scenic spots', 'VP-32-2023/5.1.a', LG],
      boundaryMapUrl: ['Bản đồ địa giới hành chính', 'Administrative boundary map', 'QN-3069-2021/7.2.b', LG],
      leaders: [
        'Tiểu sử tóm tắt và nhiệm vụ của lãnh đạo',
        "Leaders' short biographies and duties",
        'VP-32-2023/5.1.a',
      ],
      contacts: [
        'Thông tin liên hệ của cán bộ có thẩm quyền',
        "Competent officials' contacts",
        'VP-32-2023/5.1.a',
        LG,
      ],
      functions: ['Chức năng', 'Functions', 'VP-32-2023/5.1.b', DEP],
      duties: ['Nhiệm vụ', 'Duties', 'VP-32-2023/5.1.b', DEP],
      powers: ['Quyền hạn', 'Powers', 'VP-32-2023/5.1.b', DEP],
      structure: ['Cơ cấu tổ chức', 'Structure', 'VP-32-2023/5.1.b', DEP],
      address: ['Địa chỉ cơ quan', "Agency's address", 'VP-32-2023/5.1.b', DEP],
      phone: ['Điện thoại', 'Phone', 'VP-32-2023/5.1.b', DEP],
      fax: ['Số fax', 'Fax', 'VP-32-2023/5.1.b', DEP],
      email: ['Thư điện tử', 'E-mail', 'VP-32-2023/5.1.b', DEP],
      contactPerson: ['Người đầu mối liên hệ', 'Contact person', 'VP-32-2023/5.1.b', DEP],
    },
    fieldLists: [
      [
        'VP-32-2023/5.1.a',
        [
          'politicalSystem',
          'administrativeOrganisation',
          'organisationChart',
          'naturalConditions',
          'history',
          'culture',
          'relics',
          'scenicSpots',
          'boundaryMapUrl',
          'leaders',
          'contacts',
        ],
        'local-government',
      ],
      [
        'ND-43-2011/10.1.a',
        [
          'administrativeOrganisation',
          'boundaryMapUrl',
          'naturalConditions',
          'history',
          'culture',
          'relics',
          'scenicSpots',
          'leaders',
        ],
        'local-government',
      ],
      [
        'ND-224-2026/9.1.c',
        [
          'administrativeOrganisation',
          'boundaryMapUrl',
          'naturalConditions',
          'history',
          'culture',
          'relics',
          'scenicSpots',
          'leaders',
        ],
        'local-government',
      ],
      [
        'TN-40-2012/4.1',
        ['administrativeOrganisation', 'boundaryMapUrl', 'naturalConditions', 'history', 'culture'],
        'local-government',
      ],
      [
        'VP-32-2023/5.1.b',
        [
          'functions',
          'duties',
          'powers',
          'structure',
          'organisationChart',
          'address',
          'phone',
          'fax',
          'email',
          'contactPerson',
        ],
        'department',
      ],
      [
        'ND-42-2022/4.1.e',
        [
          'functions',
          'duties',
          'structure',
          'organisationChart',
          'address',
          'phone',
          'fax',
          'email',
          'contactPerson',
        ],
        'department',
      ],
      [
        'ND-224-2026/9.1.b',
        ['organisationChart', 'structure', 'functions', 'duties', 'powers', 'history', 'leaders'],
        'department',
      ],
      [
        'ND-43-2011/10.1.a',
        ['organisationChart', 'structure', 'functions', 'history', 'leaders'],
        'department',
      ],
    ],
    citations: [
      'ND-43-2011/10.1.a',
      'ND-42-2022/4.1.e',
      'ND-224-2026/9.1.b',
      'ND-224-2026/9.1.c',
      'VP-32-2023/5.1.a',
      'VP-32-2023/5.1.b',
      'TN-40-2012/4.1',
      'QN-3069-2021/7.2.b',
    ],
  }))();
