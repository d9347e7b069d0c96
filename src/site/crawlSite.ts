import robotsParser from 'robots-parser';
import type { Finding } from '../compliance/index.js';
import { parseFeed } from '../feeds/index.js';
import { failureFinding } from './_lib/failureFinding.js';
import { createHostScheduler, type FetchOutcome, fetchWithRetry } from './_lib/fetchWithRetry.js';
import { createSemaphore } from './_lib/semaphore.js';
import { analysePage, type PageAnalysis } from './analysePage.js';
import type { HttpClient } from './HttpClient.js';
import type { PageFacts } from './PageFacts.js';
import type { PageRenderer } from './PageRenderer.js';
import { parseSitemap } from './parseSitemap.js';
import { SITE_RULES } from './SITE_RULES.js';
import type { SiteContext } from './SiteContext.js';
import { siteFinding } from './siteFinding.js';

/**
 * The User-Agent of the crawler: the tool, its version and its homepage.
 *
 * @example
 * ```ts
 * import { SITE_USER_AGENT } from 'vn-portal-kit/site';
 * SITE_USER_AGENT.startsWith('vn-portal-kit/') //=> true
 * ```
 */
export const SITE_USER_AGENT =
  'vn-portal-kit/0.1 (+https://github.com/vn-portal-kit/vn-portal-kit; portal compliance checker)';

/**
 * Limits and politeness of a crawl. Every limit has a default suited to a provincial portal.
 *
 * @example
 * ```ts
 * import type { CrawlLimits } from 'vn-portal-kit/site';
 * const l: CrawlLimits = { maxPages: 100, delayMs: 250 };
 * l.maxPages //=> 100
 * ```
 */
export interface CrawlLimits {
  /** Most pages fetched (HTML or not, redirects not counted). Default 500. */
  readonly maxPages?: number;
  /** Stop scheduling new fetches after this long. Default 600,000 ms (10 minutes). */
  readonly maxTimeMs?: number;
  /** Most bytes read of one response. Default 5,000,000. */
  readonly maxBytes?: number;
  /** Most redirects followed for one URL. Default 5. */
  readonly maxRedirects?: number;
  /** Deadline of one request. Default 20,000 ms. */
  readonly timeoutMs?: number;
  /** Retries on 5xx, 429 and timeouts, with exponential back-off. Default 2. */
  readonly retries?: number;
  /** First back-off delay. Default 500 ms. */
  readonly retryDelayMs?: number;
  /** Requests in flight at once. Default 4. */
  readonly concurrency?: number;
  /** Least delay between two requests to one host (raised by robots.txt Crawl-delay up to 10 s). Default 100 ms. */
  readonly delayMs?: number;
  /** Links followed at most this far from the homepage. Default 5. */
  readonly maxDepth?: number;
  /** Most URLs remembered as seen (queue and visited). Default 50 × maxPages. */
  readonly maxKnownUrls?: number;
}

/**
 * Options of {@link crawlSite}.
 *
 * @example
 * ```ts
 * import type { CrawlOptions } from 'vn-portal-kit/site';
 * const keys: (keyof CrawlOptions)[] = ['context', 'http', 'limits', 'onPage'];
 * keys.length //=> 4
 * ```
 */
export interface CrawlOptions {
  readonly context: SiteContext;
  readonly http: HttpClient;
  readonly limits?: CrawlLimits;
  /** Follow robots.txt (default true). */
  readonly respectRobots?: boolean;
  readonly userAgent?: string;
  /** Browser mode: renders each HTML page before it is analysed (issue #17). The caller closes it. */
  readonly renderer?: PageRenderer;
  /** Receives every analysed page as soon as it is analysed (the crawler keeps only its small facts). */
  readonly onPage?: (analysis: PageAnalysis) => void;
  /** Progress: pages fetched so far. */
  readonly onProgress?: (pages: number, queued: number) => void;
}

/**
 * What a crawl found beyond the pages: its failures as findings, the homepage's facts, the sitemap state,
 * what was linked, and counters.
 *
 * @example
 * ```ts
 * import type { CrawlResult } from 'vn-portal-kit/site';
 * const n: keyof CrawlResult = 'pages';
 * n //=> 'pages'
 * ```
 */
export interface CrawlResult {
  /** Pages fetched (any status). */
  readonly pages: number;
  /** HTML pages analysed. */
  readonly analysed: number;
  /** Bytes read. */
  readonly bytes: number;
  readonly elapsedMs: number;
  /** URLs found but not fetched because a limit was reached. */
  readonly notFetched: number;
  /** Why the crawl stopped early, if it did. */
  readonly stoppedBy?: 'maxPages' | 'maxTimeMs';
  /** Fetch failures, broken links, robots and sitemap problems. */
  readonly findings: readonly Finding[];
  readonly home: PageFacts | undefined;
  readonly robots: { readonly status: 'ok' | 'absent' | 'error'; readonly sitemaps: readonly string[] };
  readonly sitemap: {
    /** Sitemap URLs tried, with their outcome. */
    readonly tried: readonly {
      readonly url: string;
      readonly ok: boolean;
      readonly reason?: { vi: string; en: string };
    }[];
    readonly urls: number;
  };
  /** Status of every internal URL fetched (for the sitemap-page check), final URL → kind or failure. */
  readonly fetched: ReadonlyMap<string, PageFacts['kind'] | 'failed' | 'other'>;
  /** Hosts linked from the analysed pages (lower case, without port). */
  readonly linkedHosts: ReadonlySet<string>;
  /** Pages carrying the EMC code or label. */
  readonly emcPages: number;
}

interface QueueEntry {
  readonly url: string;
  readonly depth: number;
  readonly source: 'home' | 'link' | 'sitemap' | 'feed';
  readonly from?: { readonly url: string; readonly selector: string };
}

const BINARY =
  /\.(pdf|docx?|xlsx?|pptx?|zip|rar|7z|gz|jpe?g|png|gif|webp|svg|ico|mp[34]|avi|mov|wmv|exe|apk|iso)$/i;

/**
 * Crawls a portal politely and within bounds, analysing each HTML page as it arrives and dropping it:
 * robots.txt (robots-parser; Crawl-delay honoured up to 10 s), XML sitemaps and sitemap indexes, RSS/Atom
 * feeds announced by `<link rel="alternate">`, and links, on the portal's host and its declared component
 * hosts; limits on pages, time, bytes, redirects and depth; retries with back-off; `concurrency` requests in
 * flight and `delayMs` between requests to one host. Every failed fetch becomes a finding; it never throws
 * on what a server does.
 *
 * @example
 * ```ts
 * import { crawlSite, createSiteContext } from 'vn-portal-kit/site';
 * const context = createSiteContext({ url: 'https://phutho.gov.vn/', profile: 'nd224-2026', asOf: '2026-12-07' });
 * const http = { request: async (r: { url: string }) => ({ url: r.url, status: 404, headers: {}, body: '', bytes: 0, truncated: false }) };
 * const result = await crawlSite({ context, http, limits: { retries: 0, delayMs: 0 } });
 * result.findings.some((f) => f.ruleId === 'site.fetch' && f.status === 'fail') //=> true
 * ```
 */
export async function crawlSite(options: CrawlOptions): Promise<CrawlResult> {
  const { context, http } = options;
  const limits = options.limits ?? {};
  const maxPages = limits.maxPages ?? 500;
  const maxTimeMs = limits.maxTimeMs ?? 600_000;
  const concurrency = Math.max(1, Math.min(limits.concurrency ?? 4, 32));
  const maxDepth = limits.maxDepth ?? 5;
  const maxKnown = limits.maxKnownUrls ?? maxPages * 50;
  const userAgent = options.userAgent ?? SITE_USER_AGENT;
  const started = Date.now();
  const home = context.homeUrl;
  const internalHosts = new Set([context.host, ...context.componentHosts]);
  const isInternal = (u: URL) =>
    internalHosts.has(u.host.toLowerCase()) || internalHosts.has(u.hostname.toLowerCase());

  const findings: Finding[] = [];
  const fetched = new Map<string, PageFacts['kind'] | 'failed' | 'other'>();
  const linkedHosts = new Set<string>();
  const known = new Set<string>();
  const queue: QueueEntry[] = [];
  let pages = 0;
  let analysed = 0;
  let bytes = 0;
  let notFetched = 0;
  let emcPages = 0;
  let stoppedBy: CrawlResult['stoppedBy'];
  let homeFacts: PageFacts | undefined;

  // robots.txt
  let delayMs = limits.delayMs ?? 100;
  const robotsUrl = new URL('/robots.txt', home).href;
  const basePolicy = {
    timeoutMs: limits.timeoutMs ?? 20_000,
    maxBytes: limits.maxBytes ?? 5_000_000,
    maxRedirects: limits.maxRedirects ?? 5,
    retries: limits.retries ?? 2,
    retryDelayMs: limits.retryDelayMs ?? 500,
    follow: isInternal,
  };
  let waitTurn = createHostScheduler(delayMs);
  const robotsOutcome = await fetchWithRetry(http, robotsUrl, { ...basePolicy, maxBytes: 500_000, waitTurn });
  let robots: ReturnType<typeof robotsParser> | undefined;
  let robotsStatus: CrawlResult['robots']['status'] = 'absent';
  let robotsSitemaps: string[] = [];
  if (robotsOutcome.kind === 'ok') {
    robotsStatus = 'ok';
    robots = robotsParser(robotsOutcome.response.url, robotsOutcome.response.body);
    robotsSitemaps = robots
      .getSitemaps()
      .map((s) => safeUrl(s, robotsUrl))
      .filter((s): s is string => s !== undefined);
    const crawlDelay = robots.getCrawlDelay(userAgent);
    if (crawlDelay !== undefined && crawlDelay * 1000 > delayMs) {
      delayMs = Math.min(crawlDelay * 1000, 10_000);
      waitTurn = createHostScheduler(delayMs);
    }
  } else if (robotsOutcome.kind === 'failed' && robotsOutcome.reason !== 'status') {
    robotsStatus = 'error';
  } else if (robotsOutcome.kind === 'failed' && (robotsOutcome.status ?? 0) >= 500) {
    robotsStatus = 'error';
  }
  if (robotsStatus === 'error' && robotsOutcome.kind === 'failed') {
    findings.push(failureFinding(robotsUrl, robotsOutcome, undefined, 'robots'));
  }
  const respect = options.respectRobots !== false;
  // RFC 9309 §2.3.1.4: an unreachable robots.txt means "assume complete disallow".
  const allowed = (url: string) =>
    !respect ||
    (robotsStatus === 'error' ? false : robots ? robots.isAllowed(url, userAgent) !== false : true);
  const policy = () => ({ ...basePolicy, waitTurn });

  const enqueue = (entry: QueueEntry): void => {
    let u: URL;
    try {
      u = new URL(entry.url);
    } catch {
      return;
    }
    u.hash = '';
    const key = u.href;
    if (known.has(key) || !isInternal(u) || BINARY.test(u.pathname)) return;
    if (entry.depth > maxDepth) return;
    if (known.size >= maxKnown) {
      notFetched++;
      return;
    }
    known.add(key);
    if (!allowed(key)) return;
    queue.push({ ...entry, url: key });
  };

  // Sitemaps (robots' Sitemap: lines, else /sitemap.xml), sitemap indexes one level deep.
  const tried: { url: string; ok: boolean; reason?: { vi: string; en: string } }[] = [];
  let sitemapUrls = 0;
  const sitemapQueue = robotsSitemaps.length > 0 ? [...robotsSitemaps] : [new URL('/sitemap.xml', home).href];
  for (let i = 0; i < sitemapQueue.length && i < 50; i++) {
    const smUrl = sitemapQueue[i] as string;
    const out = await fetchWithRetry(http, smUrl, { ...policy(), maxBytes: 50_000_000 });
    if (out.kind !== 'ok') {
      tried.push({
        url: smUrl,
        ok: false,
        reason:
          out.kind === 'failed'
            ? { vi: `không tải được (${out.message})`, en: `cannot be fetched (${out.message})` }
            : { vi: 'chuyển hướng ra ngoài cổng', en: 'redirects off the portal' },
      });
      continue;
    }
    bytes += out.response.bytes;
    const parsed = parseSitemap(out.response.body, out.response.url, maxKnown);
    if (!parsed.ok) {
      tried.push({ url: smUrl, ok: false, reason: parsed.reason });
      continue;
    }
    tried.push({ url: smUrl, ok: true });
    if (parsed.kind === 'sitemapindex') {
      for (const u of parsed.urls) if (sitemapQueue.length < 50) sitemapQueue.push(u);
    } else {
      sitemapUrls += parsed.urls.length;
      for (const u of parsed.urls) enqueue({ url: u, depth: 1, source: 'sitemap' });
    }
  }

  // The homepage first (unless robots.txt forbids it: then nothing is crawled, and the report says so).
  const atHome = queue.findIndex((e) => e.url === home);
  if (atHome >= 0) queue.splice(atHome, 1);
  known.add(home);
  if (allowed(home)) queue.unshift({ url: home, depth: 0, source: 'home' });
  else {
    queue.length = 0;
    findings.push(
      siteFinding(SITE_RULES['site.fetch'], {
        url: home,
        severity: 'error',
        message:
          robotsStatus === 'error'
            ? {
                vi: 'Không đọc được robots.txt (lỗi máy chủ): theo RFC 9309 không được thu thập trang nào',
                en: 'robots.txt could not be read (server error): under RFC 9309 no page may be crawled',
              }
            : {
                vi: 'robots.txt cấm thu thập trang chủ: không kiểm tra được (chạy với --ignore-robots nếu được cơ quan cho phép)',
                en: 'robots.txt forbids crawling the homepage: nothing could be checked (run with --ignore-robots with the owner’s permission)',
              },
        evidence: { robots: robotsUrl, robotsStatus },
      }),
    );
  }

  const renderGate = options.renderer ? createSemaphore(options.renderer.concurrency ?? 2) : undefined;
  const feedsSeen = new Set<string>();

  const analyse = async (entry: QueueEntry, outcome: Extract<FetchOutcome, { kind: 'ok' }>) => {
    const res = outcome.response;
    const isHome = entry.source === 'home';
    let html = res.body;
    let extra: readonly Finding[] = [];
    if (options.renderer && renderGate) {
      await renderGate.acquire();
      try {
        const rendered = await options.renderer.render({
          url: res.url,
          html,
          headers: res.headers,
          home: isHome,
        });
        html = rendered.html;
        extra = rendered.findings ?? [];
      } catch (error) {
        findings.push(
          failureFinding(
            res.url,
            {
              kind: 'failed',
              reason: 'network',
              message: `renderer: ${String(error).slice(0, 200)}`,
              attempts: 1,
            },
            entry.from,
            'render',
          ),
        );
      } finally {
        renderGate.release();
      }
    }
    const analysis = analysePage({ url: res.url, html, headers: res.headers, home: isHome }, context);
    const withExtra =
      extra.length > 0 ? { ...analysis, findings: [...analysis.findings, ...extra] } : analysis;
    analysed++;
    if (analysis.facts.emc) emcPages++;
    fetched.set(res.url, analysis.facts.kind);
    if (isHome) homeFacts = analysis.facts;
    options.onPage?.(withExtra);
    for (const link of analysis.facts.links) {
      try {
        linkedHosts.add(new URL(link.url).hostname.toLowerCase());
      } catch {
        // unreachable: links are absolute URLs
      }
      enqueue({
        url: link.url,
        depth: entry.depth + 1,
        source: 'link',
        from: { url: res.url, selector: link.selector },
      });
    }
    for (const feed of analysis.facts.feeds) {
      if (feedsSeen.has(feed) || feedsSeen.size >= 10) continue;
      feedsSeen.add(feed);
      await readFeed(feed, entry.depth + 1);
    }
  };

  const readFeed = async (feedUrl: string, depth: number) => {
    let u: URL;
    try {
      u = new URL(feedUrl);
    } catch {
      return;
    }
    if (!isInternal(u) || !allowed(u.href)) return;
    const out = await fetchWithRetry(http, u.href, policy());
    if (out.kind !== 'ok') {
      if (out.kind === 'failed') findings.push(failureFinding(u.href, out, undefined, 'feed'));
      return;
    }
    bytes += out.response.bytes;
    const feed = parseFeed(out.response.body, { maxItems: 1_000 });
    if (!feed.ok) return;
    for (const item of feed.value.items) {
      const link = safeUrl(item.url ?? item.id, out.response.url);
      if (link) enqueue({ url: link, depth, source: 'feed' });
    }
  };

  const crawlOne = async (entry: QueueEntry) => {
    const outcome = await fetchWithRetry(http, entry.url, policy());
    pages++;
    options.onProgress?.(pages, queue.length);
    if (outcome.kind === 'external') {
      fetched.set(entry.url, 'other');
      return;
    }
    if (outcome.kind === 'failed') {
      fetched.set(entry.url, 'failed');
      findings.push(
        failureFinding(entry.url, outcome, entry.from, entry.source === 'home' ? 'home' : 'page'),
      );
      return;
    }
    bytes += outcome.response.bytes;
    for (const r of outcome.redirects) known.add(r);
    const type = outcome.response.headers['content-type'] ?? '';
    if (!/html|xhtml/i.test(type) && !(type === '' && /^\s*</.test(outcome.response.body))) {
      fetched.set(outcome.response.url, 'other');
      return;
    }
    await analyse(entry, outcome);
  };

  // The worker pool: `concurrency` fetches in flight; stops at the page or time limit.
  let active = 0;
  await new Promise<void>((resolve) => {
    const pump = () => {
      while (active < concurrency && queue.length > 0) {
        if (pages + active >= maxPages) {
          stoppedBy = 'maxPages';
          break;
        }
        if (Date.now() - started > maxTimeMs) {
          stoppedBy = 'maxTimeMs';
          break;
        }
        const entry = queue.shift() as QueueEntry;
        active++;
        crawlOne(entry)
          .catch((error) => {
            findings.push(
              failureFinding(
                entry.url,
                { kind: 'failed', reason: 'network', message: String(error).slice(0, 200), attempts: 1 },
                entry.from,
                'page',
              ),
            );
          })
          .finally(() => {
            active--;
            pump();
          });
      }
      if (active === 0 && (queue.length === 0 || stoppedBy !== undefined)) resolve();
    };
    pump();
  });
  notFetched += queue.length;
  return {
    pages,
    analysed,
    bytes,
    elapsedMs: Date.now() - started,
    notFetched,
    ...(stoppedBy ? { stoppedBy } : {}),
    findings,
    home: homeFacts,
    robots: { status: robotsStatus, sitemaps: robotsSitemaps },
    sitemap: { tried, urls: sitemapUrls },
    fetched,
    linkedHosts,
    emcPages,
  };
}

function safeUrl(s: string | undefined, base: string): string | undefined {
  if (!s) return undefined;
  try {
    const u = new URL(s, base);
    return u.protocol === 'http:' || u.protocol === 'https:' ? u.href : undefined;
  } catch {
    return undefined;
  }
}
