import {
  type Citation,
  createIssue,
  type Issue,
  type IssuePath,
  type IssueSeverity,
  localized,
} from '../../core/index.js';

/** Builds a royalty issue: code, vi/en message, path, optional citation and details. */
export function royaltyIssue(
  code: string,
  vi: string,
  en: string,
  path: IssuePath,
  options: {
    severity?: IssueSeverity;
    citation?: Citation | undefined;
    details?: Readonly<Record<string, unknown>>;
  } = {},
): Issue {
  const o: {
    path: IssuePath;
    severity?: IssueSeverity;
    citation?: Citation;
    details?: Readonly<Record<string, unknown>>;
  } = { path };
  if (options.severity !== undefined) o.severity = options.severity;
  if (options.citation !== undefined) o.citation = options.citation;
  if (options.details !== undefined) o.details = options.details;
  return createIssue(code, localized(vi, en), o);
}

/** A short, safe preview of a user value for messages. */
export function previewValue(value: unknown): string {
  if (typeof value === 'string') return JSON.stringify(value.length > 40 ? `${value.slice(0, 40)}…` : value);
  if (typeof value === 'number' || typeof value === 'boolean' || value === null || value === undefined) {
    return String(value);
  }
  return typeof value;
}

/** The issue for a number that cannot be a coefficient, percentage, length or quantity. */
export function numberIssue(
  code: string,
  what: { vi: string; en: string },
  value: unknown,
  reason: 'not-a-number' | 'not-finite' | 'negative' | 'too-large',
  path: IssuePath,
): Issue {
  const why = {
    'not-a-number': { vi: 'không phải là số', en: 'is not a number' },
    'not-finite': { vi: 'không hữu hạn', en: 'is not finite' },
    negative: { vi: 'là số âm', en: 'is negative' },
    'too-large': { vi: 'quá lớn', en: 'is too large' },
  }[reason];
  return royaltyIssue(
    code,
    `${what.vi} ${why.vi}: ${previewValue(value)}`,
    `${what.en} ${why.en}: ${previewValue(value)}`,
    path,
    { details: { value: previewValue(value), reason } },
  );
}

/** The issue for an amount (or a total) beyond the safe integer range, where integer VND stops being exact. */
export function overflowIssue(what: 'amount' | 'total', path: IssuePath): Issue {
  return what === 'total'
    ? royaltyIssue(
        'royalty.amount-overflow',
        'Tổng tiền vượt quá phạm vi tính toán an toàn',
        'The total exceeds the safe integer range',
        path,
      )
    : royaltyIssue(
        'royalty.amount-overflow',
        'Số tiền vượt quá phạm vi tính toán an toàn',
        'The amount exceeds the safe integer range',
        path,
      );
}
