import { DOCUMENT_TYPES, type DocumentType } from '../DOCUMENT_TYPES.js';

/** Upper-cased abbreviation → type (`'QYĐ'` → QyĐ). Built once from the data table. */
export const TYPE_BY_UPPER: ReadonlyMap<string, DocumentType> = /* @__PURE__ */ (() =>
  new Map(DOCUMENT_TYPES.map((t) => [t.code.toUpperCase(), t] as const)))();

/**
 * Abbreviations written without the stroke of Đ that can only mean one type (`QD` → QĐ, `ND` → NĐ). `DA`/`HD`
 * are real codes (Dự án, Hướng dẫn), so `ĐA` and `HĐ` are never guessed.
 */
export const TYPE_WITHOUT_STROKE: ReadonlyMap<string, DocumentType> = /* @__PURE__ */ (() =>
  new Map(
    DOCUMENT_TYPES.filter((t) => t.code.includes('Đ'))
      .map((t) => [t.code.toUpperCase().replace(/Đ/g, 'D'), t] as const)
      .filter(([plain]) => !DOCUMENT_TYPES.some((o) => o.code.toUpperCase() === plain)),
  ))();

/** Exact code → type. */
export const TYPE_BY_CODE: ReadonlyMap<string, DocumentType> = /* @__PURE__ */ (() =>
  new Map(DOCUMENT_TYPES.map((t) => [t.code, t] as const)))();
