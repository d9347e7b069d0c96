/**
 * Network and CPU conditions for a measured load, applied through the DevTools protocol.
 *
 * @example
 * ```ts
 * import type { NetworkProfile } from 'vn-portal-kit/playwright';
 * const p: NetworkProfile = { id: 'lan', latencyMs: 5, downloadKbps: 100_000, uploadKbps: 100_000, cpuSlowdown: 1 };
 * p.cpuSlowdown //=> 1
 * ```
 */
export interface NetworkProfile {
  readonly id: string;
  /** Added round-trip latency per request, ms (0 = none). */
  readonly latencyMs: number;
  /** Throughput in kbit/s (0 = unlimited). */
  readonly downloadKbps: number;
  readonly uploadKbps: number;
  /** CPU slowdown factor (1 = none). */
  readonly cpuSlowdown: number;
}

/**
 * The named profiles: `unthrottled` (the machine's own connection; the default, and what loopback tests use) and
 * `mobile-slow-4g`, the "applied" form of Lighthouse's mobile preset (150 ms RTT and 1.6 Mbit/s, applied as
 * 562.5 ms request latency and 1,474.56 / 675 kbit/s, CPU 4× slower), for figures comparable with PageSpeed
 * Insights' mobile run.
 *
 * @example
 * ```ts
 * import { NETWORK_PROFILES } from 'vn-portal-kit/playwright';
 * NETWORK_PROFILES['mobile-slow-4g'].latencyMs //=> 562.5
 * ```
 */
export const NETWORK_PROFILES: Readonly<Record<'unthrottled' | 'mobile-slow-4g', NetworkProfile>> = {
  unthrottled: { id: 'unthrottled', latencyMs: 0, downloadKbps: 0, uploadKbps: 0, cpuSlowdown: 1 },
  'mobile-slow-4g': {
    id: 'mobile-slow-4g',
    latencyMs: 562.5,
    downloadKbps: 1474.56,
    uploadKbps: 675,
    cpuSlowdown: 4,
  },
};
