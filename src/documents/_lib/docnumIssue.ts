import { type Citation, createIssue, type Issue, type IssuePath, localized } from '../../core/index.js';

/** Formatting rules of number-symbols: Arabic numerals, leading zero below 10, capitals, no spaces. */
export const NUMBERING_RULES: Citation = { id: 'ND-30-2020/PL-I' };
/** The type abbreviation table. */
export const TYPE_TABLE: Citation = { id: 'ND-30-2020/PL-III' };

export function docnumError(
  code: string,
  vi: string,
  en: string,
  path: IssuePath,
  details?: Readonly<Record<string, unknown>>,
  citation?: Citation,
): Issue {
  return createIssue(`docnum.${code}`, localized(vi, en), {
    path,
    ...(details ? { details } : {}),
    ...(citation ? { citation } : {}),
  });
}

export function docnumWarning(
  code: string,
  vi: string,
  en: string,
  path: IssuePath,
  details?: Readonly<Record<string, unknown>>,
  citation: Citation = NUMBERING_RULES,
): Issue {
  return createIssue(`docnum.${code}`, localized(vi, en), {
    path,
    severity: 'warning',
    citation,
    ...(details ? { details } : {}),
  });
}

export function preview(s: string): string {
  return s.length > 40 ? `${JSON.stringify(s.slice(0, 40))}…` : JSON.stringify(s);
}
