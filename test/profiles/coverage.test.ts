import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { buildCoverage, parseNationalIds, parseProvisionIds } from '../../scripts/generate-coverage.js';

const PROVISIONS = 'test/fixtures/docs/provisions.md';
const NATIONAL = 'test/fixtures/docs/national-provisions.md';

describe('docs/coverage.md', () => {
  const markdown = readFileSync(PROVISIONS, 'utf8');
  const national = readFileSync(NATIONAL, 'utf8');

  it('is up to date (regenerate with: node --import tsx scripts/generate-coverage.ts)', () => {
    const fresh = buildCoverage(markdown, 'src', national);
    const committed = readFileSync('docs/coverage.md', 'utf8');
    expect(committed, 'docs/coverage.md is stale: run node --import tsx scripts/generate-coverage.ts').toBe(
      fresh,
    );
  });

  it('lists every provision id exactly once, with a status', () => {
    const committed = readFileSync('docs/coverage.md', 'utf8');
    const rows = committed.split('\n').filter((l) => l.startsWith('| `'));
    const ids = [...parseProvisionIds(markdown), ...parseNationalIds(national)];
    expect(rows.map((r) => r.slice(3, r.indexOf('`', 3)))).toEqual(ids);
    for (const r of rows)
      expect(r).toMatch(/^\| `[^`]+` \| (encoded|cited, untested|by reason|not encoded) \|/);
  });

  it('lists the national articles (ND 224/2026 Art. 9–15, ND 43/2011 and ND 42/2022 portal articles)', () => {
    const committed = readFileSync('docs/coverage.md', 'utf8');
    for (const id of [
      'ND-224-2026/9.1.a',
      'ND-224-2026/11.3',
      'ND-224-2026/11.4',
      'ND-224-2026/13.1.a',
      'ND-224-2026/15.1.g',
      'ND-43-2011/11',
      'ND-43-2011/15.2',
      'ND-42-2022/8',
      'ND-287-2026/19.1',
    ])
      expect(committed, id).toContain(`| \`${id}\` |`);
  });

  it('an "encoded" row always names a test, and that test names the id or runs its profile entry', () => {
    const committed = readFileSync('docs/coverage.md', 'utf8');
    for (const r of committed.split('\n').filter((l) => l.includes('| encoded |'))) {
      const tests = r.split(' | ')[4] ?? '';
      expect(tests, r.slice(0, 60)).toMatch(/test\//);
    }
  });

  it('every deadline, quota and operations provision of the seeds is cited by the data (operations rows may still lack an exercising test)', () => {
    const committed = readFileSync('docs/coverage.md', 'utf8');
    const status = (id: string) =>
      committed
        .split('\n')
        .find((l) => l.startsWith(`| \`${id}\``))
        ?.split(' | ')[1];
    for (const id of [
      'VP-32-2023/6.1',
      'VP-32-2023/6.2',
      'VP-32-2023/6.3',
      'VP-32-2023/6.4',
      'VP-32-2023/6.5',
      'VP-32-2023/6.6',
      'VP-32-2023/6.7',
      'TN-40-2012/10.1',
      'TN-40-2012/10.2',
      'TN-40-2012/10.3',
      'TN-40-2012/8.3',
      'TN-40-2012/11.2',
      'VP-32-2023/11.2',
      'HG-1347-2020/13.4',
      'QN-3069-2021/21.6',
      'VP-32-2023/20.3',
      'TN-40-2012/16.2.f',
      'QN-3069-2021/8.1',
      'HG-1347-2020/11.1',
    ]) {
      expect(['encoded', 'cited, untested'], id).toContain(status(id));
    }
  });
});
