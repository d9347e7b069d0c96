import type { Finding } from '../compliance/index.js';
import type { HttpClient, HttpResponse } from './HttpClient.js';
import { SITE_RULES } from './SITE_RULES.js';
import { siteFinding } from './siteFinding.js';

/**
 * The TLS handshake's outcome for a host: whether the certificate chain and name verified, why not, and the
 * certificate's validity end.
 *
 * @example
 * ```ts
 * import type { TlsProbeResult } from 'vn-portal-kit/site';
 * const t: TlsProbeResult = { authorized: false, error: 'DEPTH_ZERO_SELF_SIGNED_CERT', validTo: '2027-01-01T00:00:00.000Z' };
 * t.authorized //=> false
 * ```
 */
export interface TlsProbeResult {
  readonly authorized: boolean;
  readonly error?: string;
  /** ISO 8601 instant the certificate expires. */
  readonly validTo?: string;
  readonly subject?: string;
}

/**
 * What the network checks use, injectable so tests run on loopback or stubs: HTTP, DNS (A, AAAA), a TLS
 * handshake, an IPv6 reachability probe and, where the resolver can tell, DNSSEC.
 *
 * @example
 * ```ts
 * import type { NetworkProbes } from 'vn-portal-kit/site';
 * const keys: (keyof NetworkProbes)[] = ['http', 'resolve6', 'tls', 'answersOverIpv6', 'dnssec'];
 * keys.length //=> 5
 * ```
 */
export interface NetworkProbes {
  readonly http: HttpClient;
  /** The host's IPv6 addresses (AAAA records); an empty list when it has none. */
  resolve6(host: string): Promise<readonly string[]>;
  /** A TLS handshake with the host (SNI = host): whether its certificate chain is valid, and until when. */
  tls(host: string, port: number): Promise<TlsProbeResult>;
  /** Whether the site answers HTTP(S) when connected to this IPv6 address. */
  answersOverIpv6(url: string, address: string): Promise<boolean>;
  /** `true` signed and validated, `false` not signed, `undefined` cannot tell. */
  dnssec?(host: string): Promise<boolean | undefined>;
  /** The clock for certificate expiry (tests). Default: now. */
  now?(): Date;
}

const IPV4 = /^\d{1,3}(\.\d{1,3}){3}$/;
const DAY = 86_400_000;

/** The network rule ids {@link checkNetwork} evaluates. */
export const NETWORK_RULE_IDS = [
  'site.net.https',
  'site.net.certificate',
  'site.net.hsts',
  'site.net.ipv6',
  'site.net.dnssec',
] as const;

/**
 * Network checks of a portal's host: HTTPS served and HTTP redirected to it (TT 32/2017 Art. 20), a valid
 * certificate for the host, expiring in 30 days or more (less: a warning), HSTS (reported criterion), an
 * AAAA record and the site answering over IPv6 (ND 224/2026 Art. 11.4), DNSSEC (TT 32/2017 Art. 15.4) where
 * the resolver can tell, else needs review. Never throws on what a server or resolver does.
 *
 * @example
 * ```ts
 * import { checkNetwork } from 'vn-portal-kit/site';
 * const http = { request: async (r: { url: string }) => ({ url: r.url, status: 200, headers: {}, body: '', bytes: 0, truncated: false }) };
 * const findings = await checkNetwork('http://portal.example.gov.vn/', {
 *   http, resolve6: async () => [], tls: async () => ({ authorized: true, validTo: '2027-06-01T00:00:00Z' }),
 *   answersOverIpv6: async () => false, now: () => new Date('2026-12-07T00:00:00Z'),
 * });
 * findings.filter((f) => f.status === 'fail').map((f) => f.ruleId) //=> ['site.net.https', 'site.net.ipv6']
 * ```
 */
export async function checkNetwork(homeUrl: string, probes: NetworkProbes): Promise<Finding[]> {
  const home = new URL(homeUrl);
  const host = home.hostname.replace(/^\[|\]$/g, '');
  const now = probes.now?.() ?? new Date();
  const out: Finding[] = [];
  const httpsUrl = new URL(home.href);
  httpsUrl.protocol = 'https:';
  if (home.protocol === 'http:' && home.port) httpsUrl.port = '';
  const httpUrl = new URL(home.href);
  httpUrl.protocol = 'http:';
  const get = async (url: string): Promise<HttpResponse | string> => {
    try {
      return await probes.http.request({ url, timeoutMs: 15_000, maxBytes: 200_000 });
    } catch (error) {
      return String((error as Error)?.message ?? error).slice(0, 200);
    }
  };

  // HTTPS, and HTTP → HTTPS.
  const secure = home.protocol === 'https:' ? home : httpsUrl;
  const overHttps = await get(secure.href);
  const overHttp = home.protocol === 'http:' ? await get(home.href) : await get(httpUrl.href);
  const https = SITE_RULES['site.net.https'];
  if (typeof overHttps === 'string') {
    out.push(
      siteFinding(https, {
        url: secure.href,
        message: {
          vi: `Cổng không trả lời qua HTTPS (${overHttps})`,
          en: `The portal does not answer over HTTPS (${overHttps})`,
        },
        evidence: { error: overHttps },
      }),
    );
  }
  if (typeof overHttp !== 'string') {
    const location = overHttp.headers.location ?? '';
    const redirects =
      overHttp.status >= 300 &&
      overHttp.status < 400 &&
      /^https:\/\//i.test(new URL(location || '/', overHttp.url).href);
    if (!redirects) {
      out.push(
        siteFinding(https, {
          url: overHttp.url,
          severity: typeof overHttps === 'string' ? 'error' : 'warning',
          message: {
            vi: `Truy cập qua HTTP không được chuyển sang HTTPS (HTTP ${overHttp.status})`,
            en: `HTTP is not redirected to HTTPS (HTTP ${overHttp.status})`,
          },
          evidence: { status: overHttp.status, location: location || null },
        }),
      );
    }
  }

  // Certificate.
  const cert = SITE_RULES['site.net.certificate'];
  if (typeof overHttps !== 'string' || !/ECONNREFUSED|timeout/i.test(overHttps)) {
    let tls: TlsProbeResult | undefined;
    try {
      tls = await probes.tls(host, Number(secure.port) || 443);
    } catch (error) {
      tls = undefined;
      out.push(
        siteFinding(cert, {
          url: secure.href,
          message: {
            vi: `Không bắt tay TLS được: ${String(error).slice(0, 160)}`,
            en: `TLS handshake failed: ${String(error).slice(0, 160)}`,
          },
        }),
      );
    }
    if (tls) {
      const validTo = tls.validTo ? new Date(tls.validTo) : undefined;
      const days = validTo ? Math.floor((validTo.getTime() - now.getTime()) / DAY) : undefined;
      if (!tls.authorized) {
        out.push(
          siteFinding(cert, {
            url: secure.href,
            message: {
              vi: `Chứng thư số không hợp lệ cho ${host}: ${tls.error ?? 'không xác thực được'}`,
              en: `The certificate is not valid for ${host}: ${tls.error ?? 'not verified'}`,
            },
            evidence: {
              error: tls.error ?? null,
              validTo: tls.validTo ?? null,
              subject: tls.subject ?? null,
            },
          }),
        );
      } else if (days !== undefined && days < 30) {
        out.push(
          siteFinding(cert, {
            url: secure.href,
            severity: days < 0 ? 'error' : 'warning',
            message:
              days < 0
                ? {
                    vi: `Chứng thư số đã hết hạn ${-days} ngày`,
                    en: `The certificate expired ${-days} days ago`,
                  }
                : {
                    vi: `Chứng thư số hết hạn sau ${days} ngày`,
                    en: `The certificate expires in ${days} days`,
                  },
            evidence: { validTo: tls.validTo, daysLeft: days },
          }),
        );
      }
    }
  }

  // HSTS.
  if (
    typeof overHttps !== 'string' &&
    !/max-age=\d+/i.test(overHttps.headers['strict-transport-security'] ?? '')
  ) {
    out.push(
      siteFinding(SITE_RULES['site.net.hsts'], {
        url: overHttps.url,
        message: {
          vi: 'Không có tiêu đề Strict-Transport-Security',
          en: 'No Strict-Transport-Security header',
        },
      }),
    );
  }

  // IPv6.
  const ipv6 = SITE_RULES['site.net.ipv6'];
  if (IPV4.test(host)) {
    out.push(
      siteFinding(ipv6, {
        url: home.href,
        status: 'needs-review',
        message: {
          vi: 'Cổng được truy cập bằng địa chỉ IPv4, không kiểm tra được bản ghi AAAA',
          en: 'The portal was reached by an IPv4 address: its AAAA record cannot be checked',
        },
      }),
    );
  } else {
    let aaaa: readonly string[] = [];
    try {
      aaaa = host.includes(':') ? [host] : await probes.resolve6(host);
    } catch {
      aaaa = [];
    }
    if (aaaa.length === 0) {
      out.push(
        siteFinding(ipv6, {
          url: home.href,
          message: {
            vi: `Tên miền ${host} không có bản ghi AAAA (IPv6)`,
            en: `${host} has no AAAA (IPv6) record`,
          },
        }),
      );
    } else {
      const answers = await probes.answersOverIpv6(home.href, aaaa[0] as string).catch(() => false);
      if (!answers) {
        out.push(
          siteFinding(ipv6, {
            url: home.href,
            message: {
              vi: `Có bản ghi AAAA (${aaaa[0]}) nhưng cổng không trả lời qua IPv6`,
              en: `An AAAA record (${aaaa[0]}) exists but the portal does not answer over IPv6`,
            },
            evidence: { addresses: aaaa.slice(0, 4) },
          }),
        );
      }
    }
  }

  // DNSSEC.
  let signed: boolean | undefined;
  try {
    signed = IPV4.test(host) || host.includes(':') ? undefined : await probes.dnssec?.(host);
  } catch {
    signed = undefined;
  }
  if (signed !== true) {
    out.push(
      siteFinding(SITE_RULES['site.net.dnssec'], {
        url: home.href,
        status: 'needs-review',
        message:
          signed === false
            ? { vi: `Tên miền ${host} không ký DNSSEC`, en: `${host} is not signed with DNSSEC` }
            : {
                vi: `Không xác định được DNSSEC của ${host} bằng bộ phân giải này; kiểm tra tại nhà đăng ký`,
                en: `DNSSEC of ${host} cannot be determined with this resolver; check at the registrar`,
              },
      }),
    );
  }
  return out;
}
