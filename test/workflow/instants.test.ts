import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isoUtc, parseInstant } from '../../src/workflow/_lib/instants.js';

// The hot path formats and parses instants without Date#toISOString / Date.parse: check them against both.
const MIN = Date.UTC(-1, 0, 1);
const MAX = Date.UTC(10000, 11, 31);

describe('isoUtc and parseInstant (fast paths of every step)', () => {
  it('isoUtc equals Date#toISOString over years 0000–9999 and falls back outside', () => {
    fc.assert(
      fc.property(fc.integer({ min: MIN, max: MAX }), (ms) => {
        expect(isoUtc(ms)).toBe(new Date(ms).toISOString());
      }),
      { numRuns: 2000 },
    );
    for (const ms of [
      0,
      -1,
      951_782_400_000,
      Date.UTC(0, 0, 1) - 1,
      Date.UTC(2024, 1, 29, 23, 59, 59, 999),
    ]) {
      expect(isoUtc(ms)).toBe(new Date(ms).toISOString());
    }
  });

  it('parseInstant reads back what isoUtc writes, and agrees with Date.parse on offsets', () => {
    fc.assert(
      fc.property(fc.integer({ min: Date.UTC(0, 0, 1), max: Date.UTC(9999, 11, 31) }), (ms) => {
        expect(parseInstant(isoUtc(ms))).toBe(ms);
      }),
      { numRuns: 2000 },
    );
    expect(parseInstant('2026-03-02T08:00:00+07:00')).toBe(Date.UTC(2026, 2, 2, 1));
    expect(parseInstant('2026-03-02')).toBe(Date.UTC(2026, 2, 1, 17));
  });

  it('parseInstant refuses impossible or unanchored instants', () => {
    for (const bad of [
      '2026-02-29T00:00:00.000Z',
      '2026-13-01T00:00:00.000Z',
      '2026-04-31T00:00:00.000Z',
      '2026-01-01T24:00:00.000Z',
      '2026-01-01T00:60:00.000Z',
      '2026-01-01T00:00:60.000Z',
      '2026-0a-01T00:00:00.000Z',
      '2026-02-30',
      '2026-02-30T08:00:00+07:00',
      'x'.repeat(100),
      '',
      42,
      null,
    ]) {
      expect(Number.isNaN(parseInstant(bad)), String(bad)).toBe(true);
    }
    expect(parseInstant('2024-02-29T00:00:00.000Z')).toBe(Date.UTC(2024, 1, 29));
    // Without an offset: Vietnamese local time, as everywhere in the library.
    expect(parseInstant('2026-01-01T08:00:00')).toBe(Date.UTC(2026, 0, 1, 1));
    expect(parseInstant('0050-06-01T00:00:00.000Z')).toBe(new Date('0050-06-01T00:00:00.000Z').getTime());
  });
});
