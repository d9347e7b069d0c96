import { XMLParser, XMLValidator } from 'fast-xml-parser';

/**
 * A parsed XML sitemap: a `urlset` (page URLs) or a `sitemapindex` (further sitemaps), URLs resolved against
 * the sitemap's own URL; or why it is not a sitemap.
 *
 * @example
 * ```ts
 * import type { ParsedSitemap } from 'vn-portal-kit/site';
 * const s: ParsedSitemap = { ok: true, kind: 'urlset', urls: ['https://x.gov.vn/a'], truncated: false };
 * s.ok && s.urls.length //=> 1
 * ```
 */
export type ParsedSitemap =
  | {
      readonly ok: true;
      readonly kind: 'urlset' | 'sitemapindex';
      readonly urls: readonly string[];
      readonly truncated: boolean;
    }
  | { readonly ok: false; readonly reason: { readonly vi: string; readonly en: string } };

/**
 * Parses an XML sitemap or sitemap index (sitemaps.org 0.9) with the library's safe XML settings: DOCTYPE and
 * ENTITY declarations rejected (no entity expansion, no XXE), entities not processed, nesting capped, the
 * document validated first. At most `maxUrls` URLs are read (default 50,000, the protocol's limit). Pure and
 * browser-safe; never throws.
 *
 * @example
 * ```ts
 * import { parseSitemap } from 'vn-portal-kit/site';
 * const s = parseSitemap('<urlset xmlns="http://www.sitemaps.org/schemas/sitemap/0.9"><url><loc>/gioi-thieu</loc></url></urlset>', 'https://phutho.gov.vn/sitemap.xml');
 * s.ok && s.urls //=> ['https://phutho.gov.vn/gioi-thieu']
 * parseSitemap('<!DOCTYPE x [<!ENTITY a "b">]><urlset/>', 'https://x.gov.vn/s.xml').ok //=> false
 * ```
 */
export function parseSitemap(xml: string, base: string, maxUrls = 50_000): ParsedSitemap {
  const fail = (vi: string, en: string): ParsedSitemap => ({ ok: false, reason: { vi, en } });
  if (typeof xml !== 'string' || xml.trim() === '') return fail('Sơ đồ XML rỗng', 'The XML sitemap is empty');
  if (xml.length > 60_000_000) return fail('Sơ đồ XML quá lớn', 'The XML sitemap is too large');
  if (/<!\s*(doctype|entity)/i.test(xml))
    return fail(
      'Sơ đồ XML có khai báo DOCTYPE/ENTITY (bị từ chối để tránh tấn công mở rộng thực thể)',
      'The XML sitemap declares a DOCTYPE/ENTITY (rejected to prevent entity-expansion attacks)',
    );
  const valid = XMLValidator.validate(xml);
  if (valid !== true)
    return fail(
      `Sơ đồ XML không hợp lệ ở dòng ${valid.err.line}: ${valid.err.msg}`,
      `The XML sitemap is not well-formed at line ${valid.err.line}: ${valid.err.msg}`,
    );
  let doc: Record<string, unknown>;
  try {
    doc = new XMLParser({
      processEntities: false,
      htmlEntities: false,
      ignoreAttributes: true,
      ignoreDeclaration: true,
      ignorePiTags: true,
      parseTagValue: false,
      trimValues: true,
      removeNSPrefix: true,
      maxNestedTags: 8,
      isArray: (name) => name === 'url' || name === 'sitemap',
    }).parse(xml) as Record<string, unknown>;
  } catch (error) {
    return fail(
      `Không đọc được sơ đồ XML: ${String(error).slice(0, 120)}`,
      `Cannot read the XML sitemap: ${String(error).slice(0, 120)}`,
    );
  }
  const urlset = doc.urlset as { url?: unknown[] } | undefined;
  const index = doc.sitemapindex as { sitemap?: unknown[] } | undefined;
  const entries = urlset ? urlset.url : index ? index.sitemap : undefined;
  if (!urlset && !index)
    return fail(
      'Tệp không phải sơ đồ XML (thiếu urlset/sitemapindex)',
      'Not an XML sitemap (no urlset/sitemapindex)',
    );
  const urls: string[] = [];
  let truncated = false;
  for (const e of Array.isArray(entries) ? entries : []) {
    if (urls.length >= maxUrls) {
      truncated = true;
      break;
    }
    const loc = (e as { loc?: unknown })?.loc;
    if (typeof loc !== 'string' || loc.length > 2_000) continue;
    try {
      const u = new URL(loc.replace(/&amp;/g, '&'), base);
      if (u.protocol === 'http:' || u.protocol === 'https:') urls.push(u.href);
    } catch {
      // not a URL: skipped
    }
  }
  return { ok: true, kind: urlset ? 'urlset' : 'sitemapindex', urls, truncated };
}
