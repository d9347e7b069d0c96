import { type Citation, createIssue, type Issue, type IssuePath, localized } from '../../core/index.js';

/** Builds a refusal issue (always an error). */
export function refusal(
  code: string,
  vi: string,
  en: string,
  options: { path?: IssuePath; citation?: Citation | undefined; details?: Record<string, unknown> } = {},
): Issue {
  const o: { path: IssuePath; citation?: Citation; details?: Record<string, unknown> } = {
    path: options.path ?? [],
  };
  if (options.citation !== undefined) o.citation = options.citation;
  if (options.details !== undefined) o.details = options.details;
  return createIssue(code, localized(vi, en), o);
}

/** A short, safe preview of untrusted text for messages. */
export function preview(value: unknown): string {
  if (typeof value === 'string') {
    const s = value.length > 40 ? `${value.slice(0, 40)}…` : value;
    return JSON.stringify(s);
  }
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'array';
  return typeof value;
}
