import type { Finding } from '../../compliance/index.js';
import type { CrawlResult } from '../crawlSite.js';
import { SITE_RULES } from '../SITE_RULES.js';
import type { SiteContext } from '../SiteContext.js';
import { siteFinding } from '../siteFinding.js';
import type { ExpectedComponent } from './expectedComponents.js';
import { linkMatches, SITEMAP_ENTRY } from './homeChecks.js';

/** The XML sitemap: at least one sitemap read and well-formed. */
export function checkXmlSitemap(crawl: CrawlResult, context: SiteContext): Finding[] {
  const ok = crawl.sitemap.tried.some((t) => t.ok);
  if (ok) return [];
  const first = crawl.sitemap.tried[0];
  return [
    siteFinding(SITE_RULES['site.sitemap.xml'], {
      url: first?.url ?? new URL('/sitemap.xml', context.homeUrl).href,
      message: first?.reason
        ? {
            vi: `Sơ đồ XML ${first.url}: ${first.reason.vi}`,
            en: `XML sitemap ${first.url}: ${first.reason.en}`,
          }
        : { vi: 'Không có sơ đồ XML', en: 'No XML sitemap' },
      evidence: { tried: crawl.sitemap.tried.map((t) => t.url), robotsSitemaps: crawl.robots.sitemaps },
    }),
  ];
}

/** The sitemap page for people: linked from the homepage, and fetched as a working page. */
export function checkSitemapPage(crawl: CrawlResult): Finding[] {
  const home = crawl.home;
  if (!home) return [];
  const rule = SITE_RULES['site.sitemap.page'];
  const links = home.links.filter((l) => linkMatches(l, SITEMAP_ENTRY.labels, SITEMAP_ENTRY.slugs));
  if (links.length === 0) {
    return [
      siteFinding(rule, {
        url: home.url,
        selector: 'body',
        message: {
          vi: 'Trang chủ không liên kết tới trang sơ đồ cổng',
          en: 'The homepage does not link to a sitemap page',
        },
      }),
    ];
  }
  const states = links.map((l) => ({ link: l, state: crawl.fetched.get(l.url) }));
  if (states.some((s) => s.state !== undefined && s.state !== 'failed' && s.state !== 'other')) return [];
  const broken = states.find((s) => s.state === 'failed');
  const first = (broken ?? states[0]) as (typeof states)[number];
  return [
    siteFinding(rule, {
      url: home.url,
      selector: first.link.selector,
      excerpt: first.link.url,
      ...(broken ? {} : { status: 'needs-review' as const }),
      message: broken
        ? {
            vi: `Liên kết "Sơ đồ cổng" trỏ tới trang không tải được: ${first.link.url}`,
            en: `The "Sơ đồ cổng" link points to a page that cannot be fetched: ${first.link.url}`,
          }
        : {
            vi: `Chưa kiểm tra được trang sơ đồ cổng ${first.link.url} (ngoài giới hạn thu thập hoặc robots.txt)`,
            en: `The sitemap page ${first.link.url} was not checked (crawl limits or robots.txt)`,
          },
      evidence: { target: first.link.url },
    }),
  ];
}

/** The EMC code and label, a reported requirement: not found → needs review. */
export function checkEmc(crawl: CrawlResult): Finding[] {
  const home = crawl.home;
  if (!home || home.emc) return [];
  return [
    siteFinding(SITE_RULES['site.connect.emc-label'], {
      url: home.url,
      message: {
        vi: `Không thấy mã theo dõi hoặc nhãn EMC trên trang chủ (${crawl.emcPages}/${crawl.analysed} trang có)`,
        en: `No EMC monitoring code or label on the homepage (${crawl.emcPages} of ${crawl.analysed} pages carry one)`,
      },
      evidence: { emcPages: crawl.emcPages, pages: crawl.analysed },
    }),
  ];
}

/**
 * Links to component sites: hosts under the portal's domain (departments, communes), the declared component
 * hosts, and with a province's planned commune host names (2026 unit data), each commune's site. A
 * provincial or ministry portal missing some: needs review (a reported criterion).
 */
export function checkComponents(
  crawl: CrawlResult,
  context: SiteContext,
  expected?: readonly ExpectedComponent[],
): Finding[] {
  if (!crawl.home) return [];
  if (context.unitKind !== 'province' && context.unitKind !== 'ministry') return [];
  const domain = context.publicHost.replace(/^www\./, '');
  const linked = [...crawl.linkedHosts].filter(
    (h) => (h.endsWith(`.${domain}`) && h !== `www.${domain}`) || context.componentHosts.includes(h),
  );
  const missingDeclared = context.componentHosts.filter(
    (h) => !crawl.linkedHosts.has(h.replace(/:\d+$/, '')),
  );
  const missingCommunes = (expected ?? []).filter((c) => !crawl.linkedHosts.has(c.hostname));
  if (linked.length > 0 && missingDeclared.length === 0 && missingCommunes.length === 0) return [];
  const url = crawl.home.url;
  const rule = SITE_RULES['site.connect.components'];
  const out: Finding[] = [];
  if (linked.length === 0 || missingDeclared.length > 0) {
    out.push(
      siteFinding(rule, {
        url,
        message:
          linked.length === 0
            ? {
                vi: `Không có liên kết tới trang thành phần nào (*.${domain})`,
                en: `No link to any component site (*.${domain})`,
              }
            : {
                vi: `Không có liên kết tới ${missingDeclared.length} trang thành phần đã khai báo`,
                en: `No link to ${missingDeclared.length} declared component sites`,
              },
        evidence: { linked: linked.slice(0, 50), missing: missingDeclared.slice(0, 50) },
      }),
    );
  }
  if (missingCommunes.length > 0) {
    const total = expected?.length ?? 0;
    out.push(
      siteFinding(rule, {
        url,
        message: {
          vi: `${missingCommunes.length}/${total} xã, phường không có liên kết tới trang thành phần theo tên miền dự kiến`,
          en: `${missingCommunes.length} of ${total} communes have no link to their component site (planned host names)`,
        },
        evidence: {
          expected: total,
          linkedCommunes: total - missingCommunes.length,
          missing: missingCommunes.slice(0, 30).map((c) => `${c.name} (${c.hostname})`),
        },
      }),
    );
  }
  return out;
}

/** A crawl stopped by a limit: what was not checked needs review. */
export function checkCrawlLimits(crawl: CrawlResult, context: SiteContext): Finding[] {
  if (!crawl.stoppedBy && crawl.notFetched === 0) return [];
  return [
    siteFinding(SITE_RULES['site.fetch'], {
      url: context.homeUrl,
      status: 'needs-review',
      severity: 'notice',
      message: {
        vi: `Dừng thu thập ở ${crawl.pages} trang (${crawl.stoppedBy === 'maxTimeMs' ? 'giới hạn thời gian' : 'giới hạn số trang'}); ${crawl.notFetched} địa chỉ chưa được kiểm tra`,
        en: `Crawl stopped at ${crawl.pages} pages (${crawl.stoppedBy === 'maxTimeMs' ? 'time limit' : 'page limit'}); ${crawl.notFetched} URLs were not checked`,
      },
      evidence: {
        pages: crawl.pages,
        notFetched: crawl.notFetched,
        stoppedBy: crawl.stoppedBy ?? 'maxKnownUrls',
      },
    }),
  ];
}
