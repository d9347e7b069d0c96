import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { decimalText, groupThousands, mulDivHalfUp, toScaled } from '../../src/royalty/_lib/integerMath.js';

describe('integer money arithmetic (internal)', () => {
  it('mulDivHalfUp rounds ties up and switches to BigInt beyond 2^53', () => {
    expect(mulDivHalfUp(15_000, 234_000, 10_000)).toBe(351_000);
    expect(mulDivHalfUp(351_000, 2_000, 10_000)).toBe(70_200);
    expect(mulDivHalfUp(1, 115_000, 10_000)).toBe(12); // 11.5 → 12
    expect(mulDivHalfUp(1, 114_999, 10_000)).toBe(11);
    expect(mulDivHalfUp(100_000_000, 100_000_000, 10_000)).toBe(1_000_000_000_000); // product 1e16
    expect(mulDivHalfUp(Number.MAX_SAFE_INTEGER, 3, 1)).toBe(Number.POSITIVE_INFINITY);
  });
  it('property: mulDivHalfUp equals the BigInt reference', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 0, max: 2 ** 40 }),
        fc.integer({ min: 0, max: 2 ** 30 }),
        fc.integer({ min: 1, max: 1_000_000 }),
        (a, b, d) => {
          const ref = (BigInt(a) * BigInt(b) * 2n + BigInt(d)) / (2n * BigInt(d));
          const got = mulDivHalfUp(a, b, d);
          if (ref <= BigInt(Number.MAX_SAFE_INTEGER)) expect(BigInt(got)).toBe(ref);
          else expect(got).toBe(Number.POSITIVE_INFINITY);
        },
      ),
      { numRuns: 1000 },
    );
  });
  it('toScaled reads decimals digit by digit', () => {
    expect(toScaled(0.7, 10_000)).toEqual({ ok: true, value: 7_000, rounded: false });
    expect(toScaled('1,5', 10_000)).toEqual({ ok: true, value: 15_000, rounded: false });
    expect(toScaled(' +2.25 ', 10_000)).toEqual({ ok: true, value: 22_500, rounded: false });
    expect(toScaled(1.00005, 10_000)).toEqual({ ok: true, value: 10_001, rounded: true });
    expect(toScaled(1e-7, 10_000)).toEqual({ ok: true, value: 0, rounded: true });
    expect(toScaled(-0, 10_000)).toEqual({ ok: true, value: 0, rounded: false });
    expect(toScaled('1e3', 10_000)).toEqual({ ok: false, reason: 'not-a-number' });
    expect(toScaled('', 10_000)).toEqual({ ok: false, reason: 'not-a-number' });
    expect(toScaled(2 ** 60, 10_000)).toEqual({ ok: false, reason: 'too-large' });
  });
  it('property: every 4-decimal number round-trips exactly', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 11 }), (n) => {
        const r = toScaled(n / 10_000, 10_000);
        expect(r).toEqual({ ok: true, value: n, rounded: false });
      }),
      { numRuns: 1000 },
    );
  });
  it('property: groupThousands matches en-US grouping and decimalText round-trips', () => {
    fc.assert(
      fc.property(fc.integer({ min: -(2 ** 53) + 1, max: 2 ** 53 - 1 }), (n) => {
        expect(groupThousands(n, ',')).toBe(n.toLocaleString('en-US'));
      }),
      { numRuns: 500 },
    );
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 10 ** 12 }), (n) => {
        const t = decimalText(n, 10_000);
        expect(Number(t.en.replace(/,/g, ''))).toBe(n / 10_000);
        expect(t.vi).toBe(t.en.replace(/[.,]/g, (c) => (c === '.' ? ',' : '.')));
      }),
      { numRuns: 500 },
    );
  });
  it('formats VND and decimals in both languages', () => {
    expect(groupThousands(2_340_000, '.')).toBe('2.340.000');
    expect(groupThousands(999, ',')).toBe('999');
    expect(decimalText(15_000, 10_000)).toEqual({ vi: '1,5', en: '1.5' });
    expect(decimalText(12_345_000, 10_000)).toEqual({ vi: '1.234,5', en: '1,234.5' });
  });
});
