import type { z } from 'zod';
import { LEGAL_DOCUMENT_FIELDS, LegalDocumentShape, refineLegalDocument } from '../documents/index.js';
import { defineCategory } from './_lib/defineCategory.js';
import { text } from './_lib/fields.js';
import { ContentItemBaseSchema } from './ContentItemBaseSchema.js';

const shape = /* @__PURE__ */ (() => ({ ...LegalDocumentShape, title: text(1000).optional() }))();

/**
 * A published legal or administrative document: the item envelope (title optional: the summary stands in)
 * plus the metadata of `LegalDocumentSchema` (vn-portal-kit/documents) with the same cross-field checks.
 *
 * @see ND-42-2022/4.1.a
 * @see VP-32-2023/5.5
 * @see ND-43-2011/10.1.e
 * @example
 * ```ts
 * import { LegalDocumentItemSchema } from 'vn-portal-kit/categories';
 * const item = {
 *   form: 'Quyết định', issuingAuthority: 'UBND tỉnh Hậu Giang', numberSymbol: '1347/QĐ-UBND',
 *   issuedOn: '2020-07-23', effectiveRule: { kind: 'on-signing' }, summary: 'Ban hành Quy chế…',
 *   files: [{ url: 'https://haugiang.gov.vn/vb/1347.pdf' }], publishedAt: '2020-07-24',
 * };
 * LegalDocumentItemSchema.safeParse(item).success //=> true
 * ```
 */
export const LegalDocumentItemSchema = /* @__PURE__ */ (() =>
  ContentItemBaseSchema.extend(shape).superRefine(refineLegalDocument))();

/**
 * A published legal document, as {@link LegalDocumentItemSchema} parses it.
 *
 * @example
 * ```ts
 * import type { LegalDocumentItem } from 'vn-portal-kit/categories';
 * const keys: (keyof LegalDocumentItem)[] = ['title'];
 * keys //=> ['title']
 * ```
 */
export type LegalDocumentItem = z.infer<typeof LegalDocumentItemSchema>;

const meta = /* @__PURE__ */ (() =>
  Object.fromEntries(
    LEGAL_DOCUMENT_FIELDS.map((f) => [f.key, [f.label.vi, f.label.en, f.citation.id] as const]),
  ) as Record<(typeof LEGAL_DOCUMENT_FIELDS)[number]['key'], readonly [string, string, string]>)();
const SEVEN = [
  'form',
  'issuingAuthority',
  'numberSymbol',
  'issuedOn',
  'effectiveOn',
  'summary',
  'files',
] as const;

export const legalDocumentsCategory = /* @__PURE__ */ (() =>
  defineCategory({
    id: 'legal-documents',
    schema: LegalDocumentItemSchema,
    shapes: [{ ...shape, effectiveOn: LegalDocumentShape.issuedOn }],
    meta,
    fieldLists: [
      ['ND-43-2011/10.1.e', SEVEN],
      ['ND-42-2022/4.1.a', SEVEN],
      ['VP-32-2023/5.5', SEVEN],
    ],
    citations: [
      'ND-43-2011/10.1.e',
      'ND-42-2022/4.1.a',
      'VP-32-2023/5.5',
      'TN-40-2012/4.7',
      'VP-32-2023/6.2',
    ],
  }))();
