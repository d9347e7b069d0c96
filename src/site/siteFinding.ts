import type { Finding, FindingSeverity, FindingStatus } from '../compliance/index.js';
import type { LocalizedText } from '../core/index.js';
import type { SiteRule } from './SiteRule.js';

/**
 * What a check found, before {@link siteFinding} gives it its rule's citation, remediation and default severity.
 *
 * @example
 * ```ts
 * import type { SiteFindingInput } from 'vn-portal-kit/site';
 * const f: SiteFindingInput = { url: 'https://x.gov.vn/', selector: 'footer', message: { vi: 'Thiếu', en: 'Missing' } };
 * f.selector //=> 'footer'
 * ```
 */
export interface SiteFindingInput {
  /** The page (or host) the finding is about. */
  readonly url: string;
  /** A CSS selector of the element concerned, if any. */
  readonly selector?: string;
  /** A short excerpt of the text concerned, if any. */
  readonly excerpt?: string;
  /** Default `'fail'`; a `fail` of a rule whose requirement is only reported becomes `needs-review`. */
  readonly status?: FindingStatus;
  /** Default: the rule's. */
  readonly severity?: FindingSeverity;
  readonly message: LocalizedText;
  /** Further machine-readable facts (status codes, counts, dates). */
  readonly evidence?: Readonly<Record<string, unknown>>;
  /** Default: the rule's. */
  readonly remediation?: LocalizedText;
}

/**
 * Builds a finding of a live-portal rule: location `item` = the page URL and `field` = the selector (so every
 * renderer shows where), evidence `{ url, selector?, excerpt?, confidence, … }`, the rule's citation and
 * remediation. A `fail` of a rule whose requirement is only reported or open becomes `needs-review`: the
 * library never fails a portal on an unconfirmed rule.
 *
 * @example
 * ```ts
 * import { SITE_RULES, siteFinding } from 'vn-portal-kit/site';
 * const f = siteFinding(SITE_RULES['site.connect.emc-label'], {
 *   url: 'https://phutho.gov.vn/', message: { vi: 'Không thấy nhãn EMC', en: 'No EMC label found' },
 * });
 * [f.status, f.citation?.id, f.location.item] //=> ['needs-review', 'TT-22-2023', 'https://phutho.gov.vn/']
 * ```
 */
export function siteFinding(rule: SiteRule, input: SiteFindingInput): Finding {
  let status = input.status ?? 'fail';
  if (status === 'fail' && rule.confidence !== 'text') status = 'needs-review';
  return {
    ruleId: rule.id,
    severity: input.severity ?? rule.severity,
    status,
    message: input.message,
    citation: rule.citation,
    location: {
      item: input.url,
      ...(input.selector === undefined ? {} : { field: input.selector }),
    },
    evidence: {
      url: input.url,
      ...(input.selector === undefined ? {} : { selector: input.selector }),
      ...(input.excerpt === undefined ? {} : { excerpt: input.excerpt }),
      ...(rule.confidence === 'text' ? {} : { confidence: rule.confidence }),
      ...input.evidence,
    },
    remediation: input.remediation ?? rule.remediation,
  };
}
