/**
 * Live portal checks: crawl a portal politely and within bounds, check every page against the rules a person
 * can see (layout, menu, footer, functions, categories, TCVN 6909 text, metadata, links), the network
 * (HTTPS, certificate, HSTS, IPv6, DNSSEC), and the content (articles and legal documents become inventory
 * items audited for timeliness and document numbers), in one cited `AuditReport`. The page analysers
 * (`analysePage`, `parsePage`, the extractors) are pure and browser-safe; the crawler's network layer is Node.
 *
 * @packageDocumentation
 * @module site
 */
export { analysePage, type PageAnalysis, type PageInput } from './analysePage.js';
export { type AuditSiteOptions, auditSite, type SiteAudit } from './auditSite.js';
export { checkNetwork, NETWORK_RULE_IDS, type NetworkProbes, type TlsProbeResult } from './checkNetwork.js';
export {
  type CrawlLimits,
  type CrawlOptions,
  type CrawlResult,
  crawlSite,
  SITE_USER_AGENT,
} from './crawlSite.js';
export { type PageDate, readVietnameseDate } from './extractDates.js';
export { readNumberSymbol } from './extractNumberSymbol.js';
export { type HttpClient, HttpError, type HttpRequest, type HttpResponse } from './HttpClient.js';
export { createNodeHttpClient, type NodeHttpClientOptions } from './node/createNodeHttpClient.js';
export { createNodeNetworkProbes, type NodeNetworkProbesOptions } from './node/createNodeNetworkProbes.js';
export type { InferredItem, PageFacts, PageKind, PageLink } from './PageFacts.js';
export type { PageDocument, PageElement, PageNode } from './PageNode.js';
export type { FetchedPage, PageRenderer, RenderedPage } from './PageRenderer.js';
export { type ParsePageOptions, parsePage } from './parsePage.js';
export { type ParsedSitemap, parseSitemap } from './parseSitemap.js';
export {
  groupOf,
  inShard,
  type PortalListEntry,
  portalKey,
  readPortalList,
  type SiteSummaryRecord,
  siteSummaryRecord,
} from './portalList.js';
export { type RenderSiteSummaryOptions, renderSiteSummary } from './renderSiteSummary.js';
export { SITE_RULES, type SiteRuleId } from './SITE_RULES.js';
export {
  type CategoryMapping,
  createSiteContext,
  type SiteContext,
  type SiteContextOptions,
} from './SiteContext.js';
export {
  defineSiteRule,
  SITE_RULE_GROUPS,
  type SiteConfidence,
  type SiteRule,
  type SiteRuleGroup,
} from './SiteRule.js';
export { type SiteFindingInput, siteFinding } from './siteFinding.js';
