import type { Citation } from './Citation.js';
import type { Language, LocalizedText } from './LocalizedText.js';

/**
 * How serious an {@link Issue} is: an `error` makes a result fail, a `warning` does not.
 *
 * @example
 * ```ts
 * import { type IssueSeverity, createIssue, localized } from 'vn-portal-kit/core';
 * const severity: IssueSeverity = 'warning';
 * createIssue('docnum.leading-zero-added', localized('Thêm số 0', 'Zero added'), { severity }).severity //=> 'warning'
 * ```
 */
export type IssueSeverity = 'error' | 'warning';

/**
 * A path into the input: property names and array indexes, like zod's.
 *
 * @example
 * ```ts
 * import { type IssuePath, prefixIssuePath, createIssue, localized } from 'vn-portal-kit/core';
 * const path: IssuePath = ['files', 0, 'url'];
 * prefixIssuePath(createIssue('x.y', localized('Lỗi', 'Error'), { path }), ['documents', 3]).path //=> ['documents', 3, 'files', 0, 'url']
 * ```
 */
export type IssuePath = readonly (string | number)[];

/**
 * A problem found in user data: a stable machine `code` to switch on, the `path` into the input, a message in
 * Vietnamese and English, and the citation of the provision that makes it a problem (where a regulation is
 * the reason).
 *
 * @example
 * ```ts
 * import { createIssue, localized } from 'vn-portal-kit/core';
 * const issue = createIssue('date.invalid', localized('Ngày không tồn tại', 'No such day'), { path: ['issuedOn'] });
 * issue.severity //=> 'error'
 * ```
 */
export interface Issue {
  /** Stable, dotted code, e.g. `'date.invalid'`, `'docnum.leading-zero-added'`. */
  readonly code: string;
  /** `error` (the input is rejected) or `warning` (accepted, but something was normalised or is doubtful). */
  readonly severity: IssueSeverity;
  /** Where in the input. Empty for the input as a whole. */
  readonly path: IssuePath;
  /** What is wrong, in Vietnamese and English. */
  readonly message: LocalizedText;
  /** The provision that makes this a problem. */
  readonly citation?: Citation;
  /** Extra machine-readable detail (the offending value, the position in a text, ...). */
  readonly details?: Readonly<Record<string, unknown>>;
}

/**
 * Options of {@link createIssue}.
 *
 * @example
 * ```ts
 * import { type CreateIssueOptions, createIssue, localized } from 'vn-portal-kit/core';
 * const options: CreateIssueOptions = { path: ['title'], severity: 'warning', citation: { id: 'VP-32-2023/3.1' } };
 * createIssue('text.not-nfc', localized('Chưa dựng sẵn', 'Not NFC'), options).severity //=> 'warning'
 * ```
 */
export interface CreateIssueOptions {
  readonly path?: IssuePath;
  readonly severity?: IssueSeverity;
  readonly citation?: Citation;
  readonly details?: Readonly<Record<string, unknown>>;
}

/**
 * Builds an {@link Issue}; severity defaults to `'error'` and path to `[]`.
 *
 * @example
 * ```ts
 * import { createIssue, localized } from 'vn-portal-kit/core';
 * createIssue('x.y', localized('a', 'b'), { severity: 'warning' }).path //=> []
 * ```
 */
export function createIssue(code: string, message: LocalizedText, options: CreateIssueOptions = {}): Issue {
  const issue: {
    code: string;
    severity: IssueSeverity;
    path: IssuePath;
    message: LocalizedText;
    citation?: Citation;
    details?: Readonly<Record<string, unknown>>;
  } = { code, severity: options.severity ?? 'error', path: options.path ?? [], message };
  if (options.citation !== undefined) issue.citation = options.citation;
  if (options.details !== undefined) issue.details = options.details;
  return issue;
}

/**
 * Renders an issue as one line in the chosen language: `code at path: message (citation)`.
 *
 * @example
 * ```ts
 * import { createIssue, formatIssue, localized, cite } from 'vn-portal-kit/core';
 * const i = createIssue('date.invalid', localized('Ngày không tồn tại', 'No such day'), { path: ['a', 0], citation: cite('BLDS-2015/147.1') });
 * formatIssue(i, 'en') //=> 'error date.invalid at a[0]: No such day (BLDS-2015/147.1)'
 * ```
 */
export function formatIssue(issue: Issue, language: Language = 'vi'): string {
  const where = issue.path.length > 0 ? ` at ${formatPath(issue.path)}` : '';
  const cit = issue.citation ? ` (${issue.citation.id})` : '';
  return `${issue.severity} ${issue.code}${where}: ${issue.message[language]}${cit}`;
}

/**
 * Renders a path as `a.b[0].c`.
 *
 * @example
 * ```ts
 * import { formatPath } from 'vn-portal-kit/core';
 * formatPath(['items', 3, 'title']) //=> 'items[3].title'
 * ```
 */
export function formatPath(path: IssuePath): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? p : `.${p}`;
  return out;
}

/**
 * Returns a copy of `issue` with `prefix` prepended to its path (used when a nested validator's issues are
 * reported from a parent).
 *
 * @example
 * ```ts
 * import { createIssue, prefixIssuePath, localized } from 'vn-portal-kit/core';
 * prefixIssuePath(createIssue('a', localized('x', 'y'), { path: ['n'] }), ['doc']).path //=> ['doc', 'n']
 * ```
 */
export function prefixIssuePath(issue: Issue, prefix: IssuePath): Issue {
  return { ...issue, path: [...prefix, ...issue.path] };
}
