import { cite, createIssue, type Issue, type IssuePath, localized } from '../../core/index.js';

/** Names longer than this many UTF-16 code units are cut before any processing (linear time on hostile input). */
export const MAX_NAME_LENGTH = 1000;

/** A name made safe to process, and what was done to it. */
export interface PreparedName {
  readonly name: string;
  readonly issues: Issue[];
  readonly failed: boolean;
}

/**
 * Checks and normalises a name from user data: not a string or empty → error; longer than
 * {@link MAX_NAME_LENGTH} → cut, with a warning; NFC.
 */
export function prepareName(input: unknown, path: IssuePath): PreparedName {
  const issues: Issue[] = [];
  if (typeof input !== 'string') {
    issues.push(
      createIssue(
        'domains.name-not-text',
        localized('Tên phải là một chuỗi ký tự', 'The name must be a string'),
        {
          path,
          details: { received: input === null ? 'null' : typeof input },
        },
      ),
    );
    return { name: '', issues, failed: true };
  }
  let name = input;
  if (name.length > MAX_NAME_LENGTH) {
    issues.push(
      createIssue(
        'domains.name-truncated',
        localized(
          `Tên dài ${name.length} ký tự; chỉ xét ${MAX_NAME_LENGTH} ký tự đầu`,
          `The name is ${name.length} characters long; only the first ${MAX_NAME_LENGTH} are used`,
        ),
        { path, severity: 'warning', details: { length: name.length, max: MAX_NAME_LENGTH } },
      ),
    );
    name = name.slice(0, MAX_NAME_LENGTH);
  }
  name = name.normalize('NFC');
  if (!/[\p{L}\p{N}]/u.test(name)) {
    issues.push(
      createIssue(
        'domains.name-empty',
        localized('Tên không có chữ cái hay chữ số nào', 'The name has no letter or digit'),
        { path, citation: cite('RFC-1035/2.3.1') },
      ),
    );
    return { name, issues, failed: true };
  }
  return { name, issues, failed: false };
}
