/**
 * Vietnamese documents: number-symbols (số, ký hiệu) under ND 30/2020/NĐ-CP, the document types and their
 * abbreviations (Appendix III and the legal normative types), and the metadata a portal must publish for each
 * legal document (ND 42/2022 Art. 4.1.a), as a zod schema with bilingual, coded issues.
 *
 * @packageDocumentation
 * @module documents
 */

export { checkInputSize, type InputSizeLimits } from './checkInputSize.js';
export { DOCUMENT_TYPES, type DocumentType } from './DOCUMENT_TYPES.js';
export type { DocumentNumber, DocumentNumberForm } from './DocumentNumber.js';
export { type DocumentNumberParts, formatDocumentNumber } from './formatDocumentNumber.js';
export {
  LEGAL_DOCUMENT_FIELDS,
  LEGAL_DOCUMENT_STATUSES,
  type LegalDocument,
  type LegalDocumentCore,
  type LegalDocumentEffectiveRule,
  LegalDocumentEffectiveRuleSchema,
  type LegalDocumentFile,
  LegalDocumentFileSchema,
  LegalDocumentSchema,
  LegalDocumentShape,
  type LegalDocumentStatus,
  refineLegalDocument,
} from './LegalDocumentSchema.js';
export { type ParseDocumentNumberOptions, parseDocumentNumber } from './parseDocumentNumber.js';
export {
  type CustomIssueParams,
  type SchemaIssueOptions,
  safeParseWithIssues,
  zodIssuesToIssues,
} from './safeParseWithIssues.js';
export { type ValidateLegalDocumentOptions, validateLegalDocument } from './validateLegalDocument.js';
