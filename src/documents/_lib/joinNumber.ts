import type { DocumentNumberForm } from '../DocumentNumber.js';

/** Number with the leading zero below 10 (ND 30/2020 Appendix I). */
export function padNumber(n: number): string {
  return n < 10 ? `0${n}` : String(n);
}

/** Builds the canonical text from already-valid parts. */
export function joinNumber(
  form: DocumentNumberForm,
  number: number,
  year: number | undefined,
  typeCode: string | undefined,
  groups: readonly string[],
  legislature: number | undefined,
): string {
  const n = padNumber(number);
  const symbol = groups.join('-');
  switch (form) {
    case 'party':
      return `${n}-${typeCode}/${symbol}`;
    case 'national-assembly':
      return `${n}/${year}/${symbol}${legislature}`;
    case 'normative':
      return `${n}/${year}/${typeCode}-${symbol}`;
    case 'administrative':
      return `${n}/${typeCode}-${symbol}`;
    default:
      return `${n}/${symbol}`;
  }
}
