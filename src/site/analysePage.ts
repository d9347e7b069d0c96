import type { Finding } from '../compliance/index.js';
import { textOf } from './_lib/dom.js';
import {
  checkCategories,
  checkExternalLinks,
  checkFooter,
  checkHeader,
  checkMenu,
  checkQa,
  checkSearch,
  checkZones,
  hasEmc,
} from './_lib/homeChecks.js';
import { classifyPage, inferItem, readLabelledValues } from './_lib/inferItem.js';
import {
  checkArticle,
  checkCharset,
  checkImages,
  checkLang,
  checkMetadata,
  checkText,
} from './_lib/pageChecks.js';
import { readPage } from './_lib/readPage.js';
import { findRegions } from './_lib/regions.js';
import type { PageFacts } from './PageFacts.js';
import type { PageDocument } from './PageNode.js';
import { parsePage } from './parsePage.js';
import type { SiteContext } from './SiteContext.js';

/**
 * One page to analyse: its URL, its HTML (as served, or as rendered by a browser) or an already parsed tree,
 * its response headers (lower-case names), and whether it is the portal's homepage.
 *
 * @example
 * ```ts
 * import type { PageInput } from 'vn-portal-kit/site';
 * const p: PageInput = { url: 'https://phutho.gov.vn/', html: '<html lang="vi"></html>', home: true };
 * p.home //=> true
 * ```
 */
export interface PageInput {
  readonly url: string;
  readonly html?: string;
  readonly document?: PageDocument;
  readonly headers?: Readonly<Record<string, string>>;
  /** The portal's homepage: the layout, menu, footer, functions and categories are checked on it. */
  readonly home?: boolean;
}

/**
 * The result of {@link analysePage}: the page's findings (`site.*` rules) and the facts the portal-level
 * checks need. Holds no reference to the page's tree.
 *
 * @example
 * ```ts
 * import { analysePage, createSiteContext } from 'vn-portal-kit/site';
 * const context = createSiteContext({ url: 'https://phutho.gov.vn/', profile: 'nd224-2026', asOf: '2026-12-07' });
 * analysePage({ url: 'https://phutho.gov.vn/a', html: '<html><body>x</body></html>' }, context).findings.some((f) => f.ruleId === 'site.text.lang') //=> true
 * ```
 */
export interface PageAnalysis {
  readonly findings: readonly Finding[];
  readonly facts: PageFacts;
}

/**
 * Checks one page against the portal rules that can be judged from its HTML: on every page TCVN 6909 text,
 * declared UTF-8, `lang`, metadata, text alternatives of images, and on article pages print/save and the
 * publication date; on the homepage also the zones, header, main menu, footer, search, links, Q&A and the
 * mandatory categories. Pure and browser-safe (no `node:` import): a crawler, a browser or a worker calls it.
 * Never throws on any page content.
 *
 * @example
 * ```ts
 * import { analysePage, createSiteContext } from 'vn-portal-kit/site';
 * const context = createSiteContext({ url: 'https://phutho.gov.vn/', profile: 'nd224-2026', asOf: '2026-12-07' });
 * const html = '<html lang="vi"><head><meta charset="utf-8"><title>Tin</title></head><body><article><h1>Tin</h1><p>Ngày đăng: 05/12/2026 08:30</p></article></body></html>';
 * const { facts, findings } = analysePage({ url: 'https://phutho.gov.vn/tin-tuc/a', html }, context);
 * [facts.kind, facts.item?.publishedAt] //=> ['article', '2026-12-05T08:30:00+07:00']
 * findings.some((f) => f.ruleId === 'site.functions.print') //=> true
 * ```
 */
export function analysePage(input: PageInput, context: SiteContext): PageAnalysis {
  const url = new URL(input.url);
  const doc = input.document ?? parsePage(typeof input.html === 'string' ? input.html : '');
  const root = doc.root;
  const regions = findRegions(root);
  const reading = readPage(root, url, regions);
  const values = readLabelledValues(root);
  const home = input.home === true;
  const kind = classifyPage(url, reading, values, home);
  const { item, published } = inferItem(url, kind, reading, values, root, context);
  const href = url.href;
  const bodyText = reading.body ? textOf(reading.body, 300_000) : '';

  const findings: Finding[] = [
    ...checkCharset(href, reading, input.headers?.['content-type']),
    ...checkLang(url, reading),
    ...checkText(href, `${reading.title}\n${bodyText}`),
    ...checkMetadata(href, reading),
    ...checkImages(href, reading),
    ...checkArticle(href, kind, reading, published !== undefined),
  ];
  if (home) {
    findings.push(
      ...checkZones(href, regions),
      ...checkHeader(href, regions, context),
      ...checkMenu(href, reading.links, context),
      ...checkFooter(href, regions),
      ...checkSearch(href, reading, root),
      ...checkExternalLinks(href, reading.links, root, context),
      ...checkQa(href, reading.links),
      ...checkCategories(href, reading.links, context),
    );
  }
  return {
    findings,
    facts: {
      url: href,
      kind,
      title: reading.title,
      lang: reading.lang,
      links: reading.links,
      feeds: reading.feeds,
      printable: reading.printControls > 0,
      emc: hasEmc(reading),
      ...(item ? { item } : {}),
    },
  };
}
