import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { RepeatMemo } from '../../src/compliance/_lib/repeatMemo.js';

describe('RepeatMemo (the audit’s bounded memo of repeated values)', () => {
  it('never answers a value other than the one set for the key (fast-check)', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(50), fc.nat()), { maxLength: 400 }), fc.nat(20), (ops, max) => {
        const memo = new RepeatMemo<number, number>(max);
        const truth = new Map<number, number>();
        for (const [k, v] of ops) {
          const got = memo.get(k);
          if (got !== undefined) expect(got).toBe(truth.get(k));
          if (!truth.has(k)) truth.set(k, v);
          memo.set(k, truth.get(k) as number);
        }
      }),
      { numRuns: 300 },
    );
  });
  it('keeps remembering values that repeat, and gives up on values that do not', () => {
    const repeating = new RepeatMemo<string, true>(8);
    for (let i = 0; i < 1_000; i++) {
      const k = `form-${i % 6}`;
      if (!repeating.get(k)) repeating.set(k, true);
    }
    expect(repeating.remembering).toBe(true);
    expect(repeating.get('form-1')).toBe(true);
    // A working set larger than the memo counts as not repeating: it gives up too.
    const crowded = new RepeatMemo<string, true>(4);
    for (let i = 0; i < 100; i++) if (!crowded.get(`form-${i % 6}`)) crowded.set(`form-${i % 6}`, true);
    expect(crowded.remembering).toBe(false);
    const unique = new RepeatMemo<string, true>(4);
    for (let i = 0; i < 5; i++) unique.set(`title ${i}`, true);
    expect(unique.remembering).toBe(false);
    expect(unique.get('title 0')).toBeUndefined();
  });
});
