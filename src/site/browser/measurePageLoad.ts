import type { Browser, CDPSession, Page } from 'playwright-core';
import { PHONE } from './checkMobile.js';
import { NETWORK_PROFILES, type NetworkProfile } from './NETWORK_PROFILES.js';
import { PERF_OBSERVER_SCRIPT } from './perfObserverScript.js';
import { speedIndex } from './speedIndex.js';

/**
 * The figures of one cold load, in milliseconds from navigation start (`null` when the page never painted).
 *
 * @example
 * ```ts
 * import type { PageLoadMetrics } from 'vn-portal-kit/playwright';
 * const m: PageLoadMetrics = { fcpMs: 800, lcpMs: 1200, tbtMs: 0, speedIndexMs: 950, cls: 0, loadMs: 900, longTasks: 0 };
 * m.lcpMs //=> 1200
 * ```
 */
export interface PageLoadMetrics {
  readonly fcpMs: number | null;
  readonly lcpMs: number | null;
  /** Total blocking time: the part over 50 ms of each long task after first contentful paint. */
  readonly tbtMs: number;
  /** Speed Index from the load's filmstrip (`null` when no frame was captured). */
  readonly speedIndexMs: number | null;
  /** Cumulative layout shift (largest session window). */
  readonly cls: number;
  readonly loadMs: number | null;
  readonly longTasks: number;
}

/**
 * The result of {@link measurePageLoad}: every run, the per-metric median, and the conditions.
 *
 * @example
 * ```ts
 * import type { PageLoadMeasurement } from 'vn-portal-kit/playwright';
 * const f = (m: PageLoadMeasurement) => m.median.fcpMs;
 * typeof f //=> 'function'
 * ```
 */
export interface PageLoadMeasurement {
  readonly url: string;
  readonly network: NetworkProfile;
  readonly device: 'phone-360x640';
  readonly runs: readonly PageLoadMetrics[];
  readonly median: PageLoadMetrics;
  /** How long the main thread had to stay free of long tasks after `load` to end a run. */
  readonly quietWindowMs: number;
}

/**
 * Options of {@link measurePageLoad}.
 *
 * @example
 * ```ts
 * import type { MeasurePageLoadOptions } from 'vn-portal-kit/playwright';
 * const o: MeasurePageLoadOptions = { runs: 3, network: 'mobile-slow-4g' };
 * o.runs //=> 3
 * ```
 */
export interface MeasurePageLoadOptions {
  /** Cold loads (default 3; the median of each metric is reported). */
  readonly runs?: number;
  /** A named profile or custom conditions (default `unthrottled`). */
  readonly network?: keyof typeof NETWORK_PROFILES | NetworkProfile;
  /** Main-thread quiet after `load` that ends a run (default 5,000 ms, TTI's window). */
  readonly quietWindowMs?: number;
  /** A run ends at the latest this long after navigation (default 30,000 ms). */
  readonly maxWaitMs?: number;
  /** Navigation timeout (default 60,000 ms). */
  readonly timeoutMs?: number;
}

interface RawPerf {
  fcp: number | null;
  lcp: number | null;
  cls: number;
  longTasks: [number, number][];
  loadEnd: number | null;
}

async function readPerf(page: Page): Promise<RawPerf | undefined> {
  return page.evaluate(
    'window.__vnPortalKitPerf ? JSON.parse(JSON.stringify(window.__vnPortalKitPerf)) : undefined',
  ) as Promise<RawPerf | undefined>;
}

function totalBlocking(fcp: number | null, tasks: readonly [number, number][]): number {
  if (fcp === null) return 0;
  let tbt = 0;
  for (const [start, duration] of tasks) {
    const end = start + duration;
    if (end <= fcp) continue;
    tbt += Math.max(0, end - Math.max(start, fcp) - 50);
  }
  return Math.round(tbt);
}

async function applyConditions(cdp: CDPSession, network: NetworkProfile): Promise<void> {
  if (
    network.latencyMs === 0 &&
    network.downloadKbps === 0 &&
    network.uploadKbps === 0 &&
    network.cpuSlowdown === 1
  )
    return;
  await cdp.send('Network.enable');
  await cdp.send('Network.emulateNetworkConditions', {
    offline: false,
    latency: network.latencyMs,
    downloadThroughput: network.downloadKbps > 0 ? (network.downloadKbps * 1024) / 8 : -1,
    uploadThroughput: network.uploadKbps > 0 ? (network.uploadKbps * 1024) / 8 : -1,
  });
  if (network.cpuSlowdown !== 1)
    await cdp.send('Emulation.setCPUThrottlingRate', { rate: network.cpuSlowdown });
}

async function oneRun(browser: Browser, url: string, network: NetworkProfile, o: MeasurePageLoadOptions) {
  const context = await browser.newContext({ ...PHONE, locale: 'vi-VN' });
  // A page that never yields its main thread would hang `evaluate`: closing the context ends the run.
  const budget = (o.timeoutMs ?? 60_000) + (o.maxWaitMs ?? 30_000) + 10_000;
  const guard = setTimeout(() => void context.close().catch(() => undefined), budget);
  try {
    await context.addInitScript(PERF_OBSERVER_SCRIPT);
    const page = await context.newPage();
    const cdp = await context.newCDPSession(page);
    await applyConditions(cdp, network);
    // The filmstrip for Speed Index: small frames, acknowledged as they come.
    const frames: { ts: number; jpeg: string }[] = [];
    cdp.on('Page.screencastFrame', (f) => {
      frames.push({ ts: f.metadata.timestamp ?? 0, jpeg: f.data });
      cdp.send('Page.screencastFrameAck', { sessionId: f.sessionId }).catch(() => undefined);
    });
    await cdp.send('Page.startScreencast', { format: 'jpeg', quality: 40, maxWidth: 180, maxHeight: 320 });
    const quiet = o.quietWindowMs ?? 5000;
    const maxWait = o.maxWaitMs ?? 30_000;
    const started = Date.now();
    await page.goto(url, { waitUntil: 'load', timeout: o.timeoutMs ?? 60_000 });
    let raw = await readPerf(page);
    // Ends once the main thread has been quiet for `quiet` ms after load, confirmed by a second reading: a
    // long task that has just ended reaches the observer a moment after the evaluate it held up returns.
    let confirmed = false;
    for (;;) {
      const now = await page.evaluate('performance.now()');
      const lastTask = raw?.longTasks.reduce((m, [s, d]) => Math.max(m, s + d), 0) ?? 0;
      const calm = (now as number) - Math.max(lastTask, raw?.loadEnd ?? 0);
      if (Date.now() - started >= maxWait || (calm >= quiet && confirmed)) break;
      confirmed = calm >= quiet;
      await page.waitForTimeout(confirmed ? 250 : Math.min(500, quiet - calm + 10));
      raw = await readPerf(page);
    }
    await cdp.send('Page.stopScreencast').catch(() => undefined);
    const origin = (await page.evaluate('performance.timeOrigin')) as number;
    const si = await speedIndex(
      context,
      frames.map((f) => ({ t: f.ts * 1000 - origin, jpeg: f.jpeg })),
    );
    const r = raw ?? { fcp: null, lcp: null, cls: 0, longTasks: [], loadEnd: null };
    const metrics: PageLoadMetrics = {
      fcpMs: r.fcp === null ? null : Math.round(r.fcp),
      lcpMs: r.lcp === null ? null : Math.round(r.lcp),
      tbtMs: totalBlocking(r.fcp, r.longTasks),
      speedIndexMs: si,
      cls: Math.round(r.cls * 1000) / 1000,
      loadMs: r.loadEnd === null ? null : Math.round(r.loadEnd),
      longTasks: r.longTasks.length,
    };
    return metrics;
  } finally {
    clearTimeout(guard);
    await context.close().catch(() => undefined);
  }
}

function median(values: readonly (number | null)[]): number | null {
  const v = values.filter((x): x is number => x !== null).sort((a, b) => a - b);
  if (v.length === 0) return null;
  const mid = v.length >> 1;
  return v.length % 2 === 1 ? (v[mid] as number) : ((v[mid - 1] as number) + (v[mid] as number)) / 2;
}

/**
 * Measures a page's load the way the 2025 evaluation looks at it: cold loads (a fresh browser context each, so
 * no cache), a 360 × 640 phone, the chosen network profile; first contentful paint, largest contentful paint,
 * total blocking time and cumulative layout shift from the page's own performance observers, and Speed Index
 * from a screencast filmstrip (colour-histogram visual progress, as Lighthouse's speedline). A run ends once
 * the main thread has been free of long tasks for `quietWindowMs` after `load`. Runs one after another
 * (measurements in parallel would disturb each other); returns each run and the median of each metric.
 *
 * @example
 * ```ts
 * import { measurePageLoad } from 'vn-portal-kit/playwright';
 * typeof measurePageLoad //=> 'function'
 * ```
 */
export async function measurePageLoad(
  browser: Browser,
  url: string,
  options: MeasurePageLoadOptions = {},
): Promise<PageLoadMeasurement> {
  const runs = Math.max(1, Math.floor(options.runs ?? 3));
  const network =
    typeof options.network === 'object'
      ? options.network
      : NETWORK_PROFILES[options.network ?? 'unthrottled'];
  if (network === undefined)
    throw new RangeError(`measurePageLoad: unknown network profile ${String(options.network)}`);
  const results: PageLoadMetrics[] = [];
  for (let i = 0; i < runs; i++) results.push(await oneRun(browser, url, network, options));
  const pick = (k: keyof PageLoadMetrics) => median(results.map((r) => r[k]));
  return {
    url,
    network,
    device: 'phone-360x640',
    runs: results,
    median: {
      fcpMs: pick('fcpMs'),
      lcpMs: pick('lcpMs'),
      tbtMs: pick('tbtMs') ?? 0,
      speedIndexMs: pick('speedIndexMs'),
      cls: pick('cls') ?? 0,
      loadMs: pick('loadMs'),
      longTasks: pick('longTasks') ?? 0,
    },
    quietWindowMs: options.quietWindowMs ?? 5000,
  };
}
