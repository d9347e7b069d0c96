import type { Page } from 'playwright-core';
import { type Finding, type FindingSeverity, severityAtLeast } from '../compliance/index.js';
import type { Language } from '../core/index.js';
import { type CheckPortalPageOptions, checkPortalPage } from './checkPortalPage.js';

/**
 * Options of the `toMeetPortalRules` matcher: those of `checkPortalPage`, and which failures fail the test.
 *
 * @example
 * ```ts
 * import type { ToMeetPortalRulesOptions } from 'vn-portal-kit/playwright';
 * const o: ToMeetPortalRulesOptions = { profile: 'nd224-2026', minSeverity: 'warning', disable: ['site.perf'] };
 * o.minSeverity //=> 'warning'
 * ```
 */
export interface ToMeetPortalRulesOptions extends CheckPortalPageOptions {
  /** Only failures at least this severe fail (default `'error'`). */
  readonly minSeverity?: FindingSeverity;
  /** Rule ids or prefixes to judge (default all), e.g. `['site.a11y', 'site.mobile']`. */
  readonly rules?: readonly string[];
  /** Rule ids or prefixes to leave out. */
  readonly disable?: readonly string[];
  /** Language of the failure listing (default `'en'`). */
  readonly language?: Language;
}

/**
 * The part of the matcher state (`this`) that both Playwright's and Vitest's `expect` pass.
 *
 * @example
 * ```ts
 * import type { PortalMatcherState } from 'vn-portal-kit/playwright';
 * const s: PortalMatcherState = { isNot: false };
 * s.isNot //=> false
 * ```
 */
export interface PortalMatcherState {
  /** Whether the matcher was called as `.not.toMeetPortalRules`. */
  readonly isNot?: boolean;
}

/**
 * What the matcher returns to `expect` (the shape both Playwright and Vitest take).
 *
 * @example
 * ```ts
 * import type { PortalMatcherResult } from 'vn-portal-kit/playwright';
 * const r: PortalMatcherResult = { pass: true, message: () => 'ok', name: 'toMeetPortalRules', expected: [], actual: [] };
 * r.pass //=> true
 * ```
 */
export interface PortalMatcherResult {
  readonly pass: boolean;
  /** The listing of the failing findings (or why a `.not` assertion failed). */
  readonly message: () => string;
  readonly name: string;
  readonly expected: unknown;
  /** The failing findings' rule ids and selectors. */
  readonly actual: unknown;
}

const matches = (id: string, prefixes: readonly string[]) =>
  prefixes.some((p) => id === p || id.startsWith(`${p}.`));

/**
 * One line per finding, with its rule, provision, page, selector and the further selectors of the evidence.
 *
 * @example
 * ```ts
 * import { formatPortalFindings } from 'vn-portal-kit/playwright';
 * const f = { ruleId: 'site.a11y.contrast', severity: 'error', status: 'fail', message: { vi: 'Chữ mờ', en: 'Faint text' },
 *   citation: { id: 'TT-32-2017/18.1.a' }, location: { item: 'http://127.0.0.1/', field: '#tb' }, evidence: { selectors: ['#tb', 'p.x'] } } as const;
 * formatPortalFindings([f]) //=> '  ✗ error site.a11y.contrast (TT-32-2017/18.1.a): Faint text\n      at http://127.0.0.1/ #tb; also p.x'
 * ```
 */
export function formatPortalFindings(
  findings: readonly Finding[],
  language: Language = 'en',
  limit = 50,
): string {
  const lines: string[] = [];
  for (const f of findings.slice(0, limit)) {
    const mark = f.status === 'fail' ? '✗' : '?';
    const cite = f.citation ? ` (${f.citation.id})` : '';
    lines.push(`  ${mark} ${f.severity} ${f.ruleId}${cite}: ${f.message[language]}`);
    const where = [f.location.item, f.location.field].filter((x) => x !== undefined).join(' ');
    const more = Array.isArray(f.evidence?.selectors)
      ? (f.evidence.selectors as unknown[]).filter(
          (s): s is string => typeof s === 'string' && s !== f.location.field,
        )
      : [];
    if (where || more.length > 0)
      lines.push(`      at ${where}${more.length > 0 ? `; also ${more.slice(0, 5).join(', ')}` : ''}`);
  }
  if (findings.length > limit) lines.push(`  … ${findings.length - limit} more`);
  return lines.join('\n');
}

/**
 * Matcher for `@playwright/test` (and Vitest): the page meets the portal rules of a profile — no `fail` finding
 * of `checkPortalPage` at `minSeverity` or above (default `error`) among the selected rules. `needs-review`
 * findings never fail it. The failure message lists each failing finding with its provision and selectors.
 * Register it with `expect.extend(portalMatchers)`.
 *
 * @example
 * ```ts
 * import { toMeetPortalRules } from 'vn-portal-kit/playwright';
 * typeof toMeetPortalRules //=> 'function'
 * ```
 */
export async function toMeetPortalRules(
  this: PortalMatcherState | undefined,
  page: Page,
  options: ToMeetPortalRulesOptions,
): Promise<PortalMatcherResult> {
  const findings = await checkPortalPage(page, options);
  const min = options.minSeverity ?? 'error';
  const failures = findings.filter(
    (f) =>
      f.status === 'fail' &&
      severityAtLeast(f.severity, min) &&
      (options.rules === undefined || matches(f.ruleId, options.rules)) &&
      !matches(f.ruleId, options.disable ?? []),
  );
  const pass = failures.length === 0;
  const profile = typeof options.profile === 'string' ? options.profile : 'the profile';
  const not = this?.isNot ? 'not ' : '';
  return {
    pass,
    name: 'toMeetPortalRules',
    expected: [],
    actual: failures.map((f) => `${f.ruleId} ${f.location.field ?? ''}`.trim()),
    message: () =>
      pass
        ? `expected ${page.url()} ${not}to meet the portal rules of ${profile}, but it has no ${min}-level failure`
        : `expected ${page.url()} ${not}to meet the portal rules of ${profile} (min severity ${min}); ${failures.length} failure(s):\n${formatPortalFindings(failures, options.language ?? 'en')}`,
  };
}
