import type { AuditReport, Finding, UnitKind } from '../compliance/index.js';
import { buildSiteReport } from './_lib/buildSiteReport.js';
import { expectedComponents } from './_lib/expectedComponents.js';
import {
  checkComponents,
  checkCrawlLimits,
  checkEmc,
  checkSitemapPage,
  checkXmlSitemap,
} from './_lib/siteChecks.js';
import { checkNetwork, NETWORK_RULE_IDS, type NetworkProbes } from './checkNetwork.js';
import { type CrawlLimits, type CrawlResult, crawlSite, SITE_USER_AGENT } from './crawlSite.js';
import type { HttpClient } from './HttpClient.js';
import type { InferredItem } from './PageFacts.js';
import type { PageRenderer } from './PageRenderer.js';
import { SITE_RULES } from './SITE_RULES.js';
import { type CategoryMapping, createSiteContext } from './SiteContext.js';
import type { SiteRule } from './SiteRule.js';

/**
 * Options of {@link auditSite}.
 *
 * @example
 * ```ts
 * import type { AuditSiteOptions } from 'vn-portal-kit/site';
 * const o: Partial<AuditSiteOptions> = { url: 'https://phutho.gov.vn/', profile: 'nd224-2026', limits: { maxPages: 100 } };
 * o.limits?.maxPages //=> 100
 * ```
 */
export interface AuditSiteOptions {
  readonly url: string;
  readonly profile: string | object;
  readonly asOf: string;
  /** The agency's full Vietnamese name (checked in the header); also the report's portal name. */
  readonly agencyName?: string;
  readonly unitKind?: UnitKind;
  readonly publicHost?: string;
  readonly componentHosts?: readonly string[];
  /**
   * A provincial portal's province (name or code of the 2026 unit data): its communes' planned host names
   * are expected to be linked (`site.connect.components`).
   */
  readonly province?: string;
  readonly categoryMap?: CategoryMapping;
  readonly http: HttpClient;
  readonly limits?: CrawlLimits;
  readonly respectRobots?: boolean;
  readonly userAgent?: string;
  readonly renderer?: PageRenderer;
  /** Network probes; `false` or absent: no network checks. */
  readonly network?: NetworkProbes | false;
  /** Rule ids or prefixes switched off (`site.net`, `deadline`). */
  readonly disable?: readonly string[];
  readonly maxFindingsPerRule?: number;
  /** Called as pages are analysed: pages done so far and URLs still queued (the CLI shows it on a terminal). */
  readonly onProgress?: (pages: number, queued: number) => void;
}

/**
 * The result of {@link auditSite}: the report, the inferred inventory (for `--save-inventory`: a person
 * corrects it and audits it again with `vn-portal-kit audit`), and the crawl's counters.
 *
 * @example
 * ```ts
 * import type { SiteAudit } from 'vn-portal-kit/site';
 * const k: keyof SiteAudit = 'inventory';
 * k //=> 'inventory'
 * ```
 */
export interface SiteAudit {
  readonly report: AuditReport;
  readonly inventory: {
    readonly schemaVersion: 1;
    readonly portal: Record<string, unknown>;
    readonly items: readonly InferredItem[];
  };
  readonly crawl: Omit<CrawlResult, 'findings' | 'fetched' | 'linkedHosts' | 'home'>;
}

const PAGE_RULES = [
  'site.text.unicode',
  'site.text.charset',
  'site.text.lang',
  'site.metadata',
  'site.a11y.img-alt',
  'site.functions.print',
  'site.content.dates',
] as const;
const HOME_RULES = [
  'site.layout.zones',
  'site.layout.header',
  'site.layout.menu',
  'site.layout.footer',
  'site.functions.search',
  'site.functions.links',
  'site.functions.qa',
  'site.categories',
  'site.sitemap.page',
  'site.connect.emc-label',
  'site.connect.components',
] as const;

/**
 * Audits a live portal: crawls it (see `crawlSite`), checks every page (see `analysePage`) and the portal as
 * a whole (sitemaps, components, EMC), optionally its network (see `checkNetwork`), infers an inventory of its
 * articles and legal documents and audits it with `auditPortal` for timeliness, document numbers and host
 * names, and returns one `AuditReport` with the `site.*` rules beside the content rules. A portal whose
 * homepage cannot be fetched fails (nothing could be checked). Memory stays bounded: each page is dropped
 * once analysed; only its findings and its inferred item are kept.
 *
 * @example
 * ```ts
 * import { auditSite } from 'vn-portal-kit/site';
 * const http = { request: async (r: { url: string }) => ({ url: r.url, status: 503, headers: {}, body: '', bytes: 0, truncated: false }) };
 * const { report } = await auditSite({ url: 'https://phutho.gov.vn/', profile: 'nd224-2026', asOf: '2026-12-07', http, limits: { retries: 0, delayMs: 0 } });
 * report.summary.passed //=> false
 * ```
 */
export async function auditSite(options: AuditSiteOptions): Promise<SiteAudit> {
  const context = createSiteContext({
    url: options.url,
    profile: options.profile,
    asOf: options.asOf,
    ...(options.agencyName ? { agencyName: options.agencyName } : {}),
    ...(options.unitKind ? { unitKind: options.unitKind } : {}),
    ...(options.publicHost ? { publicHost: options.publicHost } : {}),
    ...(options.componentHosts ? { componentHosts: options.componentHosts } : {}),
    ...(options.categoryMap ? { categoryMap: options.categoryMap } : {}),
  });
  const findings: Finding[] = [];
  const items: InferredItem[] = [];
  const crawl = await crawlSite({
    context,
    http: options.http,
    ...(options.limits ? { limits: options.limits } : {}),
    ...(options.respectRobots === undefined ? {} : { respectRobots: options.respectRobots }),
    userAgent: options.userAgent ?? SITE_USER_AGENT,
    ...(options.renderer ? { renderer: options.renderer } : {}),
    ...(options.onProgress ? { onProgress: options.onProgress } : {}),
    onPage(analysis) {
      for (const f of analysis.findings) findings.push(f);
      if (analysis.facts.item) items.push(analysis.facts.item);
    },
  });
  findings.push(
    ...crawl.findings,
    ...checkXmlSitemap(crawl, context),
    ...checkSitemapPage(crawl),
    ...checkEmc(crawl),
    ...checkComponents(
      crawl,
      context,
      options.province && context.unitKind === 'province'
        ? expectedComponents(options.province, (context.profile as { hostnames?: unknown })?.hostnames)
        : undefined,
    ),
    ...checkCrawlLimits(crawl, context),
  );
  const rules: SiteRule[] = [
    SITE_RULES['site.fetch'],
    SITE_RULES['site.links.broken'],
    SITE_RULES['site.sitemap.xml'],
  ];
  if (crawl.analysed > 0) rules.push(...PAGE_RULES.map((id) => SITE_RULES[id]));
  if (crawl.home) rules.push(...HOME_RULES.map((id) => SITE_RULES[id]));
  const disable = options.disable ?? [];
  const off = (id: string) => disable.some((d) => id === d || id.startsWith(`${d}.`));
  if (options.network && !NETWORK_RULE_IDS.every(off)) {
    findings.push(...(await checkNetwork(options.url, options.network)));
    rules.push(...NETWORK_RULE_IDS.map((id) => SITE_RULES[id]));
  }
  const portalName = options.agencyName ?? crawl.home?.title ?? context.publicHost;
  const inventory = {
    schemaVersion: 1 as const,
    portal: {
      name: portalName.slice(0, 1_000) || context.publicHost,
      unit: {
        name: (options.agencyName ?? portalName).slice(0, 1_000) || context.publicHost,
        kind: context.unitKind,
      },
      hostnames: [{ host: context.publicHost, purpose: 'main' }],
      profileId: context.profileId,
      languages: items.some((i) => i.language === 'en') ? ['vi', 'en'] : ['vi'],
    },
    items: dedupe(items),
  };
  const report = buildSiteReport({
    inventory,
    profile: context.profile,
    asOf: context.asOf,
    rules,
    findings,
    disable,
    ...(options.maxFindingsPerRule === undefined ? {} : { maxFindingsPerRule: options.maxFindingsPerRule }),
  });
  const { findings: _f, fetched: _x, linkedHosts: _l, home: _h, ...counters } = crawl;
  return { report, inventory, crawl: counters };
}

/** One item per id (the same article reached under two URLs keeps its first reading). */
function dedupe(items: readonly InferredItem[]): InferredItem[] {
  const seen = new Set<string>();
  return items.filter((i) => {
    if (seen.has(i.id)) return false;
    seen.add(i.id);
    return true;
  });
}
