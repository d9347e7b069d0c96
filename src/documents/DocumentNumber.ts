import type { DocumentType } from './DOCUMENT_TYPES.js';

/**
 * The shapes a number-symbol (số, ký hiệu) takes:
 * - `administrative`: `1347/QĐ-UBND` (number/TYPE-ISSUER[-UNIT]);
 * - `official-letter` (công văn, no type): `05/BNV-VP` (number/ISSUER-UNIT);
 * - `normative` (văn bản quy phạm pháp luật, with the year): `32/2023/QĐ-UBND`, `19/2012/TTLT-BTC-BKHĐT-BTTTT`;
 * - `national-assembly` (laws and resolutions of the National Assembly or its Standing Committee):
 *   `80/2015/QH13`, `02/2022/UBTVQH15`;
 * - `party` (Communist Party documents): `60-NQ/TW`.
 *
 * @example
 * ```ts
 * import type { DocumentNumberForm } from 'vn-portal-kit/documents';
 * const form: DocumentNumberForm = 'official-letter';
 * form //=> 'official-letter'
 * ```
 */
export type DocumentNumberForm =
  | 'administrative'
  | 'official-letter'
  | 'normative'
  | 'national-assembly'
  | 'party';

/**
 * A parsed number-symbol, as `parseDocumentNumber` returns it.
 *
 * @example
 * ```ts
 * import { parseDocumentNumber } from 'vn-portal-kit/documents';
 * const r = parseDocumentNumber('43/2011/NĐ-CP');
 * r.ok && r.value.type?.name.vi //=> 'Nghị định'
 * ```
 */
export interface DocumentNumber {
  /** The canonical spelling (ND 30/2020 Appendix I: leading zero below 10, exact abbreviations, no spaces). */
  readonly text: string;
  /** Which shape the number has. */
  readonly form: DocumentNumberForm;
  /** The running number (số), from 1. */
  readonly number: number;
  /** The year, in the numbers of normative documents and National Assembly acts only. */
  readonly year?: number;
  /** The document type, when the symbol names one (a công văn and a law do not). */
  readonly type?: DocumentType;
  /** The (first) issuing body's abbreviation: `'UBND'`, `'CP'`, `'BTC'`, `'QH'`, `'TW'`. */
  readonly issuer: string;
  /** Every issuing body: one, or several for joint (liên tịch) documents. */
  readonly issuers: readonly string[];
  /** The drafting-unit groups after the issuer (`'VP'` in `05/BNV-VP`). */
  readonly units: readonly string[];
  /** The legislature (khóa) of a National Assembly act: 13 in `80/2015/QH13`. */
  readonly legislature?: number;
  /** Whether this is a legal normative document (văn bản quy phạm pháp luật). */
  readonly isNormative: boolean;
}
