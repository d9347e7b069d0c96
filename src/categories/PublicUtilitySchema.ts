import type { z } from 'zod';
import { defineCategory } from './_lib/defineCategory.js';
import { body, httpUrl, text } from './_lib/fields.js';
import { VnPhoneSchema } from './ContactPersonSchema.js';
import { ContentItemBaseSchema } from './ContentItemBaseSchema.js';

const shape = /* @__PURE__ */ (() => ({
  serviceName: text(500),
  provider: text(500),
  description: body(),
  phone: VnPhoneSchema.optional(),
  serviceUrl: httpUrl().optional(),
}))();

/**
 * A public-utility service (dịch vụ công ích: water, electricity, transport, health, …) and who provides it.
 *
 * @see TN-40-2012/4.12
 * @example
 * ```ts
 * import { PublicUtilitySchema } from 'vn-portal-kit/categories';
 * PublicUtilitySchema.safeParse({ title: 'Cấp nước sạch', serviceName: 'Cấp nước sạch', provider: 'Công ty Cấp nước', description: '…', phone: '0208 3855 555' }).success //=> true
 * ```
 */
export const PublicUtilitySchema = /* @__PURE__ */ (() => ContentItemBaseSchema.extend(shape))();

/**
 * A public-utility item, as {@link PublicUtilitySchema} parses it.
 *
 * @example
 * ```ts
 * import type { PublicUtility } from 'vn-portal-kit/categories';
 * const keys: (keyof PublicUtility)[] = ['title'];
 * keys //=> ['title']
 * ```
 */
export type PublicUtility = z.infer<typeof PublicUtilitySchema>;

export const publicUtilitiesCategory = /* @__PURE__ */ (() =>
  defineCategory({
    id: 'public-utilities',
    schema: PublicUtilitySchema,
    shapes: [shape],
    meta: {
      serviceName: ['Tên dịch vụ', 'Service', 'TN-40-2012/4.12'],
      provider: ['Đơn vị cung cấp', 'Provider', 'TN-40-2012/4.12'],
      description: ['Thông tin dịch vụ', 'Description', 'TN-40-2012/4.12'],
      phone: ['Điện thoại', 'Phone', 'TN-40-2012/4.12'],
      serviceUrl: ['Địa chỉ dịch vụ', 'Service address', 'TN-40-2012/4.12'],
    },
    fieldLists: [['TN-40-2012/4.12', ['serviceName', 'provider', 'description']]],
    citations: ['TN-40-2012/4.12'],
  }))();
