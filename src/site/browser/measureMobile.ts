/**
 * What the mobile checks measure in a page laid out at phone width (CSS pixels), brought back as JSON.
 */
export interface MobileMeasures {
  /** Width of the layout viewport (`documentElement.clientWidth`). */
  readonly layoutWidth: number;
  /** Width of the document (`documentElement.scrollWidth`). */
  readonly scrollWidth: number;
  /** The outermost elements reaching past the layout viewport's right edge (up to 10). */
  readonly overflowing: readonly { readonly selector: string; readonly right: number }[];
  /** The `content` of `<meta name="viewport">`, or `null`. */
  readonly viewport: string | null;
  /** Characters of visible text, and those set below the readable size. */
  readonly textChars: number;
  readonly smallTextChars: number;
  readonly smallText: readonly {
    readonly selector: string;
    readonly fontSize: number;
    readonly excerpt: string;
  }[];
  /** Visible interactive elements, and the undersized ones crowded by a neighbour (up to 10 listed). */
  readonly targets: number;
  readonly crowdedTargets: number;
  readonly crowded: readonly { readonly selector: string; readonly width: number; readonly height: number }[];
}

/**
 * Runs in the page (sent as source: self-contained, no imports). `minFontPx` is the readable size, `minTargetPx`
 * the target size of WCAG 2.2 SC 2.5.8 with its spacing exception: an undersized target passes when a circle of
 * that diameter centred on it meets no other target and no other undersized target's circle. Targets inline in a
 * sentence are exempt, as in the criterion.
 */
export function measureMobile(arg: { minFontPx: number; minTargetPx: number; max: number }): MobileMeasures {
  const cssPath = (el: Element): string => {
    const parts: string[] = [];
    let e: Element | null = el;
    while (e && e.nodeType === 1 && parts.length < 5) {
      if (e.id && document.querySelectorAll(`#${CSS.escape(e.id)}`).length === 1) {
        parts.unshift(`#${CSS.escape(e.id)}`);
        break;
      }
      let part = e.tagName.toLowerCase();
      const parent: Element | null = e.parentElement;
      if (parent) {
        const same = Array.from(parent.children).filter((c) => c.tagName === e?.tagName);
        if (same.length > 1) part += `:nth-of-type(${same.indexOf(e) + 1})`;
      }
      parts.unshift(part);
      if (part === 'body' || part === 'html') break;
      e = parent;
    }
    return parts.join(' > ');
  };
  const visible = (el: Element): boolean => {
    const s = getComputedStyle(el);
    if (s.visibility === 'hidden' || s.display === 'none' || Number(s.opacity) === 0) return false;
    const r = el.getBoundingClientRect();
    return r.width > 0 && r.height > 0;
  };
  const doc = document.documentElement;
  const layoutWidth = doc.clientWidth;
  const scrollWidth = Math.max(doc.scrollWidth, document.body ? document.body.scrollWidth : 0);

  const overflowing: { selector: string; right: number }[] = [];
  if (scrollWidth > layoutWidth + 1) {
    for (const el of Array.from(document.body ? document.body.querySelectorAll('*') : [])) {
      if (overflowing.length >= arg.max) break;
      const r = el.getBoundingClientRect();
      if (r.right <= layoutWidth + 1 || r.width === 0) continue;
      const p = el.parentElement;
      if (p && p !== document.body && p.getBoundingClientRect().right > layoutWidth + 1) continue;
      if (getComputedStyle(el).position === 'fixed') continue;
      overflowing.push({ selector: cssPath(el), right: Math.round(r.right) });
    }
  }

  const meta = document.querySelector('meta[name="viewport" i]');
  const viewport = meta ? meta.getAttribute('content') : null;

  let textChars = 0;
  let smallTextChars = 0;
  const smallText: { selector: string; fontSize: number; excerpt: string }[] = [];
  const seen = new Set<Element>();
  if (document.body) {
    const walker = document.createTreeWalker(document.body, NodeFilter.SHOW_TEXT);
    for (let n = walker.nextNode(); n; n = walker.nextNode()) {
      const text = (n.nodeValue ?? '').replace(/\s+/g, ' ').trim();
      const parent = n.parentElement;
      if (!text || !parent || ['SCRIPT', 'STYLE', 'NOSCRIPT', 'TEMPLATE'].includes(parent.tagName)) continue;
      if (!visible(parent)) continue;
      const size = Number.parseFloat(getComputedStyle(parent).fontSize);
      textChars += text.length;
      if (size < arg.minFontPx) {
        smallTextChars += text.length;
        if (!seen.has(parent) && smallText.length < arg.max) {
          seen.add(parent);
          smallText.push({ selector: cssPath(parent), fontSize: size, excerpt: text.slice(0, 80) });
        }
      }
    }
  }

  const selector =
    'a[href], button, input:not([type="hidden"]), select, textarea, summary, [role="button"], [role="link"], [onclick]';
  const boxes: { el: Element; r: DOMRect; small: boolean }[] = [];
  for (const el of Array.from(document.querySelectorAll(selector))) {
    if (!visible(el)) continue;
    const r = el.getBoundingClientRect();
    let small = r.width < arg.minTargetPx || r.height < arg.minTargetPx;
    if (small && el.tagName === 'A' && getComputedStyle(el).display === 'inline') {
      const block = el.parentElement;
      const own = (el.textContent ?? '').trim().length;
      const around = (block?.textContent ?? '').trim().length;
      if (around > own + 20) small = false;
    }
    boxes.push({ el, r, small });
  }
  const half = arg.minTargetPx / 2;
  const circleHitsRect = (cx: number, cy: number, r: DOMRect) => {
    const dx = Math.max(r.left - cx, 0, cx - r.right);
    const dy = Math.max(r.top - cy, 0, cy - r.bottom);
    return dx * dx + dy * dy < half * half;
  };
  const crowded: { selector: string; width: number; height: number }[] = [];
  let crowdedTargets = 0;
  for (const a of boxes) {
    if (!a.small) continue;
    const cx = a.r.left + a.r.width / 2;
    const cy = a.r.top + a.r.height / 2;
    const hit = boxes.some((b) => {
      if (b === a || b.el.contains(a.el) || a.el.contains(b.el)) return false;
      if (circleHitsRect(cx, cy, b.r)) return true;
      if (!b.small) return false;
      const bx = b.r.left + b.r.width / 2;
      const by = b.r.top + b.r.height / 2;
      return (cx - bx) ** 2 + (cy - by) ** 2 < arg.minTargetPx * arg.minTargetPx;
    });
    if (!hit) continue;
    crowdedTargets++;
    if (crowded.length < arg.max)
      crowded.push({ selector: cssPath(a.el), width: Math.round(a.r.width), height: Math.round(a.r.height) });
  }
  return {
    layoutWidth,
    scrollWidth,
    overflowing,
    viewport,
    textChars,
    smallTextChars,
    smallText,
    targets: boxes.length,
    crowdedTargets,
    crowded,
  };
}
