import type { FindingSeverity } from '../compliance/index.js';
import type { Citation, LocalizedText } from '../core/index.js';

/**
 * How sure the library is that a requirement binds (facts/portal-technical.md): `text` read in the legal text;
 * `reported` from secondary reports; `open` not confirmed. A check of a `reported` or `open` requirement never
 * fails: what it would fail becomes `needs-review`.
 *
 * @example
 * ```ts
 * import type { SiteConfidence } from 'vn-portal-kit/site';
 * const c: SiteConfidence = 'reported';
 * c //=> 'reported'
 * ```
 */
export type SiteConfidence = 'text' | 'reported' | 'open';

/**
 * The rule groups of the live checks, the columns of the multi-portal summary.
 *
 * @example
 * ```ts
 * import { SITE_RULE_GROUPS } from 'vn-portal-kit/site';
 * SITE_RULE_GROUPS.includes('layout') //=> true
 * ```
 */
export const SITE_RULE_GROUPS = [
  'layout',
  'functions',
  'sitemap',
  'categories',
  'text',
  'metadata',
  'a11y',
  'links',
  'connect',
  'net',
  'content',
  'fetch',
  'mobile',
  'perf',
] as const;

/**
 * A rule group: one of {@link SITE_RULE_GROUPS}.
 *
 * @example
 * ```ts
 * import type { SiteRuleGroup } from 'vn-portal-kit/site';
 * const g: SiteRuleGroup = 'net';
 * g //=> 'net'
 * ```
 */
export type SiteRuleGroup = (typeof SITE_RULE_GROUPS)[number];

/**
 * A live-portal rule: a stable `site.*` id, its title, default severity, citation, the confidence of the
 * requirement, and the remediation in both languages.
 *
 * @example
 * ```ts
 * import { SITE_RULES } from 'vn-portal-kit/site';
 * SITE_RULES['site.layout.menu'].citation.id //=> 'TT-32-2017/16.3.a'
 * ```
 */
export interface SiteRule {
  /** `site.<group>[.<check>]`. */
  readonly id: string;
  readonly group: SiteRuleGroup;
  readonly title: LocalizedText;
  readonly severity: FindingSeverity;
  readonly citation: Citation;
  readonly confidence: SiteConfidence;
  readonly remediation: LocalizedText;
}

const SITE_RULE_ID = /^site\.[a-z0-9]+(?:[.-][a-z0-9]+){0,5}$/;

/**
 * Defines a live-portal rule (the browser checks define theirs with it). Throws a `TypeError` on a malformed
 * definition (an id outside `site.*`, an unknown group, a missing bilingual text or citation).
 *
 * @example
 * ```ts
 * import { defineSiteRule } from 'vn-portal-kit/site';
 * const r = defineSiteRule({
 *   id: 'site.a11y.contrast', group: 'a11y', severity: 'warning', confidence: 'text',
 *   title: { vi: 'Độ tương phản', en: 'Contrast' }, citation: { id: 'TT-32-2017/18' },
 *   remediation: { vi: 'Tăng độ tương phản', en: 'Raise the contrast' },
 * });
 * r.id //=> 'site.a11y.contrast'
 * ```
 */
export function defineSiteRule<const Id extends string>(
  rule: SiteRule & { readonly id: Id },
): SiteRule & { readonly id: Id } {
  if (typeof rule !== 'object' || rule === null) throw new TypeError('defineSiteRule: expected an object');
  if (typeof rule.id !== 'string' || !SITE_RULE_ID.test(rule.id))
    throw new TypeError(`defineSiteRule: invalid id ${JSON.stringify(rule.id)} (site.<group>.<check>)`);
  if (!(SITE_RULE_GROUPS as readonly string[]).includes(rule.group))
    throw new TypeError(`defineSiteRule(${rule.id}): unknown group ${String(rule.group)}`);
  for (const key of ['title', 'remediation'] as const) {
    const t = rule[key];
    if (!t || typeof t.vi !== 'string' || typeof t.en !== 'string' || !t.vi || !t.en)
      throw new TypeError(`defineSiteRule(${rule.id}): ${key} must be { vi, en }`);
  }
  if (!rule.citation || typeof rule.citation.id !== 'string')
    throw new TypeError(`defineSiteRule(${rule.id}): a citation is required`);
  if (!['error', 'warning', 'notice'].includes(rule.severity))
    throw new TypeError(`defineSiteRule(${rule.id}): severity must be error, warning or notice`);
  if (!['text', 'reported', 'open'].includes(rule.confidence))
    throw new TypeError(`defineSiteRule(${rule.id}): confidence must be text, reported or open`);
  return Object.freeze({ ...rule });
}
