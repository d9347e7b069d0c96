import type { Page } from 'playwright-core';
import type { Finding } from '../../compliance/index.js';
import { siteFinding } from '../siteFinding.js';
import { BROWSER_RULES } from './BROWSER_RULES.js';
import { type MobileMeasures, measureMobile } from './measureMobile.js';
import { runInPage } from './runInPage.js';

/**
 * The phone the mobile checks emulate: 360 × 640 CSS pixels (the most common Android size), pixel ratio 2,
 * touch, a mobile Chromium user agent.
 *
 * @example
 * ```ts
 * import { PHONE } from 'vn-portal-kit/playwright';
 * [PHONE.viewport.width, PHONE.viewport.height] //=> [360, 640]
 * ```
 */
export const PHONE = {
  viewport: { width: 360, height: 640 },
  deviceScaleFactor: 2,
  isMobile: true,
  hasTouch: true,
  userAgent:
    'Mozilla/5.0 (Linux; Android 14; Pixel 7) AppleWebKit/537.36 (KHTML, like Gecko) Chrome/126.0 Mobile Safari/537.36 vn-portal-kit',
} as const;

/**
 * Options of {@link checkMobile}.
 *
 * @example
 * ```ts
 * import type { CheckMobileOptions } from 'vn-portal-kit/playwright';
 * const o: CheckMobileOptions = { screenshot: false };
 * o.screenshot //=> false
 * ```
 */
export interface CheckMobileOptions {
  /** The URL the findings name (default `page.url()`). */
  readonly url?: string;
  /** Attach a JPEG screenshot of a failing page as evidence (default `true`). */
  readonly screenshot?: boolean;
  /**
   * Outline the offending elements in red in the screenshot (default `false`: it changes the page's styles, so
   * only a page that is closed afterwards should be marked, as the crawler's renderer does).
   */
  readonly highlight?: boolean;
  /** Readable text size in CSS px (default 12, as Lighthouse). */
  readonly minFontPx?: number;
  /** Share of the text that must be readable (default 0.6, as Lighthouse). */
  readonly minReadableShare?: number;
  /** Tap target size in CSS px (default 24, WCAG 2.2 SC 2.5.8). */
  readonly minTargetPx?: number;
}

/** Runs in the page: outlines the elements the findings name. */
function outline(arg: { selectors: readonly string[] }): void {
  for (const sel of arg.selectors) {
    try {
      for (const el of Array.from(document.querySelectorAll(sel)))
        (el as HTMLElement).style.setProperty('outline', '3px solid #d1242f', 'important');
    } catch {
      // A selector the page's DOM no longer matches, or cannot parse: nothing to mark.
    }
  }
}

function viewportProblem(content: string | null): { vi: string; en: string } | undefined {
  if (content === null)
    return { vi: 'Trang không có thẻ meta viewport', en: 'The page has no viewport meta tag' };
  if (!/width\s*=\s*device-width/i.test(content))
    return {
      vi: `Meta viewport không đặt width=device-width ("${content.slice(0, 100)}")`,
      en: `The viewport meta does not set width=device-width ("${content.slice(0, 100)}")`,
    };
  return undefined;
}

function findingsOf(url: string, m: MobileMeasures, o: CheckMobileOptions): Finding[] {
  const out: Finding[] = [];
  const vp = viewportProblem(m.viewport);
  if (vp)
    out.push(
      siteFinding(BROWSER_RULES['site.mobile.viewport'], {
        url,
        selector: 'head',
        message: vp,
        evidence: { viewport: m.viewport },
      }),
    );
  if (m.scrollWidth > m.layoutWidth + 1) {
    const first = m.overflowing[0];
    out.push(
      siteFinding(BROWSER_RULES['site.mobile.horizontal-scroll'], {
        url,
        ...(first ? { selector: first.selector } : {}),
        message: {
          vi: `Trang rộng ${m.scrollWidth} px trên màn hình ${m.layoutWidth} px: phải cuộn ngang`,
          en: `The page is ${m.scrollWidth} px wide on a ${m.layoutWidth} px screen: it scrolls sideways`,
        },
        evidence: {
          scrollWidth: m.scrollWidth,
          layoutWidth: m.layoutWidth,
          selectors: m.overflowing.map((x) => x.selector),
        },
      }),
    );
  }
  const share = m.textChars === 0 ? 1 : 1 - m.smallTextChars / m.textChars;
  if (share < (o.minReadableShare ?? 0.6)) {
    const first = m.smallText[0];
    const pct = Math.round((1 - share) * 100);
    out.push(
      siteFinding(BROWSER_RULES['site.mobile.text-size'], {
        url,
        ...(first ? { selector: first.selector, excerpt: first.excerpt } : {}),
        message: {
          vi: `${pct}% chữ của trang nhỏ hơn ${o.minFontPx ?? 12} px`,
          en: `${pct}% of the page text is smaller than ${o.minFontPx ?? 12} px`,
        },
        evidence: { textChars: m.textChars, smallTextChars: m.smallTextChars, samples: m.smallText },
      }),
    );
  }
  if (m.crowdedTargets > 0) {
    const first = m.crowded[0];
    out.push(
      siteFinding(BROWSER_RULES['site.mobile.tap-targets'], {
        url,
        ...(first ? { selector: first.selector } : {}),
        message: {
          vi: `${m.crowdedTargets}/${m.targets} vùng chạm nhỏ hơn ${o.minTargetPx ?? 24} px và sát nhau`,
          en: `${m.crowdedTargets}/${m.targets} tap targets are under ${o.minTargetPx ?? 24} px and crowded`,
        },
        evidence: { targets: m.targets, crowdedTargets: m.crowdedTargets, samples: m.crowded },
      }),
    );
  }
  return out;
}

/**
 * The mobile checks of a page already laid out at phone width (see {@link PHONE} and `openPhonePage`): a
 * viewport meta tag with `width=device-width`; no horizontal scrolling (the outermost overflowing elements are
 * named); readable text (at least 60 % of the characters ≥ 12 px); tap targets of 24 × 24 px or spaced as in
 * WCAG 2.2 SC 2.5.8. When any fails, the first failing finding carries a JPEG screenshot of the screen as a
 * `data:` URI in `evidence.screenshot` (the HTML report shows it).
 *
 * @example
 * ```ts
 * import { checkMobile } from 'vn-portal-kit/playwright';
 * typeof checkMobile //=> 'function'
 * ```
 */
export async function checkMobile(page: Page, options: CheckMobileOptions = {}): Promise<Finding[]> {
  const url = options.url ?? page.url();
  const measures = await runInPage(page, measureMobile, {
    minFontPx: options.minFontPx ?? 12,
    minTargetPx: options.minTargetPx ?? 24,
    max: 10,
  });
  const findings = findingsOf(url, measures, options);
  const first = findings[0];
  if (first === undefined || options.screenshot === false) return findings;
  if (options.highlight === true) {
    const selectors = [
      ...measures.overflowing.map((x) => x.selector),
      ...measures.crowded.map((x) => x.selector),
      ...measures.smallText.map((x) => x.selector),
    ];
    await runInPage(page, outline, { selectors });
  }
  const shot = await page.screenshot({ type: 'jpeg', quality: 55, scale: 'css', timeout: 30_000 });
  findings[0] = {
    ...first,
    evidence: { ...first.evidence, screenshot: `data:image/jpeg;base64,${shot.toString('base64')}` },
  };
  return findings;
}
