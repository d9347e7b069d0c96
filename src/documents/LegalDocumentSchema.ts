import * as z from 'zod';
import { addCalendarDays, type Citation, civilDateToDays, type LocalizedText } from '../core/index.js';
import { TYPE_BY_CODE, TYPE_BY_UPPER } from './_lib/typeLookup.js';
import { DOCUMENT_TYPES, type DocumentType } from './DOCUMENT_TYPES.js';
import { parseDocumentNumber } from './parseDocumentNumber.js';
import type { CustomIssueParams } from './safeParseWithIssues.js';

/**
 * The statuses of a legal document (tình trạng hiệu lực): not yet in force, in force, partly expired, expired,
 * replaced (by the document in `replacedBy`).
 *
 * @example
 * ```ts
 * import { LEGAL_DOCUMENT_STATUSES } from 'vn-portal-kit/documents';
 * LEGAL_DOCUMENT_STATUSES.includes('replaced') //=> true
 * ```
 */
export const LEGAL_DOCUMENT_STATUSES = [
  'not-yet-in-force',
  'in-force',
  'partly-expired',
  'expired',
  'replaced',
] as const;

/**
 * One of {@link LEGAL_DOCUMENT_STATUSES}.
 *
 * @example
 * ```ts
 * import type { LegalDocumentStatus } from 'vn-portal-kit/documents';
 * const s: LegalDocumentStatus = 'expired';
 * s //=> 'expired'
 * ```
 */
export type LegalDocumentStatus = (typeof LEGAL_DOCUMENT_STATUSES)[number];

/**
 * How the effective date follows from the text: `on-signing` ("có hiệu lực kể từ ngày ký"),
 * `days-after-signing` ("có hiệu lực sau N ngày kể từ ngày ký": the issue date plus N calendar days, as
 * TN-40-2012 reads: signed 2012-11-06, in force 2012-11-16), or `on-date` (a date written in the text: give
 * `effectiveOn`).
 *
 * @example
 * ```ts
 * import { LegalDocumentEffectiveRuleSchema } from 'vn-portal-kit/documents';
 * LegalDocumentEffectiveRuleSchema.safeParse({ kind: 'days-after-signing', days: 10 }).success //=> true
 * ```
 */
export const LegalDocumentEffectiveRuleSchema = /* @__PURE__ */ (() =>
  z.discriminatedUnion('kind', [
    z.object({ kind: z.literal('on-signing') }),
    z.object({ kind: z.literal('days-after-signing'), days: z.int().min(1).max(3650) }),
    z.object({ kind: z.literal('on-date') }),
  ]))();

/**
 * An effective-date rule, as {@link LegalDocumentEffectiveRuleSchema} parses it.
 *
 * @example
 * ```ts
 * import type { LegalDocumentEffectiveRule } from 'vn-portal-kit/documents';
 * const keys: (keyof LegalDocumentEffectiveRule)[] = ['kind'];
 * keys //=> ['kind']
 * ```
 */
export type LegalDocumentEffectiveRule = z.infer<typeof LegalDocumentEffectiveRuleSchema>;

/**
 * A downloadable file of a document (tệp văn bản để tải về): its address, and optionally its name, media type
 * and size.
 *
 * @example
 * ```ts
 * import { LegalDocumentFileSchema } from 'vn-portal-kit/documents';
 * LegalDocumentFileSchema.safeParse({ url: 'https://haugiang.gov.vn/vb/1347.pdf' }).success //=> true
 * LegalDocumentFileSchema.safeParse({ url: 'javascript:alert(1)' }).success //=> false
 * ```
 */
export const LegalDocumentFileSchema = /* @__PURE__ */ (() =>
  z.object({
    /** Absolute http(s) address of the file. */
    url: z.url({ protocol: /^https?$/ }).max(2000),
    /** File name shown to readers. */
    name: z.string().trim().min(1).max(300).optional(),
    /** Media type, e.g. `application/pdf`. */
    mediaType: z.string().trim().min(3).max(100).optional(),
    /** Size in bytes. */
    sizeBytes: z.int().min(0).max(10_000_000_000).optional(),
  }))();

/**
 * A file, as {@link LegalDocumentFileSchema} parses it.
 *
 * @example
 * ```ts
 * import type { LegalDocumentFile } from 'vn-portal-kit/documents';
 * const keys: (keyof LegalDocumentFile)[] = ['url'];
 * keys //=> ['url']
 * ```
 */
export type LegalDocumentFile = z.infer<typeof LegalDocumentFileSchema>;

/**
 * The object shape of a legal document's metadata, for schemas that extend it (the `legal-documents`
 * category adds the item envelope). {@link LegalDocumentSchema} is this shape plus {@link refineLegalDocument}.
 *
 * @example
 * ```ts
 * import { LegalDocumentShape } from 'vn-portal-kit/documents';
 * Object.keys(LegalDocumentShape).slice(0, 7) //=> ['form', 'issuingAuthority', 'numberSymbol', 'issuedOn', 'effectiveOn', 'summary', 'files']
 * ```
 */
export const LegalDocumentShape = /* @__PURE__ */ (() => ({
  /** Form (hình thức): the type's name or abbreviation, e.g. `'Quyết định'` or `'QĐ'`, `'Công văn'`, `'Luật'`. */
  form: z.string().trim().min(1).max(100),
  /** Issuing authority (thẩm quyền ban hành / cơ quan ban hành). */
  issuingAuthority: z.string().trim().min(1).max(300),
  /** Number-symbol (số, ký hiệu), checked by `parseDocumentNumber`. */
  numberSymbol: z.string().trim().min(1).max(256),
  /** Issue (signing) date, `YYYY-MM-DD`. */
  issuedOn: z.iso.date(),
  /** Effective date, `YYYY-MM-DD` (may be left out when `effectiveRule` determines it). */
  effectiveOn: z.iso.date().optional(),
  /** Summary (trích yếu). */
  summary: z.string().trim().min(1).max(5000),
  /** Downloadable file(s). */
  files: z.array(LegalDocumentFileSchema).min(1).max(50),
  /** How the effective date follows from the text. */
  effectiveRule: LegalDocumentEffectiveRuleSchema.optional(),
  /** Status (tình trạng hiệu lực). */
  status: z.enum(LEGAL_DOCUMENT_STATUSES).optional(),
  /** Date it ceased to be in force. */
  expiredOn: z.iso.date().optional(),
  /** Number-symbol of the document that replaced it. */
  replacedBy: z.string().trim().min(1).max(256).optional(),
  /** Number-symbols of the documents it replaces. */
  replaces: z.array(z.string().trim().min(1).max(256)).max(100).optional(),
  /** Signer (người ký). */
  signer: z.string().trim().min(1).max(300).optional(),
}))();

const FIELDS = 'ND-42-2022/4.1.a';
const VP55 = 'VP-32-2023/5.5';

/**
 * Labels and citations of the legal-document fields; the first seven are the fields ND 42/2022 Art. 4.1.a,
 * ND 43/2011 Art. 10.1.e and VP-32-2023/5.5 require.
 *
 * @example
 * ```ts
 * import { LEGAL_DOCUMENT_FIELDS } from 'vn-portal-kit/documents';
 * LEGAL_DOCUMENT_FIELDS.filter((f) => f.required).map((f) => f.key) //=> ['form', 'issuingAuthority', 'numberSymbol', 'issuedOn', 'effectiveOn', 'summary', 'files']
 * ```
 */
export const LEGAL_DOCUMENT_FIELDS: readonly {
  readonly key: keyof typeof LegalDocumentShape;
  readonly label: LocalizedText;
  /** Listed among the seven mandatory fields (`effectiveOn` may be derived from `effectiveRule`). */
  readonly required: boolean;
  readonly citation: Citation;
}[] = [
  { key: 'form', label: { vi: 'Hình thức', en: 'Form' }, required: true, citation: { id: FIELDS } },
  {
    key: 'issuingAuthority',
    label: { vi: 'Thẩm quyền ban hành', en: 'Issuing authority' },
    required: true,
    citation: { id: FIELDS },
  },
  {
    key: 'numberSymbol',
    label: { vi: 'Số, ký hiệu', en: 'Number and symbol' },
    required: true,
    citation: { id: FIELDS },
  },
  {
    key: 'issuedOn',
    label: { vi: 'Ngày ban hành', en: 'Issue date' },
    required: true,
    citation: { id: FIELDS },
  },
  {
    key: 'effectiveOn',
    label: { vi: 'Ngày có hiệu lực', en: 'Effective date' },
    required: true,
    citation: { id: FIELDS },
  },
  { key: 'summary', label: { vi: 'Trích yếu', en: 'Summary' }, required: true, citation: { id: FIELDS } },
  {
    key: 'files',
    label: { vi: 'Tệp văn bản để tải về', en: 'Downloadable file(s)' },
    required: true,
    citation: { id: VP55 },
  },
  {
    key: 'effectiveRule',
    label: { vi: 'Quy định về hiệu lực', en: 'Effective-date rule' },
    required: false,
    citation: { id: FIELDS },
  },
  {
    key: 'status',
    label: { vi: 'Tình trạng hiệu lực', en: 'Status' },
    required: false,
    citation: { id: VP55 },
  },
  {
    key: 'expiredOn',
    label: { vi: 'Ngày hết hiệu lực', en: 'Expiry date' },
    required: false,
    citation: { id: VP55 },
  },
  {
    key: 'replacedBy',
    label: { vi: 'Được thay thế bởi', en: 'Replaced by' },
    required: false,
    citation: { id: VP55 },
  },
  {
    key: 'replaces',
    label: { vi: 'Thay thế văn bản', en: 'Replaces' },
    required: false,
    citation: { id: VP55 },
  },
  {
    key: 'signer',
    label: { vi: 'Người ký', en: 'Signer' },
    required: false,
    citation: { id: 'ND-30-2020/PL-I' },
  },
];

/**
 * The fields {@link refineLegalDocument} reads (any schema built on {@link LegalDocumentShape} has them).
 *
 * @example
 * ```ts
 * import type { LegalDocumentCore } from 'vn-portal-kit/documents';
 * const core: LegalDocumentCore = { form: 'Luật', numberSymbol: '80/2015/QH13', issuedOn: '2015-06-22' };
 * core.form //=> 'Luật'
 * ```
 */
export interface LegalDocumentCore {
  readonly form: string;
  readonly numberSymbol: string;
  readonly issuedOn: string;
  readonly effectiveOn?: string | undefined;
  readonly effectiveRule?: LegalDocumentEffectiveRule | undefined;
  readonly status?: LegalDocumentStatus | undefined;
  readonly expiredOn?: string | undefined;
  readonly replacedBy?: string | undefined;
  readonly replaces?: readonly string[] | undefined;
}

function add(ctx: z.RefinementCtx<LegalDocumentCore>, path: (string | number)[], p: CustomIssueParams): void {
  ctx.addIssue({ code: 'custom', message: p.en, path, params: p as unknown as Record<string, unknown> });
}

const NAME_EXACT: ReadonlyMap<string, DocumentType> = /* @__PURE__ */ (() =>
  new Map(
    DOCUMENT_TYPES.filter((t) => !t.party || t.administrative || t.normative).map(
      (t) => [t.name.vi, t] as const,
    ),
  ))();
const NAME_TO_TYPE: ReadonlyMap<string, DocumentType> = /* @__PURE__ */ (() =>
  new Map(
    DOCUMENT_TYPES.filter((t) => !t.party || t.administrative || t.normative).map(
      (t) => [t.name.vi.toLowerCase(), t] as const,
    ),
  ))();

function formType(form: string): DocumentType | 'official-letter' | 'assembly' | undefined {
  const exact = NAME_EXACT.get(form) ?? TYPE_BY_CODE.get(form);
  if (exact !== undefined) return exact;
  const trimmed = form.trim();
  const lower = trimmed.toLowerCase();
  if (lower === 'công văn') return 'official-letter';
  if (lower === 'luật' || lower === 'pháp lệnh' || lower === 'hiến pháp' || lower === 'bộ luật')
    return 'assembly';
  return TYPE_BY_CODE.get(trimmed) ?? NAME_TO_TYPE.get(lower) ?? TYPE_BY_UPPER.get(trimmed.toUpperCase());
}

/**
 * The cross-field checks of a legal document, as a zod `superRefine` callback: the number-symbol parses
 * (`docnum.*` errors at `numberSymbol`), a normative number's year equals the issue year
 * (`document.number-year-mismatch`), the effective date is known (`document.effective-date-missing`), not
 * before the issue date (`document.effective-before-issue`) and agrees with the effective rule
 * (`document.effective-rule-mismatch`), the form agrees with the number's type (`document.form-mismatch`), a
 * replaced document names its replacement (`document.replaced-by-missing`), expiry is not before entry into
 * force (`document.expired-before-effective`).
 *
 * @see ND-42-2022/4.1.a
 * @see VP-32-2023/5.5
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { LegalDocumentShape, refineLegalDocument } from 'vn-portal-kit/documents';
 * const MySchema = z.object({ ...LegalDocumentShape, portalId: z.string() }).superRefine(refineLegalDocument);
 * MySchema.safeParse({}).success //=> false
 * ```
 */
export function refineLegalDocument(doc: LegalDocumentCore, ctx: z.RefinementCtx<LegalDocumentCore>): void {
  const parsed = parseDocumentNumber(doc.numberSymbol);
  if (!parsed.ok) {
    for (const i of parsed.issues) {
      if (i.severity !== 'error') continue;
      add(ctx, ['numberSymbol'], {
        code: i.code,
        vi: i.message.vi,
        en: i.message.en,
        ...(i.citation ? { citation: i.citation } : {}),
        ...(i.details ? { details: { ...i.details } } : {}),
      });
    }
  } else {
    const n = parsed.value;
    const issueYear = Number(doc.issuedOn.slice(0, 4));
    if (n.year !== undefined && n.year !== issueYear) {
      add(ctx, ['numberSymbol'], {
        code: 'document.number-year-mismatch',
        vi: `Năm trong số, ký hiệu (${n.year}) khác năm ban hành (${issueYear})`,
        en: `The year in the number-symbol (${n.year}) differs from the issue year (${issueYear})`,
        citation: { id: 'ND-30-2020/15.1', note: 'numbers restart every calendar year' },
        details: { numberYear: n.year, issueYear },
      });
    }
    const ft = formType(doc.form);
    const mismatch =
      ft !== undefined &&
      (ft === 'official-letter'
        ? n.form !== 'official-letter'
        : ft === 'assembly'
          ? n.form !== 'national-assembly'
          : n.type !== undefined && n.type.code !== ft.code);
    if (mismatch) {
      const formName = typeof ft === 'string' ? doc.form.trim() : ft.name.vi;
      add(ctx, ['form'], {
        code: 'document.form-mismatch',
        vi: `Hình thức «${formName}» không khớp với số, ký hiệu ${n.text}`,
        en: `The form "${typeof ft === 'string' ? doc.form.trim() : ft.name.en}" does not match the number-symbol ${n.text}`,
        citation: { id: 'ND-30-2020/PL-III' },
        details: { form: doc.form, numberType: n.type?.code ?? n.form },
      });
    }
  }
  const rule = doc.effectiveRule;
  let expected: string | undefined;
  if (rule?.kind === 'on-signing') expected = doc.issuedOn;
  else if (rule?.kind === 'days-after-signing') expected = addCalendarDays(doc.issuedOn, rule.days);
  const effective = doc.effectiveOn ?? expected;
  if (effective === undefined) {
    add(ctx, ['effectiveOn'], {
      code: 'document.effective-date-missing',
      vi: 'Thiếu ngày có hiệu lực (hoặc quy định về hiệu lực: kể từ ngày ký, sau N ngày kể từ ngày ký)',
      en: 'The effective date is missing (or an effective-date rule: on signing, N days after signing)',
      citation: { id: FIELDS },
    });
  } else {
    if (civilDateToDays(effective) < civilDateToDays(doc.issuedOn)) {
      add(ctx, ['effectiveOn'], {
        code: 'document.effective-before-issue',
        vi: `Ngày có hiệu lực (${effective}) trước ngày ban hành (${doc.issuedOn})`,
        en: `The effective date (${effective}) is before the issue date (${doc.issuedOn})`,
        citation: { id: FIELDS },
        details: { effectiveOn: effective, issuedOn: doc.issuedOn },
      });
    }
    if (expected !== undefined && doc.effectiveOn !== undefined && doc.effectiveOn !== expected) {
      add(ctx, ['effectiveOn'], {
        code: 'document.effective-rule-mismatch',
        vi: `Ngày có hiệu lực (${doc.effectiveOn}) không khớp quy định về hiệu lực (phải là ${expected})`,
        en: `The effective date (${doc.effectiveOn}) does not match the effective-date rule (it should be ${expected})`,
        citation: { id: FIELDS },
        details: { effectiveOn: doc.effectiveOn, expected },
      });
    }
    if (doc.expiredOn !== undefined && civilDateToDays(doc.expiredOn) < civilDateToDays(effective)) {
      add(ctx, ['expiredOn'], {
        code: 'document.expired-before-effective',
        vi: `Ngày hết hiệu lực (${doc.expiredOn}) trước ngày có hiệu lực (${effective})`,
        en: `The expiry date (${doc.expiredOn}) is before the effective date (${effective})`,
        details: { expiredOn: doc.expiredOn, effectiveOn: effective },
      });
    }
  }
  if (doc.status === 'replaced' && doc.replacedBy === undefined) {
    add(ctx, ['replacedBy'], {
      code: 'document.replaced-by-missing',
      vi: 'Văn bản đã bị thay thế phải ghi số, ký hiệu văn bản thay thế',
      en: 'A replaced document names the number-symbol of its replacement',
      citation: { id: VP55 },
    });
  }
  const refs: [string | number, string][] = [];
  if (doc.replacedBy !== undefined) refs.push(['replacedBy', doc.replacedBy]);
  doc.replaces?.forEach((r, i) => {
    refs.push([i, r]);
  });
  for (const [where, ref] of refs) {
    const p = parseDocumentNumber(ref);
    if (p.ok) continue;
    const first = p.issues[0];
    add(ctx, typeof where === 'number' ? ['replaces', where] : [where], {
      code: first?.code ?? 'docnum.invalid',
      vi: first?.message.vi ?? 'Số, ký hiệu không hợp lệ',
      en: first?.message.en ?? 'Invalid number-symbol',
      citation: { id: 'ND-30-2020/PL-I' },
    });
  }
}

/**
 * A legal or administrative document as a portal publishes it: the seven fields of ND 42/2022 Art. 4.1.a
 * (VP-32-2023/5.5, ND 43/2011 Art. 10.1.e) — form, issuing authority, number-symbol, issue date, effective
 * date, summary (trích yếu), downloadable file(s) — plus the effective-date rule, status, expiry and
 * replacement, with the cross-field checks of {@link refineLegalDocument}. Use `validateLegalDocument` for
 * the library's `Result` with bilingual issues.
 *
 * @see ND-42-2022/4.1.a
 * @see VP-32-2023/5.5
 * @example
 * ```ts
 * import { LegalDocumentSchema } from 'vn-portal-kit/documents';
 * const doc = {
 *   form: 'Quyết định', issuingAuthority: 'UBND tỉnh Vĩnh Phúc', numberSymbol: '32/2023/QĐ-UBND',
 *   issuedOn: '2023-09-12', effectiveOn: '2023-10-01',
 *   summary: 'Ban hành Quy chế hoạt động của Cổng thông tin điện tử tỉnh Vĩnh Phúc',
 *   files: [{ url: 'https://vinhphuc.gov.vn/vb/32-2023-qd-ubnd.pdf' }],
 * };
 * LegalDocumentSchema.safeParse(doc).success //=> true
 * LegalDocumentSchema.safeParse({ ...doc, issuedOn: '2022-09-12' }).success //=> false
 * ```
 */
export const LegalDocumentSchema = /* @__PURE__ */ (() =>
  z.object(LegalDocumentShape).superRefine(refineLegalDocument))();

/**
 * A legal document's metadata, as {@link LegalDocumentSchema} parses it.
 *
 * @example
 * ```ts
 * import type { LegalDocument } from 'vn-portal-kit/documents';
 * const keys: (keyof LegalDocument)[] = ['form'];
 * keys //=> ['form']
 * ```
 */
export type LegalDocument = z.infer<typeof LegalDocumentSchema>;
