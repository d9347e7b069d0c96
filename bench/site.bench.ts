// vn-portal-kit/site: the live crawl against a plain crawler, and the static page analysis.
// 1. auditSite over a generated 500-page copy of the fixture provincial portal served on 127.0.0.1
//    (concurrency 4, no per-host delay, network checks off), beside a plain crawler of the same pages
//    (global fetch, same concurrency, links by regex, no checks). Goal ≤ 10 s on the 2-core machine.
//    Memory: heap after the crawl and the peak RSS sampled every 20 ms.
// 2. analysePage on a 100 kB article page (menu, footer, a long body, tables, images). Goal ≤ 5 ms median.
// Run: node --import tsx bench/site.bench.ts
import { Bench } from 'tinybench';
import { analysePage, auditSite, createNodeHttpClient, createSiteContext } from '../src/site/index.js';
import { buildPortal } from '../test/fixtures/portal/buildPortal.js';
import { startFixtureServer } from '../test/fixtures/portal/server.js';

const portal = buildPortal('clean', { articles: 456 });
const server = await startFixtureServer(portal.pages);
console.log(`fixture: ${portal.htmlPaths.length} HTML pages on ${server.url}`);

let peakRss = 0;
const sampler = setInterval(() => {
  peakRss = Math.max(peakRss, process.memoryUsage().rss);
}, 20);

async function plainCrawl(start: string, concurrency: number): Promise<number> {
  const seen = new Set([start]);
  const queue = [start];
  let pages = 0;
  const origin = new URL(start).origin;
  const worker = async () => {
    while (queue.length > 0) {
      const url = queue.shift() as string;
      const res = await fetch(url);
      const html = await res.text();
      pages++;
      for (const m of html.matchAll(/href="([^"#]+)"/g)) {
        try {
          const u = new URL(m[1] as string, url);
          if (u.origin === origin && !seen.has(u.href)) {
            seen.add(u.href);
            queue.push(u.href);
          }
        } catch {}
      }
    }
  };
  // keep workers alive while others may still add links
  while (queue.length > 0) await Promise.all(Array.from({ length: concurrency }, worker));
  return pages;
}

const runs: { ours: number; plain: number; pages: number; plainPages: number }[] = [];
for (let i = 0; i < 3; i++) {
  const http = createNodeHttpClient({ userAgent: 'vn-portal-kit-bench', maxSockets: 4 });
  const t0 = performance.now();
  const result = await auditSite({
    url: server.url,
    profile: 'nd224-2026',
    asOf: '2026-12-07',
    agencyName: portal.agencyName,
    publicHost: portal.publicHost,
    http,
    limits: { delayMs: 0, concurrency: 4, maxPages: 1_000 },
  });
  const ours = performance.now() - t0;
  http.close?.();
  const t1 = performance.now();
  const plainPages = await plainCrawl(server.url, 4);
  const plain = performance.now() - t1;
  runs.push({ ours, plain, pages: result.crawl.pages, plainPages });
  if (i === 0)
    console.log(
      `report: ${result.report.summary.passed ? 'PASS' : 'FAIL'}, ${result.report.findings.length} findings, ${result.inventory.items.length} items`,
    );
}
clearInterval(sampler);
const median = (xs: number[]) => [...xs].sort((a, b) => a - b)[Math.floor(xs.length / 2)] as number;
const oursMed = median(runs.map((r) => r.ours));
const plainMed = median(runs.map((r) => r.plain));
if (globalThis.gc) globalThis.gc();
console.log(
  `crawl + checks (auditSite): ${runs[0]?.pages} pages, median ${(oursMed / 1000).toFixed(2)} s (${Math.round((runs[0]?.pages ?? 0) / (oursMed / 1000))} pages/s)  goal ≤ 10 s: ${oursMed <= 10_000 ? 'met' : 'NOT met'}`,
);
console.log(
  `plain crawler (fetch + regex links): ${runs[0]?.plainPages} pages, median ${(plainMed / 1000).toFixed(2)} s`,
);
console.log(
  `memory: peak RSS ${(peakRss / 2 ** 20).toFixed(0)} MB, heap after ${(process.memoryUsage().heapUsed / 2 ** 20).toFixed(0)} MB`,
);
await server.close();

// 2. Static analysis of a 100 kB page.
const context = createSiteContext({
  url: 'https://phutho.gov.vn/',
  profile: 'nd224-2026',
  asOf: '2026-12-07',
  agencyName: portal.agencyName,
});
const base = portal.pages.get('/tin-tuc/ubnd-tinh-phu-tho-hop-phien-thuong-ky-1.html')?.body ?? '';
const para =
  '<p>Ủy ban nhân dân tỉnh Phú Thọ tổ chức phiên họp thường kỳ để đánh giá tình hình kinh tế - xã hội, cải cách hành chính và chuyển đổi số; các sở, ngành báo cáo tiến độ giải ngân vốn đầu tư công và các nhiệm vụ trọng tâm.</p>';
const table = `<table><tr><th>Chỉ tiêu</th><th>Kế hoạch</th><th>Thực hiện</th></tr>${'<tr><td>Thu ngân sách</td><td>12.500</td><td>11.870</td></tr>'.repeat(20)}</table>`;
let body = '';
while (body.length < 100_000 - base.length) body += `${para}${para}<img src="/anh.jpg" alt="Ảnh">${table}`;
const page = base.replace('</article>', `${body}</article>`);
console.log(
  `page: ${(page.length / 1000).toFixed(0)} kB (UTF-16 units), ${(Buffer.byteLength(page) / 1000).toFixed(0)} kB UTF-8`,
);
const bench = new Bench({ time: 2_000 });
bench.add('analysePage (100 kB article)', () => {
  analysePage(
    {
      url: 'https://phutho.gov.vn/tin-tuc/a.html',
      html: page,
      headers: { 'content-type': 'text/html; charset=utf-8' },
    },
    context,
  );
});
bench.add('analysePage (100 kB, as homepage)', () => {
  analysePage({ url: 'https://phutho.gov.vn/', html: page, home: true }, context);
});
await bench.run();
for (const t of bench.tasks) {
  const r = t.result as unknown as { latency?: { p50?: number }; p50?: number };
  const p50 = r.latency?.p50 ?? r.p50 ?? Number.NaN;
  console.log(`${t.name}: median ${p50.toFixed(2)} ms  goal ≤ 5 ms: ${p50 <= 5 ? 'met' : 'NOT met'}`);
}

// On a shared machine wall-clock medians include waiting for a core: also report CPU time per call.
{
  const n = 200;
  const before = process.cpuUsage();
  for (let i = 0; i < n; i++)
    analysePage({ url: 'https://phutho.gov.vn/tin-tuc/a.html', html: page }, context);
  const used = process.cpuUsage(before);
  console.log(
    `analysePage (100 kB article): ${((used.user + used.system) / 1000 / n).toFixed(2)} ms CPU per call (mean of ${n})`,
  );
}
