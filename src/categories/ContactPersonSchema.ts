import * as z from 'zod';

const MAX_PHONE = 40;

/** Strips the separators Vietnamese numbers are written with and maps +84/84 to the trunk prefix 0. */
function phoneDigits(raw: string): string | undefined {
  let digits = '';
  for (let i = 0; i < raw.length; i++) {
    const c = raw[i] as string;
    if (c >= '0' && c <= '9') digits += c;
    else if (c === '+' && digits === '' && i === raw.search(/\S/)) digits += '+';
    else if (!' .-()/'.includes(c)) return undefined;
  }
  if (digits.startsWith('+84')) return `0${digits.slice(3)}`;
  if (digits.startsWith('84') && digits.length >= 11) return `0${digits.slice(2)}`;
  return digits.startsWith('+') ? undefined : digits;
}

/**
 * Whether a string is a Vietnamese telephone or fax number: a mobile number (0 + 9 digits), a landline with
 * its area code (0 + 2–3 digit area code + 7–8 digits, 10–11 digits in all, as numbered since 2017), the same
 * written `+84 …`, or a 1800/1900 hotline. Spaces, dots, dashes and parentheses are allowed: `0211 3.862.555`,
 * `(0211) 3862555`, `+84 912 345 678`.
 *
 * @example
 * ```ts
 * import { isVnPhoneNumber } from 'vn-portal-kit/categories';
 * isVnPhoneNumber('(0211) 3.862.555') //=> true
 * isVnPhoneNumber('+84 912 345 678') //=> true
 * isVnPhoneNumber('1900 1234') //=> true
 * isVnPhoneNumber('12345') //=> false
 * ```
 */
export function isVnPhoneNumber(value: string): boolean {
  if (typeof value !== 'string' || value.length > MAX_PHONE) return false;
  const d = phoneDigits(value.trim());
  if (d === undefined) return false;
  if (/^1[89]00\d{4,6}$/.test(d)) return true;
  return /^0[1-9]\d{8,9}$/.test(d);
}

/**
 * A Vietnamese phone or fax number ({@link isVnPhoneNumber}).
 *
 * @example
 * ```ts
 * import { VnPhoneSchema } from 'vn-portal-kit/categories';
 * VnPhoneSchema.safeParse('0293 3870 111').success //=> true
 * ```
 */
export const VnPhoneSchema = /* @__PURE__ */ (() =>
  z
    .string()
    .trim()
    .max(MAX_PHONE)
    .refine(isVnPhoneNumber, {
      params: {
        code: 'contact.phone-invalid',
        vi: 'Số điện thoại/fax không đúng định dạng Việt Nam (ví dụ 0293 3870 111, 0912 345 678, +84 …)',
        en: 'Not a Vietnamese phone/fax number (e.g. 0293 3870 111, 0912 345 678, +84 …)',
      },
    }))();

/** Domains of official (công vụ) mailboxes: State agencies (`.gov.vn`) and Party bodies (`.dcs.vn`). */
const OFFICIAL_MAIL_RE = /@(?:[a-z0-9-]+\.)*(?:gov|dcs)\.vn$/i;

/**
 * An official e-mail address (hộp thư điện tử công vụ): a valid address on a `.gov.vn` (State) or `.dcs.vn`
 * (Party) domain. A personal mailbox (`@gmail.com`) is rejected with `contact.email-not-official`.
 *
 * @see ND-43-2011/10.1.k
 * @see VP-32-2023/5.1.a
 * @example
 * ```ts
 * import { OfficialEmailSchema } from 'vn-portal-kit/categories';
 * OfficialEmailSchema.safeParse('vpubnd@haugiang.gov.vn').success //=> true
 * OfficialEmailSchema.safeParse('chutich@gmail.com').success //=> false
 * ```
 */
export const OfficialEmailSchema = /* @__PURE__ */ (() =>
  z
    .email()
    .max(254)
    .refine((v) => OFFICIAL_MAIL_RE.test(v), {
      params: {
        code: 'contact.email-not-official',
        vi: 'Phải là hộp thư điện tử công vụ (tên miền .gov.vn hoặc .dcs.vn)',
        en: 'Must be an official mailbox (a .gov.vn or .dcs.vn domain)',
        citation: { id: 'ND-43-2011/10.1.k' },
      },
    }))();

/**
 * The contact details of a leader or competent official: full name, position, unit, phone/fax, official
 * e-mail (ND 43/2011 Art. 10.1.k, ND 42/2022 Art. 4.1.e, VP-32-2023/5.1.a, TN-40-2012/4.8). Only the name and
 * the phone are required by every regulation (NX-2112-2022/7.4 asks for just those two); the category's field
 * lists say which regulation needs the rest.
 *
 * @example
 * ```ts
 * import { ContactPersonSchema } from 'vn-portal-kit/categories';
 * ContactPersonSchema.safeParse({ name: 'Nguyễn Văn A', position: 'Chánh Văn phòng', unit: 'Văn phòng UBND tỉnh', phone: '0293 3870 111', email: 'nva@haugiang.gov.vn' }).success //=> true
 * ```
 */
export const ContactPersonSchema = /* @__PURE__ */ (() =>
  z.object({
    /** Full name (họ và tên). */
    name: z.string().trim().min(1).max(200),
    /** Position (chức vụ). */
    position: z.string().trim().min(1).max(300).optional(),
    /** Unit (đơn vị công tác). */
    unit: z.string().trim().min(1).max(300).optional(),
    /** Phone (điện thoại). */
    phone: VnPhoneSchema,
    /** Fax. */
    fax: VnPhoneSchema.optional(),
    /** Official e-mail (thư điện tử công vụ). */
    email: OfficialEmailSchema.optional(),
  }))();

/**
 * A contact, as {@link ContactPersonSchema} parses it.
 *
 * @example
 * ```ts
 * import type { ContactPerson } from 'vn-portal-kit/categories';
 * const keys: (keyof ContactPerson)[] = ['name'];
 * keys //=> ['name']
 * ```
 */
export type ContactPerson = z.infer<typeof ContactPersonSchema>;
