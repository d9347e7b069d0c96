import type { Finding } from '../../compliance/index.js';
import { siteFinding } from '../siteFinding.js';
import { BROWSER_RULES } from './BROWSER_RULES.js';
import type { PageLoadMeasurement } from './measurePageLoad.js';
import { PERFORMANCE_CRITERIA } from './PERFORMANCE_CRITERIA.js';

const s = (ms: number) => (ms / 1000).toFixed(2);

/**
 * Findings of a load measurement against the 2025 criteria: one per metric (FCP < 3 s, LCP < 4 s, TBT < 0.6 s,
 * Speed Index < 5.8 s, and CLS ≤ 0.1 as a notice), each stating the median, every run, the network profile and
 * the device. The criteria are only reported, so a metric over its limit is `needs-review` with the figures,
 * never a `fail`; a metric within it is a `pass`; a metric that could not be measured is `needs-review`.
 *
 * @example
 * ```ts
 * import { performanceFindings, NETWORK_PROFILES } from 'vn-portal-kit/playwright';
 * const m = { fcpMs: 3500, lcpMs: 3600, tbtMs: 0, speedIndexMs: 3700, cls: 0, loadMs: 3500, longTasks: 0 };
 * const fs = performanceFindings({ url: 'http://127.0.0.1/', network: NETWORK_PROFILES.unthrottled, device: 'phone-360x640', runs: [m], median: m, quietWindowMs: 5000 });
 * fs.map((f) => `${f.ruleId}:${f.status}`) //=> ['site.perf.fcp:needs-review', 'site.perf.lcp:pass', 'site.perf.tbt:pass', 'site.perf.speed-index:pass', 'site.perf.cls:pass']
 * ```
 */
export function performanceFindings(m: PageLoadMeasurement): Finding[] {
  const conditions = {
    network: m.network.id,
    latencyMs: m.network.latencyMs,
    downloadKbps: m.network.downloadKbps,
    cpuSlowdown: m.network.cpuSlowdown,
    device: m.device,
    runs: m.runs.length,
  };
  const cond = `${m.runs.length} cold loads, median; ${m.network.id}; ${m.device}`;
  const condVi = `${m.runs.length} lần tải nguội, trung vị; mạng ${m.network.id}; ${m.device}`;
  const out: Finding[] = [];
  const timed = [
    ['site.perf.fcp', 'FCP', 'fcpMs', PERFORMANCE_CRITERIA.fcpMs],
    ['site.perf.lcp', 'LCP', 'lcpMs', PERFORMANCE_CRITERIA.lcpMs],
    ['site.perf.tbt', 'TBT', 'tbtMs', PERFORMANCE_CRITERIA.tbtMs],
    ['site.perf.speed-index', 'Speed Index', 'speedIndexMs', PERFORMANCE_CRITERIA.speedIndexMs],
  ] as const;
  for (const [id, name, key, limit] of timed) {
    const value = m.median[key];
    const runs = m.runs.map((r) => r[key]);
    const evidence = {
      ...conditions,
      medianMs: value,
      runsMs: runs,
      criterionMs: limit,
      criterion: 'reported',
    };
    if (value === null) {
      out.push(
        siteFinding(BROWSER_RULES[id], {
          url: m.url,
          status: 'needs-review',
          message: {
            vi: `Không đo được ${name} (trang không hiển thị nội dung hoặc không ghi được hình) (${condVi})`,
            en: `${name} not measured (no content painted or no frame captured) (${cond})`,
          },
          evidence,
        }),
      );
      continue;
    }
    const over = value >= limit;
    out.push(
      siteFinding(BROWSER_RULES[id], {
        url: m.url,
        status: over ? 'fail' : 'pass',
        message: {
          vi: `${name} ${s(value)} s ${over ? '≥' : '<'} ${s(limit)} s theo tiêu chí 2025 (theo báo cáo) (${condVi})`,
          en: `${name} ${s(value)} s ${over ? '≥' : '<'} ${s(limit)} s of the 2025 criteria (reported) (${cond})`,
        },
        evidence,
      }),
    );
  }
  const cls = m.median.cls;
  const clsOver = cls > PERFORMANCE_CRITERIA.cls;
  out.push(
    siteFinding(BROWSER_RULES['site.perf.cls'], {
      url: m.url,
      status: clsOver ? 'fail' : 'pass',
      message: {
        vi: `CLS ${cls} ${clsOver ? '>' : '≤'} 0,1 (ngưỡng Core Web Vitals, không thuộc tiêu chí 2025) (${condVi})`,
        en: `CLS ${cls} ${clsOver ? '>' : '≤'} 0.1 (Core Web Vitals threshold, not a 2025 criterion) (${cond})`,
      },
      evidence: { ...conditions, median: cls, runs: m.runs.map((r) => r.cls), criterion: 0.1 },
    }),
  );
  return out;
}
