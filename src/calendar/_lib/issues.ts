import { type Citation, createIssue, type Issue, type IssuePath, localized } from '../../core/index.js';

const preview = (input: unknown): string => {
  if (input instanceof Date) return Number.isNaN(input.getTime()) ? 'Invalid Date' : input.toISOString();
  if (typeof input === 'string')
    return input.length > 40 ? `${JSON.stringify(input.slice(0, 40))}…` : JSON.stringify(input);
  if (typeof input === 'number' || typeof input === 'boolean' || input == null) return String(input);
  return typeof input;
};

/** `calendar.date-invalid`: not a date at all, or a day that does not exist. */
export function dateInvalid(input: unknown, path: IssuePath): Issue {
  return createIssue(
    'calendar.date-invalid',
    localized(
      `Ngày không hợp lệ: ${preview(input)} (cần dạng YYYY-MM-DD, ngày giờ ISO 8601 hoặc Date)`,
      `Invalid date: ${preview(input)} (expected YYYY-MM-DD, an ISO 8601 date-time or a Date)`,
    ),
    { path, details: { input: preview(input) } },
  );
}

/** `calendar.out-of-range`: a valid date outside the supported range. */
export function outOfRange(what: string, from: string, to: string, path: IssuePath): Issue {
  return createIssue(
    'calendar.out-of-range',
    localized(
      `${what} nằm ngoài phạm vi được hỗ trợ (${from} đến ${to})`,
      `${what} is outside the supported range (${from} to ${to})`,
    ),
    { path, details: { from, to } },
  );
}

/** `calendar.year-invalid`: a year that is not an integer in range. */
export function yearInvalid(input: unknown, from: number, to: number, path: IssuePath): Issue {
  return createIssue(
    'calendar.year-invalid',
    localized(
      `Năm không hợp lệ: ${preview(input)} (cần số nguyên từ ${from} đến ${to})`,
      `Invalid year: ${preview(input)} (expected an integer from ${from} to ${to})`,
    ),
    { path, details: { input: preview(input), from, to } },
  );
}

/** `calendar.count-invalid`: a count (days, hours) that is not a safe integer in range. */
export function countInvalid(input: unknown, max: number, path: IssuePath, citation?: Citation): Issue {
  return createIssue(
    'calendar.count-invalid',
    localized(
      `Số lượng không hợp lệ: ${preview(input)} (cần số nguyên, giá trị tuyệt đối không quá ${max})`,
      `Invalid count: ${preview(input)} (expected an integer of absolute value at most ${max})`,
    ),
    citation === undefined
      ? { path, details: { input: preview(input), max } }
      : { path, citation, details: { input: preview(input), max } },
  );
}

/** `calendar.lunar-date-invalid`: a lunar day that does not exist. */
export function lunarInvalid(vi: string, en: string, path: IssuePath): Issue {
  return createIssue('calendar.lunar-date-invalid', localized(vi, en), { path });
}

/** `calendar.rule-invalid`: an unknown rule kind or a malformed rule. */
export function ruleInvalid(vi: string, en: string, path: IssuePath): Issue {
  return createIssue('calendar.rule-invalid', localized(vi, en), { path });
}

/** `calendar.option-invalid`: a malformed option. */
export function optionInvalid(vi: string, en: string, path: IssuePath): Issue {
  return createIssue('calendar.option-invalid', localized(vi, en), { path });
}
