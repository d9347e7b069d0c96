import type { Page } from 'playwright-core';
import type { Finding, FindingSeverity } from '../../compliance/index.js';
import { siteFinding } from '../siteFinding.js';
import { a11yRuleFor } from './a11yRuleFor.js';
import { A11Y_RULE_TEXTS } from './a11yRuleTexts.js';
import { BROWSER_RULES } from './BROWSER_RULES.js';
import { runInPage } from './runInPage.js';

/** The axe-core tags run: WCAG 2.0 and 2.1, levels A and AA. */
export const AXE_TAGS: readonly string[] = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];

/**
 * Options of {@link checkAccessibility}.
 *
 * @example
 * ```ts
 * import type { CheckAccessibilityOptions } from 'vn-portal-kit/playwright';
 * const o: CheckAccessibilityOptions = { maxSelectors: 5, skipAxeRules: ['image-alt'] };
 * o.maxSelectors //=> 5
 * ```
 */
export interface CheckAccessibilityOptions {
  /** The URL the findings name (default `page.url()`). */
  readonly url?: string;
  /** Selectors listed per finding (default 10; the count is always the full count). */
  readonly maxSelectors?: number;
  /** axe rule ids not to report (e.g. `image-alt` when the static check already reports it). */
  readonly skipAxeRules?: readonly string[];
}

/** One axe result as brought back from the page: compact, selectors and short HTML excerpts only. */
interface AxeOutcome {
  readonly id: string;
  readonly impact: string | null;
  readonly tags: readonly string[];
  readonly help: string;
  readonly helpUrl: string;
  readonly count: number;
  readonly nodes: readonly { readonly target: string; readonly html: string }[];
}

async function runAxe(arg: { tags: readonly string[]; max: number }) {
  // biome-ignore lint/suspicious/noExplicitAny: axe is a page global here.
  const axe = (window as any).axe;
  const r = await axe.run(document, {
    runOnly: { type: 'tag', values: arg.tags },
    resultTypes: ['violations', 'incomplete'],
    iframes: false,
  });
  // biome-ignore lint/suspicious/noExplicitAny: axe's result objects.
  const pack = (list: any[]) =>
    list.map((v) => ({
      id: v.id,
      impact: v.impact ?? null,
      tags: v.tags,
      help: v.help,
      helpUrl: v.helpUrl,
      count: v.nodes.length,
      // biome-ignore lint/suspicious/noExplicitAny: axe's node results.
      nodes: v.nodes.slice(0, arg.max).map((n: any) => ({
        target: n.target.map((t: unknown) => (Array.isArray(t) ? t.join(' >>> ') : String(t))).join(' >>> '),
        html: String(n.html).slice(0, 300),
      })),
    }));
  return { violations: pack(r.violations), incomplete: pack(r.incomplete) };
}

function severityOf(impact: string | null, ruleSeverity: FindingSeverity): FindingSeverity {
  if (impact === 'minor') return 'notice';
  if (impact === 'moderate') return ruleSeverity === 'error' ? 'warning' : ruleSeverity;
  return ruleSeverity;
}

/** WCAG success criteria from axe tags: `wcag143` → `1.4.3`. */
function criteria(tags: readonly string[]): string[] {
  return tags
    .filter((t) => /^wcag\d{3,4}$/.test(t))
    .map((t) =>
      t
        .slice(4)
        .split('')
        .join('.')
        .replace(/^(\d)\.(\d)\.(\d)\.(\d)$/, '$1.$2.$3$4'),
    );
}

function toFinding(url: string, o: AxeOutcome, review: boolean): Finding {
  const rule = BROWSER_RULES[a11yRuleFor(o.id, o.tags)];
  const text = Object.hasOwn(A11Y_RULE_TEXTS, o.id) ? A11Y_RULE_TEXTS[o.id] : undefined;
  const wcag = criteria(o.tags);
  const sc = wcag.length > 0 ? ` (WCAG ${wcag.join(', ')})` : '';
  const vi = text?.problem.vi ?? `${rule.title.vi}: ${o.help}`;
  const en = text?.problem.en ?? o.help;
  const first = o.nodes[0];
  return siteFinding(rule, {
    url,
    ...(first === undefined ? {} : { selector: first.target, excerpt: first.html }),
    status: review ? 'needs-review' : 'fail',
    severity: review ? 'warning' : severityOf(o.impact, rule.severity),
    message: review
      ? {
          vi: `Cần người kiểm tra: ${vi}${sc}, ${o.count} phần tử axe không tự kết luận được`,
          en: `Needs review: ${en}${sc}, ${o.count} element(s) axe could not decide`,
        }
      : { vi: `${vi}${sc}: ${o.count} phần tử`, en: `${en}${sc}: ${o.count} element(s)` },
    evidence: {
      axeRule: o.id,
      impact: o.impact,
      wcag,
      count: o.count,
      selectors: o.nodes.map((n) => n.target),
      helpUrl: o.helpUrl,
    },
    ...(text === undefined ? {} : { remediation: text.fix }),
  });
}

/**
 * Runs axe-core (WCAG 2.0 and 2.1, levels A and AA) in a loaded page and returns one finding per broken axe
 * rule: under the browser rule of the TT 32/2017 point it breaks (see `a11yRuleFor`), with a Vietnamese and
 * English explanation, the WCAG criteria, the first offending selector as location and up to `maxSelectors`
 * more in the evidence, and the count of elements. axe's "incomplete" results (what it cannot decide, such
 * as contrast over an image) become `needs-review`. Frames are not entered. axe-core is an optional peer
 * dependency: without it the result is one `needs-review` finding saying so.
 *
 * @example
 * ```ts
 * import { checkAccessibility } from 'vn-portal-kit/playwright';
 * typeof checkAccessibility //=> 'function'
 * ```
 */
export async function checkAccessibility(
  page: Page,
  options: CheckAccessibilityOptions = {},
): Promise<Finding[]> {
  const url = options.url ?? page.url();
  const source = await loadAxeSource();
  if (source === undefined) {
    return [
      siteFinding(BROWSER_RULES['site.a11y.wcag'], {
        url,
        status: 'needs-review',
        message: {
          vi: 'Chưa cài axe-core (phụ thuộc ngang hàng tùy chọn): chưa kiểm tra khả năng tiếp cận trong trình duyệt',
          en: 'axe-core (an optional peer dependency) is not installed: accessibility was not checked in the browser',
        },
      }),
    ];
  }
  await page.evaluate(source);
  const result = await runInPage(page, runAxe, {
    tags: AXE_TAGS,
    max: Math.max(1, options.maxSelectors ?? 10),
  });
  const skip = new Set(options.skipAxeRules ?? []);
  const findings: Finding[] = [];
  for (const v of result.violations as AxeOutcome[])
    if (!skip.has(v.id)) findings.push(toFinding(url, v, false));
  for (const v of result.incomplete as AxeOutcome[])
    if (!skip.has(v.id)) findings.push(toFinding(url, v, true));
  return findings;
}

async function loadAxeSource(): Promise<string | undefined> {
  try {
    const mod = (await import('axe-core')) as { source?: string; default?: { source?: string } };
    return mod.source ?? mod.default?.source;
  } catch {
    return undefined;
  }
}
