import * as z from 'zod';

/**
 * Security classification marks of State information (độ mật). Anything marked `mat` (MẬT) or higher must not
 * be published (NX-2112-2022/7#mat, QN-3069-2021/7.2.a).
 *
 * @example
 * ```ts
 * import { CONTENT_CLASSIFICATIONS } from 'vn-portal-kit/categories';
 * CONTENT_CLASSIFICATIONS[0] //=> 'public'
 * ```
 */
export const CONTENT_CLASSIFICATIONS = ['public', 'internal', 'mat', 'toi-mat', 'tuyet-mat'] as const;

/**
 * One of {@link CONTENT_CLASSIFICATIONS}: public, internal, Mật, Tối mật, Tuyệt mật.
 *
 * @example
 * ```ts
 * import type { ContentClassification } from 'vn-portal-kit/categories';
 * const c: ContentClassification = 'toi-mat';
 * c //=> 'toi-mat'
 * ```
 */
export type ContentClassification = (typeof CONTENT_CLASSIFICATIONS)[number];

/**
 * The source of a reused item: the name of the source (newspaper, agency, portal), its address, and the
 * author. HG-1347-2020/3.3 and QN-3069-2021/6.3 require author and source; VP-32-2023/4.4 the source and the
 * author or the source agency.
 *
 * @example
 * ```ts
 * import { ContentSourceSchema } from 'vn-portal-kit/categories';
 * ContentSourceSchema.safeParse({ name: 'Báo Nhân Dân', author: 'Nguyễn Văn A' }).success //=> true
 * ```
 */
export const ContentSourceSchema = /* @__PURE__ */ (() =>
  z.object({
    /** Name of the source (newspaper, portal, agency). */
    name: z.string().trim().min(1).max(500),
    /** Address of the original. */
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional(),
    /** Author of the original. */
    author: z.string().trim().min(1).max(300).optional(),
    /** The agency the item comes from (VP-32-2023/4.4: the source agency may replace the author). */
    agency: z.string().trim().min(1).max(500).optional(),
  }))();

/**
 * A source, as {@link ContentSourceSchema} parses it.
 *
 * @example
 * ```ts
 * import type { ContentSource } from 'vn-portal-kit/categories';
 * const keys: (keyof ContentSource)[] = ['name'];
 * keys //=> ['name']
 * ```
 */
export type ContentSource = z.infer<typeof ContentSourceSchema>;

/**
 * The envelope every published item has, whatever its category: identity, title, language, dates (event,
 * approval, publication: what update deadlines are measured between), source and author of reused items,
 * and the classification mark the audit checks. Category schemas extend it.
 *
 * @see HG-1347-2020/3.3
 * @see VP-32-2023/4.4
 * @see VP-32-2023/4.6
 * @see NX-2112-2022/7#mat
 * @example
 * ```ts
 * import { ContentItemBaseSchema } from 'vn-portal-kit/categories';
 * ContentItemBaseSchema.safeParse({ title: 'Lịch công tác tuần 48', publishedAt: '2026-11-23T08:00:00+07:00' }).success //=> true
 * ContentItemBaseSchema.safeParse({ title: '' }).success //=> false
 * ```
 */
export const ContentItemBaseSchema = /* @__PURE__ */ (() =>
  z.object({
    /** The portal's id of the item. */
    id: z.string().trim().min(1).max(200).optional(),
    /** Title (tiêu đề). */
    title: z.string().trim().min(1).max(1000),
    /** Address of the item on the portal. */
    url: z
      .url({ protocol: /^https?$/ })
      .max(2000)
      .optional(),
    /** Language of the item (`vi` main, `en` for the English items). */
    language: z.enum(['vi', 'en']).optional(),
    /** When the event the item reports happened, or the document was signed (what a deadline counts from). */
    eventAt: z.union([z.iso.date(), z.iso.datetime({ offset: true })]).optional(),
    /** When the competent person approved the item or the decision it reports (phê duyệt). */
    approvedAt: z.union([z.iso.date(), z.iso.datetime({ offset: true })]).optional(),
    /** Who approved publication (the editorial board's head or deputy: VP-32-2023/4.6). */
    approvedBy: z.string().trim().min(1).max(300).optional(),
    /** When the item was published on the portal. */
    publishedAt: z.union([z.iso.date(), z.iso.datetime({ offset: true })]).optional(),
    /** When the item was last updated. */
    updatedAt: z.union([z.iso.date(), z.iso.datetime({ offset: true })]).optional(),
    /** Author (tác giả). */
    author: z.string().trim().min(1).max(300).optional(),
    /** Source of a reused item (nguồn). */
    source: ContentSourceSchema.optional(),
    /** Security classification mark; MẬT or higher must not be published. */
    classification: z.enum(CONTENT_CLASSIFICATIONS).optional(),
  }))();

/**
 * An item envelope, as {@link ContentItemBaseSchema} parses it.
 *
 * @example
 * ```ts
 * import type { ContentItemBase } from 'vn-portal-kit/categories';
 * const keys: (keyof ContentItemBase)[] = ['title'];
 * keys //=> ['title']
 * ```
 */
export type ContentItemBase = z.infer<typeof ContentItemBaseSchema>;
