/**
 * The command-line flags every Chromium this library starts gets: headless, no sandbox (CI containers run as
 * root), no GPU, no QUIC, and none of the background traffic (first-run pages, component updates, sync) that
 * would add requests to a measured page load. Playwright adds `--headless` and a fresh `--user-data-dir` (a new
 * temporary profile per launch) itself; a caller starting Chromium by hand passes both.
 *
 * @example
 * ```ts
 * import { CHROMIUM_FLAGS } from 'vn-portal-kit/playwright';
 * CHROMIUM_FLAGS.includes('--disable-quic') //=> true
 * ```
 */
export const CHROMIUM_FLAGS: readonly string[] = [
  '--no-sandbox',
  '--disable-gpu',
  '--disable-quic',
  '--no-first-run',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
];
