import { CATEGORY_NAMES } from '../categories/categoryIds.js';
import { formatVnDateTime } from '../core/index.js';
import { selectFeedItems, summaryOf } from './_lib/select.js';
import { escapeXml as e } from './_lib/xml.js';
import type { BuildFeedOptions, FeedItem } from './FeedChannel.js';

/**
 * Builds an Atom (RFC 4287) feed of a category: published, unclassified items, newest first, dates in
 * ISO 8601 at +07:00, every text XML-escaped.
 *
 * @example
 * ```ts
 * import { buildAtomFeed } from 'vn-portal-kit/feeds';
 * const xml = buildAtomFeed(
 *   [{ id: 'n-1', category: 'news', title: 'Hội nghị', url: 'https://vinhphuc.gov.vn/n-1', publishedAt: '2026-11-20T09:00:00+07:00' }],
 *   { channel: { title: 'Tin tức', link: 'https://vinhphuc.gov.vn/tin-tuc' } },
 * );
 * xml.includes('<published>2026-11-20T09:00:00+07:00</published>') //=> true
 * ```
 */
export function buildAtomFeed(items: Iterable<FeedItem>, options: BuildFeedOptions): string {
  const { channel } = options;
  const selected = selectFeedItems(items, options);
  const lang = channel.language ?? 'vi';
  const updated = selected[0] ? formatVnDateTime(selected[0].updated) : '1970-01-01T07:00:00+07:00';
  const lines: string[] = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    `<feed xmlns="http://www.w3.org/2005/Atom" xml:lang="${lang}">`,
    `<title>${e(channel.title)}</title>`,
    ...(channel.description ? [`<subtitle>${e(channel.description)}</subtitle>`] : []),
    `<id>${e(channel.selfUrl ?? channel.link)}</id>`,
    `<link href="${e(channel.link)}"/>`,
    ...(channel.selfUrl ? [`<link rel="self" href="${e(channel.selfUrl)}"/>`] : []),
    `<updated>${updated}</updated>`,
  ];
  for (const { item, published, updated: u } of selected) {
    const summary = summaryOf(item);
    lines.push(
      '<entry>',
      `<title>${e(item.title)}</title>`,
      `<id>${e(item.url ?? `urn:vn-portal-kit:${item.id}`)}</id>`,
      ...(item.url ? [`<link href="${e(item.url)}"/>`] : []),
      `<published>${formatVnDateTime(published)}</published>`,
      `<updated>${formatVnDateTime(u)}</updated>`,
      ...(item.author ? [`<author><name>${e(item.author)}</name></author>`] : []),
      `<category term="${e(item.category)}" label="${e(CATEGORY_NAMES[item.category][lang])}"/>`,
      ...(summary ? [`<summary>${e(summary)}</summary>`] : []),
      '</entry>',
    );
  }
  lines.push('</feed>', '');
  return lines.join('\n');
}
