import type { CategoryId } from '../categories/categoryIds.js';

/**
 * The channel (feed) a portal publishes: its title, the page it describes, and its own address.
 *
 * @example
 * ```ts
 * import type { FeedChannel } from 'vn-portal-kit/feeds';
 * const c: FeedChannel = { title: 'Tin tức - Cổng TTĐT tỉnh Vĩnh Phúc', link: 'https://vinhphuc.gov.vn/tin-tuc' };
 * c.link //=> 'https://vinhphuc.gov.vn/tin-tuc'
 * ```
 */
export interface FeedChannel {
  readonly title: string;
  /** Absolute URL of the page the feed describes (the category page). */
  readonly link: string;
  readonly description?: string;
  /** Default `'vi'`. */
  readonly language?: 'vi' | 'en';
  /** Absolute URL of the feed itself (`atom:link rel="self"`, Atom `id`). */
  readonly selfUrl?: string;
}

/**
 * An item a feed or sitemap is built from: the inventory's item shape (`vn-portal-kit/compliance`), of
 * which only these fields are read.
 *
 * @example
 * ```ts
 * import type { FeedItem } from 'vn-portal-kit/feeds';
 * const i: FeedItem = { id: 'n-1', category: 'news', title: 'Hội nghị', url: 'https://vinhphuc.gov.vn/n-1', publishedAt: '2026-11-20T09:00:00+07:00' };
 * i.category //=> 'news'
 * ```
 */
export interface FeedItem {
  readonly id: string;
  readonly category: CategoryId;
  readonly title: string;
  readonly url?: string | undefined;
  readonly language?: 'vi' | 'en' | undefined;
  readonly author?: string | undefined;
  readonly publishedAt?: string | undefined;
  readonly updatedAt?: string | undefined;
  /** Security classification in any spelling (see `normaliseClassification`); only unclassified items are listed. */
  readonly classification?: string | undefined;
  /** `fields.summary` (trích yếu, sapo) becomes the feed description. */
  readonly fields?: Readonly<Record<string, unknown>> | undefined;
}

/**
 * Options of the feed builders.
 *
 * @example
 * ```ts
 * import type { BuildFeedOptions } from 'vn-portal-kit/feeds';
 * const o: BuildFeedOptions = { channel: { title: 'Tin tức', link: 'https://x.gov.vn/tin-tuc' }, category: 'news', limit: 20 };
 * o.limit //=> 20
 * ```
 */
export interface BuildFeedOptions {
  readonly channel: FeedChannel;
  /** Only items of this category. Absent: every item. */
  readonly category?: CategoryId;
  /** At most this many items, newest first. Default 50. */
  readonly limit?: number;
}
