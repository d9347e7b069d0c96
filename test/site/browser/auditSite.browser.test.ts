import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { type Finding, isProblem, renderAuditHtml } from '../../../src/compliance/index.js';
import { auditSite, type SiteAudit } from '../../../src/site/auditSite.js';
import { createBrowserRenderer } from '../../../src/site/browser/createBrowserRenderer.js';
import { createNodeHttpClient } from '../../../src/site/node/createNodeHttpClient.js';
import type { FixtureResponse } from '../../fixtures/portal/buildPortal.js';
import { type FixtureServer, startFixtureServer } from '../../fixtures/portal/server.js';
import { BROWSER_TEST_TIMEOUT, testBrowser } from './_lib/testBrowser.js';

const DIR = join(import.meta.dirname, '..', '..', 'fixtures', 'portal', 'browser');
const html = (name: string) => readFileSync(join(DIR, name), 'utf8');
const page = (body: string): FixtureResponse => ({
  status: 200,
  headers: { 'content-type': 'text/html; charset=utf-8' },
  body,
});

/** A small portal: a homepage whose menu and footer a script renders, linking to the planted-defect pages. */
function portal(): Map<string, FixtureResponse> {
  const links =
    '<ul><li><a href="/thong-bao.html">Thông báo</a></li><li><a href="/thu-tuc.html">Thủ tục hành chính</a></li>' +
    '<li><a href="/gioi-thieu-chung.html">Giới thiệu chung</a></li></ul>';
  return new Map([
    ['/', page(html('script-nav.html').replace('</main>', `${links}</main>`))],
    ['/thong-bao.html', page(html('a11y.html'))],
    ['/thu-tuc.html', page(html('mobile.html'))],
    ['/gioi-thieu-chung.html', page(html('no-viewport.html'))],
  ]);
}

describe('auditSite with the browser renderer (site --browser) on a loopback portal', () => {
  let server: FixtureServer;
  let audit: SiteAudit;
  beforeAll(async () => {
    server = await startFixtureServer(portal());
    const r = await createBrowserRenderer({ measure: { runs: 3, quietWindowMs: 1000 } });
    if (!r.ok) throw new Error(`the real-Chromium tests need a browser: ${r.issues[0]?.message.en}`);
    try {
      audit = await auditSite({
        url: server.url,
        profile: 'nd224-2026',
        asOf: '2026-12-07',
        http: createNodeHttpClient({ userAgent: 'vn-portal-kit-test' }),
        renderer: r.value,
        network: false,
        limits: { delayMs: 0 },
      });
    } finally {
      await r.value.close();
    }
  }, BROWSER_TEST_TIMEOUT);
  afterAll(async () => {
    await server?.close();
  });

  const problems = (ruleId: string, path: string): Finding[] =>
    audit.report.findings.filter(
      (f) => f.ruleId === ruleId && isProblem(f) && f.location.item === new URL(path, server.url).href,
    );

  it('finds the planted accessibility defects with their TT 32/2017 point and selector', () => {
    expect(problems('site.a11y.contrast', '/thong-bao.html')[0]?.citation?.id).toBe('TT-32-2017/18.1.a');
    expect(problems('site.a11y.motion', '/thong-bao.html')[0]?.location.field).toBe('#planted-marquee');
    expect(problems('site.a11y.tables', '/thong-bao.html')).toHaveLength(1);
    expect(problems('site.a11y.img-alt', '/thong-bao.html')).not.toHaveLength(0);
  });

  it(
    'finds the planted mobile defects, with a screenshot the HTML report shows',
    async () => {
      const scroll = problems('site.mobile.horizontal-scroll', '/thu-tuc.html')[0];
      expect(scroll?.evidence?.screenshot).toMatch(/^data:image\/jpeg;base64,/);
      expect(problems('site.mobile.viewport', '/gioi-thieu-chung.html')).toHaveLength(1);
      const report = renderAuditHtml(audit.report, { language: 'en' });
      expect(report).toContain('<figure class="shot"><img src="data:image/jpeg;base64,');
      const b = await testBrowser();
      try {
        const p = await b.browser.newPage();
        await p.setContent(report);
        const widths = (await p.evaluate(
          'Array.from(document.querySelectorAll("figure.shot img")).map((i) => i.naturalWidth)',
        )) as number[];
        expect(widths.length).toBeGreaterThanOrEqual(2);
        for (const w of widths) expect(w).toBe(360);
      } finally {
        await b.close();
      }
    },
    BROWSER_TEST_TIMEOUT,
  );

  it('counts the script-rendered menu and footer, and measures the homepage against the 2025 criteria', () => {
    expect(problems('site.layout.menu', '/')).toEqual([]);
    expect(problems('site.layout.footer', '/')).toEqual([]);
    const fcp = audit.report.findings.find((f) => f.ruleId === 'site.perf.fcp');
    expect(fcp?.location.item).toBe(server.url);
    expect(fcp?.evidence?.runsMs).toHaveLength(3);
    expect(fcp?.message.en).toContain('of the 2025 criteria (reported)');
  });
});
