import type { InventoryInput } from '../compliance/index.js';

/**
 * A link found on a page: absolute URL (no fragment), its text, where it sits, and a selector.
 *
 * @example
 * ```ts
 * import type { PageLink } from 'vn-portal-kit/site';
 * const l: PageLink = { url: 'https://phutho.gov.vn/gioi-thieu', text: 'Giới thiệu', selector: 'nav > a:nth-of-type(2)', region: 'nav' };
 * l.region //=> 'nav'
 * ```
 */
export interface PageLink {
  readonly url: string;
  readonly text: string;
  readonly selector: string;
  readonly region: 'header' | 'nav' | 'footer' | 'body';
}

/**
 * What kind of page the analysers took a page for.
 *
 * @example
 * ```ts
 * import type { PageKind } from 'vn-portal-kit/site';
 * const k: PageKind = 'legal-document';
 * k //=> 'legal-document'
 * ```
 */
export type PageKind = 'home' | 'article' | 'legal-document' | 'sitemap' | 'page';

/**
 * An inventory item inferred from a page (the inventory format of `vn-portal-kit/compliance`).
 *
 * @example
 * ```ts
 * import type { InferredItem } from 'vn-portal-kit/site';
 * const i: InferredItem = { id: '/tin-tuc/a', category: 'news', title: 'Tin', url: 'https://x.gov.vn/tin-tuc/a' };
 * i.category //=> 'news'
 * ```
 */
export type InferredItem = NonNullable<InventoryInput['items']>[number];

/**
 * The facts of one page that the portal-level checks need (links, feeds, kind, the inferred item): small,
 * kept after the page itself is dropped.
 *
 * @example
 * ```ts
 * import { analysePage, createSiteContext } from 'vn-portal-kit/site';
 * const context = createSiteContext({ url: 'https://phutho.gov.vn/', profile: 'nd224-2026', asOf: '2026-12-07' });
 * const { facts } = analysePage({ url: 'https://phutho.gov.vn/a', html: '<a href="/b">B</a>' }, context);
 * facts.links[0]?.url //=> 'https://phutho.gov.vn/b'
 * ```
 */
export interface PageFacts {
  readonly url: string;
  readonly kind: PageKind;
  readonly title: string;
  readonly lang: string | undefined;
  readonly links: readonly PageLink[];
  /** RSS/Atom feeds announced by `<link rel="alternate">`. */
  readonly feeds: readonly string[];
  /** Whether the page offers print/save (article pages). */
  readonly printable: boolean;
  /** Whether the page carries the EMC monitoring code or label. */
  readonly emc: boolean;
  /** The item inferred from an article or legal-document page. */
  readonly item?: InferredItem;
}
