import type { z } from 'zod';
import { createIssue, type Issue, type IssuePath, localized } from '../../core/index.js';

/** At most this many issues are reported for one input (a hostile input could produce millions). */
export const MAX_ISSUES = 50;

const clip = (s: string): string => (s.length > 80 ? `${s.slice(0, 77)}...` : s);

function describeValues(values: readonly unknown[]): string {
  return clip(values.map((v) => JSON.stringify(v)).join(', '));
}

/** Turns zod issues into coded bilingual {@link Issue}s, prefixed with `path`. */
export function zodIssuesToIssues(issues: readonly z.core.$ZodIssue[], prefix: IssuePath = []): Issue[] {
  const out: Issue[] = [];
  for (const zi of issues) {
    if (out.length >= MAX_ISSUES) {
      out.push(
        createIssue(
          'profiles.too-many-issues',
          localized(
            `Còn ${issues.length - MAX_ISSUES} lỗi khác không liệt kê`,
            `${issues.length - MAX_ISSUES} more issues not listed`,
          ),
          { path: prefix },
        ),
      );
      break;
    }
    const path: IssuePath = [...prefix, ...zi.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    out.push(convert(zi, path));
  }
  return out;
}

function convert(zi: z.core.$ZodIssue, path: IssuePath): Issue {
  switch (zi.code) {
    case 'invalid_type':
      if (zi.input === undefined) {
        return createIssue(
          'profiles.missing-field',
          localized('Thiếu trường bắt buộc', 'Required field is missing'),
          {
            path,
            details: { expected: zi.expected },
          },
        );
      }
      return createIssue(
        'profiles.invalid-type',
        localized(`Sai kiểu dữ liệu: cần ${zi.expected}`, `Wrong type: expected ${zi.expected}`),
        { path, details: { expected: zi.expected } },
      );
    case 'unrecognized_keys':
      return createIssue(
        'profiles.unknown-field',
        localized(
          `Trường không được hỗ trợ: ${clip(zi.keys.join(', '))}`,
          `Unknown field(s): ${clip(zi.keys.join(', '))}`,
        ),
        { path, details: { keys: zi.keys.slice(0, 20) } },
      );
    case 'invalid_value':
      return createIssue(
        'profiles.invalid-value',
        localized(
          `Giá trị không hợp lệ; cho phép: ${describeValues(zi.values)}`,
          `Invalid value; allowed: ${describeValues(zi.values)}`,
        ),
        { path, details: { allowed: zi.values.slice(0, 40) } },
      );
    case 'invalid_union':
      return createIssue(
        'profiles.invalid-value',
        localized('Giá trị không khớp dạng nào được phép', 'Value matches no allowed form'),
        {
          path,
        },
      );
    case 'too_big':
      return createIssue(
        zi.origin === 'string' || zi.origin === 'array' ? 'profiles.too-long' : 'profiles.out-of-range',
        localized(
          `Vượt quá giới hạn (tối đa ${String(zi.maximum)})`,
          `Too large (maximum ${String(zi.maximum)})`,
        ),
        { path, details: { maximum: Number(zi.maximum) } },
      );
    case 'too_small':
      return createIssue(
        zi.origin === 'string' || zi.origin === 'array' ? 'profiles.too-short' : 'profiles.out-of-range',
        localized(
          `Dưới giới hạn (tối thiểu ${String(zi.minimum)})`,
          `Too small (minimum ${String(zi.minimum)})`,
        ),
        { path, details: { minimum: Number(zi.minimum) } },
      );
    case 'invalid_format':
      return createIssue('profiles.invalid-format', localized('Sai định dạng', 'Invalid format'), {
        path,
        details: { format: zi.format },
      });
    case 'custom': {
      const code = typeof zi.params?.code === 'string' ? zi.params.code : 'profiles.invalid-value';
      if (code === 'profiles.invalid-date') {
        return createIssue(
          code,
          localized(
            'Ngày không hợp lệ (cần YYYY-MM-DD có thật)',
            'Invalid date (a real YYYY-MM-DD is needed)',
          ),
          {
            path,
          },
        );
      }
      if (code === 'profiles.invalid-citation-id') {
        return createIssue(
          code,
          localized(
            'Mã điều khoản không đúng cú pháp <VĂN BẢN>/<điều>.<khoản>[.<điểm>]',
            'Provision id does not follow <REG>/<article>.<clause>[.<point>]',
          ),
          { path },
        );
      }
      return createIssue(code, localized('Giá trị không hợp lệ', 'Invalid value'), { path });
    }
    default:
      return createIssue('profiles.invalid-value', localized('Giá trị không hợp lệ', 'Invalid value'), {
        path,
        details: { zodCode: zi.code },
      });
  }
}
