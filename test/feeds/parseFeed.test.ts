import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { InventoryItemSchema } from '../../src/compliance/index.js';
import { buildAtomFeed, buildRssFeed, parseFeed } from '../../src/feeds/index.js';

const BOMB = `<?xml version="1.0"?>
<!DOCTYPE lolz [
 <!ENTITY lol "lol">
 <!ENTITY lol2 "&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;&lol;">
 <!ENTITY lol3 "&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;&lol2;">
]>
<rss version="2.0"><channel><title>&lol3;</title></channel></rss>`;

const XXE = `<?xml version="1.0"?><!DOCTYPE foo [<!ENTITY xxe SYSTEM "file:///etc/passwd">]><rss><channel><title>&xxe;</title></channel></rss>`;

describe('parseFeed: hostile input', () => {
  it('rejects the billion-laughs bomb and external entities before parsing', () => {
    for (const xml of [BOMB, XXE, '<!doctype rss><rss/>', '<rss><!ENTITY x "y"></rss>']) {
      const r = parseFeed(xml);
      expect(r.ok).toBe(false);
      expect(r.issues[0]?.code).toBe('feeds.doctype-rejected');
    }
  });
  it('rejects deep nesting linearly (100 000 levels)', () => {
    const r = parseFeed(`${'<a>'.repeat(100_000)}${'</a>'.repeat(100_000)}`);
    expect(r.issues[0]?.code).toBe('feeds.too-deep');
  });
  it('rejects oversized documents by length before anything else', () => {
    expect(parseFeed('<rss/>'.repeat(10), { maxLength: 20 }).issues[0]?.code).toBe('feeds.too-large');
    const huge = `<rss version="2.0"><channel><title>${'x'.repeat(6_000_000)}</title></channel></rss>`;
    expect(parseFeed(huge).issues[0]?.code).toBe('feeds.too-large');
  });
  it('reports malformed XML and non-feeds with codes', () => {
    expect(parseFeed('<rss><channel></rss>').issues[0]?.code).toBe('feeds.xml-malformed');
    expect(parseFeed('<html><body/></html>').issues[0]?.code).toBe('feeds.not-a-feed');
    expect(parseFeed(42 as never).issues[0]?.code).toBe('feeds.not-text');
  });
  it('never expands more than the predefined entities; numeric references stay bounded', () => {
    const r = parseFeed(
      '<rss version="2.0"><channel><title>T</title><item><guid>1</guid><title>&amp;lt; &#x1F600; &unknown; &#0; &#xD800;</title></item></channel></rss>',
    );
    expect(r.ok && r.value.items[0]?.title).toBe('&lt; 😀 &unknown; \uFFFD \uFFFD');
  });
  it('skips entries without an id or title, with a warning, and caps the item count', () => {
    const r = parseFeed(
      `<rss version="2.0"><channel><title>T</title><item><description>no id</description></item>${'<item><guid>g</guid><title>t</title></item>'.repeat(5)}</channel></rss>`,
      { maxItems: 3 },
    );
    expect(r.ok && r.value.items.length).toBe(3);
    expect(r.issues[0]?.code).toBe('feeds.item-skipped');
  });
});

describe('parseFeed: real feeds into inventory items (HG-1347-2020/4.1)', () => {
  it('reads RSS 2.0 with CDATA, RFC 822 dates in any zone, and a supplier', () => {
    const xml = `<?xml version="1.0" encoding="UTF-8"?>
<rss version="2.0" xmlns:dc="http://purl.org/dc/elements/1.1/"><channel>
<title>Tin tức - UBND xã Đạo Trù</title><link>https://daotru.vinhphuc.gov.vn</link>
<item><title><![CDATA[Xã Đạo Trù ra quân <vệ sinh> môi trường]]></title><link>https://daotru.vinhphuc.gov.vn/tin/1</link>
<guid isPermaLink="true">https://daotru.vinhphuc.gov.vn/tin/1</guid><pubDate>Mon, 23 Nov 2026 02:30:00 GMT</pubDate>
<description>Sáng 23/11 &amp; chiều 24/11</description><dc:creator>Ban biên tập</dc:creator></item>
</channel></rss>`;
    const r = parseFeed(xml, { supplier: 'UBND xã Đạo Trù', category: 'news' });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value).toMatchObject({
      format: 'rss',
      title: 'Tin tức - UBND xã Đạo Trù',
      link: 'https://daotru.vinhphuc.gov.vn',
    });
    expect(r.value.items[0]).toEqual({
      id: 'https://daotru.vinhphuc.gov.vn/tin/1',
      category: 'news',
      title: 'Xã Đạo Trù ra quân <vệ sinh> môi trường',
      url: 'https://daotru.vinhphuc.gov.vn/tin/1',
      publishedAt: '2026-11-23T09:30:00+07:00',
      author: 'Ban biên tập',
      supplier: 'UBND xã Đạo Trù',
      fields: { summary: 'Sáng 23/11 & chiều 24/11' },
    });
    expect(InventoryItemSchema.safeParse(r.value.items[0]).success).toBe(true);
  });
  it('reads Atom entries with alternate links', () => {
    const xml = `<feed xmlns="http://www.w3.org/2005/Atom"><title>Sở Tư pháp</title><link rel="self" href="https://sotuphap.vinhphuc.gov.vn/atom"/><link href="https://sotuphap.vinhphuc.gov.vn"/>
<entry><id>urn:x:1</id><title type="text">Phổ biến pháp luật</title><link rel="alternate" href="https://sotuphap.vinhphuc.gov.vn/1"/><published>2026-11-20T08:00:00+07:00</published><updated>2026-11-21T08:00:00Z</updated><summary>Tóm tắt</summary><author><name>Phòng PBGDPL</name></author></entry></feed>`;
    const r = parseFeed(xml, { category: 'policy-propaganda' });
    expect(r.ok && r.value.link).toBe('https://sotuphap.vinhphuc.gov.vn');
    expect(r.ok && r.value.items[0]).toMatchObject({
      id: 'urn:x:1',
      category: 'policy-propaganda',
      url: 'https://sotuphap.vinhphuc.gov.vn/1',
      publishedAt: '2026-11-20T08:00:00+07:00',
      updatedAt: '2026-11-21T15:00:00+07:00',
      author: 'Phòng PBGDPL',
    });
  });
  it('round-trips items through RSS and Atom (fast-check)', () => {
    const text = fc
      .string({ minLength: 1, maxLength: 40 })
      .filter((s) => s.trim().length > 0 && !/[\u0000-\u001f\ud800-\udfff\ufffe\uffff]/.test(s));
    fc.assert(
      fc.property(
        fc.uniqueArray(
          fc.record({
            id: fc.stringMatching(/^[a-z0-9-]{1,20}$/),
            title: text,
            minute: fc.integer({ min: 0, max: 100_000 }),
          }),
          {
            minLength: 1,
            maxLength: 8,
            selector: (x) => x.id,
          },
        ),
        (rows) => {
          const items = rows.map((r) => ({
            id: r.id,
            category: 'news' as const,
            title: r.title.trim(),
            url: `https://x.gov.vn/${r.id}`,
            publishedAt: new Date(Date.UTC(2026, 0, 1) + r.minute * 60_000)
              .toISOString()
              .replace('.000Z', 'Z'),
          }));
          for (const build of [buildRssFeed, buildAtomFeed]) {
            const xml = build(items, { channel: { title: 'T & <c>', link: 'https://x.gov.vn' } });
            const parsed = parseFeed(xml);
            expect(parsed.ok).toBe(true);
            if (!parsed.ok) return;
            const byUrl = new Map(parsed.value.items.map((i) => [i.url, i]));
            for (const it of items) {
              const p = byUrl.get(it.url);
              expect(p?.title).toBe(it.title);
              expect(Date.parse(p?.publishedAt ?? '')).toBe(Date.parse(it.publishedAt));
            }
          }
        },
      ),
      { numRuns: 100 },
    );
  });
});
