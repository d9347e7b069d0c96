import { formatIssue } from '../../../../src/core/index.js';
import { launchPortalBrowser, type PortalBrowser } from '../../../../src/site/browser/launchPortalBrowser.js';

/**
 * The Chromium of the real-browser tests. These tests never skip: without a browser they fail and say how to get
 * one (CI installs Debian's chromium in .ci/run).
 */
export async function testBrowser(): Promise<PortalBrowser> {
  const r = await launchPortalBrowser();
  if (!r.ok) {
    const why = r.issues.map((i) => formatIssue(i, 'en')).join('; ');
    throw new Error(
      `the real-Chromium tests need a browser: ${why} (apt-get install chromium, or set VN_PORTAL_KIT_CHROMIUM)`,
    );
  }
  return r.value;
}

/** Generous per-test timeout for a 2-core machine shared with other jobs (never a timed assertion). */
export const BROWSER_TEST_TIMEOUT = 180_000;
