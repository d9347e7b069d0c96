import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { instantMs } from '../../src/compliance/_lib/instant.js';
import { toInstant } from '../../src/core/index.js';

const reference = (s: string) => {
  const r = toInstant(s);
  return r.ok ? r.value.getTime() : undefined;
};
const two = (n: number) => String(n).padStart(2, '0');

describe('instantMs (the audit’s fast date reader) agrees with core toInstant', () => {
  it('on canonical forms, valid or not', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.integer({ min: 0, max: 13 }),
        fc.integer({ min: 0, max: 32 }),
        fc.integer({ min: 0, max: 25 }),
        fc.integer({ min: 0, max: 60 }),
        fc.constantFrom('', 'Z', '+07:00', '-05:30', '+14:00', '+24:00', 'z'),
        (y, m, d, h, mi, zone) => {
          const date = `${String(y).padStart(4, '0')}-${two(m)}-${two(d)}`;
          expect(instantMs(date)).toBe(reference(date));
          const dt = `${date}T${two(h)}:${two(mi)}:${two(mi % 60)}${zone}`;
          expect(instantMs(dt)).toBe(reference(dt));
        },
      ),
      { numRuns: 2000 },
    );
  });
  it('on arbitrary strings', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 30 }), (s) => {
        expect(instantMs(s)).toBe(reference(s));
      }),
      { numRuns: 2000 },
    );
  });
  it('whatever was read and kept before, in any slot (the item reader’s, then the rules’ reads)', () => {
    const dateArb = fc.oneof(
      fc.string({ maxLength: 26 }),
      fc
        .tuple(
          fc.integer({ min: 2000, max: 2030 }),
          fc.integer({ min: 1, max: 12 }),
          fc.integer({ min: 1, max: 28 }),
        )
        .map(([y, m, d]) => `${y}-${two(m)}-${two(d)}`),
      fc.constantFrom('2026-11-25T08:00:00+07:00', '2026-11-25T08:00:00Z', '2026-11-25T09:00:00+07:00'),
    );
    fc.assert(
      fc.property(
        fc.array(fc.tuple(fc.constantFrom<0 | 1 | 2 | 3>(0, 1, 2, 3), dateArb, fc.boolean()), {
          maxLength: 12,
        }),
        (steps) => {
          for (const [, s] of steps) {
            expect(instantMs(s)).toBe(reference(s));
          }
          for (const [, s] of steps) expect(instantMs(s)).toBe(reference(s));
        },
      ),
      { numRuns: 1000 },
    );
  });
});
