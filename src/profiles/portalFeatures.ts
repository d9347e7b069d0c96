/**
 * The functions a regulation may require a portal to offer, one vocabulary shared by the profiles (what a
 * regulation requires) and the compliance inventory (what a portal declares): ND 42/2022 Art. 7–8,
 * VP-32-2023/8.1 and 9.1, ND 43/2011 Art. 15, TT 32/2017 Art. 16.4.b, ND 224/2026 Art. 10.3.b.
 *
 * @example
 * ```ts
 * import { PORTAL_FEATURES } from 'vn-portal-kit/profiles';
 * PORTAL_FEATURES.includes('qa-status-tracking') //=> true
 * ```
 */
export const PORTAL_FEATURES = [
  'search',
  'legal-document-search',
  'links',
  'print-archive',
  'qa',
  'qa-status-tracking',
  'feedback',
  'comment-submission',
  'social-sharing',
  'law-making-participation',
  'rating',
  'publish-interactions',
  'sitemap',
  'rss',
  'metadata',
  'machine-readable-data',
  'accessibility',
  'mobile',
  'personal-data-protection',
  'security-level',
  'public-services-integration',
  'government-portal-connection',
  'ipv6',
] as const;

/**
 * A function a portal must offer: one of {@link PORTAL_FEATURES}.
 *
 * @example
 * ```ts
 * import type { ProfileFeatureId } from 'vn-portal-kit/profiles';
 * const f: ProfileFeatureId = 'print-archive';
 * f //=> 'print-archive'
 * ```
 */
export type ProfileFeatureId = (typeof PORTAL_FEATURES)[number];
