import { joinNumber } from './_lib/joinNumber.js';
import { TYPE_BY_CODE, TYPE_BY_UPPER, TYPE_WITHOUT_STROKE } from './_lib/typeLookup.js';
import type { DocumentType } from './DOCUMENT_TYPES.js';
import type { DocumentNumberForm } from './DocumentNumber.js';

/**
 * What {@link formatDocumentNumber} needs. A parsed `DocumentNumber` is accepted as is.
 *
 * @example
 * ```ts
 * import { formatDocumentNumber, type DocumentNumberParts } from 'vn-portal-kit/documents';
 * const parts: DocumentNumberParts = { number: 5, issuer: 'BNV', units: ['VP'] };
 * formatDocumentNumber(parts) //=> '05/BNV-VP'
 * ```
 */
export interface DocumentNumberParts {
  /** Running number, an integer ≥ 1. */
  readonly number: number;
  /** The year (normative documents and National Assembly acts). */
  readonly year?: number;
  /** The type: an abbreviation in any case (`'qyđ'` → `'QyĐ'`) or a `DocumentType`. */
  readonly type?: string | DocumentType;
  /** The issuing body's abbreviation (`'UBND'`; `'QH'` or `'UBTVQH'` for National Assembly acts). */
  readonly issuer: string;
  /** All issuers of a joint document; when given, used instead of `issuer` for normative documents. */
  readonly issuers?: readonly string[];
  /** Drafting-unit groups after the issuer. */
  readonly units?: readonly string[];
  /** Legislature (khóa) of a National Assembly act. */
  readonly legislature?: number;
  /** The shape; inferred when absent (year → normative, legislature → National Assembly, type → administrative, else công văn). `'party'` must be given. */
  readonly form?: DocumentNumberForm;
}

const GROUP_RE = /^[\p{L}][\p{L}\p{N}]{0,29}$/u;

function group(value: string, what: string): string {
  if (typeof value !== 'string' || !GROUP_RE.test(value)) {
    throw new RangeError(
      `formatDocumentNumber: ${what} must be letters/digits starting with a letter, got ${JSON.stringify(value)}`,
    );
  }
  return value.toUpperCase();
}

/**
 * Writes a number-symbol the way ND 30/2020 Appendix I prescribes: Arabic numerals with a leading zero below
 * 10, the type abbreviation exactly as the Appendix III table writes it (`QyĐ`, `TTr`, `CTr`), other groups in
 * capitals, `/` and `-` as separators, no spaces. Parts are a programmer's data, so invalid parts throw a
 * `RangeError` (use `parseDocumentNumber` for untrusted text).
 *
 * @see ND-30-2020/PL-I
 * @see ND-30-2020/PL-III
 * @example
 * ```ts
 * import { formatDocumentNumber } from 'vn-portal-kit/documents';
 * formatDocumentNumber({ number: 7, type: 'qyđ', issuer: 'ubnd' }) //=> '07/QyĐ-UBND'
 * formatDocumentNumber({ number: 19, year: 2012, type: 'TTLT', issuer: 'BTC', issuers: ['BTC', 'BKHĐT', 'BTTTT'] }) //=> '19/2012/TTLT-BTC-BKHĐT-BTTTT'
 * formatDocumentNumber({ number: 80, year: 2015, issuer: 'QH', legislature: 13 }) //=> '80/2015/QH13'
 * formatDocumentNumber({ form: 'party', number: 60, type: 'NQ', issuer: 'TW' }) //=> '60-NQ/TW'
 * ```
 */
export function formatDocumentNumber(parts: DocumentNumberParts): string {
  if (parts === null || typeof parts !== 'object')
    throw new TypeError('formatDocumentNumber: parts must be an object');
  const { number, year, legislature } = parts;
  if (!Number.isSafeInteger(number) || number < 1 || number > 9_999_999) {
    throw new RangeError(
      `formatDocumentNumber: number must be an integer from 1 to 9999999, got ${String(number)}`,
    );
  }
  if (year !== undefined && (!Number.isInteger(year) || year < 1945 || year > 2100)) {
    throw new RangeError(
      `formatDocumentNumber: year must be an integer from 1945 to 2100, got ${String(year)}`,
    );
  }
  let type: DocumentType | undefined;
  if (parts.type !== undefined) {
    const raw = typeof parts.type === 'string' ? parts.type : parts.type.code;
    type = TYPE_BY_CODE.get(raw) ?? TYPE_BY_UPPER.get(String(raw).toUpperCase());
    if (!type) throw new RangeError(`formatDocumentNumber: unknown document type ${JSON.stringify(raw)}`);
  }
  const form: DocumentNumberForm =
    parts.form ??
    (legislature !== undefined
      ? 'national-assembly'
      : year !== undefined
        ? 'normative'
        : type !== undefined
          ? 'administrative'
          : 'official-letter');
  const units = (parts.units ?? []).map((u) => group(u, 'unit'));
  if (form === 'national-assembly') {
    const issuer = group(parts.issuer, 'issuer');
    if (issuer !== 'QH' && issuer !== 'UBTVQH') {
      throw new RangeError(
        `formatDocumentNumber: a National Assembly act is issued by QH or UBTVQH, got ${issuer}`,
      );
    }
    if (
      year === undefined ||
      legislature === undefined ||
      !Number.isInteger(legislature) ||
      legislature < 1 ||
      legislature > 99
    ) {
      throw new RangeError(
        'formatDocumentNumber: a National Assembly act needs a year and a legislature from 1 to 99',
      );
    }
    return joinNumber(form, number, year, undefined, [issuer], legislature);
  }
  if (form === 'normative') {
    if (year === undefined) throw new RangeError('formatDocumentNumber: a normative document needs its year');
    if (!type) throw new RangeError('formatDocumentNumber: a normative document needs its type');
    const issuers = (parts.issuers && parts.issuers.length > 0 ? parts.issuers : [parts.issuer]).map((i) =>
      group(i, 'issuer'),
    );
    return joinNumber(form, number, year, type.code, [...issuers, ...units], undefined);
  }
  if (year !== undefined) throw new RangeError(`formatDocumentNumber: a ${form} number has no year`);
  const groups = [group(parts.issuer, 'issuer'), ...units];
  if (form === 'official-letter') {
    if (type) throw new RangeError('formatDocumentNumber: an official letter (công văn) has no type');
    const clash = TYPE_BY_UPPER.get(groups[0] ?? '') ?? TYPE_WITHOUT_STROKE.get(groups[0] ?? '');
    if (clash && (clash.administrative || clash.normative)) {
      throw new RangeError(`formatDocumentNumber: issuer ${groups[0]} would read as the type ${clash.code}`);
    }
    return joinNumber(form, number, undefined, undefined, groups, undefined);
  }
  if (!type) throw new RangeError(`formatDocumentNumber: a ${form} number needs its type`);
  if (form === 'party' && !type.party)
    throw new RangeError(`formatDocumentNumber: ${type.code} is not a Party type`);
  if (form === 'administrative' && !type.administrative && !type.normative) {
    throw new RangeError(`formatDocumentNumber: ${type.code} is not a State document type`);
  }
  return joinNumber(form, number, undefined, type.code, groups, undefined);
}
