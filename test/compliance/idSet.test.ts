import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fnv1a, IdSet } from '../../src/compliance/_lib/idSet.js';

describe('IdSet (the audit’s set of item ids)', () => {
  it('answers add() exactly as a Set does, for any sequence of ids (fast-check)', () => {
    const idArb = fc.oneof(
      fc.string({ maxLength: 12 }),
      fc.nat(5_000).map((n) => `item-${n}`),
      fc.string({ unit: 'binary', maxLength: 6 }),
    );
    fc.assert(
      fc.property(fc.array(idArb, { maxLength: 3_000 }), (ids) => {
        const ours = new IdSet();
        const reference = new Set<string>();
        for (const id of ids) {
          const before = reference.size;
          reference.add(id);
          expect(ours.add(id)).toBe(reference.size !== before);
        }
        expect(ours.size).toBe(reference.size);
      }),
      { numRuns: 200 },
    );
  });

  it('stays exact past many growths (100,000 ids, each added twice)', () => {
    const set = new IdSet();
    for (let i = 0; i < 100_000; i++) expect(set.add(`https://portal.gov.vn/tin/${i}`)).toBe(true);
    for (let i = 0; i < 100_000; i += 7) expect(set.add(`https://portal.gov.vn/tin/${i}`)).toBe(false);
    expect(set.size).toBe(100_000);
  });

  it('moves to a built-in Set when ids collide on purpose (hash flooding), and stays exact', () => {
    // Every id has the same hash: without the move, each add would probe every earlier id.
    const set = new IdSet(() => 42);
    for (let i = 0; i < 20_000; i++) expect(set.add(`x${i}`)).toBe(true);
    expect(set.add('x0')).toBe(false);
    expect(set.add('x19999')).toBe(false);
    expect(set.size).toBe(20_000);
  });

  it('hashes to 32-bit integers that differ for near ids', () => {
    const hashes = new Set(Array.from({ length: 10_000 }, (_, i) => fnv1a(`item-${i}`) & 0xfff));
    // 10,000 ids into 4,096 buckets by the low 12 bits: random hashing would fill 4096·(1 − e^(−10000/4096))
    // ≈ 3,740 of them; sequential ids must not cluster into fewer.
    expect(hashes.size).toBeGreaterThan(3_600);
    expect(Number.isInteger(fnv1a(''))).toBe(true);
  });
});
