import * as z from 'zod';
import { defineCategory } from './_lib/defineCategory.js';
import { text } from './_lib/fields.js';
import { ContentItemBaseSchema } from './ContentItemBaseSchema.js';

/**
 * Forms of disclosure (hình thức công khai) of the access-to-information law.
 *
 * @example
 * ```ts
 * import { DISCLOSURE_FORMS } from 'vn-portal-kit/categories';
 * DISCLOSURE_FORMS[0] //=> 'portal'
 * ```
 */
export const DISCLOSURE_FORMS = [
  'portal',
  'gazette',
  'mass-media',
  'notice-board',
  'press-conference',
  'publication',
  'other',
] as const;

const shape = /* @__PURE__ */ (() => ({
  informationType: text(1000),
  location: text(500),
  form: z.array(z.enum(DISCLOSURE_FORMS)).min(1).max(7),
  time: text(300),
  duration: text(300),
  responsibleUnit: text(500).optional(),
}))();

/**
 * One row of the catalogue of information to be disclosed (danh mục thông tin phải công khai): for each type
 * of information, the location, form, time and duration of disclosure.
 *
 * @see VP-32-2023/5.16
 * @see LTCTT-2016/19
 * @see ND-42-2022/4.1.e
 * @example
 * ```ts
 * import { InformationCatalogueEntrySchema } from 'vn-portal-kit/categories';
 * InformationCatalogueEntrySchema.safeParse({ title: 'Dự toán ngân sách', informationType: 'Dự toán ngân sách tỉnh', location: 'Cổng TTĐT tỉnh, mục Tài chính', form: ['portal'], time: 'Chậm nhất 30 ngày sau khi được phê duyệt', duration: 'Ít nhất 01 năm' }).success //=> true
 * ```
 */
export const InformationCatalogueEntrySchema = /* @__PURE__ */ (() => ContentItemBaseSchema.extend(shape))();

/**
 * A catalogue row, as {@link InformationCatalogueEntrySchema} parses it.
 *
 * @example
 * ```ts
 * import type { InformationCatalogueEntry } from 'vn-portal-kit/categories';
 * const keys: (keyof InformationCatalogueEntry)[] = ['title'];
 * keys //=> ['title']
 * ```
 */
export type InformationCatalogueEntry = z.infer<typeof InformationCatalogueEntrySchema>;

export const informationCatalogueCategory = /* @__PURE__ */ (() =>
  defineCategory({
    id: 'information-catalogue',
    schema: InformationCatalogueEntrySchema,
    shapes: [shape],
    meta: {
      informationType: ['Loại thông tin', 'Type of information', 'VP-32-2023/5.16'],
      location: ['Địa điểm công khai', 'Location', 'VP-32-2023/5.16'],
      form: ['Hình thức công khai', 'Form', 'VP-32-2023/5.16'],
      time: ['Thời điểm công khai', 'Time', 'VP-32-2023/5.16'],
      duration: ['Thời hạn công khai', 'Duration', 'VP-32-2023/5.16'],
      responsibleUnit: ['Đơn vị đầu mối', 'Responsible unit', 'LTCTT-2016/19'],
    },
    fieldLists: [
      ['VP-32-2023/5.16', ['informationType', 'location', 'form', 'time', 'duration']],
      ['LTCTT-2016/19', ['informationType', 'location', 'form', 'time', 'duration']],
    ],
    citations: ['VP-32-2023/5.16', 'LTCTT-2016/19', 'ND-42-2022/4.1.e'],
  }))();
