import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  encodeLunarTable,
  generateMonths,
  lunarTableSource,
  newMoonJde,
  solarLongitude,
} from '../../scripts/generate-lunar-table.js';

const iso = (day: number): string => new Date(day * 86_400_000).toISOString().slice(0, 10);

describe('generate-lunar-table', () => {
  it('regenerates exactly the shipped table from the astronomy', () => {
    expect(lunarTableSource()).toBe(readFileSync('src/calendar/data/lunarTable.ts', 'utf8'));
  });

  it('Meeus example 49.a: the new moon of 1977 February is JDE 2443192.65118', () => {
    // k = -283 is the new moon of 1977-02-18 (Meeus, Astronomical Algorithms, example 49.a).
    expect(newMoonJde(-283)).toBeCloseTo(2443192.65118, 4);
  });

  it('solar longitude: Meeus example 25.a (1992-10-13 0h TD) is about 199.909°', () => {
    expect(solarLongitude(2448908.5)).toBeCloseTo(199.909, 2);
  });

  it('the same astronomy in UTC+8 gives the Chinese dates of the years where Vietnam and China differ', () => {
    const tet = (offset: number, year: number): string => {
      const m = generateMonths(year, year, offset).find((x) => x.month === 1 && !x.leap);
      return iso(m?.start ?? Number.NaN);
    };
    expect([1985, 2007, 2030, 2053].map((y) => tet(8, y))).toEqual([
      '1985-02-20',
      '2007-02-18',
      '2030-02-03',
      '2053-02-19',
    ]);
    expect([1985, 2007, 2030, 2053].map((y) => tet(7, y))).toEqual([
      '1985-01-21',
      '2007-02-17',
      '2030-02-02',
      '2053-02-18',
    ]);
  });

  it('every year has 12 or 13 months of 29 or 30 days, contiguous, the table covers 1899–2199', () => {
    const months = generateMonths(1899, 2199);
    for (let i = 1; i < months.length; i++) {
      const prev = months[i - 1];
      const cur = months[i];
      if (!prev || !cur) continue;
      expect(cur.start - prev.start).toBe(prev.length);
    }
    expect(encodeLunarTable(1899, 2199).length).toBe(301 * 5);
  });
});
