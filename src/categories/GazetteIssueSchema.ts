import * as z from 'zod';
import { defineCategory } from './_lib/defineCategory.js';
import { civilDate, httpUrl, numberSymbol, text } from './_lib/fields.js';
import { ContentItemBaseSchema } from './ContentItemBaseSchema.js';

const shape = /* @__PURE__ */ (() => ({
  gazetteNumber: text(50),
  issuedOn: civilDate(),
  documents: z
    .array(z.object({ numberSymbol: numberSymbol(), summary: text(5000) }))
    .min(1)
    .max(1000),
  gazetteUrl: httpUrl().optional(),
}))();

/**
 * An issue of the electronic Official Gazette (công báo điện tử): gazette number, issue date, the list of
 * documents, a summary of each (ND 43/2011 Art. 10.1.g); a province portal may link to its gazette site
 * instead (VP-32-2023/5.18.a).
 *
 * @see ND-43-2011/10.1.g
 * @see VP-32-2023/5.18.a
 * @example
 * ```ts
 * import { GazetteIssueSchema } from 'vn-portal-kit/categories';
 * GazetteIssueSchema.safeParse({ title: 'Công báo số 45', gazetteNumber: '45', issuedOn: '2026-11-20', documents: [{ numberSymbol: '32/2026/QĐ-UBND', summary: 'Quy định…' }] }).success //=> true
 * ```
 */
export const GazetteIssueSchema = /* @__PURE__ */ (() => ContentItemBaseSchema.extend(shape))();

/**
 * A gazette issue, as {@link GazetteIssueSchema} parses it.
 *
 * @example
 * ```ts
 * import type { GazetteIssue } from 'vn-portal-kit/categories';
 * const keys: (keyof GazetteIssue)[] = ['title'];
 * keys //=> ['title']
 * ```
 */
export type GazetteIssue = z.infer<typeof GazetteIssueSchema>;

export const gazetteCategory = /* @__PURE__ */ (() =>
  defineCategory({
    id: 'gazette',
    schema: GazetteIssueSchema,
    shapes: [shape],
    meta: {
      gazetteNumber: ['Số công báo', 'Gazette number', 'ND-43-2011/10.1.g'],
      issuedOn: ['Ngày đăng công báo', 'Issue date', 'ND-43-2011/10.1.g'],
      documents: ['Danh mục văn bản và trích yếu', 'Documents with summaries', 'ND-43-2011/10.1.g'],
      gazetteUrl: ['Liên kết công báo', 'Gazette link', 'VP-32-2023/5.18.a'],
    },
    fieldLists: [
      ['ND-43-2011/10.1.g', ['gazetteNumber', 'issuedOn', 'documents']],
      ['VP-32-2023/5.18.a', ['gazetteUrl']],
    ],
    citations: ['ND-43-2011/10.1.g', 'VP-32-2023/5.18.a'],
  }))();
