import type { Finding } from '../compliance/index.js';

/**
 * A page as the crawler fetched it, handed to a {@link PageRenderer}.
 *
 * @example
 * ```ts
 * import type { FetchedPage } from 'vn-portal-kit/site';
 * const p: FetchedPage = { url: 'https://phutho.gov.vn/', html: '<html></html>', headers: {}, home: true };
 * p.home //=> true
 * ```
 */
export interface FetchedPage {
  readonly url: string;
  /** The HTML as served. */
  readonly html: string;
  /** Response headers, lower-case names. */
  readonly headers: Readonly<Record<string, string>>;
  readonly home: boolean;
}

/**
 * What a renderer returns: the page's HTML after scripts ran (it goes through the same page checks as a static
 * page) and the findings only a browser can make (accessibility, mobile, load performance), built with
 * `siteFinding` from rules made with `defineSiteRule`.
 *
 * @example
 * ```ts
 * import type { RenderedPage } from 'vn-portal-kit/site';
 * const r: RenderedPage = { html: '<html lang="vi"></html>', findings: [] };
 * r.findings?.length //=> 0
 * ```
 */
export interface RenderedPage {
  readonly html: string;
  readonly findings?: readonly Finding[];
}

/**
 * A page renderer (browser mode, `vn-portal-kit site --browser`): `crawlSite` calls `render` for every HTML
 * page it fetched, at most `concurrency` at a time; whoever created the renderer calls `close` once at the end
 * (one renderer may serve many portals of a `--list` run). A renderer that fails on a
 * page rejects; the crawler records a `site.fetch` finding and analyses the static HTML instead.
 *
 * @example
 * ```ts
 * import type { PageRenderer } from 'vn-portal-kit/site';
 * const identity: PageRenderer = { name: 'identity', concurrency: 1, render: async (p) => ({ html: p.html }), close: async () => {} };
 * identity.name //=> 'identity'
 * ```
 */
export interface PageRenderer {
  /** For the report and messages, e.g. `'chromium 131 (playwright-core)'`. */
  readonly name: string;
  /** Most pages rendered at once. Default 2. */
  readonly concurrency?: number;
  /** Renders one fetched page (scripts run) and returns its HTML after rendering. */
  render(page: FetchedPage): Promise<RenderedPage>;
  /** Releases the browser; called once by whoever created the renderer. */
  close(): Promise<void>;
}
