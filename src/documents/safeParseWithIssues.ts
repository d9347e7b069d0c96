import type { z } from 'zod';
import {
  type Citation,
  createIssue,
  err,
  type Issue,
  type IssuePath,
  type LocalizedText,
  localized,
  ok,
  type Result,
} from '../core/index.js';
import { checkInputSize, type InputSizeLimits } from './checkInputSize.js';

/**
 * Options of {@link safeParseWithIssues} and {@link zodIssuesToIssues}.
 *
 * @example
 * ```ts
 * import type { SchemaIssueOptions } from 'vn-portal-kit/documents';
 * const o: SchemaIssueOptions = { labels: { summary: { vi: 'Trích yếu', en: 'Summary' } } };
 * o.labels?.summary?.vi //=> 'Trích yếu'
 * ```
 */
export interface SchemaIssueOptions {
  /** Bilingual field labels by property name (the last name in an issue's path), used in messages. */
  readonly labels?: Readonly<Record<string, LocalizedText>>;
  /** Prefix of every issue path. */
  readonly path?: IssuePath;
  /** The provision a failed field breaks, by property name (for example the category's field citation). */
  readonly citations?: Readonly<Record<string, Citation>>;
  /** Size limits checked before the schema runs. */
  readonly limits?: InputSizeLimits;
  /** The validated input: lets {@link zodIssuesToIssues} tell a missing field from a wrong one in unions. */
  readonly input?: unknown;
}

/**
 * What a schema refinement attaches to a `custom` zod issue (as `params`) so that it becomes a coded bilingual
 * {@link Issue}: the code, the Vietnamese and English messages, and the citation.
 *
 * @example
 * ```ts
 * import type { CustomIssueParams } from 'vn-portal-kit/documents';
 * const p: CustomIssueParams = { code: 'document.effective-before-issue', vi: 'Ngày hiệu lực trước ngày ban hành', en: 'Effective before issued' };
 * p.code //=> 'document.effective-before-issue'
 * ```
 */
export interface CustomIssueParams {
  readonly code: string;
  readonly vi: string;
  readonly en: string;
  readonly citation?: Citation;
  readonly details?: Readonly<Record<string, unknown>>;
}

const TYPE_VI: Readonly<Record<string, string>> = {
  string: 'chuỗi ký tự',
  number: 'số',
  int: 'số nguyên',
  boolean: 'giá trị đúng/sai',
  array: 'danh sách',
  object: 'đối tượng',
  date: 'ngày',
  bigint: 'số nguyên lớn',
};

const FORMAT_VI: Readonly<Record<string, LocalizedText>> = {
  email: { vi: 'địa chỉ thư điện tử', en: 'e-mail address' },
  url: { vi: 'địa chỉ URL', en: 'URL' },
  regex: { vi: 'định dạng quy định', en: 'the required pattern' },
  date: { vi: 'ngày dạng YYYY-MM-DD', en: 'date YYYY-MM-DD' },
  datetime: { vi: 'ngày giờ ISO 8601', en: 'ISO 8601 date-time' },
  starts_with: { vi: 'phần đầu quy định', en: 'the required prefix' },
};

type ZodIssue = z.core.$ZodIssue;

function labelOf(path: readonly PropertyKey[], labels: SchemaIssueOptions['labels']): LocalizedText {
  for (let i = path.length - 1; i >= 0; i--) {
    const key = path[i];
    if (typeof key === 'string') {
      const label = labels?.[key];
      return label
        ? { vi: `«${label.vi}» (${key})`, en: `"${label.en}" (${key})` }
        : { vi: `«${key}»`, en: `"${key}"` };
    }
  }
  return { vi: 'dữ liệu', en: 'the input' };
}

function lastKey(path: readonly PropertyKey[]): string | undefined {
  for (let i = path.length - 1; i >= 0; i--) if (typeof path[i] === 'string') return path[i] as string;
  return undefined;
}

function describeValues(values: readonly unknown[]): string {
  const shown = values.slice(0, 12).map((v) => JSON.stringify(v));
  return shown.join(', ') + (values.length > 12 ? ', …' : '');
}

function isMissing(issue: ZodIssue, options: SchemaIssueOptions): boolean {
  if ('input' in issue) return (issue as { input?: unknown }).input === undefined;
  if (!('input' in options)) return false;
  let v: unknown = options.input;
  for (const key of issue.path) {
    if (v === null || typeof v !== 'object' || !Object.hasOwn(v, key)) return true;
    v = (v as Record<PropertyKey, unknown>)[key];
  }
  return v === undefined;
}

function messageFor(
  issue: ZodIssue,
  label: LocalizedText,
  options: SchemaIssueOptions,
): { code: string; text: LocalizedText } {
  if ((issue.code === 'invalid_type' || issue.code === 'invalid_union') && isMissing(issue, options)) {
    return {
      code: 'schema.required',
      text: localized(`Thiếu trường bắt buộc ${label.vi}`, `Missing required field ${label.en}`),
    };
  }
  switch (issue.code) {
    case 'invalid_type': {
      const expected = issue.expected;
      return {
        code: 'schema.invalid-type',
        text: localized(
          `${label.vi} phải là ${TYPE_VI[expected] ?? expected}`,
          `${label.en} must be a${/^[aeiou]/.test(expected) ? 'n' : ''} ${expected}`,
        ),
      };
    }
    case 'too_small': {
      const min = Number(issue.minimum);
      if (issue.origin === 'string') {
        return min <= 1
          ? {
              code: 'schema.empty',
              text: localized(`${label.vi} không được để trống`, `${label.en} must not be empty`),
            }
          : {
              code: 'schema.too-short',
              text: localized(
                `${label.vi} phải có ít nhất ${min} ký tự`,
                `${label.en} needs at least ${min} characters`,
              ),
            };
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return {
          code: 'schema.too-few',
          text: localized(
            `${label.vi} phải có ít nhất ${min} mục`,
            `${label.en} needs at least ${min} item(s)`,
          ),
        };
      }
      return {
        code: 'schema.too-small',
        text: localized(
          `${label.vi} phải ${issue.inclusive ? 'từ' : 'lớn hơn'} ${min} trở lên`,
          `${label.en} must be ${issue.inclusive ? 'at least' : 'greater than'} ${min}`,
        ),
      };
    }
    case 'too_big': {
      const max = Number(issue.maximum);
      if (issue.origin === 'string') {
        return {
          code: 'schema.too-long',
          text: localized(`${label.vi} dài quá ${max} ký tự`, `${label.en} is longer than ${max} characters`),
        };
      }
      if (issue.origin === 'array' || issue.origin === 'set') {
        return {
          code: 'schema.too-many',
          text: localized(`${label.vi} có quá ${max} mục`, `${label.en} has more than ${max} items`),
        };
      }
      return {
        code: 'schema.too-big',
        text: localized(`${label.vi} không được vượt quá ${max}`, `${label.en} must be at most ${max}`),
      };
    }
    case 'invalid_format': {
      const f = FORMAT_VI[issue.format] ?? { vi: issue.format, en: issue.format };
      return {
        code: 'schema.invalid-format',
        text: localized(`${label.vi} không đúng định dạng ${f.vi}`, `${label.en} is not a valid ${f.en}`),
      };
    }
    case 'invalid_value':
      return {
        code: 'schema.invalid-value',
        text: localized(
          `${label.vi} phải là một trong: ${describeValues(issue.values)}`,
          `${label.en} must be one of: ${describeValues(issue.values)}`,
        ),
      };
    case 'unrecognized_keys':
      return {
        code: 'schema.unknown-key',
        text: localized(
          `Trường không được khai báo: ${issue.keys.slice(0, 10).join(', ')}`,
          `Unknown field(s): ${issue.keys.slice(0, 10).join(', ')}`,
        ),
      };
    case 'invalid_union':
      if (Array.isArray((issue as { options?: unknown }).options)) {
        const values = (issue as unknown as { options: readonly unknown[] }).options;
        return {
          code: 'schema.invalid-value',
          text: localized(
            `${label.vi} phải là một trong: ${describeValues(values)}`,
            `${label.en} must be one of: ${describeValues(values)}`,
          ),
        };
      }
      return {
        code: 'schema.invalid-variant',
        text: localized(
          `${label.vi} không khớp với dạng nào được phép`,
          `${label.en} matches none of the allowed shapes`,
        ),
      };
    case 'not_multiple_of':
      return {
        code: 'schema.not-multiple',
        text: localized(
          `${label.vi} phải là bội số của ${String(issue.divisor)}`,
          `${label.en} must be a multiple of ${String(issue.divisor)}`,
        ),
      };
    default:
      return {
        code: 'schema.invalid',
        text: localized(`${label.vi} không hợp lệ`, `${label.en} is invalid`),
      };
  }
}

/**
 * Turns zod issues into the library's {@link Issue}s: stable `schema.*` codes (`schema.required`,
 * `schema.invalid-type`, `schema.empty`, `schema.too-long`, `schema.invalid-format`, `schema.invalid-value`,
 * `schema.unknown-key`, …), messages in Vietnamese and English that name the field by its label, the path,
 * and the field's citation. A `custom` issue whose `params` is a {@link CustomIssueParams} keeps its own code,
 * messages and citation. Zod's own English messages are not used. To tell a missing field (`schema.required`)
 * from a wrong one, pass the validated `input` in the options (or parse with zod's `reportInput: true`).
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { zodIssuesToIssues } from 'vn-portal-kit/documents';
 * const input = {};
 * const r = z.object({ summary: z.string() }).safeParse(input);
 * const [issue] = r.success ? [] : zodIssuesToIssues(r.error.issues, { input, labels: { summary: { vi: 'Trích yếu', en: 'Summary' } } });
 * issue?.code //=> 'schema.required'
 * issue?.message.vi //=> 'Thiếu trường bắt buộc «Trích yếu» (summary)'
 * ```
 */
export function zodIssuesToIssues(issues: readonly ZodIssue[], options: SchemaIssueOptions = {}): Issue[] {
  const prefix = options.path ?? [];
  const out: Issue[] = [];
  for (const issue of issues) {
    const path: (string | number)[] = [...prefix];
    for (const p of issue.path) path.push(typeof p === 'number' ? p : String(p));
    if (issue.code === 'custom' && issue.params && typeof issue.params.code === 'string') {
      const params = issue.params as unknown as CustomIssueParams;
      out.push(
        createIssue(params.code, localized(params.vi, params.en), {
          path,
          ...(params.citation ? { citation: params.citation } : {}),
          ...(params.details ? { details: params.details } : {}),
        }),
      );
      continue;
    }
    const label = labelOf(issue.path, options.labels);
    const { code, text } = messageFor(issue, label, options);
    const key = lastKey(issue.path);
    const citation = key === undefined ? undefined : options.citations?.[key];
    out.push(createIssue(code, text, { path, ...(citation ? { citation } : {}) }));
  }
  return out;
}

/**
 * Validates untrusted data with a zod schema and returns the library's `Result`: first a bounded size check
 * (`checkInputSize`, so a 1 MB or deeply nested input fails fast with `schema.input-too-large`,
 * `schema.string-too-long` or `schema.too-deep`), then `schema.safeParse`, its issues mapped by
 * {@link zodIssuesToIssues}. Never throws on user data.
 *
 * @example
 * ```ts
 * import { z } from 'zod';
 * import { safeParseWithIssues } from 'vn-portal-kit/documents';
 * const schema = z.object({ email: z.email() });
 * safeParseWithIssues(schema, { email: 'a@b.gov.vn' }).ok //=> true
 * const bad = safeParseWithIssues(schema, { email: 'nope' });
 * bad.issues.map((i) => [i.code, i.path]) //=> [['schema.invalid-format', ['email']]]
 * ```
 */
export function safeParseWithIssues<S extends z.ZodType>(
  schema: S,
  input: unknown,
  options: SchemaIssueOptions = {},
): Result<z.output<S>> {
  const size = checkInputSize(input, options.limits, options.path ?? []);
  if (size) return err([size]);
  let parsed: ReturnType<S['safeParse']>;
  try {
    parsed = schema.safeParse(input) as ReturnType<S['safeParse']>;
  } catch (error) {
    return err([
      createIssue(
        'schema.failed',
        localized('Không kiểm tra được dữ liệu', 'The input could not be validated'),
        {
          path: options.path ?? [],
          details: { reason: error instanceof Error ? error.message : String(error) },
        },
      ),
    ]);
  }
  if (parsed.success) return ok(parsed.data as z.output<S>);
  return err(zodIssuesToIssues(parsed.error.issues, { ...options, input }));
}
