import type { Page } from 'playwright-core';
import { compareFindings, type Finding } from '../compliance/index.js';
import type { DateInput } from '../core/index.js';
import { analysePage } from '../site/analysePage.js';
import { checkAccessibility } from '../site/browser/checkAccessibility.js';
import { checkMobile, PHONE } from '../site/browser/checkMobile.js';
import { createSiteContext, type SiteContextOptions } from '../site/SiteContext.js';

/**
 * Options of {@link checkPortalPage}.
 *
 * @example
 * ```ts
 * import type { CheckPortalPageOptions } from 'vn-portal-kit/playwright';
 * const o: CheckPortalPageOptions = { profile: 'nd224-2026', asOf: '2026-12-07', mobile: true };
 * o.profile //=> 'nd224-2026'
 * ```
 */
export interface CheckPortalPageOptions {
  /** A profile id or object of `vn-portal-kit/profiles`, e.g. `'nd224-2026'`. */
  readonly profile: string | object;
  /** The date the rules are read as of (default: today in Vietnam). */
  readonly asOf?: DateInput;
  /** The portal's homepage (default: the page's origin + `/`). */
  readonly homeUrl?: string;
  /** Whether this page is the homepage (layout, menu, footer, functions, categories); default: its URL is `homeUrl`. */
  readonly home?: boolean;
  readonly agencyName?: SiteContextOptions['agencyName'];
  readonly unitKind?: SiteContextOptions['unitKind'];
  /** The static page checks on the rendered DOM (default `true`). */
  readonly pageChecks?: boolean;
  /** axe-core, WCAG 2.0/2.1 A and AA (default `true`). */
  readonly accessibility?: boolean;
  /**
   * The mobile checks: `'auto'` (default) runs them when the page is at most 480 px wide (a phone project);
   * `true` lays the page out at 360 × 640 for the check and restores its size; `false` skips them.
   */
  readonly mobile?: boolean | 'auto';
  /** Attach a screenshot to a failing mobile finding (default `true`). */
  readonly screenshot?: boolean;
}

async function runMobile(page: Page, url: string, o: CheckPortalPageOptions): Promise<Finding[]> {
  const size = page.viewportSize();
  const mode = o.mobile ?? 'auto';
  if (mode === false) return [];
  const narrow = size !== null && size.width <= 480;
  if (mode === 'auto' && !narrow) return [];
  if (narrow || size === null) return checkMobile(page, { url, screenshot: o.screenshot !== false });
  await page.setViewportSize(PHONE.viewport);
  try {
    return await checkMobile(page, { url, screenshot: o.screenshot !== false });
  } finally {
    await page.setViewportSize(size);
  }
}

/**
 * Checks a page a Playwright test has loaded against the portal rules and returns the findings (sorted, problems
 * first): the same page checks as the static crawl on the rendered DOM (so script-rendered menus and footers
 * count), axe-core by the point of TT 32/2017 Art. 18.1 each violation breaks, and the mobile checks. Load
 * performance needs cold loads in fresh contexts: use `measurePageLoad`.
 *
 * @example
 * ```ts
 * import { checkPortalPage } from 'vn-portal-kit/playwright';
 * typeof checkPortalPage //=> 'function'
 * ```
 */
export async function checkPortalPage(page: Page, options: CheckPortalPageOptions): Promise<Finding[]> {
  if (typeof options !== 'object' || options === null || options.profile === undefined)
    throw new TypeError(
      "checkPortalPage(page, { profile }): a profile is required, e.g. { profile: 'nd224-2026' }",
    );
  if (typeof page?.content !== 'function' || typeof page.url !== 'function')
    throw new TypeError('checkPortalPage(page, options): page must be a Playwright Page');
  const url = page.url();
  if (!/^https?:/.test(url))
    throw new TypeError(`checkPortalPage: the page is not at an http(s) URL (${url.slice(0, 100)})`);
  const homeUrl = options.homeUrl ?? new URL('/', url).href;
  const findings: Finding[] = [];
  if (options.pageChecks !== false) {
    const context = createSiteContext({
      url: homeUrl,
      profile: options.profile,
      asOf: options.asOf ?? new Date(),
      ...(options.agencyName === undefined ? {} : { agencyName: options.agencyName }),
      ...(options.unitKind === undefined ? {} : { unitKind: options.unitKind }),
    });
    const charset = (await page.evaluate('document.characterSet')) as string;
    const home = options.home ?? new URL(url).href === new URL(homeUrl).href;
    const html = await page.content();
    findings.push(
      ...analysePage(
        { url, html, home, headers: { 'content-type': `text/html; charset=${charset.toLowerCase()}` } },
        context,
      ).findings,
    );
  }
  if (options.accessibility !== false)
    findings.push(
      ...(await checkAccessibility(page, {
        url,
        skipAxeRules: options.pageChecks === false ? [] : ['image-alt'],
      })),
    );
  findings.push(...(await runMobile(page, url, options)));
  return findings.sort(compareFindings);
}
