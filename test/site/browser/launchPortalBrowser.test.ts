import { spawn } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { CHROMIUM_FLAGS } from '../../../src/site/browser/chromiumFlags.js';
import { findChromium } from '../../../src/site/browser/findChromium.js';
import { launchPortalBrowser } from '../../../src/site/browser/launchPortalBrowser.js';
import { BROWSER_TEST_TIMEOUT, testBrowser } from './_lib/testBrowser.js';

describe('launchPortalBrowser', () => {
  it('says in both languages that there is no browser, and does not throw', async () => {
    const r = await launchPortalBrowser({ env: { PATH: '' } });
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues.map((i) => i.code)).toEqual(['site.browser.not-found']);
    expect(r.issues[0]?.message.vi).toContain('Không tìm thấy Chromium');
    expect(r.issues[0]?.message.en).toContain('VN_PORTAL_KIT_CHROMIUM');
  });

  it(
    'reports an executable that does not start as launch-failed',
    async () => {
      const r = await launchPortalBrowser({ executablePath: '/bin/false', timeoutMs: 30_000 });
      expect(r.ok ? 'ok' : r.issues[0]?.code).toBe('site.browser.launch-failed');
      const missing = await launchPortalBrowser({
        executablePath: '/nonexistent/chromium',
        timeoutMs: 30_000,
      });
      expect(missing.ok ? 'ok' : missing.issues[0]?.details?.executablePath).toBe('/nonexistent/chromium');
    },
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'reports a CDP endpoint nobody listens on as cdp-failed',
    async () => {
      const r = await launchPortalBrowser({ cdpEndpoint: 'http://127.0.0.1:9', timeoutMs: 10_000 });
      expect(r.ok ? 'ok' : r.issues[0]?.code).toBe('site.browser.cdp-failed');
    },
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'starts the Chromium found on PATH (or VN_PORTAL_KIT_CHROMIUM) and renders a page',
    async () => {
      const b = await testBrowser();
      try {
        expect(b.source.kind).toBe('executable');
        expect(b.version).toMatch(/^\d+\./);
        const page = await b.browser.newPage();
        await page.setContent('<html lang="vi"><title>Cổng</title><p>Xin chào</p></html>');
        expect(await page.title()).toBe('Cổng');
      } finally {
        await b.close();
      }
    },
    BROWSER_TEST_TIMEOUT,
  );

  it(
    'connects to a running Chromium over CDP and only disconnects on close',
    async () => {
      const exe = findChromium();
      if (exe === undefined)
        throw new Error('the real-Chromium tests need a browser (apt-get install chromium)');
      const profile = mkdtempSync(join(tmpdir(), 'vnpk-cdp-'));
      const child = spawn(
        exe.executablePath,
        [
          '--headless',
          ...CHROMIUM_FLAGS,
          `--user-data-dir=${profile}`,
          '--remote-debugging-port=0',
          'about:blank',
        ],
        // Its own process group, so that the cleanup below ends Chromium's helper processes too (they kept
        // writing into the profile after the main process exited, and the profile could not be removed).
        { stdio: ['ignore', 'ignore', 'pipe'], detached: true },
      );
      try {
        const endpoint = await new Promise<string>((resolve, reject) => {
          let err = '';
          child.stderr?.on('data', (d: Buffer) => {
            err += d.toString();
            const m = /DevTools listening on (ws:\/\/\S+)/.exec(err);
            if (m?.[1]) resolve(m[1]);
          });
          child.on('exit', () => reject(new Error(`chromium exited: ${err.slice(0, 500)}`)));
        });
        const r = await launchPortalBrowser({ cdpEndpoint: endpoint });
        expect(r.ok).toBe(true);
        if (!r.ok) return;
        expect(r.value.source).toEqual({ kind: 'cdp', endpoint });
        const page = await r.value.browser.newPage();
        await page.setContent('<p id="x">CDP</p>');
        expect(await page.textContent('#x')).toBe('CDP');
        await r.value.close();
        expect(child.exitCode).toBeNull();
      } finally {
        const exited = new Promise((resolve) =>
          child.exitCode === null ? child.once('exit', resolve) : resolve(0),
        );
        try {
          if (child.pid !== undefined) process.kill(-child.pid, 'SIGKILL');
        } catch {
          // ESRCH: the whole group has already ended.
        }
        await exited;
        rmSync(profile, { recursive: true, force: true, maxRetries: 10, retryDelay: 300 });
      }
    },
    BROWSER_TEST_TIMEOUT,
  );
});
