import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  calendarDocWithNearMidnight,
  jdeToJdUt,
  nearMidnightNewMoons,
  newMoonDay,
  newMoonJde,
} from '../../scripts/generate-lunar-table.js';

describe('docs/calendar.md: the near-midnight new moons, from the table generator’s own times', () => {
  it('is up to date (regenerate with: node --import tsx scripts/generate-lunar-table.ts --docs)', () => {
    const doc = readFileSync('docs/calendar.md', 'utf8');
    expect(calendarDocWithNearMidnight(doc)).toBe(doc);
  });

  it('lists the months the old list missed (2054-05-08 00:00:2x, 2085-10-18 23:59:32)', () => {
    const dates = nearMidnightNewMoons(1900, 2199).map((m) => m.date);
    expect(dates).toContain('2054-05-08');
    expect(dates).toContain('2085-10-18');
  });

  it('is complete: a scan of every new moon 1900–2199 finds exactly the listed ones within 60 s', () => {
    const listed = new Set(nearMidnightNewMoons(1900, 2199).map((m) => m.date));
    const found: string[] = [];
    for (let k = -1240; k <= 2475; k++) {
      const local = jdeToJdUt(newMoonJde(k)) + 0.5 + 7 / 24;
      const frac = local - Math.floor(local);
      const off = Math.min(frac, 1 - frac) * 86_400;
      const date = new Date(newMoonDay(k, 7) * 86_400_000).toISOString().slice(0, 10);
      if (date < '1900-01-01' || date > '2199-12-31') continue;
      if (off <= 60.5) found.push(date);
    }
    expect(new Set(found)).toEqual(listed);
  });
});
