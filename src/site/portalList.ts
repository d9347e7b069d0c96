import type { AuditReport, FindingStatus, UnitKind } from '../compliance/index.js';
import { UNIT_KINDS } from '../compliance/index.js';
import { SITE_RULE_GROUPS } from './SiteRule.js';

/**
 * One portal of a `--list` file: its homepage, and optionally its agency's full name, unit level and public
 * host name.
 *
 * @example
 * ```ts
 * import type { PortalListEntry } from 'vn-portal-kit/site';
 * const e: PortalListEntry = { url: 'https://phutho.gov.vn/', agencyName: 'Ủy ban nhân dân tỉnh Phú Thọ', unitKind: 'province' };
 * e.unitKind //=> 'province'
 * ```
 */
export interface PortalListEntry {
  readonly url: string;
  readonly agencyName?: string;
  readonly unitKind?: UnitKind;
  /** 1-based line in the list file. */
  readonly line?: number;
}

/**
 * Reads a portal list: one portal a line, `URL [| agency full name [| unit kind]]`; blank lines and lines
 * starting with `#` are skipped; duplicates (same normalised URL) are kept once. Bad lines come back as
 * errors with their line number, never thrown.
 *
 * @example
 * ```ts
 * import { readPortalList } from 'vn-portal-kit/site';
 * const { entries, errors } = readPortalList('# tỉnh\nhttps://phutho.gov.vn | Ủy ban nhân dân tỉnh Phú Thọ | province\nnot a url\n');
 * [entries.length, entries[0]?.agencyName, errors[0]?.line] //=> [1, 'Ủy ban nhân dân tỉnh Phú Thọ', 3]
 * ```
 */
export function readPortalList(text: string): {
  entries: PortalListEntry[];
  errors: { line: number; message: { vi: string; en: string } }[];
} {
  const entries: PortalListEntry[] = [];
  const errors: { line: number; message: { vi: string; en: string } }[] = [];
  const seen = new Set<string>();
  const lines = typeof text === 'string' ? text.split(/\r?\n/) : [];
  lines.forEach((raw, i) => {
    const line = raw.trim();
    if (line === '' || line.startsWith('#')) return;
    const [urlPart = '', name, kind] = line.split('|').map((s) => s.trim());
    let url: URL;
    try {
      url = new URL(/^https?:\/\//i.test(urlPart) ? urlPart : `https://${urlPart}`);
      if (!url.hostname.includes('.') && url.hostname !== 'localhost') throw new Error('no host');
    } catch {
      errors.push({
        line: i + 1,
        message: {
          vi: `Không phải địa chỉ web: ${urlPart.slice(0, 80)}`,
          en: `Not a web address: ${urlPart.slice(0, 80)}`,
        },
      });
      return;
    }
    if (kind !== undefined && kind !== '' && !(UNIT_KINDS as readonly string[]).includes(kind)) {
      errors.push({
        line: i + 1,
        message: {
          vi: `Cấp đơn vị không hợp lệ: ${kind.slice(0, 40)} (${UNIT_KINDS.join(', ')})`,
          en: `Invalid unit kind: ${kind.slice(0, 40)} (${UNIT_KINDS.join(', ')})`,
        },
      });
      return;
    }
    const key = portalKey(url.href);
    if (seen.has(key)) return;
    seen.add(key);
    entries.push({
      url: url.href,
      ...(name ? { agencyName: name.normalize('NFC') } : {}),
      ...(kind ? { unitKind: kind as UnitKind } : {}),
      line: i + 1,
    });
  });
  return { entries, errors };
}

/** The key a portal is known by in lists, shards and resume: lower-case host and path, no trailing slash. */
export function portalKey(url: string): string {
  try {
    const u = new URL(url);
    return `${u.host.toLowerCase()}${u.pathname.replace(/\/+$/, '')}`;
  } catch {
    return url.trim().toLowerCase();
  }
}

/**
 * Whether a portal belongs to shard `index` of `count` (1-based): by a hash of its key (FNV-1a), so every
 * machine of a CI matrix or an indexed job picks the same portals from the same list whatever its order.
 *
 * @example
 * ```ts
 * import { inShard } from 'vn-portal-kit/site';
 * const urls = ['https://a.gov.vn/', 'https://b.gov.vn/', 'https://c.gov.vn/'];
 * [1, 2, 3].map((i) => urls.filter((u) => inShard(u, i, 3)).length).reduce((a, b) => a + b) //=> 3
 * ```
 */
export function inShard(url: string, index: number, count: number): boolean {
  if (!Number.isInteger(count) || count < 1 || !Number.isInteger(index) || index < 1 || index > count)
    throw new RangeError(`inShard: shard ${index}/${count} is not i/n with 1 ≤ i ≤ n`);
  const key = portalKey(url);
  let h = 0x811c9dc5;
  for (let i = 0; i < key.length; i++) {
    h ^= key.charCodeAt(i);
    h = Math.imul(h, 0x01000193) >>> 0;
  }
  return h % count === index - 1;
}

/**
 * One JSON Lines record of a multi-portal run: the verdict, counts, and the worst status per rule group.
 *
 * @example
 * ```ts
 * import type { SiteSummaryRecord } from 'vn-portal-kit/site';
 * const k: keyof SiteSummaryRecord = 'groups';
 * k //=> 'groups'
 * ```
 */
export interface SiteSummaryRecord {
  readonly format: 'vn-portal-kit/site-summary';
  readonly url: string;
  readonly key: string;
  readonly portal: string;
  readonly profile: string;
  readonly asOf: string;
  /** `undefined` when the portal could not be audited at all (see `error`). */
  readonly passed?: boolean;
  readonly errors: number;
  readonly warnings: number;
  readonly notices: number;
  /** Worst status per group (`layout`, `net`, …, and `content` for the audit's own rules). */
  readonly groups: Readonly<Partial<Record<string, FindingStatus>>>;
  readonly pages?: number;
  readonly elapsedMs?: number;
  readonly error?: string;
}

const CONTENT_PREFIXES = ['deadline', 'documents', 'hostnames'];

/**
 * The summary record of one portal's report.
 *
 * @example
 * ```ts
 * import { auditPortal } from 'vn-portal-kit/compliance';
 * import { siteSummaryRecord } from 'vn-portal-kit/site';
 * const r = auditPortal({ schemaVersion: 1, portal: { name: 'P', unit: { name: 'U', kind: 'commune' } } }, { profile: 'nd224-2026', asOf: '2026-12-07' });
 * siteSummaryRecord('https://p.gov.vn/', r).groups.content //=> 'fail'
 * ```
 */
export function siteSummaryRecord(
  url: string,
  report: AuditReport,
  extra: { pages?: number; elapsedMs?: number } = {},
): SiteSummaryRecord {
  const groups: Partial<Record<string, FindingStatus>> = {};
  const order: FindingStatus[] = ['fail', 'needs-review', 'pass', 'not-applicable'];
  for (const rule of report.summary.rules) {
    const group = groupOf(rule.id);
    const prev = groups[group];
    if (prev === undefined || order.indexOf(rule.status) < order.indexOf(prev)) groups[group] = rule.status;
  }
  return {
    format: 'vn-portal-kit/site-summary',
    url,
    key: portalKey(url),
    portal: report.portal.name,
    profile: report.profile.id,
    asOf: report.asOf,
    passed: report.summary.passed,
    errors: report.summary.bySeverity.error,
    warnings: report.summary.bySeverity.warning,
    notices: report.summary.bySeverity.notice,
    groups,
    ...(extra.pages === undefined ? {} : { pages: extra.pages }),
    ...(extra.elapsedMs === undefined ? {} : { elapsedMs: extra.elapsedMs }),
  };
}

/** The summary group of a rule id: `site.<group>…` → group; the audit's own rules → `content`. */
export function groupOf(ruleId: string): string {
  if (ruleId.startsWith('site.')) {
    const g = ruleId.split('.')[1] ?? 'other';
    return (SITE_RULE_GROUPS as readonly string[]).includes(g) ? g : 'other';
  }
  return CONTENT_PREFIXES.some((p) => ruleId.startsWith(p)) ? 'content' : 'other';
}
