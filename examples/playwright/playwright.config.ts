// Playwright Test configuration of the example: Debian's Chromium (or VN_PORTAL_KIT_CHROMIUM), found the way
// vn-portal-kit finds it, with the same flags; no browser download. Run: npx playwright test -c examples/playwright
import { defineConfig } from '@playwright/test';
import { CHROMIUM_FLAGS, findChromium } from 'vn-portal-kit/playwright';

const chromium = findChromium();
if (chromium === undefined)
  throw new Error('No Chromium: apt-get install chromium, or set VN_PORTAL_KIT_CHROMIUM');

export default defineConfig({
  testDir: '.',
  workers: 1,
  timeout: 120_000,
  reporter: 'list',
  outputDir: '../../.tmp/playwright-example',
  use: {
    browserName: 'chromium',
    launchOptions: { executablePath: chromium.executablePath, args: [...CHROMIUM_FLAGS] },
  },
});
