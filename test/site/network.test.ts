import { execFileSync } from 'node:child_process';
import { mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { createServer } from 'node:https';
import type { AddressInfo } from 'node:net';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  checkNetwork,
  createNodeNetworkProbes,
  type HttpClient,
  type HttpResponse,
  type NetworkProbes,
} from '../../src/site/index.js';

const res = (url: string, status: number, headers: Record<string, string> = {}): HttpResponse => ({
  url,
  status,
  headers,
  body: '',
  bytes: 0,
  truncated: false,
});

/** A stub of every probe, for a host that does everything right; each test breaks one thing. */
function probes(
  over: Partial<NetworkProbes> & { routes?: Record<string, HttpResponse | Error> } = {},
): NetworkProbes {
  const routes: Record<string, HttpResponse | Error> = {
    'http://phutho.gov.vn/': res('http://phutho.gov.vn/', 301, { location: 'https://phutho.gov.vn/' }),
    'https://phutho.gov.vn/': res('https://phutho.gov.vn/', 200, {
      'strict-transport-security': 'max-age=31536000',
    }),
    ...over.routes,
  };
  const http: HttpClient = {
    async request(r) {
      const out = routes[r.url];
      if (out instanceof Error) throw out;
      return out ?? res(r.url, 404);
    },
  };
  return {
    http,
    resolve6: async () => ['2001:db8::10'],
    tls: async () => ({ authorized: true, validTo: '2027-06-30T00:00:00.000Z', subject: 'phutho.gov.vn' }),
    answersOverIpv6: async () => true,
    dnssec: async () => true,
    now: () => new Date('2026-12-07T03:00:00Z'),
    ...over,
  };
}
const problems = async (p: NetworkProbes, url = 'https://phutho.gov.vn/') =>
  (await checkNetwork(url, p))
    .filter((f) => f.status !== 'pass')
    .map((f) => `${f.ruleId}:${f.status}:${f.severity}`);

describe('checkNetwork with stubs', () => {
  it('a host doing everything right has no finding', async () => {
    expect(await problems(probes())).toEqual([]);
  });
  it('HTTP served without redirect; HTTPS refused', async () => {
    expect(
      await problems(probes({ routes: { 'http://phutho.gov.vn/': res('http://phutho.gov.vn/', 200) } })),
    ).toEqual(['site.net.https:fail:warning']);
    const refused = probes({
      routes: {
        'http://phutho.gov.vn/': res('http://phutho.gov.vn/', 200),
        'https://phutho.gov.vn/': new Error('connect ECONNREFUSED'),
      },
    });
    expect(await problems(refused, 'http://phutho.gov.vn/')).toEqual([
      'site.net.https:fail:error',
      'site.net.https:fail:error',
    ]);
  });
  it('certificate: invalid fails; expiring in < 30 days warns; expired is an error', async () => {
    expect(
      await problems(probes({ tls: async () => ({ authorized: false, error: 'CERT_HAS_EXPIRED' }) })),
    ).toEqual(['site.net.certificate:fail:error']);
    expect(
      await problems(probes({ tls: async () => ({ authorized: true, validTo: '2026-12-20T00:00:00Z' }) })),
    ).toEqual(['site.net.certificate:fail:warning']);
    expect(
      await problems(probes({ tls: async () => ({ authorized: true, validTo: '2027-01-07T03:00:00Z' }) })),
    ).toEqual([]);
  });
  it('HSTS missing is needs-review (a reported criterion)', async () => {
    expect(
      await problems(probes({ routes: { 'https://phutho.gov.vn/': res('https://phutho.gov.vn/', 200) } })),
    ).toEqual(['site.net.hsts:needs-review:notice']);
  });
  it('IPv6: no AAAA fails; AAAA but not answering fails; an IPv4 literal needs review', async () => {
    expect(await problems(probes({ resolve6: async () => [] }))).toEqual(['site.net.ipv6:fail:error']);
    const f = await checkNetwork('https://phutho.gov.vn/', probes({ answersOverIpv6: async () => false }));
    expect(f.map((x) => x.message.en)).toEqual([
      'An AAAA record (2001:db8::10) exists but the portal does not answer over IPv6',
    ]);
    expect(await problems(probes(), 'https://203.0.113.9/')).toContain('site.net.ipv6:needs-review:error');
  });
  it('DNSSEC: unsigned or unknown are needs-review (the requirement is open after 2026-07-01)', async () => {
    expect(await problems(probes({ dnssec: async () => false }))).toEqual([
      'site.net.dnssec:needs-review:warning',
    ]);
    const { dnssec: _d, ...noDnssec } = probes();
    expect(await problems(noDnssec)).toEqual(['site.net.dnssec:needs-review:warning']);
  });
  it('never throws when a probe throws', async () => {
    const broken = probes({
      resolve6: async () => {
        throw new Error('SERVFAIL');
      },
      tls: async () => {
        throw new Error('reset');
      },
      answersOverIpv6: async () => {
        throw new Error('x');
      },
      dnssec: async () => {
        throw new Error('x');
      },
    });
    await expect(checkNetwork('https://phutho.gov.vn/', broken)).resolves.toBeDefined();
  });
});

let haveOpenssl = true;
try {
  execFileSync('openssl', ['version'], { stdio: 'ignore' });
} catch {
  haveOpenssl = false;
}

describe.runIf(haveOpenssl)('a real TLS handshake with a self-signed certificate on loopback', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vnpk-tls-'));
  let port = 0;
  let cert = '';
  let close: () => Promise<void> = async () => {};
  beforeAll(async () => {
    execFileSync(
      'openssl',
      [
        'req',
        '-x509',
        '-newkey',
        'ec',
        '-pkeyopt',
        'ec_paramgen_curve:prime256v1',
        '-nodes',
        '-days',
        '20',
        '-subj',
        '/CN=localhost',
        '-addext',
        'subjectAltName=DNS:localhost,IP:127.0.0.1',
        '-keyout',
        join(dir, 'key.pem'),
        '-out',
        join(dir, 'cert.pem'),
      ],
      { stdio: 'ignore' },
    );
    cert = readFileSync(join(dir, 'cert.pem'), 'utf8');
    const server = createServer({ key: readFileSync(join(dir, 'key.pem')), cert }, (_req, r) => {
      r.writeHead(200, {
        'strict-transport-security': 'max-age=600',
        'content-type': 'text/html; charset=utf-8',
      });
      r.end('<html lang="vi"></html>');
    });
    await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
    port = (server.address() as AddressInfo).port;
    close = () => new Promise((resolve) => server.close(() => resolve()));
  });
  afterAll(async () => {
    await close();
    rmSync(dir, { recursive: true, force: true });
  });

  it('an untrusted certificate fails; trusted, it is valid but expires within 30 days (a warning)', async () => {
    const untrusted = createNodeNetworkProbes({ userAgent: 't', timeoutMs: 5_000 });
    const t1 = await untrusted.tls('127.0.0.1', port);
    expect(t1.authorized).toBe(false);
    expect(t1.error).toMatch(/SELF_SIGNED|self.signed/i);
    const trusted = createNodeNetworkProbes({ userAgent: 't', ca: cert, timeoutMs: 5_000 });
    const t2 = await trusted.tls('127.0.0.1', port);
    expect(t2.authorized).toBe(true);
    const days = (new Date(t2.validTo as string).getTime() - Date.now()) / 86_400_000;
    expect(days).toBeGreaterThan(18);
    expect(days).toBeLessThan(21);
    const findings = await checkNetwork(`https://127.0.0.1:${port}/`, {
      ...trusted,
      dnssec: async () => undefined,
    });
    const cert30 = findings.find((f) => f.ruleId === 'site.net.certificate');
    expect([cert30?.status, cert30?.severity]).toEqual(['fail', 'warning']);
    expect(findings.some((f) => f.ruleId === 'site.net.hsts')).toBe(false);
  });

  it('the name is checked too: the certificate is for localhost and 127.0.0.1, not for another host', async () => {
    const trusted = createNodeNetworkProbes({ userAgent: 't', ca: cert, timeoutMs: 5_000 });
    expect((await trusted.tls('localhost', port)).authorized).toBe(true);
  });
});
