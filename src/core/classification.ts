import { createIssue, type Issue, type IssuePath } from './Issue.js';
import { localized } from './LocalizedText.js';
import { err, ok, type Result } from './Result.js';

/**
 * The closed set of security classification marks (độ mật) of State information: `'none'` (not classified),
 * `'mat'` (MẬT), `'toi-mat'` (TỐI MẬT), `'tuyet-mat'` (TUYỆT MẬT) — Luật Bảo vệ bí mật nhà nước 2018, Điều 8.
 *
 * @example
 * ```ts
 * import { CLASSIFICATION_MARKS } from 'vn-portal-kit/core';
 * CLASSIFICATION_MARKS //=> ['none', 'mat', 'toi-mat', 'tuyet-mat']
 * ```
 */
export const CLASSIFICATION_MARKS = Object.freeze(['none', 'mat', 'toi-mat', 'tuyet-mat'] as const);

/**
 * One of {@link CLASSIFICATION_MARKS}.
 *
 * @example
 * ```ts
 * import type { ClassificationMark } from 'vn-portal-kit/core';
 * const m: ClassificationMark = 'toi-mat';
 * m //=> 'toi-mat'
 * ```
 */
export type ClassificationMark = (typeof CLASSIFICATION_MARKS)[number];

/**
 * Every spelling recognised, after folding (lower case, no diacritics, đ → d, runs of spaces, dots, hyphens and
 * underscores → one hyphen, a leading "do-" / "muc-do-" / "level-" dropped). English names follow the usual
 * translation of the 2018 law (Tuyệt mật = top secret, Tối mật = secret, Mật = confidential).
 */
const SPELLINGS: ReadonlyMap<string, ClassificationMark> = new Map<string, ClassificationMark>([
  ['none', 'none'],
  ['khong', 'none'],
  ['khong-mat', 'none'],
  ['cong-khai', 'none'],
  ['public', 'none'],
  ['unclassified', 'none'],
  ['not-classified', 'none'],
  ['mat', 'mat'],
  ['confidential', 'mat'],
  ['toi-mat', 'toi-mat'],
  ['toimat', 'toi-mat'],
  ['secret', 'toi-mat'],
  ['tuyet-mat', 'tuyet-mat'],
  ['tuyetmat', 'tuyet-mat'],
  ['top-secret', 'tuyet-mat'],
  ['topsecret', 'tuyet-mat'],
]);

const MAX_INPUT = 64;
const COMBINING = /[\u0300-\u036f]/g;
const SEPARATORS = /[\s._\-–—/]+/g;
const PREFIX = /^(?:muc-do-|do-|level-|classification-)/;

function fold(s: string): string {
  return s
    .normalize('NFKD')
    .replace(COMBINING, '')
    .replace(/[đĐ]/g, 'd')
    .toLowerCase()
    .replace(SEPARATORS, '-')
    .replace(/^-+|-+$/g, '')
    .replace(PREFIX, '');
}

/**
 * Reads a classification mark written any way people write it — `'Mật'`, `'MAT'`, `' mat'`, `'tối mật'`,
 * `'Tuyệt mật'`, `'TOP SECRET'`, `'secret'` (the mark itself, not a sentence around it) — and
 * returns one of {@link CLASSIFICATION_MARKS}. `undefined`, `null` and the empty string mean "not classified"
 * (`'none'`) only where `options.absentIs` says so (default `'none'`); anything not recognised is refused
 * (`classification.unknown`), never treated as public. The one normaliser the workflow, the audit schema and
 * the feed builders share.
 *
 * @example
 * ```ts
 * import { normaliseClassification } from 'vn-portal-kit/core';
 * normaliseClassification('Tối Mật') //=> { ok: true, value: 'toi-mat', issues: [] }
 * normaliseClassification('secret').ok && normaliseClassification('secret').value //=> 'toi-mat'
 * normaliseClassification('mật?').ok //=> false
 * ```
 */
export function normaliseClassification(
  input: unknown,
  options: { readonly path?: IssuePath; readonly absentIs?: ClassificationMark | 'refused' } = {},
): Result<ClassificationMark> {
  const path = options.path ?? [];
  const absent = options.absentIs ?? 'none';
  if (isAbsent(input)) return absent === 'refused' ? err([unknownClassification(input, path)]) : ok(absent);
  const mark = classificationMark(input);
  return mark === null ? err([unknownClassification(input, path)]) : ok(mark);
}

/**
 * The mark of a value, or `null` when it is not recognised (the boolean-free fast form of
 * {@link normaliseClassification}; absent values are `'none'`).
 *
 * @example
 * ```ts
 * import { classificationMark } from 'vn-portal-kit/core';
 * classificationMark(' MẬT ') //=> 'mat'
 * classificationMark('restricted') //=> null
 * ```
 */
export function classificationMark(input: unknown): ClassificationMark | null {
  // Fast path: the canonical ids themselves.
  if (input === 'none' || input === 'mat' || input === 'toi-mat' || input === 'tuyet-mat') return input;
  if (isAbsent(input)) return 'none';
  if (typeof input !== 'string' || input.length > MAX_INPUT) return null;
  return SPELLINGS.get(fold(input)) ?? null;
}

/** `undefined`, `null`, or a blank string of at most 64 characters: no mark given. */
function isAbsent(input: unknown): boolean {
  return (
    input === undefined ||
    input === null ||
    (typeof input === 'string' && input.length <= MAX_INPUT && input.trim() === '')
  );
}

/**
 * Whether a mark may appear on a public portal: only `'none'`. Unknown marks are not publishable.
 *
 * @example
 * ```ts
 * import { isPublishableClassification } from 'vn-portal-kit/core';
 * isPublishableClassification('Tuyệt mật') //=> false
 * isPublishableClassification(undefined) //=> true
 * isPublishableClassification('bí mật?') //=> false
 * ```
 */
export function isPublishableClassification(input: unknown): boolean {
  return classificationMark(input) === 'none';
}

function unknownClassification(input: unknown, path: IssuePath): Issue {
  const shown =
    typeof input === 'string'
      ? JSON.stringify(input.length > 40 ? `${input.slice(0, 40)}…` : input)
      : input === null
        ? 'null'
        : typeof input;
  return createIssue(
    'classification.unknown',
    localized(
      `Độ mật không xác định: ${shown} (cần một trong: không, Mật, Tối mật, Tuyệt mật)`,
      `Unknown classification mark: ${shown} (expected one of: none, Mật, Tối mật, Tuyệt mật)`,
    ),
    { path, details: { expected: [...CLASSIFICATION_MARKS] } },
  );
}
