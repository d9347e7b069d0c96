import { XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  buildAtomFeed,
  buildInformationCatalogueJson,
  buildInformationCatalogueXml,
  buildRssFeed,
  buildSitemap,
} from '../../src/feeds/index.js';
import { exampleInventory } from '../compliance/_fixtures.js';

const items = exampleInventory().items;
const channel = {
  title: 'Tin tức - Cổng TTĐT tỉnh Vĩnh Phúc',
  link: 'https://vinhphuc.gov.vn/tin-tuc',
  selfUrl: 'https://vinhphuc.gov.vn/rss/tin-tuc',
};

describe('feed builders', () => {
  it('RSS of a category: published, unclassified items only, newest first, valid XML', () => {
    const xml = buildRssFeed(items, { channel, category: 'news' });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).not.toContain('tin-an-ninh-noi-bo');
    const order = [...xml.matchAll(/<guid isPermaLink="false">([^<]+)<\/guid>/g)].map((m) => m[1]);
    expect(order).toEqual(['tin-tong-ket-nong-nghiep', 'tin-hoi-nghi-cds', 'tin-le-hoi-tay-thien']);
    expect(xml).toContain('<pubDate>Thu, 12 Nov 2026 16:00:00 +0700</pubDate>');
    expect(xml).toContain(
      '<atom:link href="https://vinhphuc.gov.vn/rss/tin-tuc" rel="self" type="application/rss+xml"/>',
    );
    expect(buildRssFeed(items, { channel, category: 'news', limit: 1 }).match(/<item>/g)).toHaveLength(1);
  });
  it('Atom of a category', () => {
    const xml = buildAtomFeed(items, { channel, category: 'legal-documents' });
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<id>https://vinhphuc.gov.vn/qd-41-2026</id>');
    expect(xml).not.toContain('qd-2345-2026');
    expect(xml).toContain('<published>2026-10-16T10:00:00+07:00</published>');
  });
  it('escapes and strips what XML cannot carry', () => {
    const xml = buildRssFeed(
      [{ id: 'x', category: 'news', title: 'a <b> & "c" \u0001 \ud800', publishedAt: '2026-11-01' }],
      { channel },
    );
    expect(XMLValidator.validate(xml)).toBe(true);
    expect(xml).toContain('<title>a &lt;b&gt; &amp; &quot;c&quot; \uFFFD \uFFFD</title>');
  });
  it('rejects a negative limit (programmer error)', () => {
    expect(() => buildRssFeed(items, { channel, limit: -1 })).toThrow(RangeError);
  });
});

describe('sitemap.xml', () => {
  it('lists published, unclassified items with a URL and their last change', () => {
    const r = buildSitemap(items);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(XMLValidator.validate(r.value)).toBe(true);
    expect(r.value).toContain(
      '<url><loc>https://vinhphuc.gov.vn/qd-41-2026</loc><lastmod>2026-10-16</lastmod></url>',
    );
    expect(r.value).not.toContain('tin-an-ninh-noi-bo');
    expect(r.value).not.toContain('qd-2345-2026');
  });
  it('warns on relative URLs and refuses more than 50 000', () => {
    const r = buildSitemap([
      { loc: '/relative' },
      { loc: 'https://x.gov.vn/', changefreq: 'daily', priority: 0.8 },
    ]);
    expect(r.ok && r.issues[0]?.code).toBe('feeds.sitemap-url-invalid');
    expect(r.ok && r.value).toContain('<changefreq>daily</changefreq><priority>0.8</priority>');
    const many = Array.from({ length: 50_001 }, (_, i) => ({ loc: `https://x.gov.vn/${i}` }));
    expect(buildSitemap(many).issues[0]?.code).toBe('feeds.sitemap-too-large');
  });
});

describe('public-information catalogue (LTCTT-2016/19.g)', () => {
  const entry = items.find((i: { category: string }) => i.category === 'information-catalogue');
  const catalogue = {
    agency: 'UBND tỉnh Vĩnh Phúc',
    updatedOn: '2026-11-01',
    entries: [{ ...entry.fields, title: entry.title }],
  };
  it('XML with location, form, time and duration', () => {
    const r = buildInformationCatalogueXml(catalogue);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(XMLValidator.validate(r.value)).toBe(true);
    for (const tag of ['location', 'form', 'time', 'duration']) expect(r.value).toContain(`<${tag}>`);
    expect(r.value).toContain('<form>gazette</form>');
  });
  it('JSON, and coded issues for an invalid entry', () => {
    const r = buildInformationCatalogueJson(catalogue);
    expect(r.ok && JSON.parse(r.value).entries[0].duration).toBe('Thường xuyên');
    const bad = buildInformationCatalogueJson({
      agency: '',
      updatedOn: '2026-13-01',
      entries: [{ title: 'x' }],
    });
    expect(bad.ok).toBe(false);
    expect(bad.issues.map((i) => i.path[0])).toEqual(
      expect.arrayContaining(['agency', 'updatedOn', 'entries']),
    );
    expect(bad.issues[0]?.citation?.id).toBe('LTCTT-2016/19');
  });
});
