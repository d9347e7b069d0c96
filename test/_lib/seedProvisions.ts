import { readFileSync } from 'node:fs';

// The seed regulations vendored in test/fixtures/seeds, by regulation id.
export const SEEDS: Readonly<Record<string, string>> = {
  'HG-1347-2020': 'hau-giang-1347-QD-UBND-2020.txt',
  'QN-3069-2021': 'quang-nam-3069-QD-UBND-2021.txt',
  'VP-32-2023': 'vinh-phuc-32-2023-QD-UBND.txt',
  'NX-2112-2022': 'nhu-xuan-2112-QD-UBND-2022.txt',
  'TN-40-2012': 'thai-nguyen-40-2012-QD-UBND.txt',
};
/** Articles whose headings the Vĩnh Phúc extraction lost (provisions.md): known to exist. */
const LOST_HEADINGS: Readonly<Record<string, readonly string[]>> = { 'VP-32-2023': ['1', '2', '14'] };

/**
 * A structural check of an id against the seed text: the article heading ("Điều N.") exists, and the clause
 * ("N.") and point ("x)") start a line inside that article. Used for ids the catalogue does not list.
 */
export function existsInSeed(id: string): boolean {
  const [reg, ref] = id.split('/');
  const file = SEEDS[reg ?? ''];
  if (file === undefined || ref === undefined) return false;
  const lines = readFileSync(`test/fixtures/seeds/${file}`, 'utf8')
    .split('\n')
    .map((l) => l.replace(/[*#\s]+/g, ' ').trim());
  const [article, clause, point] = (ref.split('#')[0] ?? '').split('.');
  // The decision's own articles ("Điều 1. Ban hành kèm theo…") come before the regulation's: any article with
  // that number may hold the provision.
  const starts = lines.flatMap((l, i) =>
    l.startsWith(`Điều ${article}.`) || l === `Điều ${article}` ? [i] : [],
  );
  if (starts.length === 0) {
    if (!(LOST_HEADINGS[reg ?? ''] ?? []).includes(article ?? '')) return false;
    if (clause === undefined) return true;
    // A lost heading: its clauses follow the previous article's in the text, numbered from 1 again.
    const prev = lines.findIndex((l) => l.startsWith(`Điều ${Number(article) - 1}.`));
    const next = lines.findIndex((l) => l.startsWith(`Điều ${Number(article) + 1}.`));
    if (prev === -1 || next === -1) return false;
    const span = lines.slice(prev + 1, next);
    const restart = span.findIndex(
      (l, i) => i > 0 && l.startsWith('1.') && span.slice(0, i).some((x) => x.startsWith('1.')),
    );
    return restart !== -1 && inArticle(span, restart - 1, clause, point);
  }
  return starts.some((start) => inArticle(lines, start, clause, point));
}

function inArticle(lines: readonly string[], start: number, clause?: string, point?: string): boolean {
  const isHeading = (l: string): boolean => /^Điều \d+\b/.test(l);
  let end = lines.findIndex((l, i) => i > start && isHeading(l));
  if (end === -1) end = lines.length;
  let body = lines.slice(start + 1, end);
  if (clause !== undefined && /^\d+$/.test(clause)) {
    const c = body.findIndex((l) => l.startsWith(`${clause}.`));
    if (c === -1) return false;
    // the clause runs to the next numbered clause of the article
    let e = body.findIndex((l, i) => i > c && /^\d+\./.test(l));
    if (e === -1) e = body.length;
    body = body.slice(c, e);
  }
  const letter = point ?? (clause !== undefined && !/^\d+$/.test(clause) ? clause : undefined);
  if (letter !== undefined) {
    const l0 = letter.replace(/\d$/, '');
    // a point starts a line, or follows the end of the previous point on the same line ("… nhiễm. đ) Nội dung")
    const at = (l: string): boolean =>
      l.startsWith(`${l0})`) || l.includes(`. ${l0}) `) || l.includes(`; ${l0}) `);
    if (!body.some(at)) return false;
  }
  return true;
}
