import {
  createIssue,
  err,
  type Issue,
  isPublishableClassification,
  localized,
  ok,
  type Result,
  toCivilDate,
} from '../core/index.js';
import { escapeXml as e } from './_lib/xml.js';
import type { FeedItem } from './FeedChannel.js';

/**
 * One URL of a sitemap (sitemaps.org protocol).
 *
 * @example
 * ```ts
 * import type { SitemapEntry } from 'vn-portal-kit/feeds';
 * const s: SitemapEntry = { loc: 'https://vinhphuc.gov.vn/gioi-thieu', changefreq: 'monthly' };
 * s.loc //=> 'https://vinhphuc.gov.vn/gioi-thieu'
 * ```
 */
export interface SitemapEntry {
  readonly loc: string;
  /** Civil date or date-time of the last change. */
  readonly lastmod?: string;
  readonly changefreq?: 'always' | 'hourly' | 'daily' | 'weekly' | 'monthly' | 'yearly' | 'never';
  /** 0.0–1.0. */
  readonly priority?: number;
}

/**
 * The sitemaps.org limit of URLs per sitemap file.
 *
 * @example
 * ```ts
 * import { SITEMAP_MAX_URLS } from 'vn-portal-kit/feeds';
 * SITEMAP_MAX_URLS //=> 50000
 * ```
 */
export const SITEMAP_MAX_URLS = 50_000;

const isAbsoluteHttp = (s: string): boolean => /^https?:\/\/[^\s/?#]+[^\s]*$/i.test(s) && s.length <= 2048;

/**
 * Builds `sitemap.xml` for search engines (TT 32/2017 Art. 16.4.b) from explicit entries or from published,
 * unclassified inventory items that have a `url`. URLs that are not absolute http(s) are skipped with a
 * warning; more than 50,000 URLs (the protocol's limit) is an error.
 *
 * @example
 * ```ts
 * import { buildSitemap } from 'vn-portal-kit/feeds';
 * const r = buildSitemap([{ loc: 'https://vinhphuc.gov.vn/?a=1&b=2', lastmod: '2026-11-20' }]);
 * r.ok && r.value.includes('<loc>https://vinhphuc.gov.vn/?a=1&amp;b=2</loc>') //=> true
 * ```
 */
export function buildSitemap(entries: Iterable<SitemapEntry | FeedItem>): Result<string> {
  const issues: Issue[] = [];
  const lines = [
    '<?xml version="1.0" encoding="UTF-8"?>',
    '<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9">',
  ];
  let count = 0;
  let index = -1;
  for (const entry of entries) {
    index++;
    let loc: string | undefined;
    let lastmod: string | undefined;
    let extra = '';
    if ('loc' in entry) {
      loc = entry.loc;
      lastmod = entry.lastmod;
      if (entry.changefreq) extra += `<changefreq>${entry.changefreq}</changefreq>`;
      if (entry.priority !== undefined && entry.priority >= 0 && entry.priority <= 1) {
        extra += `<priority>${entry.priority.toFixed(1)}</priority>`;
      }
    } else {
      if (entry.publishedAt === undefined || !isPublishableClassification(entry.classification)) continue;
      loc = entry.url;
      lastmod = entry.updatedAt ?? entry.publishedAt;
      if (loc === undefined) continue;
    }
    if (typeof loc !== 'string' || !isAbsoluteHttp(loc)) {
      issues.push(
        createIssue(
          'feeds.sitemap-url-invalid',
          localized(
            'Địa chỉ không phải URL http(s) tuyệt đối, đã bỏ qua',
            'Not an absolute http(s) URL; skipped',
          ),
          {
            severity: 'warning',
            path: [index, 'loc'],
            details: { loc: String(loc).slice(0, 100) },
          },
        ),
      );
      continue;
    }
    if (++count > SITEMAP_MAX_URLS) {
      return err([
        createIssue(
          'feeds.sitemap-too-large',
          localized(
            `Sơ đồ vượt quá ${SITEMAP_MAX_URLS} địa chỉ: chia thành nhiều tệp và một sitemap index`,
            `More than ${SITEMAP_MAX_URLS} URLs: split into several files and a sitemap index`,
          ),
          { path: [index] },
        ),
      ]);
    }
    const day = lastmod === undefined ? undefined : toCivilDate(lastmod);
    lines.push(`<url><loc>${e(loc)}</loc>${day?.ok ? `<lastmod>${day.value}</lastmod>` : ''}${extra}</url>`);
  }
  lines.push('</urlset>', '');
  return ok(lines.join('\n'), issues);
}
