import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { parseDocumentNumber } from '../../src/documents/index.js';

// Every number-symbol cited in the five regulations of the seeds (Vietnamese originals) must parse, and the
// real-world spellings found there must come back canonical with a warning.
const dir = 'test/fixtures/seeds';
const texts = readdirSync(dir)
  .filter((f) => f.endsWith('.txt'))
  .map((f) => readFileSync(`${dir}/${f}`, 'utf8'));
const CANDIDATE = /(?<![\p{L}\p{N}/])\d{1,5} ?(?:\/\d{4})?\/[\p{L}][\p{L}\p{N}]*(?:-[\p{L}][\p{L}\p{N}]*)*/gu;
const found = [...new Set(texts.flatMap((t) => t.match(CANDIDATE) ?? []))];

describe('number-symbols in the seeds', () => {
  it('finds the regulations’ own numbers and the decrees they cite', () => {
    expect(found.length).toBeGreaterThan(30);
    for (const n of [
      '43/2011/NĐ-CP',
      '42/2022/NĐ-CP',
      '32/2023/QĐ-UBND',
      '2112/QĐ-UBND',
      '3069/QĐ-UBND',
      '67/2006/QH11',
    ]) {
      expect(found).toContain(n);
    }
  });

  it('parses every one of them', () => {
    for (const n of found) {
      const r = parseDocumentNumber(n);
      expect(r.ok, `${n}: ${r.issues.map((i) => i.code).join(', ')}`).toBe(true);
    }
  });

  it('normalises the spellings the seeds really contain', () => {
    const eth = found.find((n) => n.includes('Ð'));
    expect(eth).toBe('71/2008/QÐ-UBND');
    const r = parseDocumentNumber(eth);
    expect(r.ok && r.value.text).toBe('71/2008/QĐ-UBND');
    expect(r.issues.map((i) => i.code)).toEqual(['docnum.character-replaced']);
    const hg = texts.join('\n').match(/Số: 1347 \/QĐ-UBND/u)?.[0];
    expect(hg).toBe('Số: 1347 /QĐ-UBND');
    const h = parseDocumentNumber(hg);
    expect(h.ok && h.value.text).toBe('1347/QĐ-UBND');
  });

  it('reads the years and types right', () => {
    const tally = new Map<string, number>();
    for (const n of found) {
      const r = parseDocumentNumber(n);
      if (r.ok) tally.set(r.value.form, (tally.get(r.value.form) ?? 0) + 1);
    }
    expect(tally.get('normative')).toBeGreaterThan(20);
    expect(tally.get('administrative')).toBeGreaterThan(5);
    expect(tally.get('national-assembly')).toBeGreaterThanOrEqual(2);
  });
});
