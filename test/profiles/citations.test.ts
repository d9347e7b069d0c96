import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseProvisionIds, profileCitations } from '../../scripts/generate-coverage.js';
import { NATIONAL_PROVISIONS } from '../../src/profiles/_lib/nationalProvisions.js';
import { profiles } from '../../src/profiles/index.js';
import { existsInSeed } from '../_lib/seedProvisions.js';

const PROVISIONS = 'test/fixtures/docs/provisions.md';

const REGULATIONS = ['HG-1347-2020', 'QN-3069-2021', 'VP-32-2023', 'NX-2112-2022', 'TN-40-2012'];
describe('every citation of every profile exists', () => {
  const ids = parseProvisionIds(readFileSync(PROVISIONS, 'utf8'));
  const known = new Set(ids);
  /**
   * Accepted: an id of the catalogue; a clause whose points the catalogue lists (`VP-32-2023/3.4` for
   * 3.4.a–c); a regulation id alone (its decision: dates, replacements); a known national id.
   */
  const exists = (id: string): boolean =>
    known.has(id) ||
    ids.some((x) => x.startsWith(`${id}.`)) ||
    REGULATIONS.includes(id) ||
    NATIONAL_PROVISIONS[id] !== undefined ||
    existsInSeed(id);

  it('finds the catalogue ids', () => {
    expect(ids.length).toBeGreaterThan(200);
  });

  const cited = profileCitations(profiles);
  const embedded = (where: string): boolean => / (workflow|hostnames)\./.test(where);

  it('cites only ids of provisions.md, known national ids, or provisions found in the seed text (the profiles’ own fields)', () => {
    const own = [...cited.entries()].filter(([, where]) => where.some((w) => !embedded(w)));
    const missing = own.filter(([id]) => !exists(id)).map(([id, where]) => `${id} (${where[0]})`);
    expect(missing).toEqual([]);
    expect(own.length).toBeGreaterThan(120);
  });

  it('the embedded workflow and host-name data cite provisions.md, national ids, or provisions found in the seed text', () => {
    const only = [...cited.entries()].filter(([, where]) => where.every(embedded));
    const bad = only
      .filter(([id]) => !exists(id) && !existsInSeed(id))
      .map(([id, where]) => `${id} (${where[0]})`);
    expect(bad).toEqual([]);
  });

  it('the seed check itself rejects provisions that do not exist', () => {
    expect(existsInSeed('VP-32-2023/12.1')).toBe(true);
    expect(existsInSeed('TN-40-2012/16.1.j')).toBe(true);
    expect(existsInSeed('VP-32-2023/12.9')).toBe(false);
    expect(existsInSeed('QN-3069-2021/40')).toBe(false);
    expect(existsInSeed('NX-2112-2022/13.2.k')).toBe(false);
  });
});

describe('parseProvisionIds (the id grammar of provisions.md)', () => {
  it('expands numeric ranges, point ranges and bare ids in the line’s regulation', () => {
    const md = [
      '- `VP-32-2023/5.1`–`5.3`: things',
      '- `TN-40-2012/5.1.a`–`e`, `5.2`–`5.4`: more',
      '- `VP-32-2023/9.1.a`–`9.1.đ`: points',
      '- `TN-40-2012/19.d2` and `NX-2112-2022/7#mat`',
      '- `VP-32-2023/5.1` parent',
      '  - 5.13.a–e epidemics; 5.18.c updated. (TN 4.2 adds)',
    ].join('\n');
    expect(parseProvisionIds(md)).toEqual([
      'VP-32-2023/5.1',
      'VP-32-2023/5.2',
      'VP-32-2023/5.3',
      'TN-40-2012/5.1.a',
      'TN-40-2012/5.1.b',
      'TN-40-2012/5.1.c',
      'TN-40-2012/5.1.d',
      'TN-40-2012/5.1.e',
      'TN-40-2012/5.2',
      'TN-40-2012/5.3',
      'TN-40-2012/5.4',
      'VP-32-2023/9.1.a',
      'VP-32-2023/9.1.b',
      'VP-32-2023/9.1.c',
      'VP-32-2023/9.1.d',
      'VP-32-2023/9.1.đ',
      'TN-40-2012/19.d2',
      'NX-2112-2022/7#mat',
      'VP-32-2023/5.13.a',
      'VP-32-2023/5.13.b',
      'VP-32-2023/5.13.c',
      'VP-32-2023/5.13.d',
      'VP-32-2023/5.13.đ',
      'VP-32-2023/5.13.e',
      'VP-32-2023/5.18.c',
      'TN-40-2012/4.2',
    ]);
  });

  it('uses the Latin point letters (with f and j) for Thái Nguyên only', () => {
    expect(parseProvisionIds('- `TN-40-2012/16.1.e`–`g`')).toEqual([
      'TN-40-2012/16.1.e',
      'TN-40-2012/16.1.f',
      'TN-40-2012/16.1.g',
    ]);
    expect(parseProvisionIds('- `QN-3069-2021/7.2.d`–`e`')).toEqual([
      'QN-3069-2021/7.2.d',
      'QN-3069-2021/7.2.đ',
      'QN-3069-2021/7.2.e',
    ]);
  });

  it('reads the real catalogue: 18 VP categories, 13 TN categories, all five regulations', () => {
    const ids = parseProvisionIds(readFileSync(PROVISIONS, 'utf8'));
    for (let i = 1; i <= 18; i++) expect(ids).toContain(`VP-32-2023/5.${i}`);
    for (let i = 1; i <= 13; i++) expect(ids).toContain(`TN-40-2012/4.${i}`);
    for (const l of ['a', 'b', 'c', 'd', 'đ', 'e', 'g', 'h', 'i', 'k', 'l', 'm', 'n'])
      expect(ids).toContain(`QN-3069-2021/7.2.${l}`);
    expect(ids).toContain('NX-2112-2022/7#mat');
    expect(ids).toContain('TN-40-2012/19.d2');
    expect(ids).not.toContain('QN-3069-2021/7.2.f');
    for (const reg of REGULATIONS) expect(ids.some((id) => id.startsWith(`${reg}/`))).toBe(true);
  });
});
