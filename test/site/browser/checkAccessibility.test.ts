import type { BrowserContext } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { BROWSER_RULES } from '../../../src/site/browser/BROWSER_RULES.js';
import { checkAccessibility } from '../../../src/site/browser/checkAccessibility.js';
import type { PortalBrowser } from '../../../src/site/browser/launchPortalBrowser.js';
import { type FixtureServer, serveBrowserFixtures } from './_lib/serveBrowserFixtures.js';
import { BROWSER_TEST_TIMEOUT, testBrowser } from './_lib/testBrowser.js';

describe('checkAccessibility in real Chromium (axe-core, WCAG 2.0/2.1 A and AA)', () => {
  let server: FixtureServer;
  let browser: PortalBrowser;
  let context: BrowserContext;
  beforeAll(async () => {
    server = await serveBrowserFixtures();
    browser = await testBrowser();
    context = await browser.browser.newContext();
  }, BROWSER_TEST_TIMEOUT);
  afterAll(async () => {
    await browser?.close();
    await server?.close();
  });

  async function check(path: string, options = {}) {
    const page = await context.newPage();
    try {
      await page.goto(`${server.origin}${path}`);
      return await checkAccessibility(page, options);
    } finally {
      await page.close();
    }
  }

  it(
    'finds every planted defect under the TT 32/2017 point it breaks, with the selector and count',
    async () => {
      const findings = await check('/a11y.html');
      const failed = findings.filter((f) => f.status === 'fail');
      const at = (axeRule: string) => failed.find((f) => f.evidence?.axeRule === axeRule);
      const expected: [string, string, string, string][] = [
        ['color-contrast', 'site.a11y.contrast', 'TT-32-2017/18.1.a', '#planted-contrast'],
        ['marquee', 'site.a11y.motion', 'TT-32-2017/18.1.b', '#planted-marquee'],
        ['image-alt', 'site.a11y.text-alternatives', 'TT-32-2017/18.1.c', '#planted-img'],
        ['label', 'site.a11y.text-alternatives', 'TT-32-2017/18.1.c', '#planted-input'],
        ['button-name', 'site.a11y.text-alternatives', 'TT-32-2017/18.1.c', '#planted-button'],
        ['link-name', 'site.a11y.orientation', 'TT-32-2017/18.1.d', '#planted-link'],
        ['td-headers-attr', 'site.a11y.tables', 'TT-32-2017/18.1.đ', 'table'],
      ];
      for (const [axeRule, ruleId, citation, selector] of expected) {
        const f = at(axeRule);
        expect(f, axeRule).toBeDefined();
        expect(f?.ruleId).toBe(ruleId);
        expect(f?.citation?.id).toBe(citation);
        expect(f?.location.item).toBe(`${server.origin}/a11y.html`);
        expect(f?.location.field).toBe(selector);
        expect(f?.evidence?.count).toBe(1);
        expect(f?.evidence?.selectors).toEqual([selector]);
        expect(f?.message.vi).toMatch(/1 phần tử$/);
        expect(f?.remediation?.vi.length).toBeGreaterThan(5);
      }
      expect(at('color-contrast')?.evidence?.wcag).toEqual(['1.4.3']);
      expect(at('color-contrast')?.message.vi).toContain('tương phản');
    },
    BROWSER_TEST_TIMEOUT,
  );

  it(
    "reports axe's undecided results as needs-review, never as a pass or a fail",
    async () => {
      const findings = await check('/a11y.html');
      const review = findings.find(
        (f) => f.status === 'needs-review' && f.location.field === '#review-contrast',
      );
      expect(review?.ruleId).toBe('site.a11y.contrast');
      expect(review?.message.en).toMatch(/^Needs review/);
      expect(findings.some((f) => f.status === 'fail' && f.location.field === '#review-contrast')).toBe(
        false,
      );
    },
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'finds nothing on the clean page, and leaves out the axe rules it is told to skip',
    async () => {
      expect(await check('/clean.html')).toEqual([]);
      const skipped = await check('/a11y.html', { skipAxeRules: ['image-alt', 'marquee'] });
      expect(
        skipped.some((f) => f.evidence?.axeRule === 'image-alt' || f.evidence?.axeRule === 'marquee'),
      ).toBe(false);
      expect(skipped.some((f) => f.evidence?.axeRule === 'link-name')).toBe(true);
    },
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'lists at most maxSelectors selectors but counts every element',
    async () => {
      const page = await context.newPage();
      try {
        const imgs = Array.from(
          { length: 7 },
          (_, i) => `<img id="i${i}" src="data:image/gif;base64,R0lGODlhAQABAAAAACw=">`,
        ).join('');
        await page.goto(`${server.origin}/clean.html`);
        await page.evaluate(
          `document.querySelector('main').insertAdjacentHTML('beforeend', ${JSON.stringify(imgs)})`,
        );
        const [f] = (await checkAccessibility(page, { maxSelectors: 3 })).filter(
          (x) => x.evidence?.axeRule === 'image-alt',
        );
        expect(f?.evidence?.count).toBe(7);
        expect(f?.evidence?.selectors).toEqual(['#i0', '#i1', '#i2']);
        expect(f?.severity).toBe(BROWSER_RULES['site.a11y.text-alternatives'].severity);
      } finally {
        await page.close();
      }
    },
    BROWSER_TEST_TIMEOUT,
  );
});
