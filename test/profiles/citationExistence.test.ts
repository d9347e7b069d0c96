import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { profileCitations } from '../../scripts/generate-coverage.js';
import { NATIONAL_PROVISIONS } from '../../src/profiles/_lib/nationalProvisions.js';
import { profiles } from '../../src/profiles/index.js';
import { existsInSeed, SEEDS } from '../_lib/seedProvisions.js';

/**
 * Every citation id in `src/` names a provision that exists in the vendored text: a provincial id in its seed
 * (`test/fixtures/seeds`, the article, clause and point located in the text), a national id in the catalogue
 * `test/fixtures/docs/national-provisions.md`, whose excerpts are themselves checked verbatim against
 * `test/fixtures/docs/facts/*.md`.
 */
const CATALOGUE = 'test/fixtures/docs/national-provisions.md';
const FACTS = 'test/fixtures/docs/facts';

interface Row {
  readonly id: string;
  readonly file: string;
  readonly level: 'clause' | 'article' | 'document';
  readonly excerpt: string;
}

function catalogue(): Row[] {
  const rows: Row[] = [];
  for (const line of readFileSync(CATALOGUE, 'utf8').split('\n')) {
    const m = /^\| `([^`]+)` \| ([a-z-]+\.md) \| (clause|article|document) \| (.*) \|$/.exec(line);
    if (m)
      rows.push({
        id: m[1]!,
        file: m[2]!,
        level: m[3] as Row['level'],
        excerpt: m[4]!.replace(/\\\|/g, '|'),
      });
  }
  return rows;
}

/**
 * Ids the vendored text does not contain, with the reason they are kept. Each is reported, none is silent.
 */
const NOT_IN_VENDORED_TEXT: Readonly<Record<string, string>> = {
  'BLLD-1994/73.1':
    'holidays before 2013 (Bộ luật Lao động 1994): calendar.md starts from the 2012 Code; the dates are official data',
  'BLLD-1994/73.2': 'compensatory days off before 2013 (Bộ luật Lao động 1994): as above',
};

/** The id-shaped string literals of a source file (regulation ids and provision ids). */
const ID_LITERAL =
  /['"`]((?:ND|TT|TTLT|LTCTT|BLDS|BLLD|NQ|QD|NT|RFC|BK|BTP|VP|TN|QN|HG|NX)-[A-Z0-9]+(?:-[A-Z0-9]+)*(?:\/[0-9][0-9A-Za-zđ.#-]*)?)['"`]/g;

function sourceFiles(dir: string, out: string[] = []): string[] {
  for (const name of readdirSync(dir)) {
    const p = join(dir, name);
    if (statSync(p).isDirectory()) sourceFiles(p, out);
    else if (p.endsWith('.ts')) out.push(p);
  }
  return out;
}

function citedInSrc(): Map<string, string> {
  const ids = new Map<string, string>();
  for (const file of sourceFiles('src')) {
    // Code and data only: comment lines (TSDoc prose and examples) illustrate ids, they do not cite them.
    const text = readFileSync(file, 'utf8')
      .split('\n')
      .filter((l) => !/^\s*(\*|\/\*\*|\/\/)/.test(l))
      .join('\n');
    for (const m of text.matchAll(ID_LITERAL)) if (!ids.has(m[1]!)) ids.set(m[1]!, file);
  }
  for (const [id, where] of profileCitations(profiles)) if (!ids.has(id)) ids.set(id, where[0] ?? 'profiles');
  return ids;
}

const flat = (s: string): string => s.replace(/\s+/g, ' ');

/** The article reference an excerpt must carry: "Art. 9.1" (clause), "Art. 9" or a range "Art. 144–148". */
function namesArticle(row: Row): boolean {
  const ref = row.id.split('/')[1];
  if (ref === undefined) return true;
  const parts = ref.split('.');
  const sign = row.id.startsWith('RFC-') ? '§' : 'Art. ';
  if (row.level === 'clause') {
    const clause = parts.slice(0, 2).join('.');
    return new RegExp(`(?<![0-9.])${clause.replace(/\./g, '\\.')}(?![0-9])`).test(row.excerpt);
  }
  const art = Number(parts[0]);
  if (new RegExp(`${sign.replace('.', '\\.')}${parts[0]}(?![0-9])`).test(row.excerpt)) return true;
  for (const m of row.excerpt.matchAll(/Art\. (\d+)[–-](\d+)/g))
    if (Number(m[1]) <= art && art <= Number(m[2])) return true;
  return false;
}

describe('citation existence: every citation id in src/ names a provision of the vendored text', () => {
  const rows = catalogue();
  const byId = new Map(rows.map((r) => [r.id, r]));
  const facts = new Map(readdirSync(FACTS).map((f) => [f, flat(readFileSync(join(FACTS, f), 'utf8'))]));

  it('the national catalogue quotes its facts file verbatim, and each excerpt names its article', () => {
    expect(rows.length).toBeGreaterThan(120);
    const bad = rows.filter((r) => !facts.get(r.file)?.includes(flat(r.excerpt)) || !namesArticle(r));
    expect(bad.map((r) => r.id)).toEqual([]);
  });

  const cited = citedInSrc();

  it('finds the citations of code and data (literals and every profile field)', () => {
    expect(cited.size).toBeGreaterThan(300);
    expect(cited.has('ND-287-2026/19.1')).toBe(true);
    expect(cited.has('VP-32-2023/5.13.đ')).toBe(true);
  });

  it('provincial ids exist in their seed (article, clause and point located in the text)', () => {
    const missing = [...cited]
      .filter(([id]) => SEEDS[id.split('/')[0]!] !== undefined && id.includes('/'))
      .filter(([id]) => !existsInSeed(id))
      .map(([id, where]) => `${id} (${where})`);
    expect(missing).toEqual([]);
  });

  it('national ids are in the vendored catalogue (or listed, with a reason, as not in the vendored text)', () => {
    const missing = [...cited]
      .filter(([id]) => SEEDS[id.split('/')[0]!] === undefined)
      .filter(([id]) => !byId.has(id) && NOT_IN_VENDORED_TEXT[id] === undefined)
      .map(([id, where]) => `${id} (${where})`);
    expect(missing).toEqual([]);
    for (const id of Object.keys(NATIONAL_PROVISIONS)) expect(byId.has(id), id).toBe(true);
  });

  it('rejects what does not exist (the checks are not vacuous)', () => {
    expect(existsInSeed('VP-32-2023/5.13.đ')).toBe(true); // "d) … đ)" on one line
    expect(existsInSeed('VP-32-2023/5.13.g')).toBe(false);
    expect(existsInSeed('VP-32-2023/9.1.e')).toBe(false);
    expect(existsInSeed('QN-3069-2021/22.4')).toBe(true);
    expect(existsInSeed('QN-3069-2021/22.9')).toBe(false);
    expect(byId.has('ND-224-2026/11.9')).toBe(false);
    expect(
      namesArticle({
        id: 'ND-224-2026/11.4',
        file: 'decrees.md',
        level: 'clause',
        excerpt: 'Art. 11.5 metadata',
      }),
    ).toBe(false);
  });
});
