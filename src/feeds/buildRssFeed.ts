import { CATEGORY_NAMES } from '../categories/categoryIds.js';
import { toRfc822 } from './_lib/dates.js';
import { selectFeedItems, summaryOf } from './_lib/select.js';
import { escapeXml as e } from './_lib/xml.js';
import type { BuildFeedOptions, FeedItem } from './FeedChannel.js';

/**
 * Builds an RSS 2.0 feed of a category: published, unclassified items only, newest first, dates in RFC 822
 * at +0700, every text XML-escaped. Sub-portals publish these so the province portal can integrate them
 * (HG-1347-2020/4.1).
 *
 * @example
 * ```ts
 * import { buildRssFeed } from 'vn-portal-kit/feeds';
 * const xml = buildRssFeed(
 *   [{ id: 'n-1', category: 'news', title: 'Hội nghị <chuyển đổi số>', url: 'https://vinhphuc.gov.vn/n-1', publishedAt: '2026-11-20T09:00:00+07:00' }],
 *   { channel: { title: 'Tin tức', link: 'https://vinhphuc.gov.vn/tin-tuc' }, category: 'news' },
 * );
 * xml.includes('<title>Hội nghị &lt;chuyển đổi số&gt;</title>') //=> true
 * xml.includes('<pubDate>Fri, 20 Nov 2026 09:00:00 +0700</pubDate>') //=> true
 * ```
 */
export function buildRssFeed(items: Iterable<FeedItem>, options: BuildFeedOptions): string {
  const { channel } = options;
  const selected = selectFeedItems(items, options);
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<rss version="2.0" xmlns:atom="http://www.w3.org/2005/Atom">',
    '<channel>',
    `<title>${e(channel.title)}</title>`,
    `<link>${e(channel.link)}</link>`,
    `<description>${e(channel.description ?? channel.title)}</description>`,
    `<language>${channel.language ?? 'vi'}</language>`,
  ];
  if (channel.selfUrl)
    lines.push(`<atom:link href="${e(channel.selfUrl)}" rel="self" type="application/rss+xml"/>`);
  if (selected[0]) lines.push(`<lastBuildDate>${toRfc822(selected[0].updated)}</lastBuildDate>`);
  for (const { item, published } of selected) {
    const summary = summaryOf(item);
    const lang = channel.language ?? 'vi';
    lines.push(
      '<item>',
      `<title>${e(item.title)}</title>`,
      ...(item.url ? [`<link>${e(item.url)}</link>`] : []),
      `<guid isPermaLink="false">${e(item.id)}</guid>`,
      `<pubDate>${toRfc822(published)}</pubDate>`,
      `<category>${e(CATEGORY_NAMES[item.category][lang])}</category>`,
      ...(summary ? [`<description>${e(summary)}</description>`] : []),
      '</item>',
    );
  }
  lines.push('</channel>', '</rss>', '');
  return lines.join('\n');
}
