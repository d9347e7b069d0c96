import type { BrowserRuleId } from './BROWSER_RULES.js';

/**
 * The id of an accessibility rule of the browser checks (`site.a11y.*`).
 *
 * @example
 * ```ts
 * import type { A11yRuleId } from 'vn-portal-kit/playwright';
 * const id: A11yRuleId = 'site.a11y.tables';
 * id //=> 'site.a11y.tables'
 * ```
 */
export type A11yRuleId = Extract<BrowserRuleId, `site.a11y.${string}`>;

/** The rule (and so the provision) an axe rule's violation breaks, by axe rule id first. */
const BY_AXE_RULE: Readonly<Record<string, A11yRuleId>> = {
  'color-contrast': 'site.a11y.contrast',
  'link-in-text-block': 'site.a11y.contrast',
  blink: 'site.a11y.motion',
  marquee: 'site.a11y.motion',
  'meta-refresh': 'site.a11y.motion',
  'meta-refresh-no-exceptions': 'site.a11y.motion',
  'no-autoplay-audio': 'site.a11y.motion',
  'button-name': 'site.a11y.text-alternatives',
  'input-button-name': 'site.a11y.text-alternatives',
  'link-name': 'site.a11y.orientation',
  'document-title': 'site.a11y.orientation',
  'frame-title': 'site.a11y.orientation',
  'frame-title-unique': 'site.a11y.orientation',
  'p-as-heading': 'site.a11y.orientation',
  bypass: 'site.a11y.orientation',
  'empty-heading': 'site.a11y.orientation',
  'heading-order': 'site.a11y.orientation',
  'page-has-heading-one': 'site.a11y.orientation',
  'meta-viewport': 'site.a11y.zoom',
  'meta-viewport-large': 'site.a11y.zoom',
};

/** Else by axe category tag. */
const BY_CATEGORY: readonly (readonly [string, A11yRuleId])[] = [
  ['cat.color', 'site.a11y.contrast'],
  ['cat.text-alternatives', 'site.a11y.text-alternatives'],
  ['cat.time-and-media', 'site.a11y.text-alternatives'],
  ['cat.forms', 'site.a11y.text-alternatives'],
  ['cat.tables', 'site.a11y.tables'],
];

/**
 * The browser rule an axe-core rule's violation falls under, and through it the provision it breaks: a point
 * of TT 32/2017 Art. 18.1 (a colour and contrast, b blinking or moving content, c text equivalents, d
 * orientation of links, titles and headings, đ data tables), Art. 17 for zoom blocked on phones, else Art. 18
 * as a whole (keyboard, ARIA, language, parsing), which ND 224/2026 Art. 10.3.c restates as accessibility.
 *
 * @example
 * ```ts
 * import { a11yRuleFor } from 'vn-portal-kit/playwright';
 * a11yRuleFor('color-contrast', ['cat.color', 'wcag2aa']) //=> 'site.a11y.contrast'
 * a11yRuleFor('th-has-data-cells', ['cat.tables', 'wcag2a']) //=> 'site.a11y.tables'
 * a11yRuleFor('aria-roles', ['cat.aria', 'wcag2a']) //=> 'site.a11y.wcag'
 * ```
 */
export function a11yRuleFor(axeRuleId: string, tags: readonly string[]): A11yRuleId {
  if (Object.hasOwn(BY_AXE_RULE, axeRuleId)) return BY_AXE_RULE[axeRuleId] as A11yRuleId;
  for (const [tag, id] of BY_CATEGORY) if (tags.includes(tag)) return id;
  return 'site.a11y.wcag';
}
