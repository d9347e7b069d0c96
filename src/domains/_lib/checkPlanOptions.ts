import { createIssue, type Issue, localized } from '../../core/index.js';

/** The collision policy fields {@link checkPlanOptions} accepts, already checked. */
export interface CheckedPolicy {
  readonly keepBase?: 'first' | 'none';
  readonly steps?: readonly ('type-prefix' | 'numeric-suffix')[];
  readonly suffixStart?: number;
  readonly suffixSeparator?: '' | '-';
}

/** `planHostnames` options of the wrong shape, read from JSON or a form, as issues (the bad part is ignored). */
export interface CheckedPlanOptions {
  readonly overrides: Readonly<Record<string, string>> | undefined;
  readonly previous: Readonly<Record<string, string>> | undefined;
  readonly reserved: readonly string[];
  readonly policy: CheckedPolicy;
}

const invalid = (path: (string | number)[], vi: string, en: string): Issue =>
  createIssue('domains.option-invalid', localized(vi, en), { path });

function labelTable(
  value: unknown,
  key: 'overrides' | 'previous',
  issues: Issue[],
): Readonly<Record<string, string>> | undefined {
  if (value === undefined) return undefined;
  if (value === null || typeof value !== 'object' || Array.isArray(value)) {
    issues.push(
      invalid(
        [key],
        `“${key}” phải là một bảng { mã hoặc tên đơn vị: nhãn }; đã bỏ qua`,
        `“${key}” must be a table { unit code or name: label }; ignored`,
      ),
    );
    return undefined;
  }
  const out: Record<string, string> = {};
  for (const [k, v] of Object.entries(value)) {
    if (typeof v === 'string') out[k] = v;
    else {
      issues.push(
        invalid(
          [key, k],
          `Nhãn của “${k.slice(0, 80)}” phải là một chuỗi ký tự; đã bỏ qua`,
          `The label for “${k.slice(0, 80)}” must be a string; ignored`,
        ),
      );
    }
  }
  return out;
}

/**
 * Checks the data-like options of `planHostnames` (`overrides`, `previous`, `reserved`, `collisionPolicy`):
 * a wrong shape becomes a `domains.option-invalid` error and that part is ignored, never a throw.
 */
export function checkPlanOptions(
  options: {
    readonly overrides?: unknown;
    readonly previous?: unknown;
    readonly reserved?: unknown;
    readonly collisionPolicy?: unknown;
  },
  issues: Issue[],
): CheckedPlanOptions {
  const overrides = labelTable(options.overrides, 'overrides', issues);
  const previous = labelTable(options.previous, 'previous', issues);
  let reserved: string[] = [];
  if (options.reserved !== undefined) {
    if (Array.isArray(options.reserved)) {
      reserved = options.reserved.filter((r: unknown, i: number): r is string => {
        if (typeof r === 'string') return true;
        issues.push(
          invalid(
            ['reserved', i],
            'Nhãn dành riêng phải là chuỗi ký tự',
            'A reserved label must be a string',
          ),
        );
        return false;
      });
    } else {
      issues.push(
        invalid(['reserved'], '“reserved” phải là một mảng nhãn', '“reserved” must be an array of labels'),
      );
    }
  }
  const policy: {
    keepBase?: 'first' | 'none';
    steps?: ('type-prefix' | 'numeric-suffix')[];
    suffixStart?: number;
    suffixSeparator?: '' | '-';
  } = {};
  const p = options.collisionPolicy;
  if (p !== undefined) {
    if (p === null || typeof p !== 'object' || Array.isArray(p)) {
      issues.push(
        invalid(
          ['collisionPolicy'],
          '“collisionPolicy” phải là một đối tượng',
          '“collisionPolicy” must be an object',
        ),
      );
    } else {
      const c = p as Record<string, unknown>;
      if (c.keepBase !== undefined) {
        if (c.keepBase === 'first' || c.keepBase === 'none') policy.keepBase = c.keepBase;
        else
          issues.push(
            invalid(
              ['collisionPolicy', 'keepBase'],
              'keepBase: first hoặc none',
              "keepBase: 'first' or 'none'",
            ),
          );
      }
      if (c.steps !== undefined) {
        if (Array.isArray(c.steps) && c.steps.every((s) => s === 'type-prefix' || s === 'numeric-suffix')) {
          policy.steps = c.steps as ('type-prefix' | 'numeric-suffix')[];
        } else {
          issues.push(
            invalid(
              ['collisionPolicy', 'steps'],
              'steps: mảng gồm type-prefix, numeric-suffix',
              "steps: an array of 'type-prefix', 'numeric-suffix'",
            ),
          );
        }
      }
      if (c.suffixStart !== undefined) {
        const n = c.suffixStart;
        if (typeof n === 'number' && Number.isInteger(n) && n >= 0 && n <= 1_000_000) policy.suffixStart = n;
        else {
          issues.push(
            invalid(
              ['collisionPolicy', 'suffixStart'],
              'suffixStart: số nguyên từ 0 đến 1.000.000',
              'suffixStart: an integer from 0 to 1,000,000',
            ),
          );
        }
      }
      if (c.suffixSeparator !== undefined) {
        if (c.suffixSeparator === '' || c.suffixSeparator === '-') policy.suffixSeparator = c.suffixSeparator;
        else {
          issues.push(
            invalid(
              ['collisionPolicy', 'suffixSeparator'],
              "suffixSeparator: '' hoặc '-'",
              "suffixSeparator: '' or '-'",
            ),
          );
        }
      }
    }
  }
  return { overrides, previous, reserved, policy };
}
