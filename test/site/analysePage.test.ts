import { describe, expect, it } from 'vitest';
import {
  analysePage,
  createSiteContext,
  defineSiteRule,
  parsePage,
  SITE_RULES,
  siteFinding,
} from '../../src/site/index.js';

const context = createSiteContext({
  url: 'https://phutho.gov.vn/',
  profile: 'nd224-2026',
  asOf: '2026-12-07',
  agencyName: 'Ủy ban nhân dân tỉnh Phú Thọ',
});
const rules = (html: string, url = 'https://phutho.gov.vn/', home = true) =>
  analysePage(
    { url, html, headers: { 'content-type': 'text/html; charset=utf-8' }, home },
    context,
  ).findings.map((f) => f.ruleId);

const HEAD =
  '<head><meta charset="utf-8"><title>Cổng</title><meta name="description" content="d"><meta property="og:title" content="t"><meta property="og:description" content="d"></head>';

describe('analysePage: the homepage menu and its spelling variants', () => {
  const menu = (items: string) =>
    `<html lang="vi">${HEAD}<body><header><img src="/logo.png" alt="Biểu trưng"><h1>Ủy ban nhân dân tỉnh Phú Thọ</h1></header><nav>${items}</nav><footer></footer></body></html>`;
  const menuFindings = (items: string) =>
    analysePage({ url: 'https://phutho.gov.vn/', html: menu(items), home: true }, context).findings.filter(
      (f) => f.ruleId === 'site.layout.menu',
    );

  it('accepts the usual variants: "Sơ đồ trang", "Dịch vụ công", an icon-only home link, decomposed text', () => {
    const found = menuFindings(
      '<a href="/" title="Trang chủ"><i class="icon-home"></i></a><a href="/gioi-thieu">GIỚI THIỆU</a><a href="https://dichvucong.gov.vn">Dịch vụ công</a><a href="/so-do-trang">Sơ đồ trang</a>',
    );
    expect(found).toEqual([]);
    const nfd = menuFindings(
      `<a href="/">${'Trang chủ'.normalize('NFD')}</a><a href="/gt">Giới thiệu</a><a href="/dvc">Dịch vụ công trực tuyến</a><a href="/sdc">Sơ đồ cổng</a>`,
    );
    expect(nfd).toEqual([]);
  });

  it('reports each missing entry with the menu selector', () => {
    const found = menuFindings('<a href="/">Trang chủ</a><a href="/tin-tuc">Tin tức</a>');
    expect(found.map((f) => f.evidence?.entry)).toEqual(['about', 'services', 'sitemap']);
    expect(found[0]?.location.field).toBe('html > body > nav > a:nth-of-type(1)');
    expect(found[0]?.citation?.id).toBe('TT-32-2017/16.3.a');
  });

  it('an entry outside the menu does not count (it is in the page body)', () => {
    const html = menu('<a href="/">Trang chủ</a>').replace(
      '</nav>',
      '</nav><main><a href="/gioi-thieu">Giới thiệu</a></main>',
    );
    const found = analysePage({ url: 'https://phutho.gov.vn/', html, home: true }, context).findings.filter(
      (f) => f.ruleId === 'site.layout.menu',
    );
    expect(found.map((f) => f.evidence?.entry)).toContain('about');
  });
});

describe('analysePage: footer, header, search', () => {
  const page = (header: string, footer: string, extra = '') =>
    `<html lang="vi">${HEAD}<body>${header}<nav><a href="/">Trang chủ</a></nav>${extra}<footer>${footer}</footer></body></html>`;
  it('finds each missing footer item', () => {
    const f = analysePage(
      {
        url: 'https://phutho.gov.vn/',
        html: page('<header></header>', '<p>© 2026 UBND tỉnh. Địa chỉ: số 1 Trần Phú</p>'),
        home: true,
      },
      context,
    ).findings.filter((x) => x.ruleId === 'site.layout.footer');
    expect(f.map((x) => x.evidence?.missing)).toEqual(['owner', 'responsible', 'phone', 'email']);
  });
  it('accepts a phone number and a mailto link without labels', () => {
    const f = analysePage(
      {
        url: 'https://phutho.gov.vn/',
        html: page(
          '<header></header>',
          '<p>Bản quyền © UBND. Cơ quan chủ quản: UBND tỉnh. Chịu trách nhiệm chính: Ông A. Trụ sở: Việt Trì. 0210.3846.123 <a href="mailto:a@phutho.gov.vn">Liên hệ</a></p>',
        ),
        home: true,
      },
      context,
    ).findings.filter((x) => x.ruleId === 'site.layout.footer');
    expect(f).toEqual([]);
  });
  it('header: a logo and the agency name pass; a bare image is needs-review; no name fails', () => {
    const header = (inner: string) =>
      analysePage(
        { url: 'https://phutho.gov.vn/', html: page(`<header>${inner}</header>`, ''), home: true },
        context,
      ).findings.filter((x) => x.ruleId === 'site.layout.header');
    expect(header('<img src="/quoc-huy.png" alt=""><h1>ỦY BAN NHÂN DÂN TỈNH PHÚ THỌ</h1>')).toEqual([]);
    expect(header('<img src="/a.png"><h1>Ủy ban nhân dân tỉnh Phú Thọ</h1>').map((x) => x.status)).toEqual([
      'needs-review',
    ]);
    expect(header('<img src="/logo.png"><h1>Cổng thông tin</h1>').map((x) => x.status)).toEqual(['fail']);
  });
  it('search: an input named keyword or a role=search form counts', () => {
    const search = (extra: string) =>
      analysePage(
        { url: 'https://phutho.gov.vn/', html: page('<header></header>', '', extra), home: true },
        context,
      ).findings.filter((x) => x.ruleId === 'site.functions.search').length;
    expect(search('')).toBe(1);
    expect(search('<form action="/tim-kiem"><input name="tukhoa"></form>')).toBe(0);
    expect(search('<div role="search"><input></div>')).toBe(0);
  });
});

describe('analysePage: every page', () => {
  it('charset: the Content-Type header wins over <meta>', () => {
    const html = `<html lang="vi"><head><meta charset="windows-1258"><title>a</title></head><body>x</body></html>`;
    const headerUtf8 = analysePage(
      { url: 'https://phutho.gov.vn/a', html, headers: { 'content-type': 'text/html; charset=UTF-8' } },
      context,
    );
    const metaOnly = analysePage({ url: 'https://phutho.gov.vn/a', html }, context);
    expect(headerUtf8.findings.some((f) => f.ruleId === 'site.text.charset')).toBe(false);
    expect(metaOnly.findings.find((f) => f.ruleId === 'site.text.charset')?.evidence).toMatchObject({
      charset: 'windows-1258',
      from: 'meta',
    });
  });
  it('lang: vi expected, en in the English section', () => {
    expect(rules('<html lang="vi-VN"><body></body></html>', 'https://phutho.gov.vn/a', false)).not.toContain(
      'site.text.lang',
    );
    expect(rules('<html lang="vi"><body></body></html>', 'https://phutho.gov.vn/en/about', false)).toContain(
      'site.text.lang',
    );
    expect(
      rules('<html lang="en"><body></body></html>', 'https://phutho.gov.vn/en/about', false),
    ).not.toContain('site.text.lang');
  });
  it('images: alt="" (decorative) is fine; missing alt is counted once per page', () => {
    const f = analysePage(
      {
        url: 'https://phutho.gov.vn/a',
        html: '<html lang="vi"><body><img src="a.png" alt=""><img src="b.png"><img src="c.png"></body></html>',
      },
      context,
    ).findings.filter((x) => x.ruleId === 'site.a11y.img-alt');
    expect(f).toHaveLength(1);
    expect(f[0]?.evidence).toMatchObject({ count: 2, images: 3 });
  });
  it('Open Graph missing is needs-review (its form is open); description missing fails', () => {
    const f = analysePage(
      {
        url: 'https://phutho.gov.vn/a',
        html: '<html lang="vi"><head><title>T</title></head><body></body></html>',
      },
      context,
    ).findings.filter((x) => x.ruleId === 'site.metadata');
    expect(f.map((x) => x.status)).toEqual(['fail', 'needs-review']);
  });
  it('a legal-document page becomes an inventory item with its number-symbol and issue date', () => {
    const html = `<html lang="vi"><body><h1>Quyết định</h1><table><tr><td>Số ký hiệu:</td><td>15/2026/QĐ-UBND</td></tr><tr><td>Ngày ban hành:</td><td>ngày 03 tháng 11 năm 2026</td></tr><tr><td>Ngày đăng:</td><td>05/11/2026 14:20</td></tr></table></body></html>`;
    const { facts } = analysePage({ url: 'https://phutho.gov.vn/portal/vb/15', html }, context);
    expect(facts.kind).toBe('legal-document');
    expect(facts.item).toMatchObject({
      category: 'legal-documents',
      eventKind: 'issue',
      eventAt: '2026-11-03',
      publishedAt: '2026-11-05T14:20:00+07:00',
      fields: { numberSymbol: '15/2026/QĐ-UBND' },
    });
  });
  it('the category comes from the per-portal mapping first', () => {
    const ctx = createSiteContext({
      url: 'https://x.gov.vn/',
      profile: 'nd224-2026',
      asOf: '2026-12-07',
      categoryMap: { '/Pages/chinh-sach': 'policy-propaganda' },
    });
    const html =
      '<html lang="vi"><head><meta property="og:type" content="article"><meta property="article:published_time" content="2026-12-01T08:00:00+07:00"></head><body><h1>Bài</h1></body></html>';
    expect(
      analysePage({ url: 'https://x.gov.vn/Pages/chinh-sach/bai-1', html }, ctx).facts.item?.category,
    ).toBe('policy-propaganda');
    expect(analysePage({ url: 'https://x.gov.vn/tin-tuc/bai-1', html }, ctx).facts.item?.category).toBe(
      'news',
    );
  });
});

describe('hostile input', () => {
  it('never throws on odd markup and stays linear', () => {
    const inputs = [
      '',
      '<'.repeat(100_000),
      '<div>'.repeat(50_000),
      `<a href="${'x'.repeat(100_000)}">a</a>`,
      '<html __proto__="x" constructor="y"><body><a href="javascript:alert(1)">x</a></body></html>',
      '\u0000\uFFFF\uD800<script>"</script>',
    ];
    for (const html of inputs) {
      const t = performance.now();
      expect(() => analysePage({ url: 'https://phutho.gov.vn/', html, home: true }, context)).not.toThrow();
      expect(performance.now() - t).toBeLessThan(5_000);
    }
    const doc = parsePage('<p __proto__="1">x</p>');
    const p = doc.root.children[0];
    expect(typeof p === 'object' && Object.getPrototypeOf(p.attrs)).toBe(null);
  });
  it('parsePage caps the number of elements', () => {
    const doc = parsePage('<b>x</b>'.repeat(1_000), { maxElements: 10 });
    expect([doc.elements, doc.truncated]).toEqual([10, true]);
  });
});

describe('siteFinding and defineSiteRule', () => {
  it('turns a fail of a reported rule into needs-review, keeps a text rule failing', () => {
    const f = siteFinding(SITE_RULES['site.net.hsts'], {
      url: 'https://a.gov.vn/',
      message: { vi: 'a', en: 'a' },
    });
    const g = siteFinding(SITE_RULES['site.layout.menu'], {
      url: 'https://a.gov.vn/',
      selector: 'nav',
      message: { vi: 'a', en: 'a' },
    });
    expect([f.status, g.status, g.location.field, f.evidence?.confidence]).toEqual([
      'needs-review',
      'fail',
      'nav',
      'reported',
    ]);
  });
  it('rejects malformed rules', () => {
    const ok = {
      id: 'site.a11y.x',
      group: 'a11y',
      severity: 'warning',
      confidence: 'text',
      title: { vi: 'a', en: 'a' },
      citation: { id: 'TT-32-2017/18' },
      remediation: { vi: 'a', en: 'a' },
    } as const;
    expect(defineSiteRule(ok).id).toBe('site.a11y.x');
    expect(() => defineSiteRule({ ...ok, id: 'a11y.x' })).toThrow(TypeError);
    expect(() => defineSiteRule({ ...ok, group: 'nope' as never })).toThrow(TypeError);
    expect(() => defineSiteRule({ ...ok, remediation: { vi: '', en: 'a' } })).toThrow(TypeError);
  });
});
