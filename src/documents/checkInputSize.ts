import { createIssue, type Issue, type IssuePath, localized } from '../core/index.js';

/**
 * Limits of {@link checkInputSize}: how deep, how many values and how many characters an untrusted input may
 * have before a schema even looks at it.
 *
 * @example
 * ```ts
 * import type { InputSizeLimits } from 'vn-portal-kit/documents';
 * const limits: InputSizeLimits = { maxDepth: 8 };
 * limits.maxDepth //=> 8
 * ```
 */
export interface InputSizeLimits {
  /** Deepest nesting of objects and arrays (default 32). */
  readonly maxDepth?: number;
  /** Most objects, arrays and primitive values in total (default 50 000). */
  readonly maxNodes?: number;
  /** Most characters in any one string (default 200 000). */
  readonly maxStringLength?: number;
  /** Most characters in all strings and keys together (default 1 000 000). */
  readonly maxTotalChars?: number;
}

const DEFAULTS = { maxDepth: 32, maxNodes: 50_000, maxStringLength: 200_000, maxTotalChars: 1_000_000 };

function tooLarge(
  code: string,
  vi: string,
  en: string,
  path: IssuePath,
  details: Record<string, unknown>,
): Issue {
  return createIssue(`schema.${code}`, localized(vi, en), { path, details });
}

/**
 * Walks an untrusted value without recursion and stops at the first limit it exceeds, so that a 1 MB string, a
 * million-element array or a 10 000-level nesting is rejected in time proportional to the limit, not to the
 * input. Returns the issue, or `undefined` when the input is within the limits. Cycles end at the depth limit.
 * Only own enumerable properties are read; a getter that throws gives `schema.unreadable`. Never throws.
 *
 * @example
 * ```ts
 * import { checkInputSize } from 'vn-portal-kit/documents';
 * checkInputSize({ a: [1, 2, { b: 'x' }] }) //=> undefined
 * checkInputSize('x'.repeat(300_000))?.code //=> 'schema.string-too-long'
 * let deep: unknown = 1;
 * for (let i = 0; i < 100; i++) deep = [deep];
 * checkInputSize(deep)?.code //=> 'schema.too-deep'
 * ```
 */
export function checkInputSize(
  input: unknown,
  limits: InputSizeLimits = {},
  path: IssuePath = [],
): Issue | undefined {
  try {
    return walk(input, limits, path);
  } catch (error) {
    return tooLarge(
      'unreadable',
      'Không đọc được dữ liệu (một thuộc tính gây lỗi khi đọc)',
      'The input could not be read (a property threw when read)',
      path,
      { reason: error instanceof Error ? error.message : String(error) },
    );
  }
}

function walk(input: unknown, limits: InputSizeLimits, path: IssuePath): Issue | undefined {
  const maxDepth = limits.maxDepth ?? DEFAULTS.maxDepth;
  const maxNodes = limits.maxNodes ?? DEFAULTS.maxNodes;
  const maxString = limits.maxStringLength ?? DEFAULTS.maxStringLength;
  const maxTotal = limits.maxTotalChars ?? DEFAULTS.maxTotalChars;
  const stack: unknown[] = [input];
  const depths: number[] = [0];
  let nodes = 0;
  let chars = 0;
  while (stack.length > 0) {
    const value = stack.pop();
    const depth = depths.pop() as number;
    nodes++;
    if (nodes > maxNodes) {
      return tooLarge(
        'too-many-values',
        `Dữ liệu có quá nhiều giá trị (hơn ${maxNodes})`,
        `The input has too many values (more than ${maxNodes})`,
        path,
        { maxNodes },
      );
    }
    if (typeof value === 'string') {
      if (value.length > maxString) {
        return tooLarge(
          'string-too-long',
          `Một chuỗi trong dữ liệu quá dài (${value.length} ký tự, tối đa ${maxString})`,
          `A string in the input is too long (${value.length} characters, at most ${maxString})`,
          path,
          { length: value.length, maxStringLength: maxString },
        );
      }
      chars += value.length;
    } else if (value !== null && typeof value === 'object') {
      if (depth >= maxDepth) {
        return tooLarge(
          'too-deep',
          `Dữ liệu lồng nhau quá sâu (hơn ${maxDepth} cấp)`,
          `The input is nested too deeply (more than ${maxDepth} levels)`,
          path,
          { maxDepth },
        );
      }
      if (Array.isArray(value)) {
        if (value.length > maxNodes) {
          return tooLarge(
            'too-many-values',
            `Dữ liệu có quá nhiều giá trị (hơn ${maxNodes})`,
            `The input has too many values (more than ${maxNodes})`,
            path,
            { maxNodes },
          );
        }
        for (let i = 0; i < value.length; i++) {
          stack.push(value[i]);
          depths.push(depth + 1);
        }
      } else if (!(value instanceof Date)) {
        const keys = Object.keys(value);
        if (keys.length > maxNodes) {
          return tooLarge(
            'too-many-values',
            `Dữ liệu có quá nhiều giá trị (hơn ${maxNodes})`,
            `The input has too many values (more than ${maxNodes})`,
            path,
            { maxNodes },
          );
        }
        for (const key of keys) {
          chars += key.length;
          stack.push((value as Record<string, unknown>)[key]);
          depths.push(depth + 1);
        }
      }
    }
    if (chars > maxTotal) {
      return tooLarge(
        'input-too-large',
        `Dữ liệu quá lớn (hơn ${maxTotal} ký tự)`,
        `The input is too large (more than ${maxTotal} characters)`,
        path,
        { maxTotalChars: maxTotal },
      );
    }
  }
  return undefined;
}
