import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { checkMobile, PHONE } from '../../../src/site/browser/checkMobile.js';
import type { PortalBrowser } from '../../../src/site/browser/launchPortalBrowser.js';
import { type FixtureServer, serveBrowserFixtures } from './_lib/serveBrowserFixtures.js';
import { BROWSER_TEST_TIMEOUT, testBrowser } from './_lib/testBrowser.js';

describe('checkMobile in real Chromium at 360 × 640', () => {
  let server: FixtureServer;
  let browser: PortalBrowser;
  let context: BrowserContext;
  beforeAll(async () => {
    server = await serveBrowserFixtures();
    browser = await testBrowser();
    context = await browser.browser.newContext({ ...PHONE });
  }, BROWSER_TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function check(path: string, options = {}) {
    const page = await context.newPage();
    try {
      await page.goto(`${server.origin}${path}`);
      return await checkMobile(page, options);
    } finally {
      await page.close();
    }
  }

  it(
    'finds the planted horizontal scroll, small text and crowded tap targets, with selectors and a screenshot',
    async () => {
      const findings = await check('/mobile.html');
      expect(findings.map((f) => f.ruleId)).toEqual([
        'site.mobile.horizontal-scroll',
        'site.mobile.text-size',
        'site.mobile.tap-targets',
      ]);
      const [scroll, text, taps] = findings;
      expect(scroll?.status).toBe('fail');
      expect(scroll?.severity).toBe('error');
      expect(scroll?.citation?.id).toBe('TT-32-2017/17');
      expect(scroll?.location.field).toBe('#planted-wide');
      expect(scroll?.evidence?.layoutWidth).toBe(360);
      expect(scroll?.evidence?.scrollWidth as number).toBeGreaterThan(900);
      expect(text?.location.field).toMatch(/^body > main > p/);
      expect((text?.evidence?.samples as { fontSize: number }[] | undefined)?.[0]?.fontSize).toBe(9);
      expect(taps?.evidence?.crowdedTargets).toBe(4);
      expect(taps?.location.field).toBe('#planted-tiny > a:nth-of-type(1)');
      const shot = scroll?.evidence?.screenshot as string;
      expect(shot).toMatch(/^data:image\/jpeg;base64,/);
      const bytes = Buffer.from(shot.slice(shot.indexOf(',') + 1), 'base64');
      expect([bytes[0], bytes[1]]).toEqual([0xff, 0xd8]);
      expect(text?.evidence?.screenshot).toBeUndefined();
    },
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'finds a missing viewport meta tag; passes the clean page',
    async () => {
      const missing = await check('/no-viewport.html', { screenshot: false });
      expect(missing.map((f) => [f.ruleId, f.status, f.location.field])).toEqual([
        ['site.mobile.viewport', 'fail', 'head'],
      ]);
      expect(missing[0]?.evidence?.screenshot).toBeUndefined();
      expect(await check('/clean.html')).toEqual([]);
    },
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'outlines the offending elements for the screenshot only when asked (it changes the page)',
    async () => {
      const page = await context.newPage();
      try {
        await page.goto(`${server.origin}/mobile.html`);
        const outlineOf = (sel: string) =>
          page.evaluate(`getComputedStyle(document.querySelector(${JSON.stringify(sel)})).outlineStyle`);
        await checkMobile(page);
        expect(await outlineOf('#planted-wide')).toBe('none');
        await checkMobile(page, { highlight: true });
        expect(await outlineOf('#planted-wide')).toBe('solid');
        expect(await outlineOf('#planted-tiny > a:nth-of-type(2)')).toBe('solid');
      } finally {
        await page.close();
      }
    },
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'exempts links inside a sentence and spaced small targets (WCAG 2.2 SC 2.5.8)',
    async () => {
      const page = await context.newPage();
      try {
        await page.goto(`${server.origin}/clean.html`);
        await page.evaluate(`document.querySelector('main').insertAdjacentHTML('beforeend',
          '<p>Xem thêm <a href="/a" style="font-size:10px">đây</a> về lịch tiếp công dân của lãnh đạo tỉnh trong tháng.</p>' +
          '<p><a href="/b" style="display:inline-block;width:16px;height:16px">b</a><span style="display:inline-block;width:40px"></span><a href="/c" style="display:inline-block;width:16px;height:16px">c</a></p>')`);
        const findings = await checkMobile(page, { screenshot: false });
        expect(findings.filter((f) => f.ruleId === 'site.mobile.tap-targets')).toEqual([]);
      } finally {
        await page.close();
      }
    },
    BROWSER_TEST_TIMEOUT,
  );
});
