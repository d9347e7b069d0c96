import {
  addCalendarDays,
  type Citation,
  type IssuePath,
  type LocalizedText,
  ok,
  prefixIssuePath,
  type Result,
} from '../core/index.js';
import type { InputSizeLimits } from './checkInputSize.js';
import { LEGAL_DOCUMENT_FIELDS, type LegalDocument, LegalDocumentSchema } from './LegalDocumentSchema.js';
import { parseDocumentNumber } from './parseDocumentNumber.js';
import { safeParseWithIssues } from './safeParseWithIssues.js';

const LABELS: Readonly<Record<string, LocalizedText>> = /* @__PURE__ */ (() =>
  Object.fromEntries(LEGAL_DOCUMENT_FIELDS.map((f) => [f.key, f.label])))();
const CITATIONS: Readonly<Record<string, Citation>> = /* @__PURE__ */ (() =>
  Object.fromEntries(LEGAL_DOCUMENT_FIELDS.map((f) => [f.key, f.citation])))();

/**
 * Options of {@link validateLegalDocument}.
 *
 * @example
 * ```ts
 * import type { ValidateLegalDocumentOptions } from 'vn-portal-kit/documents';
 * const o: ValidateLegalDocumentOptions = { path: ['documents', 0] };
 * o.path //=> ['documents', 0]
 * ```
 */
export interface ValidateLegalDocumentOptions {
  /** Prefix of every issue path. */
  readonly path?: IssuePath;
  /** Size limits checked before the schema runs. */
  readonly limits?: InputSizeLimits;
}

/**
 * Validates untrusted legal-document metadata with {@link LegalDocumentSchema} and returns the library's
 * `Result`: bilingual coded issues with paths (`schema.required` for a missing field, named by its Vietnamese
 * label; `docnum.*` for the number-symbol; `document.*` for the cross-field checks), and, on success, the
 * number-symbol's normalisation warnings (`docnum.prefix-removed`, …) at `numberSymbol`. The returned value
 * always carries `effectiveOn`, derived from `effectiveRule` when the input left it out. Never throws.
 *
 * @see ND-42-2022/4.1.a
 * @example
 * ```ts
 * import { validateLegalDocument } from 'vn-portal-kit/documents';
 * const r = validateLegalDocument({
 *   form: 'Quyết định', issuingAuthority: 'UBND tỉnh Thái Nguyên', numberSymbol: '40/2012/QĐ-UBND',
 *   issuedOn: '2012-11-06', effectiveRule: { kind: 'days-after-signing', days: 10 },
 *   summary: 'Ban hành Quy chế quản lý, cung cấp thông tin trên Cổng thông tin điện tử tỉnh Thái Nguyên',
 *   files: [{ url: 'https://thainguyen.gov.vn/vb/40-2012.pdf' }],
 * });
 * r.ok && r.value.effectiveOn //=> '2012-11-16'
 * const bad = validateLegalDocument({ form: 'Quyết định' });
 * bad.issues[0]?.message.vi //=> 'Thiếu trường bắt buộc «Thẩm quyền ban hành» (issuingAuthority)'
 * ```
 */
export function validateLegalDocument(
  input: unknown,
  options: ValidateLegalDocumentOptions = {},
): Result<LegalDocument & { readonly effectiveOn: string }> {
  const path = options.path ?? [];
  const r = safeParseWithIssues(LegalDocumentSchema, input, {
    labels: LABELS,
    citations: CITATIONS,
    path,
    ...(options.limits ? { limits: options.limits } : {}),
  });
  if (!r.ok) return r;
  const doc = r.value;
  const warnings = parseDocumentNumber(doc.numberSymbol).issues.map((i) =>
    prefixIssuePath(i, [...path, 'numberSymbol']),
  );
  let effectiveOn = doc.effectiveOn;
  if (effectiveOn === undefined) {
    const rule = doc.effectiveRule;
    effectiveOn =
      rule?.kind === 'days-after-signing' ? addCalendarDays(doc.issuedOn, rule.days) : doc.issuedOn;
  }
  return ok({ ...doc, effectiveOn }, warnings);
}
