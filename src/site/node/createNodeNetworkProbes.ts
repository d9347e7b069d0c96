import { promises as dns } from 'node:dns';
import tls from 'node:tls';
import type { NetworkProbes, TlsProbeResult } from '../checkNetwork.js';
import type { HttpClient } from '../HttpClient.js';
import { createNodeHttpClient } from './createNodeHttpClient.js';

/**
 * Options of {@link createNodeNetworkProbes}.
 *
 * @example
 * ```ts
 * import type { NodeNetworkProbesOptions } from 'vn-portal-kit/site';
 * const o: NodeNetworkProbesOptions = { userAgent: 'x', timeoutMs: 5_000 };
 * o.timeoutMs //=> 5000
 * ```
 */
export interface NodeNetworkProbesOptions {
  readonly userAgent: string;
  /** Trusted extra certificate authorities (PEM). */
  readonly ca?: string | readonly string[];
  /** Deadline of each probe. Default 10,000 ms. */
  readonly timeoutMs?: number;
  /** The HTTP client (default: Node's, without automatic redirects). */
  readonly http?: HttpClient;
}

/**
 * Node's {@link NetworkProbes}: the system resolver (`node:dns`), a real TLS handshake (`node:tls`, the
 * system's trusted authorities plus `ca`), an HTTP request pinned to the IPv6 address. Node's resolver does
 * not expose the DNSSEC "authenticated data" flag, so DNSSEC is reported as needs-review.
 *
 * @example
 * ```ts
 * import { createNodeNetworkProbes } from 'vn-portal-kit/site';
 * typeof createNodeNetworkProbes({ userAgent: 'x' }).tls //=> 'function'
 * ```
 */
export function createNodeNetworkProbes(options: NodeNetworkProbesOptions): NetworkProbes {
  const timeoutMs = options.timeoutMs ?? 10_000;
  const http =
    options.http ??
    createNodeHttpClient({ userAgent: options.userAgent, ...(options.ca ? { ca: options.ca } : {}) });
  return {
    http,
    async resolve6(host) {
      try {
        return await dns.resolve6(host);
      } catch {
        return [];
      }
    },
    tls(host, port) {
      return new Promise<TlsProbeResult>((resolve, reject) => {
        const socket = tls.connect({
          host,
          port,
          servername: /^[\d.]+$|:/.test(host) ? undefined : host,
          rejectUnauthorized: false,
          ...(options.ca ? { ca: [...[options.ca].flat()] } : {}),
          timeout: timeoutMs,
        } as tls.ConnectionOptions);
        socket.once('secureConnect', () => {
          const cert = socket.getPeerCertificate();
          let authorized = socket.authorized;
          let error = socket.authorizationError ? String(socket.authorizationError) : undefined;
          // The chain verified: also the name (tls.connect checks it only when rejecting unauthorized).
          if (authorized && cert && Object.keys(cert).length > 0) {
            const nameError = tls.checkServerIdentity(host, cert);
            if (nameError) {
              authorized = false;
              error = nameError.message;
            }
          }
          socket.end();
          resolve({
            authorized,
            ...(error ? { error } : {}),
            ...(cert?.valid_to ? { validTo: new Date(cert.valid_to).toISOString() } : {}),
            ...(cert?.subject?.CN ? { subject: String(cert.subject.CN) } : {}),
          });
        });
        socket.once('timeout', () => {
          socket.destroy();
          reject(new Error(`TLS handshake timed out after ${timeoutMs} ms`));
        });
        socket.once('error', (e) => reject(e));
      });
    },
    async answersOverIpv6(url, address) {
      const client = createNodeHttpClient({
        userAgent: options.userAgent,
        family: 6,
        lookup: ((_host: string, opts: unknown, cb: (...args: unknown[]) => void) => {
          if ((opts as { all?: boolean })?.all) cb(null, [{ address, family: 6 }]);
          else cb(null, address, 6);
        }) as never,
        ...(options.ca ? { ca: options.ca } : {}),
      });
      try {
        const res = await client.request({ url, method: 'HEAD', timeoutMs, maxBytes: 1 });
        return res.status > 0 && res.status < 500;
      } catch {
        return false;
      } finally {
        client.close?.();
      }
    },
  };
}
