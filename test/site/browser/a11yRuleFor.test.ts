import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { NATIONAL_PROVISIONS } from '../../../src/profiles/_lib/nationalProvisions.js';
import { SITE_PROVISIONS } from '../../../src/site/_lib/siteProvisions.js';
import { a11yRuleFor } from '../../../src/site/browser/a11yRuleFor.js';
import { A11Y_RULE_TEXTS } from '../../../src/site/browser/a11yRuleTexts.js';
import { BROWSER_RULES } from '../../../src/site/browser/BROWSER_RULES.js';
import { BROWSER_PROVISIONS } from '../../../src/site/browser/browserProvisions.js';

const A11Y_IDS = Object.keys(BROWSER_RULES).filter((id) => id.startsWith('site.a11y.'));

describe('a11yRuleFor: axe rule → browser rule → provision', () => {
  it('maps by axe rule first, then by category tag, else to Art. 18 as a whole', () => {
    expect(a11yRuleFor('blink', ['cat.time-and-media'])).toBe('site.a11y.motion');
    expect(a11yRuleFor('video-caption', ['cat.time-and-media'])).toBe('site.a11y.text-alternatives');
    expect(a11yRuleFor('meta-viewport', ['cat.sensory-and-visual-cues'])).toBe('site.a11y.zoom');
    expect(a11yRuleFor('some-future-rule', ['cat.tables'])).toBe('site.a11y.tables');
    expect(a11yRuleFor('some-future-rule', [])).toBe('site.a11y.wcag');
  });

  it('is total: any rule id and tags (prototype keys included) give one of the a11y rules', () => {
    fc.assert(
      fc.property(
        fc.oneof(fc.string(), fc.constantFrom('__proto__', 'constructor', 'toString', 'hasOwnProperty')),
        fc.array(fc.oneof(fc.string(), fc.constantFrom('cat.color', 'cat.tables', '__proto__'))),
        (id, tags) => A11Y_IDS.includes(a11yRuleFor(id, tags)),
      ),
    );
  });

  it('has a Vietnamese explanation for each explained rule, and every rule text rule maps somewhere definite', () => {
    for (const [id, t] of Object.entries(A11Y_RULE_TEXTS)) {
      expect(t.problem.vi, id).toMatch(/\S/);
      expect(t.fix.vi, id).toMatch(/\S/);
      expect(t.problem.vi, id).not.toBe(t.problem.en);
    }
  });

  it('explains in Vietnamese every axe rule of WCAG 2.0/2.1 A and AA that the installed axe-core runs', async () => {
    const axe = (await import('axe-core')).default;
    const missing = axe
      .getRules(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'])
      .map((r) => r.ruleId)
      .filter((id) => !Object.hasOwn(A11Y_RULE_TEXTS, id));
    expect(missing).toEqual([]);
  });

  it('cites only provisions the library knows, each saying what it requires', () => {
    for (const rule of Object.values(BROWSER_RULES)) {
      const id = rule.citation.id;
      const known = BROWSER_PROVISIONS[id] ?? SITE_PROVISIONS[id] ?? NATIONAL_PROVISIONS[id];
      expect(known, `${rule.id} cites ${id}`).toBeDefined();
    }
    for (const p of Object.values(BROWSER_PROVISIONS)) expect(p.says.vi && p.says.en).toBeTruthy();
  });
});
