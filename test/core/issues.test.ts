import { describe, expect, it } from 'vitest';
import {
  cite,
  createIssue,
  err,
  formatIssue,
  localized,
  ok,
  unwrap,
  VnPortalKitError,
} from '../../src/core/index.js';

describe('issues and results', () => {
  it('unwrap throws the one error class with the issues', () => {
    const issue = createIssue('x.bad', localized('Sai', 'Wrong'), { citation: cite('VP-32-2023/3.1') });
    try {
      unwrap(err([issue]));
      expect.unreachable();
    } catch (e) {
      expect(e).toBeInstanceOf(VnPortalKitError);
      expect(e).toBeInstanceOf(RangeError);
      expect((e as VnPortalKitError).issues).toEqual([issue]);
      expect((e as Error).message).toContain('Wrong');
      expect((e as Error).message).toContain('Sai');
    }
    expect(unwrap(ok(1))).toBe(1);
  });
  it('formats in either language', () => {
    const issue = createIssue('x.bad', localized('Sai', 'Wrong'), { severity: 'warning' });
    expect(formatIssue(issue, 'vi')).toBe('warning x.bad: Sai');
    expect(formatIssue(issue)).toBe('warning x.bad: Sai');
  });
});
