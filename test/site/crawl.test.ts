import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { Finding } from '../../src/compliance/index.js';
import { auditSite, createNodeHttpClient, type HttpClient, SITE_RULES } from '../../src/site/index.js';
import {
  buildPortal,
  DEFECTS,
  type FixtureResponse,
  type PortalFixture,
} from '../fixtures/portal/buildPortal.js';
import { type FixtureServer, startFixtureServer } from '../fixtures/portal/server.js';

const AS_OF = '2026-12-07';
const FAST = { delayMs: 0, retryDelayMs: 20, timeoutMs: 1_000 } as const;

async function audit(fixture: PortalFixture, server: FixtureServer, http: HttpClient, extra = {}) {
  return auditSite({
    url: server.url,
    profile: 'nd224-2026',
    asOf: AS_OF,
    agencyName: fixture.agencyName,
    publicHost: fixture.publicHost,
    http,
    limits: FAST,
    ...extra,
  });
}

const problems = (findings: readonly Finding[]) =>
  findings.filter((f) => f.status === 'fail' || f.status === 'needs-review');

describe('auditSite on the clean fixture portal', () => {
  const fixture = buildPortal('clean');
  let server: FixtureServer;
  let http: HttpClient;
  beforeAll(async () => {
    server = await startFixtureServer(fixture.pages);
    http = createNodeHttpClient({ userAgent: 'vn-portal-kit-test' });
  });
  afterAll(async () => {
    http.close?.();
    await server.close();
  });

  it('passes, with no site problem, having crawled every page reachable', async () => {
    const { report, crawl, inventory } = await audit(fixture, server, http);
    expect(problems(report.findings).filter((f) => f.ruleId.startsWith('site.'))).toEqual([]);
    expect(report.summary.passed).toBe(true);
    // every HTML page except the one robots.txt forbids (/tim-kiem)
    expect(crawl.analysed).toBe(fixture.htmlPaths.length - 1);
    expect(server.hits.get('/tim-kiem')).toBeUndefined();
    expect(crawl.sitemap.tried.every((t) => t.ok)).toBe(true);
    expect(inventory.items.filter((i) => i.category === 'legal-documents')).toHaveLength(12);
    // each evaluated site rule is listed as passed
    const passed = report.summary.rules
      .filter((r) => r.id.startsWith('site.') && r.status === 'pass')
      .map((r) => r.id);
    expect(passed).toEqual(
      expect.arrayContaining([
        'site.layout.menu',
        'site.layout.footer',
        'site.categories',
        'site.sitemap.xml',
      ]),
    );
  });

  it('with --province, the communes of the 2026 unit data are expected to be linked (needs review when not)', async () => {
    const { report } = await audit(fixture, server, http, { province: 'Phú Thọ' });
    const f = report.findings.filter(
      (x) => x.ruleId === 'site.connect.components' && x.status === 'needs-review',
    );
    expect(f).toHaveLength(1);
    expect(f[0]?.evidence).toMatchObject({ expected: 148, linkedCommunes: 2 });
    expect(report.summary.passed).toBe(true);
  });

  it('sends the User-Agent naming the tool and its homepage', async () => {
    const seen: string[] = [];
    const probe = await startFixtureServer(fixture.pages, (req) => {
      seen.push(String(req.headers['user-agent']));
      return false;
    });
    const client = createNodeHttpClient({
      userAgent: 'vn-portal-kit/0.1 (+https://example.org/vn-portal-kit)',
    });
    await auditSite({
      url: probe.url,
      profile: 'nd224-2026',
      asOf: AS_OF,
      http: client,
      limits: { ...FAST, maxPages: 3 },
    });
    client.close?.();
    await probe.close();
    expect(new Set(seen)).toEqual(new Set(['vn-portal-kit/0.1 (+https://example.org/vn-portal-kit)']));
  });

  it('stops at the page limit and says what was not checked', async () => {
    const { report, crawl } = await audit(fixture, server, http, { limits: { ...FAST, maxPages: 10 } });
    expect(crawl.pages).toBe(10);
    expect(crawl.stoppedBy).toBe('maxPages');
    const note = report.findings.find((f) => f.ruleId === 'site.fetch' && f.status === 'needs-review');
    expect(note?.message.en).toMatch(/stopped at 10 pages/);
  });

  it('keeps at most `concurrency` requests in flight and spaces requests to one host by delayMs', async () => {
    let inFlight = 0;
    let max = 0;
    const starts: number[] = [];
    const inner = createNodeHttpClient({ userAgent: 't' });
    const counting: HttpClient = {
      async request(r) {
        inFlight++;
        max = Math.max(max, inFlight);
        starts.push(performance.now());
        try {
          return await inner.request(r);
        } finally {
          inFlight--;
        }
      },
    };
    await auditSite({
      url: server.url,
      profile: 'nd224-2026',
      asOf: AS_OF,
      http: counting,
      limits: { ...FAST, maxPages: 12, concurrency: 2, delayMs: 30 },
    });
    inner.close?.();
    expect(max).toBeLessThanOrEqual(2);
    const gaps = starts.slice(1).map((t, i) => t - (starts[i] as number));
    expect(Math.min(...gaps)).toBeGreaterThanOrEqual(28);
  });
});

describe('auditSite on the fixture portal with planted defects', () => {
  const fixture = buildPortal('defects');
  let server: FixtureServer;
  let http: HttpClient;
  let result: Awaited<ReturnType<typeof audit>>;
  beforeAll(async () => {
    server = await startFixtureServer(fixture.pages);
    http = createNodeHttpClient({ userAgent: 'vn-portal-kit-test' });
    result = await audit(fixture, server, http);
  });
  afterAll(async () => {
    http.close?.();
    await server.close();
  });

  it('fails', () => {
    expect(result.report.summary.passed).toBe(false);
  });

  it.each(Object.keys(DEFECTS).filter((id) => id !== 'deadline.publication'))(
    'finds the planted defect of %s, cited',
    (ruleId) => {
      const found = problems(result.report.findings).filter((f) => f.ruleId === ruleId);
      expect(found.length, DEFECTS[ruleId]).toBeGreaterThan(0);
      for (const f of found) {
        expect(f.citation?.id).toMatch(/^[A-Z]/);
        if (ruleId.startsWith('site.')) {
          expect(f.location.item).toMatch(/^http:\/\/127\.0\.0\.1:\d+\//);
          expect(f.remediation?.vi.length).toBeGreaterThan(0);
          expect(f.remediation?.en.length).toBeGreaterThan(0);
        }
      }
    },
  );

  it('a reported requirement never fails: EMC and components are needs-review', () => {
    for (const id of ['site.connect.emc-label', 'site.connect.components']) {
      const found = result.report.findings.filter((f) => f.ruleId === id);
      expect(found.length).toBeGreaterThan(0);
      expect(found.every((f) => f.status === 'needs-review')).toBe(true);
      expect(SITE_RULES[id as 'site.connect.emc-label'].confidence).toBe('reported');
    }
  });

  it('retries a 503 page with back-off, then records it; a slow page times out', () => {
    expect(server.hits.get('/thong-bao/loi-may-chu')).toBe(3);
    const fetchFails = result.report.findings.filter((f) => f.ruleId === 'site.fetch' && f.status === 'fail');
    expect(fetchFails.map((f) => f.location.item).sort()).toEqual([
      `${server.url}thong-bao/cham`,
      `${server.url}thong-bao/loi-may-chu`,
    ]);
    expect(fetchFails.find((f) => String(f.location.item).endsWith('cham'))?.evidence?.reason).toBe(
      'timeout',
    );
  });

  it('evidence names the page and the element: a broken link gives the linking page and the link selector', () => {
    const broken = result.report.findings.find(
      (f) =>
        f.ruleId === 'site.links.broken' && String(f.evidence?.target).endsWith('/tin-tuc/bai-da-xoa.html'),
    );
    expect(broken?.location.item).toBe(`${server.url}tin-tuc`);
    expect(broken?.location.field).toMatch(/^main#content > p > a/);
  });

  it('the late decision and the malformed number-symbol flow through the audit rules', async () => {
    // ND 224/2026 sets no day count of its own for legal documents, so the Law on Access to Information's default
    // applies (LTCTT-2016/18.4: 5 working days); Vĩnh Phúc's regulation sets 2 working days.
    const national = result.report.findings.filter(
      (f) => f.ruleId === 'deadline.publication' && f.status === 'fail',
    );
    expect(national.map((f) => f.location.item)).toEqual(['/van-ban/quyet-dinh-140-2026-qd-ubnd.html']);
    expect(national[0]?.citation?.id).toBe('LTCTT-2016/18.4');
    expect(national[0]?.evidence).toMatchObject({ eventAt: '2026-10-01', dueDate: '2026-10-08' });
    const vp = await audit(fixture, server, http, { profile: 'vinh-phuc-32-2023' });
    const late = vp.report.findings.filter((f) => f.ruleId === 'deadline.publication' && f.status === 'fail');
    expect(late.map((f) => f.location.item)).toEqual(['/van-ban/quyet-dinh-140-2026-qd-ubnd.html']);
    expect(late[0]?.evidence).toMatchObject({
      eventAt: '2026-10-01',
      dueDate: '2026-10-05',
      delayWorkingDays: 34,
    });
    const number = result.report.findings.find((f) => f.ruleId === 'documents.number' && f.status === 'fail');
    expect(number?.message.en).toContain('141/2026/QĐ UBND');
  });
});

describe('crawl edge cases', () => {
  it('a homepage that cannot be fetched fails the report (nothing was checked)', async () => {
    const server = await startFixtureServer(new Map());
    const http = createNodeHttpClient({ userAgent: 't' });
    const { report } = await auditSite({
      url: server.url,
      profile: 'nd224-2026',
      asOf: AS_OF,
      http,
      limits: FAST,
    });
    http.close?.();
    await server.close();
    expect(report.summary.passed).toBe(false);
    expect(
      report.findings.some((f) => f.ruleId === 'site.fetch' && f.severity === 'error' && f.status === 'fail'),
    ).toBe(true);
    expect(report.summary.rules.some((r) => r.id === 'site.layout.menu')).toBe(false);
  });

  it('robots.txt forbidding everything: nothing fetched, and the report fails', async () => {
    const pages = new Map(buildPortal('clean').pages);
    pages.set('/robots.txt', {
      status: 200,
      headers: { 'content-type': 'text/plain' },
      body: 'User-agent: *\nDisallow: /\n',
    });
    const server = await startFixtureServer(pages);
    const http = createNodeHttpClient({ userAgent: 't' });
    const { report, crawl } = await auditSite({
      url: server.url,
      profile: 'nd224-2026',
      asOf: AS_OF,
      http,
      limits: FAST,
    });
    const ignoring = await auditSite({
      url: server.url,
      profile: 'nd224-2026',
      asOf: AS_OF,
      http,
      limits: { ...FAST, maxPages: 5 },
      respectRobots: false,
    });
    http.close?.();
    await server.close();
    expect(crawl.pages).toBe(0);
    expect(report.summary.passed).toBe(false);
    expect(report.findings.find((f) => f.ruleId === 'site.fetch')?.message.en).toMatch(/robots\.txt forbids/);
    expect(ignoring.crawl.pages).toBe(5);
  });

  it('follows redirects on the portal up to maxRedirects, stops at a loop, and reads at most maxBytes', async () => {
    const pages = new Map<string, FixtureResponse>();
    pages.set('/gioi-thieu', {
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: '<html lang="vi"><body>Giới thiệu</body></html>',
    });
    pages.set('/cu', { status: 301, headers: { location: '/gioi-thieu' }, body: '' });
    pages.set('/vong-a', { status: 302, headers: { location: '/vong-b' }, body: '' });
    pages.set('/vong-b', { status: 302, headers: { location: '/vong-a' }, body: '' });
    pages.set('/', {
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: `<html lang="vi"><body><a href="/cu">cũ</a><a href="/vong-a">vòng</a><a href="/lon">lớn</a></body></html>`,
    });
    pages.set('/lon', {
      status: 200,
      headers: { 'content-type': 'text/html; charset=utf-8' },
      body: `<html lang="vi"><body><p>${'x'.repeat(200_000)}</p></body></html>`,
    });
    const server = await startFixtureServer(pages);
    const http = createNodeHttpClient({ userAgent: 't' });
    const { report, crawl } = await auditSite({
      url: server.url,
      profile: 'nd224-2026',
      asOf: AS_OF,
      http,
      limits: { ...FAST, maxRedirects: 3, maxBytes: 50_000, maxDepth: 1 },
    });
    http.close?.();
    await server.close();
    const loop = report.findings.find((f) => f.ruleId === 'site.fetch' && f.evidence?.reason === 'redirects');
    expect(loop?.location.item).toBe(`${server.url}vong-a`);
    expect(crawl.bytes).toBeLessThan(60_000);
    expect(crawl.analysed).toBe(3);
  });
});
