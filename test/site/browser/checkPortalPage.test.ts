import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkPortalPage } from '../../../src/playwright/checkPortalPage.js';
import { portalMatchers } from '../../../src/playwright/index.js';
import { formatPortalFindings, toMeetPortalRules } from '../../../src/playwright/toMeetPortalRules.js';
import type { PortalBrowser } from '../../../src/site/browser/launchPortalBrowser.js';
import { type FixtureServer, serveBrowserFixtures } from './_lib/serveBrowserFixtures.js';
import { BROWSER_TEST_TIMEOUT, testBrowser } from './_lib/testBrowser.js';

expect.extend(portalMatchers);

describe('checkPortalPage and toMeetPortalRules on pages a test loaded', () => {
  let server: FixtureServer;
  let browser: PortalBrowser;
  let context: BrowserContext;
  beforeAll(async () => {
    server = await serveBrowserFixtures();
    browser = await testBrowser();
    context = await browser.browser.newContext({ viewport: { width: 1280, height: 800 } });
  }, BROWSER_TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function open(path: string) {
    const page = await context.newPage();
    await page.goto(`${server.origin}${path}`);
    return page;
  }

  it(
    'runs the page checks on the rendered DOM, axe and (on request) the mobile checks, and restores the size',
    async () => {
      const page = await open('/a11y.html');
      try {
        const findings = await checkPortalPage(page, {
          profile: 'nd224-2026',
          asOf: '2026-12-07',
          mobile: true,
          home: false,
        });
        const ids = new Set(findings.map((f) => f.ruleId));
        expect(ids.has('site.a11y.contrast')).toBe(true);
        expect(ids.has('site.a11y.img-alt')).toBe(true);
        expect(findings.some((f) => f.evidence?.axeRule === 'image-alt')).toBe(false);
        expect(page.viewportSize()).toEqual({ width: 1280, height: 800 });
        expect(findings[0]?.status).toBe('fail');
      } finally {
        await page.close();
      }
    },
    BROWSER_TEST_TIMEOUT,
  );

  it(
    "runs the mobile checks by itself on a phone-sized page ('auto'), and not on a desktop-sized one",
    async () => {
      const phone = await browser.browser.newContext({ viewport: { width: 360, height: 640 } });
      try {
        const page = await phone.newPage();
        await page.goto(`${server.origin}/mobile.html`);
        const onPhone = await checkPortalPage(page, {
          profile: 'nd224-2026',
          asOf: '2026-12-07',
          accessibility: false,
        });
        expect(onPhone.some((f) => f.ruleId === 'site.mobile.horizontal-scroll')).toBe(true);
      } finally {
        await phone.close();
      }
      const desk = await open('/mobile.html');
      try {
        const onDesk = await checkPortalPage(desk, {
          profile: 'nd224-2026',
          asOf: '2026-12-07',
          accessibility: false,
        });
        expect(onDesk.some((f) => f.ruleId.startsWith('site.mobile.'))).toBe(false);
      } finally {
        await desk.close();
      }
    },
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'passes a clean page and fails a defective one with a message listing cited findings and selectors',
    async () => {
      const clean = await open('/clean.html');
      const bad = await open('/a11y.html');
      try {
        await expect(clean).toMeetPortalRules({
          profile: 'nd224-2026',
          asOf: '2026-12-07',
          rules: ['site.a11y', 'site.mobile'],
          mobile: true,
        });
        let message = '';
        try {
          await expect(bad).toMeetPortalRules({
            profile: 'nd224-2026',
            asOf: '2026-12-07',
            rules: ['site.a11y'],
          });
        } catch (e) {
          message = (e as Error).message;
        }
        expect(message).toContain('to meet the portal rules of nd224-2026');
        expect(message).toContain('site.a11y.contrast (TT-32-2017/18.1.a)');
        expect(message).toContain(`at ${server.origin}/a11y.html #planted-contrast`);
        expect(message).toContain('site.a11y.motion (TT-32-2017/18.1.b)');
        await expect(bad).not.toMeetPortalRules({
          profile: 'nd224-2026',
          asOf: '2026-12-07',
          rules: ['site.a11y'],
        });
      } finally {
        await clean.close();
        await bad.close();
      }
    },
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'judges only failures at the chosen severity, and never a needs-review',
    async () => {
      const page = await open('/mobile.html');
      try {
        const options = {
          profile: 'nd224-2026',
          asOf: '2026-12-07',
          mobile: true,
          rules: ['site.mobile.text-size'],
        } as const;
        expect((await toMeetPortalRules.call({}, page, options)).pass).toBe(true);
        expect((await toMeetPortalRules.call({}, page, { ...options, minSeverity: 'warning' })).pass).toBe(
          false,
        );
        const review = await toMeetPortalRules.call({}, page, {
          ...options,
          rules: ['site.a11y'],
          disable: ['site.a11y.contrast'],
        });
        expect(review.actual).toEqual([]);
      } finally {
        await page.close();
      }
    },
    BROWSER_TEST_TIMEOUT,
  );

  it('refuses calls without a profile or a page, in words a tester understands', async () => {
    const page = await open('/clean.html');
    try {
      // @ts-expect-error: a profile is required
      await expect(checkPortalPage(page, {})).rejects.toThrow(/a profile is required/);
      // @ts-expect-error: not a page
      await expect(checkPortalPage({}, { profile: 'nd224-2026' })).rejects.toThrow(
        /must be a Playwright Page/,
      );
    } finally {
      await page.close();
    }
  });

  it('formats findings one per line with provision, page, selector and further selectors', () => {
    const out = formatPortalFindings(
      [
        {
          ruleId: 'site.mobile.tap-targets',
          severity: 'warning',
          status: 'fail',
          message: { vi: 'Vùng chạm nhỏ', en: 'Small targets' },
          citation: { id: 'TT-32-2017/17' },
          location: { item: 'http://127.0.0.1/', field: 'a.x' },
          evidence: { selectors: ['a.x', 'a.y', 42] },
        },
      ],
      'vi',
    );
    expect(out).toBe(
      '  ✗ warning site.mobile.tap-targets (TT-32-2017/17): Vùng chạm nhỏ\n      at http://127.0.0.1/ a.x; also a.y',
    );
  });
});

declare module 'vitest' {
  // biome-ignore lint/suspicious/noExplicitAny: Vitest's own declaration uses `any`.
  interface Matchers<T = any> {
    toMeetPortalRules(
      options: import('../../../src/playwright/index.js').ToMeetPortalRulesOptions,
    ): Promise<T>;
  }
}
