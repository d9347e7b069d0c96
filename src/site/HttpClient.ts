/**
 * One HTTP request of the crawler or the network checks.
 *
 * @example
 * ```ts
 * import type { HttpRequest } from 'vn-portal-kit/site';
 * const r: HttpRequest = { url: 'https://phutho.gov.vn/robots.txt', timeoutMs: 10_000, maxBytes: 500_000 };
 * r.timeoutMs //=> 10000
 * ```
 */
export interface HttpRequest {
  readonly url: string;
  readonly method?: 'GET' | 'HEAD';
  readonly headers?: Readonly<Record<string, string>>;
  /** Abort after this many milliseconds (connection, headers and body together). */
  readonly timeoutMs: number;
  /** Read at most this many bytes of the body; the rest is dropped and `truncated` set. */
  readonly maxBytes: number;
}

/**
 * An HTTP response: status, lower-case headers, the body decoded as text (the declared charset when the
 * runtime knows it, else UTF-8), never following redirects (the caller does, counting them).
 *
 * @example
 * ```ts
 * import type { HttpResponse } from 'vn-portal-kit/site';
 * const r: HttpResponse = { url: 'https://x.gov.vn/', status: 301, headers: { location: 'https://x.gov.vn/vi' }, body: '', bytes: 0, truncated: false };
 * r.headers.location //=> 'https://x.gov.vn/vi'
 * ```
 */
export interface HttpResponse {
  readonly url: string;
  readonly status: number;
  readonly headers: Readonly<Record<string, string>>;
  readonly body: string;
  /** Body bytes read. */
  readonly bytes: number;
  /** Whether the body was longer than `maxBytes`. */
  readonly truncated: boolean;
}

/**
 * Why a request failed without a response: `timeout`, `network` (refused, reset, DNS), `tls` (a certificate
 * or handshake error), `invalid-url`.
 *
 * @example
 * ```ts
 * import { HttpError } from 'vn-portal-kit/site';
 * new HttpError('timeout', 'no answer in 100 ms').kind //=> 'timeout'
 * ```
 */
export class HttpError extends Error {
  readonly kind: 'timeout' | 'network' | 'tls' | 'invalid-url';
  constructor(kind: HttpError['kind'], message: string) {
    super(message);
    this.name = 'HttpError';
    this.kind = kind;
  }
}

/**
 * What the crawler and the network checks use to speak HTTP: injectable, so tests run on loopback or with
 * stubs. `createNodeHttpClient` is Node's.
 *
 * @example
 * ```ts
 * import type { HttpClient } from 'vn-portal-kit/site';
 * const stub: HttpClient = { request: async (r) => ({ url: r.url, status: 404, headers: {}, body: '', bytes: 0, truncated: false }) };
 * (await stub.request({ url: 'https://x.gov.vn/', timeoutMs: 1, maxBytes: 1 })).status //=> 404
 * ```
 */
export interface HttpClient {
  /** Sends one request and resolves to its response; a failure without a response rejects with an {@link HttpError}. */
  request(request: HttpRequest): Promise<HttpResponse>;
  /** Releases kept-alive connections. */
  close?(): void;
}
