import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { parseCivilDate } from '../../src/core/index.js';
import { quickCivilDate } from '../../src/royalty/_lib/quickCivilDate.js';

describe('quickCivilDate (internal fast path)', () => {
  it('agrees with parseCivilDate on every accepted string and never accepts what it rejects', () => {
    const digits = (n: number) =>
      fc.string({ unit: fc.constantFrom(...'0123456789'), minLength: n, maxLength: n });
    fc.assert(
      fc.property(digits(4), digits(2), digits(2), fc.constantFrom('-', '/'), (y, m, d, sep) => {
        const s = `${y}-${m}${sep}${d}`;
        const quick = quickCivilDate(s);
        const full = parseCivilDate(s);
        if (quick !== undefined) expect(full.ok && full.value).toBe(s);
        else expect(full.ok).toBe(false);
      }),
      { numRuns: 2000 },
    );
    expect(quickCivilDate('2024-02-29')?.value).toBe('2024-02-29');
    expect(quickCivilDate('2100-02-29')).toBeUndefined();
    expect(quickCivilDate('2026-06-31')).toBeUndefined();
    expect(quickCivilDate(new Date())).toBeUndefined();
  });
});
