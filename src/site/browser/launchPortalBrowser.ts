import type { Browser } from 'playwright-core';
import { createIssue, err, localized, ok, type Result } from '../../core/index.js';
import { CHROMIUM_FLAGS } from './chromiumFlags.js';
import { type ChromiumLocation, findChromium } from './findChromium.js';
import { loadPlaywright } from './loadPlaywright.js';

/**
 * Options of {@link launchPortalBrowser}.
 *
 * @example
 * ```ts
 * import type { LaunchPortalBrowserOptions } from 'vn-portal-kit/playwright';
 * const o: LaunchPortalBrowserOptions = { cdpEndpoint: 'http://127.0.0.1:9222' };
 * o.cdpEndpoint //=> 'http://127.0.0.1:9222'
 * ```
 */
export interface LaunchPortalBrowserOptions {
  /** The Chromium executable (else `VN_PORTAL_KIT_CHROMIUM`, else `chromium` on `PATH`). */
  readonly executablePath?: string | undefined;
  /** Connect to a running Chromium over the DevTools protocol instead of starting one. */
  readonly cdpEndpoint?: string | undefined;
  /** Environment for the executable search (default `process.env`). */
  readonly env?: Readonly<Record<string, string | undefined>>;
  /** How long starting or connecting may take, in ms (default 60,000: a loaded 2-core CI machine is slow). */
  readonly timeoutMs?: number;
}

/**
 * Where a running browser came from.
 *
 * @example
 * ```ts
 * import type { BrowserSource } from 'vn-portal-kit/playwright';
 * const s: BrowserSource = { kind: 'cdp', endpoint: 'http://127.0.0.1:9222' };
 * s.kind //=> 'cdp'
 * ```
 */
export type BrowserSource =
  | ({ readonly kind: 'executable' } & ChromiumLocation)
  | { readonly kind: 'cdp'; readonly endpoint: string };

/**
 * A Chromium driven through `playwright-core`, and how to let it go: `close()` ends a browser this library
 * started and only disconnects from one reached over CDP.
 *
 * @example
 * ```ts
 * import type { PortalBrowser } from 'vn-portal-kit/playwright';
 * const describe = (b: PortalBrowser) => `${b.source.kind} ${b.version}`;
 * typeof describe //=> 'function'
 * ```
 */
export interface PortalBrowser {
  readonly browser: Browser;
  readonly source: BrowserSource;
  readonly version: string;
  /** Ends the browser this library started, or disconnects from one reached over CDP. */
  close(): Promise<void>;
}

function unavailable(code: string, vi: string, en: string, details: Record<string, unknown>) {
  return err([createIssue(code, localized(vi, en), { details })]);
}

/**
 * Starts Chromium (or connects to one over CDP) for the browser checks. Never throws for a missing or
 * broken browser: it returns `{ ok: false, issues }` with a bilingual `site.browser.*` issue (`playwright-missing`,
 * `not-found`, `launch-failed`, `cdp-failed`) so a caller can say so once and fall back to static checks.
 *
 * @example
 * ```ts
 * import { launchPortalBrowser } from 'vn-portal-kit/playwright';
 * const r = await launchPortalBrowser({ env: { PATH: '' } });
 * r.ok ? 'launched' : r.issues[0]?.code //=> 'site.browser.not-found'
 * ```
 */
export async function launchPortalBrowser(
  options: LaunchPortalBrowserOptions = {},
): Promise<Result<PortalBrowser>> {
  const timeout = options.timeoutMs ?? 60_000;
  const location = options.cdpEndpoint ? undefined : findChromium(options);
  if (!options.cdpEndpoint && location === undefined) {
    return unavailable(
      'site.browser.not-found',
      'Không tìm thấy Chromium (tùy chọn executablePath hoặc --browser-path, biến VN_PORTAL_KIT_CHROMIUM, lệnh chromium trên PATH)',
      'No Chromium found (executablePath or --browser-path, VN_PORTAL_KIT_CHROMIUM, `chromium` on PATH)',
      {},
    );
  }
  const playwright = await loadPlaywright();
  if (playwright === undefined) {
    return unavailable(
      'site.browser.playwright-missing',
      'Chưa cài playwright-core (phụ thuộc ngang hàng tùy chọn: npm i -D playwright-core)',
      'playwright-core is not installed (an optional peer dependency: npm i -D playwright-core)',
      {},
    );
  }
  if (options.cdpEndpoint) {
    const endpoint = options.cdpEndpoint;
    try {
      const browser = await playwright.chromium.connectOverCDP(endpoint, { timeout });
      return ok(portalBrowser(browser, { kind: 'cdp', endpoint }, () => browser.close()));
    } catch (e) {
      return unavailable(
        'site.browser.cdp-failed',
        `Không kết nối được Chromium qua CDP tại ${endpoint}`,
        `Could not connect to Chromium over CDP at ${endpoint}`,
        { endpoint, error: String(e instanceof Error ? e.message : e).slice(0, 500) },
      );
    }
  }
  const found = location as ChromiumLocation;
  try {
    const browser = await playwright.chromium.launch({
      executablePath: found.executablePath,
      headless: true,
      args: [...CHROMIUM_FLAGS],
      timeout,
    });
    return ok(portalBrowser(browser, { kind: 'executable', ...found }, () => browser.close()));
  } catch (e) {
    return unavailable(
      'site.browser.launch-failed',
      `Không khởi động được Chromium ${found.executablePath}`,
      `Could not start Chromium ${found.executablePath}`,
      {
        executablePath: found.executablePath,
        error: String(e instanceof Error ? e.message : e).slice(0, 500),
      },
    );
  }
}

function portalBrowser(browser: Browser, source: BrowserSource, close: () => Promise<void>): PortalBrowser {
  return { browser, source, version: browser.version(), close };
}
