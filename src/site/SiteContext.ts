import type { CategoryId } from '../categories/index.js';
import { resolveAuditPolicyOrThrow, type UnitKind } from '../compliance/index.js';
import { type CivilDate, type DateInput, toCivilDate } from '../core/index.js';

/**
 * A per-portal mapping from URL path prefixes to categories, for portals whose URLs the defaults do not read
 * (`{ '/portal/vbpq': 'legal-documents' }`).
 *
 * @example
 * ```ts
 * import type { CategoryMapping } from 'vn-portal-kit/site';
 * const m: CategoryMapping = { '/Pages/van-ban': 'legal-documents' };
 * m['/Pages/van-ban'] //=> 'legal-documents'
 * ```
 */
export type CategoryMapping = Readonly<Record<string, CategoryId>>;

/**
 * Options of {@link createSiteContext}.
 *
 * @example
 * ```ts
 * import type { SiteContextOptions } from 'vn-portal-kit/site';
 * const o: SiteContextOptions = { url: 'https://phutho.gov.vn/', profile: 'nd224-2026', asOf: '2026-12-07' };
 * o.profile //=> 'nd224-2026'
 * ```
 */
export interface SiteContextOptions {
  /** The portal's homepage. */
  readonly url: string;
  /** A profile id or object of `vn-portal-kit/profiles`. */
  readonly profile: string | object;
  readonly asOf: DateInput;
  /** The agency's full Vietnamese name, looked for in the header. Absent: taken from the homepage title. */
  readonly agencyName?: string;
  /** The unit level of the portal's owner. Default `'province'`. */
  readonly unitKind?: UnitKind;
  /** The public host name when crawling a mirror or staging copy (host-name checks use it). */
  readonly publicHost?: string;
  /** Hosts of the declared component sites (crawled too; counted as internal). */
  readonly componentHosts?: readonly string[];
  /** URL path prefixes → categories, before the defaults. */
  readonly categoryMap?: CategoryMapping;
}

/**
 * What every page check needs to know about the portal, computed once per crawl (the caller holds it).
 *
 * @example
 * ```ts
 * import { createSiteContext } from 'vn-portal-kit/site';
 * const c = createSiteContext({ url: 'https://phutho.gov.vn/', profile: 'nd224-2026', asOf: '2026-12-07' });
 * c.requiredCategories.includes('legal-documents') //=> true
 * ```
 */
export interface SiteContext {
  readonly homeUrl: string;
  /** Host (and port) of the crawled homepage, lower case. */
  readonly host: string;
  /** The public host name (`publicHost`, else the crawled host without port). */
  readonly publicHost: string;
  readonly componentHosts: readonly string[];
  readonly profile: unknown;
  readonly profileId: string;
  readonly asOf: CivilDate;
  readonly unitKind: UnitKind;
  readonly agencyName: string | undefined;
  /** The categories the profile requires of this unit level, each with its provision. */
  readonly requiredCategories: readonly CategoryId[];
  readonly categoryCitations: Readonly<Partial<Record<CategoryId, string>>>;
  readonly categoryMap: CategoryMapping;
}

/**
 * Builds the {@link SiteContext} of a crawl. Throws `TypeError`/`RangeError` on programmer errors (an invalid
 * URL, an unknown profile, an invalid date), like `auditPortal`.
 *
 * @example
 * ```ts
 * import { createSiteContext } from 'vn-portal-kit/site';
 * createSiteContext({ url: 'http://127.0.0.1:8080/', profile: 'nd224-2026', asOf: '2026-12-07', publicHost: 'phutho.gov.vn' }).publicHost //=> 'phutho.gov.vn'
 * ```
 */
export function createSiteContext(options: SiteContextOptions): SiteContext {
  if (typeof options !== 'object' || options === null)
    throw new TypeError('createSiteContext: options are required');
  let home: URL;
  try {
    home = new URL(options.url);
  } catch {
    throw new TypeError(`createSiteContext: invalid URL ${String(options.url).slice(0, 100)}`);
  }
  if (home.protocol !== 'http:' && home.protocol !== 'https:')
    throw new TypeError(`createSiteContext: not an http(s) URL: ${home.href.slice(0, 100)}`);
  const asOf = toCivilDate(options.asOf);
  if (!asOf.ok) throw new RangeError(`createSiteContext: invalid asOf ${String(options.asOf).slice(0, 40)}`);
  const { policy, profile } = resolveAuditPolicyOrThrow(options.profile, asOf.value);
  const unitKind = options.unitKind ?? 'province';
  const required = policy.requiredCategories.filter((r) => r.unitKinds.includes(unitKind));
  const categoryCitations: Partial<Record<CategoryId, string>> = {};
  for (const r of required) categoryCitations[r.category] ??= r.citation.id;
  return {
    homeUrl: home.href,
    host: home.host.toLowerCase(),
    publicHost: (options.publicHost ?? home.hostname).toLowerCase(),
    componentHosts: (options.componentHosts ?? []).map((h) => h.toLowerCase()),
    profile,
    profileId: policy.profileId,
    asOf: asOf.value,
    unitKind,
    agencyName: options.agencyName?.normalize('NFC'),
    requiredCategories: [...new Set(required.map((r) => r.category))],
    categoryCitations,
    categoryMap: options.categoryMap ?? {},
  };
}
