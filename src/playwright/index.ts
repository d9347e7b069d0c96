/**
 * Portal rules in a real browser, for QA teams and the `site --browser` crawl: `checkPortalPage(page, { profile })`
 * returns cited findings for a page a Playwright test loaded (the static page checks on the rendered DOM,
 * axe-core mapped to TT 32/2017 Art. 18.1, the mobile checks); `portalMatchers` adds
 * `await expect(page).toMeetPortalRules({ profile: 'nd224-2026' })` to `@playwright/test`:
 *
 * ```ts
 * import { expect as base, test } from '@playwright/test';
 * import { portalMatchers } from 'vn-portal-kit/playwright';
 * const expect = base.extend(portalMatchers);
 * test('home', async ({ page }) => {
 *   await page.goto('https://phutho.gov.vn/');
 *   await expect(page).toMeetPortalRules({ profile: 'nd224-2026' });
 * });
 * ```
 *
 * Also: `launchPortalBrowser` (Chromium from an option, `VN_PORTAL_KIT_CHROMIUM`, `PATH`, or a CDP endpoint),
 * `measurePageLoad` (cold loads, median of 3, against the 2025 criteria) and `createBrowserRenderer` (the
 * crawler's browser mode). Node only; `playwright-core` and `axe-core` are optional peer dependencies.
 *
 * @packageDocumentation
 * @module playwright
 */
import { toMeetPortalRules } from './toMeetPortalRules.js';

export { type A11yRuleId, a11yRuleFor } from '../site/browser/a11yRuleFor.js';
export { A11Y_RULE_TEXTS, type A11yRuleText } from '../site/browser/a11yRuleTexts.js';
export { BROWSER_RULES, type BrowserRuleId } from '../site/browser/BROWSER_RULES.js';
export { BROWSER_PROVISIONS, type BrowserProvision } from '../site/browser/browserProvisions.js';
export {
  AXE_TAGS,
  type CheckAccessibilityOptions,
  checkAccessibility,
} from '../site/browser/checkAccessibility.js';
export { type CheckMobileOptions, checkMobile, PHONE } from '../site/browser/checkMobile.js';
export { CHROMIUM_FLAGS } from '../site/browser/chromiumFlags.js';
export { type BrowserRendererOptions, createBrowserRenderer } from '../site/browser/createBrowserRenderer.js';
export {
  type ChromiumLocation,
  type FindChromiumOptions,
  findChromium,
} from '../site/browser/findChromium.js';
export {
  type BrowserSource,
  type LaunchPortalBrowserOptions,
  launchPortalBrowser,
  type PortalBrowser,
} from '../site/browser/launchPortalBrowser.js';
export {
  type MeasurePageLoadOptions,
  measurePageLoad,
  type PageLoadMeasurement,
  type PageLoadMetrics,
} from '../site/browser/measurePageLoad.js';
export { NETWORK_PROFILES, type NetworkProfile } from '../site/browser/NETWORK_PROFILES.js';
export { PERFORMANCE_CRITERIA } from '../site/browser/PERFORMANCE_CRITERIA.js';
export { performanceFindings } from '../site/browser/performanceFindings.js';
export { type CheckPortalPageOptions, checkPortalPage } from './checkPortalPage.js';
export {
  formatPortalFindings,
  type PortalMatcherResult,
  type PortalMatcherState,
  type ToMeetPortalRulesOptions,
  toMeetPortalRules,
} from './toMeetPortalRules.js';

/**
 * The matchers, for `expect.extend(portalMatchers)` in `@playwright/test` (or Vitest).
 *
 * @example
 * ```ts
 * import { portalMatchers } from 'vn-portal-kit/playwright';
 * Object.keys(portalMatchers) //=> ['toMeetPortalRules']
 * ```
 */
export const portalMatchers: { readonly toMeetPortalRules: typeof toMeetPortalRules } = { toMeetPortalRules };
