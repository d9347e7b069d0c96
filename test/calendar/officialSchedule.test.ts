import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { OFFICIAL_SCHEDULE } from '../../src/calendar/data/officialSchedule.js';

interface ScheduleYear {
  blocks: { occasion: string; weekdaysOff: string[] }[];
  workedSaturdays: string[];
  swapBasis?: string;
}

describe('data/officialSchedule.ts', () => {
  it('encodes exactly the official JSON (weekdays off, Tết block, worked Saturdays, swap basis)', () => {
    const json = JSON.parse(readFileSync('src/calendar/data/vn-civil-service-2019-2026.json', 'utf8')) as {
      years: Record<string, ScheduleYear>;
    };
    const enc = (date: string, year: number): string =>
      Number(date.slice(0, 4)) === year
        ? date.slice(5).replace('-', '')
        : `<${date.slice(5).replace('-', '')}`;
    expect(Object.keys(OFFICIAL_SCHEDULE)).toEqual(Object.keys(json.years));
    for (const [y, v] of Object.entries(json.years)) {
      const year = Number(y);
      const compact = OFFICIAL_SCHEDULE[year];
      expect(compact?.off).toBe(v.blocks.flatMap((b) => b.weekdaysOff.map((d) => enc(d, year))).join(' '));
      expect(compact?.tet).toBe(
        v.blocks
          .filter((b) => b.occasion.includes('Nguyên đán'))
          .flatMap((b) => b.weekdaysOff.map((d) => enc(d, year)))
          .join(' '),
      );
      expect(compact?.worked).toBe(v.workedSaturdays.map((d) => enc(d, year)).join(' '));
      expect(compact?.basis).toBe(v.swapBasis);
    }
  });
});
