import { isPublishableClassification, toInstant } from '../../core/index.js';
import type { BuildFeedOptions, FeedItem } from '../FeedChannel.js';

/** The published, unclassified items of the wanted category, newest first, with their instants. */
export function selectFeedItems(
  items: Iterable<FeedItem>,
  options: BuildFeedOptions,
): { item: FeedItem; published: Date; updated: Date }[] {
  const limit = options.limit ?? 50;
  if (!Number.isInteger(limit) || limit < 0) throw new RangeError('feeds: limit must be an integer ≥ 0');
  const out: { item: FeedItem; published: Date; updated: Date }[] = [];
  for (const item of items) {
    if (options.category !== undefined && item.category !== options.category) continue;
    if (item.publishedAt === undefined) continue;
    // Any spelling of Mật and above, and any mark not recognised, stays out of a public feed.
    if (!isPublishableClassification(item.classification)) continue;
    const p = toInstant(item.publishedAt);
    if (!p.ok) continue;
    const u = item.updatedAt === undefined ? p : toInstant(item.updatedAt);
    out.push({ item, published: p.value, updated: u.ok ? u.value : p.value });
  }
  out.sort((a, b) => b.published.getTime() - a.published.getTime() || (a.item.id < b.item.id ? -1 : 1));
  return out.slice(0, limit);
}

/** The summary of an item, from `fields.summary`. */
export function summaryOf(item: FeedItem): string | undefined {
  const s = item.fields?.summary;
  return typeof s === 'string' ? s : undefined;
}
