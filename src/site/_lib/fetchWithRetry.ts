import { type HttpClient, HttpError, type HttpResponse } from '../HttpClient.js';

/** The crawl limits and politeness a fetch needs. */
export interface FetchPolicy {
  readonly timeoutMs: number;
  readonly maxBytes: number;
  readonly maxRedirects: number;
  readonly retries: number;
  readonly retryDelayMs: number;
  /** Waits for the host's turn (per-host delay). */
  readonly waitTurn: (host: string) => Promise<void>;
  /** Whether a redirect target may be followed (same portal). */
  readonly follow: (url: URL) => boolean;
}

/** The outcome of one fetch: a response (after redirects), an external redirect, or a failure. */
export type FetchOutcome =
  | {
      readonly kind: 'ok';
      readonly response: HttpResponse;
      readonly redirects: readonly string[];
      readonly attempts: number;
    }
  | { readonly kind: 'external'; readonly location: string }
  | {
      readonly kind: 'failed';
      readonly reason: 'timeout' | 'network' | 'tls' | 'status' | 'redirects' | 'invalid-url';
      readonly status?: number;
      readonly message: string;
      readonly attempts: number;
    };

const RETRY_STATUS = new Set([500, 502, 503, 504, 429]);
const sleep = (ms: number) => new Promise<void>((r) => setTimeout(r, ms));

/** A GET with redirects followed (counted, same portal only) and retries with exponential back-off on 5xx, 429 and timeouts. */
export async function fetchWithRetry(
  http: HttpClient,
  url: string,
  policy: FetchPolicy,
): Promise<FetchOutcome> {
  const redirects: string[] = [];
  let current = url;
  let attempts = 0;
  for (;;) {
    let response: HttpResponse | undefined;
    let failure: HttpError | undefined;
    for (let attempt = 0; attempt <= policy.retries; attempt++) {
      if (attempt > 0) {
        const retryAfter = Number(response?.headers['retry-after']);
        const wait =
          Number.isFinite(retryAfter) && retryAfter > 0
            ? Math.min(retryAfter * 1000, 5_000)
            : policy.retryDelayMs * 2 ** (attempt - 1);
        await sleep(wait);
      }
      attempts++;
      let host: string;
      try {
        host = new URL(current).host;
      } catch {
        return {
          kind: 'failed',
          reason: 'invalid-url',
          message: `invalid URL ${current.slice(0, 100)}`,
          attempts,
        };
      }
      await policy.waitTurn(host);
      try {
        response = await http.request({
          url: current,
          timeoutMs: policy.timeoutMs,
          maxBytes: policy.maxBytes,
        });
        failure = undefined;
        if (!RETRY_STATUS.has(response.status)) break;
      } catch (error) {
        failure = error instanceof HttpError ? error : new HttpError('network', String(error));
        response = undefined;
        if (failure.kind === 'invalid-url' || failure.kind === 'tls') break;
      }
    }
    if (failure) return { kind: 'failed', reason: failure.kind, message: failure.message, attempts };
    const res = response as HttpResponse;
    if (res.status >= 300 && res.status < 400 && res.headers.location) {
      let next: URL;
      try {
        next = new URL(res.headers.location, current);
      } catch {
        return {
          kind: 'failed',
          reason: 'status',
          status: res.status,
          message: 'invalid Location header',
          attempts,
        };
      }
      redirects.push(next.href);
      if (redirects.length > policy.maxRedirects)
        return {
          kind: 'failed',
          reason: 'redirects',
          status: res.status,
          message: `more than ${policy.maxRedirects} redirects`,
          attempts,
        };
      if (!policy.follow(next)) return { kind: 'external', location: next.href };
      current = next.href;
      continue;
    }
    if (res.status >= 400 || res.status < 200)
      return {
        kind: 'failed',
        reason: 'status',
        status: res.status,
        message: `HTTP ${res.status}`,
        attempts,
      };
    return { kind: 'ok', response: res, redirects, attempts };
  }
}

/**
 * A per-host turn-taker: requests to one host start at least `delayMs` apart, measured from the previous
 * request's actual start (a late timer never lets the next one in early). State lives on the returned function.
 */
export function createHostScheduler(delayMs: number): (host: string) => Promise<void> {
  const last = new Map<string, Promise<number>>();
  return async (host) => {
    if (delayMs <= 0) return;
    const previous = last.get(host) ?? Promise.resolve(Number.NEGATIVE_INFINITY);
    const mine = previous.then(async (startedAt) => {
      for (
        let wait = startedAt + delayMs - performance.now();
        wait > 0;
        wait = startedAt + delayMs - performance.now()
      )
        await sleep(Math.ceil(wait));
      return performance.now();
    });
    last.set(host, mine);
    await mine;
  };
}
