import { readFile } from 'node:fs/promises';
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { join, normalize } from 'node:path';

const ROOT = join(import.meta.dirname, '..', '..', '..', 'fixtures', 'portal', 'browser');

/** A loopback server of test/fixtures/portal/browser/ (`/clean.html`, …), for the real-Chromium tests. */
export interface FixtureServer {
  readonly origin: string;
  close(): Promise<void>;
}

/** Serves the browser fixture pages on 127.0.0.1 (a random port); `close()` when done. */
export async function serveBrowserFixtures(): Promise<FixtureServer> {
  const server: Server = createServer(async (req, res) => {
    const path = normalize(decodeURIComponent(new URL(req.url ?? '/', 'http://x').pathname)).replace(
      /^\/+/,
      '',
    );
    if (path.includes('..') || !/^[a-z0-9-]+\.html$/.test(path)) {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
      return;
    }
    try {
      const body = await readFile(join(ROOT, path));
      res
        .writeHead(200, { 'content-type': 'text/html; charset=utf-8', 'cache-control': 'no-store' })
        .end(body);
    } catch {
      res.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('not found');
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const { port } = server.address() as AddressInfo;
  return {
    origin: `http://127.0.0.1:${port}`,
    close: () => new Promise<void>((resolve) => server.close(() => resolve())),
  };
}
