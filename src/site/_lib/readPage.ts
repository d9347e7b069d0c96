import type { PageLink } from '../PageFacts.js';
import type { PageElement } from '../PageNode.js';
import { cssPath, hasAncestor, textOf, walk } from './dom.js';
import type { PageRegions } from './regions.js';

/** Everything one walk of a page collects for the checks. */
export interface PageReading {
  readonly lang: string | undefined;
  readonly htmlElement: PageElement | undefined;
  readonly metaCharset: string | undefined;
  readonly title: string;
  readonly meta: ReadonlyMap<string, string>;
  readonly jsonLd: readonly string[];
  readonly links: readonly PageLink[];
  readonly feeds: readonly string[];
  readonly imagesWithoutAlt: readonly PageElement[];
  readonly images: number;
  readonly forms: readonly PageElement[];
  readonly inputs: readonly PageElement[];
  readonly scripts: readonly string[];
  readonly articles: readonly PageElement[];
  readonly printControls: number;
  readonly body: PageElement | undefined;
  /** An image or link naming EMC (the monitoring label). */
  readonly emcMarker: boolean;
}

const PRINT_RE = /\b(window\.)?print\s*\(/;
const PRINT_TEXT =
  /^(in|in bài|in trang|in bài viết|in tin|bản in|lưu|lưu bài|lưu trữ|lưu bài viết|print|save)$/;

/** Resolves an href against the page: http(s) only, fragment removed; `undefined` for anything else. */
export function resolveHref(href: string, base: URL): string | undefined {
  const h = href.trim();
  if (h === '' || h.startsWith('#') || /^(javascript|mailto|tel|data):/i.test(h)) return undefined;
  try {
    const u = new URL(h, base);
    if (u.protocol !== 'http:' && u.protocol !== 'https:') return undefined;
    u.hash = '';
    return u.href;
  } catch {
    return undefined;
  }
}

export function readPage(root: PageElement, pageUrl: URL, regions: PageRegions): PageReading {
  const header = new Set(regions.header);
  const nav = new Set(regions.nav);
  const footer = new Set(regions.footer);
  // The innermost region wins: a menu inside the header is the menu.
  const regionOf = (e: PageElement): PageLink['region'] => {
    for (let a: PageElement | undefined = e; a; a = a.parent) {
      if (nav.has(a)) return 'nav';
      if (footer.has(a)) return 'footer';
      if (header.has(a)) return 'header';
    }
    return 'body';
  };
  let base = pageUrl;
  let lang: string | undefined;
  let htmlElement: PageElement | undefined;
  let metaCharset: string | undefined;
  let title = '';
  let body: PageElement | undefined;
  const meta = new Map<string, string>();
  const jsonLd: string[] = [];
  const anchors: PageElement[] = [];
  const feeds: string[] = [];
  const imagesWithoutAlt: PageElement[] = [];
  let images = 0;
  const forms: PageElement[] = [];
  const inputs: PageElement[] = [];
  const scripts: string[] = [];
  const articles: PageElement[] = [];
  let printControls = 0;
  let emcMarker = false;
  const EMC = /\bemc\b/i;
  walk(root, (e) => {
    const a = e.attrs;
    switch (e.name) {
      case 'html':
        htmlElement ??= e;
        lang ??= a.lang ?? a['xml:lang'];
        break;
      case 'body':
        body ??= e;
        break;
      case 'base':
        if (a.href) {
          try {
            base = new URL(a.href, pageUrl);
          } catch {
            // an invalid <base> is ignored, as browsers do
          }
        }
        break;
      case 'title':
        if (!title && !hasAncestor(e, (x) => x.name === 'svg')) title = textOf(e, 500);
        break;
      case 'meta': {
        if (a.charset !== undefined) metaCharset ??= a.charset.trim().toLowerCase();
        const httpEquiv = a['http-equiv']?.toLowerCase();
        if (httpEquiv === 'content-type' && a.content) {
          const m = /charset\s*=\s*([\w-]+)/i.exec(a.content);
          if (m) metaCharset ??= (m[1] as string).toLowerCase();
        }
        const key = (a.property ?? a.name ?? a.itemprop)?.toLowerCase();
        if (key && a.content !== undefined && !meta.has(key)) meta.set(key, a.content);
        break;
      }
      case 'link': {
        const rel = (a.rel ?? '').toLowerCase().split(/\s+/);
        const type = (a.type ?? '').toLowerCase();
        if (rel.includes('alternate') && /(rss|atom)\+xml/.test(type) && a.href) {
          const u = resolveHref(a.href, base);
          if (u) feeds.push(u);
        }
        break;
      }
      case 'script':
        if ((a.type ?? '').toLowerCase() === 'application/ld+json') jsonLd.push(e.children.join(''));
        if (a.src) scripts.push(a.src);
        break;
      case 'a':
      case 'area':
        if (!emcMarker && EMC.test(`${a.href ?? ''} ${a.title ?? ''}`)) emcMarker = true;
        if (a.href !== undefined) anchors.push(e);
        if (isPrintControl(e)) printControls++;
        break;
      case 'button':
        if (isPrintControl(e)) printControls++;
        break;
      case 'img':
        if (!emcMarker && EMC.test(`${a.src ?? ''} ${a.alt ?? ''} ${a.title ?? ''}`)) emcMarker = true;
        images++;
        if (a.alt === undefined && a.role !== 'presentation' && a['aria-hidden'] !== 'true')
          imagesWithoutAlt.push(e);
        break;
      case 'form':
        forms.push(e);
        break;
      case 'input':
        inputs.push(e);
        break;
      case 'article':
        articles.push(e);
        break;
    }
  });
  const links: PageLink[] = [];
  for (const e of anchors) {
    const url = resolveHref(e.attrs.href as string, base);
    if (!url) continue;
    const text = textOf(e, 200) || e.attrs.title || e.attrs['aria-label'] || '';
    links.push({ url, text, selector: cssPath(e), region: regionOf(e) });
  }
  return {
    lang,
    htmlElement,
    metaCharset,
    title,
    meta,
    jsonLd,
    links,
    feeds,
    imagesWithoutAlt,
    images,
    forms,
    inputs,
    scripts,
    articles,
    printControls,
    body,
    emcMarker,
  };
}

function isPrintControl(e: PageElement): boolean {
  const a = e.attrs;
  if (PRINT_RE.test(a.onclick ?? '') || PRINT_RE.test(a.href ?? '')) return true;
  const label = (textOf(e, 60) || a.title || a['aria-label'] || '').normalize('NFC').toLowerCase().trim();
  return (
    PRINT_TEXT.test(label) ||
    /\b(print|in-bai|inbai|btn-print)\b/.test(`${a.class ?? ''} ${a.id ?? ''}`.toLowerCase())
  );
}
