import http from 'node:http';
import https from 'node:https';
import type { LookupFunction } from 'node:net';
import { type HttpClient, HttpError, type HttpRequest, type HttpResponse } from '../HttpClient.js';

/**
 * Options of {@link createNodeHttpClient}.
 *
 * @example
 * ```ts
 * import type { NodeHttpClientOptions } from 'vn-portal-kit/site';
 * const o: NodeHttpClientOptions = { userAgent: 'test', maxSockets: 2 };
 * o.maxSockets //=> 2
 * ```
 */
export interface NodeHttpClientOptions {
  /** Sent with every request. */
  readonly userAgent: string;
  /** Kept-alive sockets per host (the crawl's concurrency). Default 4. */
  readonly maxSockets?: number;
  /** Extra trusted certificate authorities (PEM), e.g. a test's self-signed certificate. */
  readonly ca?: string | readonly string[];
  /** A DNS lookup to use instead of the system's (tests; IPv6-only probes). */
  readonly lookup?: LookupFunction;
  /** Address family to connect with (6 for the IPv6 probe). */
  readonly family?: 4 | 6;
}

/**
 * Node's {@link HttpClient}: `node:http`/`node:https` with kept-alive agents, no automatic redirects, a
 * deadline for the whole exchange, and bodies read up to `maxBytes` (the rest is not downloaded).
 *
 * @example
 * ```ts
 * import { createNodeHttpClient } from 'vn-portal-kit/site';
 * const client = createNodeHttpClient({ userAgent: 'vn-portal-kit-test' });
 * typeof client.request //=> 'function'
 * client.close?.();
 * ```
 */
export function createNodeHttpClient(options: NodeHttpClientOptions): HttpClient {
  const maxSockets = options.maxSockets ?? 4;
  const common = {
    keepAlive: true,
    maxSockets,
    ...(options.lookup ? { lookup: options.lookup } : {}),
    ...(options.family ? { family: options.family } : {}),
  };
  const httpAgent = new http.Agent(common);
  const httpsAgent = new https.Agent({
    ...common,
    ...(options.ca ? { ca: [...[options.ca].flat()] } : {}),
  });
  return {
    request(req: HttpRequest): Promise<HttpResponse> {
      let url: URL;
      try {
        url = new URL(req.url);
      } catch {
        return Promise.reject(new HttpError('invalid-url', `invalid URL ${req.url.slice(0, 100)}`));
      }
      const isHttps = url.protocol === 'https:';
      if (!isHttps && url.protocol !== 'http:')
        return Promise.reject(new HttpError('invalid-url', `not http(s): ${req.url.slice(0, 100)}`));
      const lib = isHttps ? https : http;
      return new Promise<HttpResponse>((resolve, reject) => {
        let settled = false;
        const finish = (error: HttpError | undefined, response?: HttpResponse) => {
          if (settled) return;
          settled = true;
          clearTimeout(timer);
          if (error) reject(error);
          else resolve(response as HttpResponse);
        };
        const request = lib.request(
          url,
          {
            method: req.method ?? 'GET',
            agent: isHttps ? httpsAgent : httpAgent,
            headers: {
              'user-agent': options.userAgent,
              accept: 'text/html,application/xhtml+xml,application/xml;q=0.9,*/*;q=0.8',
              'accept-language': 'vi,en;q=0.5',
              ...req.headers,
            },
          },
          (res) => {
            const chunks: Buffer[] = [];
            let bytes = 0;
            let truncated = false;
            res.on('data', (chunk: Buffer) => {
              if (truncated) return;
              if (bytes + chunk.length > req.maxBytes) {
                chunks.push(chunk.subarray(0, req.maxBytes - bytes));
                bytes = req.maxBytes;
                truncated = true;
                res.destroy();
                done();
                return;
              }
              chunks.push(chunk);
              bytes += chunk.length;
            });
            const done = () => {
              const headers: Record<string, string> = {};
              for (const [k, v] of Object.entries(res.headers)) {
                if (v !== undefined) headers[k] = Array.isArray(v) ? v.join(', ') : v;
              }
              finish(undefined, {
                url: url.href,
                status: res.statusCode ?? 0,
                headers,
                body: decode(Buffer.concat(chunks), headers['content-type']),
                bytes,
                truncated,
              });
            };
            res.on('end', done);
            res.on('error', (e) => finish(new HttpError('network', e.message)));
          },
        );
        const timer = setTimeout(() => {
          request.destroy();
          finish(new HttpError('timeout', `no complete answer within ${req.timeoutMs} ms`));
        }, req.timeoutMs);
        request.on('error', (e: NodeJS.ErrnoException) => {
          const tls = /CERT|SSL|TLS|self.signed|certificate/i.test(`${e.code ?? ''} ${e.message}`);
          finish(new HttpError(tls ? 'tls' : 'network', `${e.code ?? ''} ${e.message}`.trim()));
        });
        request.end();
      });
    },
    close() {
      httpAgent.destroy();
      httpsAgent.destroy();
    },
  };
}

function decode(body: Buffer, contentType: string | undefined): string {
  const charset = contentType ? /charset\s*=\s*"?([\w-]+)/i.exec(contentType)?.[1] : undefined;
  if (charset) {
    try {
      return new TextDecoder(charset).decode(body);
    } catch {
      // an unknown charset: read as UTF-8 (the finding about the charset is the page check's)
    }
  }
  return new TextDecoder('utf-8').decode(body);
}
