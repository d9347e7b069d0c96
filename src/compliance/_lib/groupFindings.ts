import { CATEGORY_IDS, type CategoryId } from '../../categories/categoryIds.js';
import type { Finding } from '../Finding.js';

/** Findings of one category (or the portal as a whole), grouped by the article they cite. */
export interface FindingGroup {
  readonly category: CategoryId | undefined;
  readonly articles: readonly { readonly article: string; readonly findings: readonly Finding[] }[];
}

/** The article part of a provision id: `VP-32-2023/6.2.a` → `VP-32-2023 Art. 6`. */
export function articleOf(citationId: string | undefined): string {
  if (!citationId) return '—';
  const slash = citationId.indexOf('/');
  if (slash < 0) return citationId;
  const article = citationId.slice(slash + 1).split(/[.#]/)[0] ?? '';
  return `${citationId.slice(0, slash)} Art. ${article}`;
}

/** Groups findings by category (portal-wide first, then the categories' order) and by article. */
export function groupFindings(findings: readonly Finding[]): FindingGroup[] {
  const byCategory = new Map<CategoryId | undefined, Map<string, Finding[]>>();
  for (const f of findings) {
    const c = f.location.category;
    let articles = byCategory.get(c);
    if (!articles) {
      articles = new Map();
      byCategory.set(c, articles);
    }
    const a = articleOf(f.citation?.id);
    const list = articles.get(a);
    if (list) list.push(f);
    else articles.set(a, [f]);
  }
  const order: (CategoryId | undefined)[] = [undefined, ...CATEGORY_IDS];
  const groups: FindingGroup[] = [];
  for (const c of order) {
    const articles = byCategory.get(c);
    if (!articles) continue;
    groups.push({
      category: c,
      articles: [...articles.entries()]
        .sort(([a], [b]) => (a < b ? -1 : a > b ? 1 : 0))
        .map(([article, list]) => ({ article, findings: list })),
    });
  }
  return groups;
}
