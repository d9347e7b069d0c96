import type { z } from 'zod';
import { defineCategory } from './_lib/defineCategory.js';
import { ContactPersonSchema } from './ContactPersonSchema.js';
import { ContentItemBaseSchema } from './ContentItemBaseSchema.js';

const shape = /* @__PURE__ */ (() => ContactPersonSchema.shape)();

/**
 * One entry of the leaders' and competent officials' contacts: full name, position, unit, phone/fax, official
 * e-mail. ND 43/2011 Art. 10.1.k, VP-32-2023/5.1.a and TN-40-2012/4.8 require all five; NX-2112-2022/7.4
 * (district leaders of the Party, Council, Committee, Front and mass organisations) only name and phone, so
 * those two are what the schema requires and the field lists carry the rest.
 *
 * @see ND-43-2011/10.1.k
 * @see TN-40-2012/4.8
 * @see NX-2112-2022/7.4
 * @example
 * ```ts
 * import { ContactsItemSchema } from 'vn-portal-kit/categories';
 * ContactsItemSchema.safeParse({ title: 'Chủ tịch UBND huyện', name: 'Lê Văn C', phone: '0237 3848 000' }).success //=> true
 * ContactsItemSchema.safeParse({ title: 'x', name: 'Lê Văn C', phone: '0237 3848 000', email: 'c@gmail.com' }).success //=> false
 * ```
 */
export const ContactsItemSchema = /* @__PURE__ */ (() => ContentItemBaseSchema.extend(shape))();

/**
 * A contacts entry, as {@link ContactsItemSchema} parses it.
 *
 * @example
 * ```ts
 * import type { ContactsItem } from 'vn-portal-kit/categories';
 * const keys: (keyof ContactsItem)[] = ['title'];
 * keys //=> ['title']
 * ```
 */
export type ContactsItem = z.infer<typeof ContactsItemSchema>;

const FULL = ['name', 'position', 'unit', 'phone', 'email'] as const;

export const contactsCategory = /* @__PURE__ */ (() =>
  defineCategory({
    id: 'contacts',
    schema: ContactsItemSchema,
    shapes: [shape],
    meta: {
      name: ['Họ và tên', 'Full name', 'ND-43-2011/10.1.k'],
      position: ['Chức vụ', 'Position', 'ND-43-2011/10.1.k'],
      unit: ['Đơn vị công tác', 'Unit', 'ND-43-2011/10.1.k'],
      phone: ['Số điện thoại/fax', 'Phone/fax', 'ND-43-2011/10.1.k'],
      fax: ['Số fax', 'Fax', 'ND-43-2011/10.1.k'],
      email: ['Địa chỉ thư điện tử công vụ', 'Official e-mail', 'ND-43-2011/10.1.k'],
    },
    fieldLists: [
      ['ND-43-2011/10.1.k', FULL],
      ['ND-42-2022/4.1.e', FULL],
      ['ND-42-2022/7', [...FULL, 'fax']],
      ['VP-32-2023/5.1.a', FULL],
      ['TN-40-2012/4.8', FULL],
      ['NX-2112-2022/7.4', ['name', 'phone']],
    ],
    citations: [
      'ND-43-2011/10.1.k',
      'ND-42-2022/4.1.e',
      'VP-32-2023/5.1.a',
      'TN-40-2012/4.8',
      'NX-2112-2022/7.4',
    ],
  }))();
