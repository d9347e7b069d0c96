/**
 * Feeds of a government portal: RSS 2.0 and Atom feeds of a category, `sitemap.xml`, the public-information
 * catalogue (LTCTT-2016/19.g: location, form, time and duration of disclosure) as XML and JSON, and a safe
 * parser of sub-portals' RSS/Atom feeds into inventory items, so the province portal can integrate and audit
 * them (HG-1347-2020/4.1).
 *
 * @packageDocumentation
 * @module feeds
 */
export { buildAtomFeed } from './buildAtomFeed.js';
export {
  buildInformationCatalogueJson,
  buildInformationCatalogueXml,
  type InformationCatalogueInput,
} from './buildInformationCatalogue.js';
export { buildRssFeed } from './buildRssFeed.js';
export { buildSitemap, SITEMAP_MAX_URLS, type SitemapEntry } from './buildSitemap.js';
export type { BuildFeedOptions, FeedChannel, FeedItem } from './FeedChannel.js';
export { type ParsedFeed, type ParsedFeedItem, type ParseFeedOptions, parseFeed } from './parseFeed.js';
