// Browser checks of #17 in real Chromium on the fixture provincial portal (loopback), this machine:
// 1. axe-core per page: our checkAccessibility (inject axe, run WCAG 2.0/2.1 A+AA, map to TT 32/2017 points)
//    beside a bare axe.run of the same tags (what a team would write with axe-core alone), median and p90.
// 2. A 50-page browser run at concurrency 2: the site --browser renderer (serve the crawler's copy, axe, mobile
//    checks, rendered HTML through analysePage), performance off; wall time for the 50 pages.
// 3. The homepage's load measurement (3 cold loads, unthrottled): its wall time and figures.
// Goals (issue #17): ≤ 1.5 s median per page for axe, ≤ 90 s for the 50 pages.
// Run: node --import tsx bench/site-browser.bench.ts
import { analysePage } from '../src/site/analysePage.js';
import { checkAccessibility } from '../src/site/browser/checkAccessibility.js';
import { createBrowserRenderer } from '../src/site/browser/createBrowserRenderer.js';
import { launchPortalBrowser } from '../src/site/browser/launchPortalBrowser.js';
import { measurePageLoad } from '../src/site/browser/measurePageLoad.js';
import { createSiteContext } from '../src/site/SiteContext.js';
import { buildPortal } from '../test/fixtures/portal/buildPortal.js';
import { startFixtureServer } from '../test/fixtures/portal/server.js';

const AXE_PAGES = Number(process.env.AXE_PAGES ?? 20);
const RUN_PAGES = Number(process.env.RUN_PAGES ?? 50);
const CONCURRENCY = 2;

const quantile = (xs: number[], q: number) => {
  const s = [...xs].sort((a, b) => a - b);
  return s[Math.min(s.length - 1, Math.floor(q * s.length))] as number;
};
const fmt = (ms: number) => `${(ms / 1000).toFixed(2)} s`;

const fixture = buildPortal('defects');
const server = await startFixtureServer(fixture.pages);
const paths = fixture.htmlPaths;
console.log(
  `fixture: ${fixture.pages.size} responses, ${paths.length} HTML pages; ${new Date().toISOString()}`,
);

const launched = await launchPortalBrowser();
if (!launched.ok) throw new Error(launched.issues[0]?.message.en);
const pb = launched.value;
console.log(
  `browser: chromium ${pb.version} (${pb.source.kind === 'executable' ? pb.source.executablePath : 'cdp'})`,
);
const axeSource = ((await import('axe-core')) as unknown as { default: { source: string } }).default.source;

// 1. axe per page, sequential, one page open at a time.
const context = await pb.browser.newContext();
const ours: number[] = [];
const bare: number[] = [];
for (let i = 0; i < AXE_PAGES; i++) {
  const url = new URL(paths[i % paths.length] as string, server.url).href;
  const page = await context.newPage();
  const runOurs = async () => {
    const t = performance.now();
    await checkAccessibility(page);
    ours.push(performance.now() - t);
  };
  const runBare = async () => {
    const t = performance.now();
    await page.evaluate(axeSource);
    await page.evaluate(
      "axe.run(document, { runOnly: { type: 'tag', values: ['wcag2a','wcag2aa','wcag21a','wcag21aa'] }, resultTypes: ['violations','incomplete'], iframes: false }).then((r) => r.violations.length)",
    );
    bare.push(performance.now() - t);
  };
  // Alternate which runs on the fresh load and which after the reload, so neither gets the warmer page.
  const [first, second] = i % 2 === 0 ? [runOurs, runBare] : [runBare, runOurs];
  await page.goto(url, { waitUntil: 'load' });
  await first();
  await page.reload({ waitUntil: 'load' });
  await second();
  await page.close();
}
await context.close();
await pb.close();
console.log(`\naxe per page (${AXE_PAGES} pages, sequential)`);
console.log(
  `  checkAccessibility        median ${fmt(quantile(ours, 0.5))}  p90 ${fmt(quantile(ours, 0.9))}  (goal ≤ 1.50 s median)`,
);
console.log(
  `  bare axe.run, same tags   median ${fmt(quantile(bare, 0.5))}  p90 ${fmt(quantile(bare, 0.9))}`,
);

// 2. 50 pages through the site --browser renderer at concurrency 2.
const r = await createBrowserRenderer({ performance: 'none', concurrency: CONCURRENCY });
if (!r.ok) throw new Error(r.issues[0]?.message.en);
const renderer = r.value;
const siteContext = createSiteContext({ url: server.url, profile: 'nd224-2026', asOf: '2026-12-07' });
const queue = Array.from(
  { length: RUN_PAGES },
  (_, i) => new URL(paths[i % paths.length] as string, server.url).href,
);
let findings = 0;
const perPage: number[] = [];
const t0 = performance.now();
await Promise.all(
  Array.from({ length: CONCURRENCY }, async () => {
    for (let url = queue.shift(); url !== undefined; url = queue.shift()) {
      const t = performance.now();
      const res = await fetch(url);
      const html = await res.text();
      const headers = { 'content-type': res.headers.get('content-type') ?? '' };
      const home = url === server.url;
      const rendered = await renderer.render({ url, html, headers, home });
      findings +=
        (rendered.findings?.length ?? 0) +
        analysePage({ url, html: rendered.html, headers, home }, siteContext).findings.length;
      perPage.push(performance.now() - t);
    }
  }),
);
const total = performance.now() - t0;
await renderer.close();

console.log(
  `\n${RUN_PAGES}-page browser run, concurrency ${CONCURRENCY} (axe + mobile + rendered page checks, no perf)`,
);
console.log(
  `  wall ${fmt(total)} (goal ≤ 90 s); per page median ${fmt(quantile(perPage, 0.5))} p90 ${fmt(quantile(perPage, 0.9))}; ${findings} findings`,
);

// 3. The homepage's load measurement.
const again = await launchPortalBrowser();
if (!again.ok) throw new Error(again.issues[0]?.message.en);
const tm = performance.now();
const m = await measurePageLoad(again.value.browser, server.url);
const took = performance.now() - tm;
await again.value.close();
await server.close();
const med = m.median;
console.log('\nhomepage load, 3 cold loads (unthrottled, phone 360×640, 5 s quiet window)');
console.log(
  `  wall ${fmt(took)}; median FCP ${med.fcpMs} ms, LCP ${med.lcpMs} ms, Speed Index ${med.speedIndexMs} ms, TBT ${med.tbtMs} ms, CLS ${med.cls}`,
);
