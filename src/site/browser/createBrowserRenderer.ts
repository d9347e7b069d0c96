import type { BrowserContext } from 'playwright-core';
import type { Finding } from '../../compliance/index.js';
import { ok, type Result } from '../../core/index.js';
import type { FetchedPage, PageRenderer, RenderedPage } from '../PageRenderer.js';
import { checkAccessibility } from './checkAccessibility.js';
import { checkMobile, PHONE } from './checkMobile.js';
import { type LaunchPortalBrowserOptions, launchPortalBrowser } from './launchPortalBrowser.js';
import { type MeasurePageLoadOptions, measurePageLoad } from './measurePageLoad.js';
import { performanceFindings } from './performanceFindings.js';

/**
 * Options of {@link createBrowserRenderer}: where the browser comes from, which checks run, and how load
 * performance is measured.
 *
 * @example
 * ```ts
 * import type { BrowserRendererOptions } from 'vn-portal-kit/playwright';
 * const o: BrowserRendererOptions = { performance: 'home', measure: { runs: 3, network: 'mobile-slow-4g' } };
 * o.performance //=> 'home'
 * ```
 */
export interface BrowserRendererOptions extends LaunchPortalBrowserOptions {
  /** Pages rendered at once (default 2: this is CPU-bound). */
  readonly concurrency?: number;
  /** Run axe-core (default `true`). */
  readonly accessibility?: boolean;
  /** Run the mobile checks (default `true`). */
  readonly mobile?: boolean;
  /** Measure load performance on the homepage only (default), on every page, or not at all. */
  readonly performance?: 'home' | 'all' | 'none';
  readonly measure?: MeasurePageLoadOptions;
  /** After `load`, wait at most this long for the network to go quiet before checking (default 3,000 ms). */
  readonly settleMs?: number;
  /** Navigation timeout per page (default 60,000 ms). */
  readonly timeoutMs?: number;
  /**
   * A page still being checked after this long is closed and its render rejected (the crawler then records a
   * `site.fetch` finding and analyses the static HTML): a page that never yields its main thread cannot hang
   * the crawl. Default 180,000 ms.
   */
  readonly pageBudgetMs?: number;
}

async function renderOne(
  context: BrowserContext,
  fetched: FetchedPage,
  o: BrowserRendererOptions,
): Promise<{ html: string; findings: Finding[] }> {
  const page = await context.newPage();
  const guard = setTimeout(() => void page.close().catch(() => undefined), o.pageBudgetMs ?? 180_000);
  try {
    // The crawler already has the document: serve it to the browser instead of fetching it a second time.
    await page.route(
      (u) => u.href === fetched.url,
      (route) =>
        route.request().isNavigationRequest()
          ? route.fulfill({
              status: 200,
              contentType: fetched.headers['content-type'] ?? 'text/html; charset=utf-8',
              body: fetched.html,
            })
          : route.continue(),
    );
    await page.goto(fetched.url, { waitUntil: 'load', timeout: o.timeoutMs ?? 60_000 });
    await page.waitForLoadState('networkidle', { timeout: o.settleMs ?? 3000 }).catch(() => undefined);
    // The rendered DOM is read before the mobile check marks the offending elements for its screenshot.
    const html = await page.content();
    const findings: Finding[] = [];
    if (o.accessibility !== false)
      findings.push(...(await checkAccessibility(page, { url: fetched.url, skipAxeRules: ['image-alt'] })));
    if (o.mobile !== false)
      findings.push(...(await checkMobile(page, { url: fetched.url, highlight: true })));
    return { html, findings };
  } finally {
    clearTimeout(guard);
    await page.close().catch(() => undefined);
  }
}

/**
 * The browser renderer of `vn-portal-kit site --browser`: Chromium (see `launchPortalBrowser`) at 360 × 640 phone
 * size renders each page the crawler fetched (served from the crawler's copy, so nothing is fetched twice),
 * runs axe-core and the mobile checks on it, hands back the rendered HTML so the static page checks see
 * script-rendered menus and footers, and measures the homepage's cold load (median of 3) against the 2025
 * criteria. Returns `{ ok: false, issues }` when there is no browser; the caller says so once and goes static.
 *
 * @example
 * ```ts
 * import { createBrowserRenderer } from 'vn-portal-kit/playwright';
 * const r = await createBrowserRenderer({ env: { PATH: '' } });
 * r.ok //=> false
 * ```
 */
export async function createBrowserRenderer(
  options: BrowserRendererOptions = {},
): Promise<Result<PageRenderer>> {
  const launched = await launchPortalBrowser(options);
  if (!launched.ok) return launched;
  const pb = launched.value;
  const context = await pb.browser.newContext({ ...PHONE, locale: 'vi-VN', serviceWorkers: 'block' });
  const perf = options.performance ?? 'home';
  const renderer: PageRenderer = {
    name: `chromium ${pb.version} (playwright-core, ${pb.source.kind === 'cdp' ? `cdp ${pb.source.endpoint}` : pb.source.executablePath})`,
    concurrency: Math.max(1, options.concurrency ?? 2),
    async render(fetched: FetchedPage): Promise<RenderedPage> {
      const { html, findings } = await renderOne(context, fetched, options);
      if (perf === 'all' || (perf === 'home' && fetched.home)) {
        findings.push(
          ...performanceFindings(await measurePageLoad(pb.browser, fetched.url, options.measure)),
        );
      }
      return { html, findings };
    },
    async close() {
      await context.close().catch(() => undefined);
      await pb.close();
    },
  };
  return ok(renderer);
}
