import { type PageDate, readVietnameseDate } from '../extractDates.js';
import { readNumberSymbol } from '../extractNumberSymbol.js';
import type { InferredItem, PageKind } from '../PageFacts.js';
import type { PageElement } from '../PageNode.js';
import type { SiteContext } from '../SiteContext.js';
import { collapse, findFirst, fold, textOf, walk } from './dom.js';
import { categoryOfUrl } from './homeChecks.js';
import type { PageReading } from './readPage.js';

const LABEL_PUBLISHED = /^(ngày đăng|đăng ngày|ngày xuất bản|thời gian đăng|đăng lúc|ngày đưa tin)/;
const LABEL_UPDATED = /^(cập nhật|ngày cập nhật|cập nhật lúc|sửa đổi)/;
const LABEL_ISSUED = /^(ngày ban hành|ngày ký|ban hành ngày)/;
const LABEL_NUMBER = /^(số ký hiệu|số\/ký hiệu|số, ký hiệu|số hiệu|ký hiệu|số văn bản)/;
const LABEL_EFFECTIVE = /^(ngày hiệu lực|ngày có hiệu lực|hiệu lực từ)/;

/** Label → value pairs of a page: table rows (th/td, td/td), definition lists, and "Label: value" text runs. */
export function readLabelledValues(root: PageElement): { label: string; value: string }[] {
  const out: { label: string; value: string }[] = [];
  walk(root, (e) => {
    if (out.length > 200) return;
    if (e.name === 'tr' || e.name === 'dl') {
      const cells = e.children.filter(
        (c): c is PageElement => typeof c !== 'string' && ['th', 'td', 'dt', 'dd'].includes(c.name),
      );
      for (let i = 0; i + 1 < cells.length; i += 2) {
        out.push({
          label: fold(textOf(cells[i] as PageElement, 100)).replace(/:$/, ''),
          value: textOf(cells[i + 1] as PageElement, 300),
        });
      }
    } else if (
      e.name === 'p' ||
      e.name === 'span' ||
      e.name === 'div' ||
      e.name === 'li' ||
      e.name === 'time'
    ) {
      // Only leaf-ish runs with a colon near the top: "Ngày đăng: 05/12/2026 08:30", "<b>Số:</b> 12/QĐ-UBND".
      if (e.children.length > 6 || !colonNearTop(e)) return;
      const t = collapse(e.children.filter((c): c is string => typeof c === 'string').join(' '));
      const own = t || (e.children.length <= 3 ? textOf(e, 200) : '');
      const m = /^([^:]{2,40}):\s*(.{1,200})$/u.exec(own);
      if (m) out.push({ label: fold(m[1] as string), value: m[2] as string });
    }
  });
  return out;
}

function colonNearTop(e: PageElement): boolean {
  for (const c of e.children) {
    if (typeof c === 'string') {
      if (c.includes(':')) return true;
    } else if (c.children.some((g) => typeof g === 'string' && g.includes(':'))) return true;
  }
  return false;
}

function pick(values: { label: string; value: string }[], label: RegExp): string | undefined {
  return values.find((v) => label.test(v.label))?.value;
}

/** Dates from JSON-LD (`datePublished`, `dateModified`), without running any script. */
function jsonLdDates(blocks: readonly string[]): { published?: string; modified?: string } {
  const out: { published?: string; modified?: string } = {};
  for (const block of blocks) {
    if (block.length > 100_000) continue;
    const p = /"datePublished"\s*:\s*"([^"]{8,40})"/.exec(block);
    const m = /"dateModified"\s*:\s*"([^"]{8,40})"/.exec(block);
    if (p && !out.published) out.published = p[1] as string;
    if (m && !out.modified) out.modified = m[1] as string;
  }
  return out;
}

/** The page's kind: article, legal document, sitemap page, or another page. */
export function classifyPage(
  url: URL,
  reading: PageReading,
  values: { label: string; value: string }[],
  home: boolean,
): PageKind {
  if (home) return 'home';
  if (pick(values, LABEL_NUMBER) && (pick(values, LABEL_ISSUED) || pick(values, LABEL_EFFECTIVE)))
    return 'legal-document';
  const title = fold(reading.title);
  if (
    /^(sơ đồ (cổng|trang|website|site)|sitemap)/.test(title) ||
    /\/(so-do-(cong|trang|site|website)|sitemap)(\.\w+)?\/?$/i.test(url.pathname)
  )
    return 'sitemap';
  const ogType = reading.meta.get('og:type')?.toLowerCase();
  if (
    ogType === 'article' ||
    reading.meta.has('article:published_time') ||
    reading.jsonLd.some((b) => /"@type"\s*:\s*"(News)?Article"/.test(b)) ||
    reading.articles.length === 1
  )
    return 'article';
  return 'page';
}

/**
 * The inventory item of an article or legal-document page: title, category (per-portal mapping, URL words,
 * breadcrumb), dates (JSON-LD, `article:*` meta, visible labels), and for legal documents the number-symbol and
 * issue date (`eventKind: 'issue'`).
 */
export function inferItem(
  url: URL,
  kind: PageKind,
  reading: PageReading,
  values: { label: string; value: string }[],
  root: PageElement,
  context: SiteContext,
): { item?: InferredItem; published?: PageDate } {
  if (kind !== 'article' && kind !== 'legal-document') return {};
  const ld = jsonLdDates(reading.jsonLd);
  const dateOf = (s: string | undefined) => (s ? readVietnameseDate(s) : undefined);
  const published =
    dateOf(ld.published) ??
    dateOf(reading.meta.get('article:published_time')) ??
    dateOf(pick(values, LABEL_PUBLISHED));
  const updated =
    dateOf(ld.modified) ??
    dateOf(reading.meta.get('article:modified_time')) ??
    dateOf(pick(values, LABEL_UPDATED));
  let category = categoryOfUrl(url, context) ?? breadcrumbCategory(root, url, context);
  if (kind === 'legal-document') category = 'legal-documents';
  const h1 = findH1(root);
  const title = (reading.meta.get('og:title') || h1 || reading.title).slice(0, 5_000) || url.pathname;
  const fields: Record<string, unknown> = {};
  let issued: PageDate | undefined;
  if (kind === 'legal-document') {
    const number = readNumberSymbol(pick(values, LABEL_NUMBER) ?? '');
    if (number) fields.numberSymbol = number;
    issued = dateOf(pick(values, LABEL_ISSUED));
    const effective = dateOf(pick(values, LABEL_EFFECTIVE));
    if (issued) fields.issuedOn = issued.date;
    if (effective) fields.effectiveOn = effective.date;
  }
  const item: InferredItem = {
    id: `${url.pathname}${url.search}`.slice(0, 200),
    category: category ?? 'news',
    title,
    language: /^\/(en|english)(\/|$)/i.test(url.pathname) ? 'en' : 'vi',
    url: url.href.slice(0, 2_000),
    ...(issued ? { eventKind: 'issue' as const, eventAt: issued.date } : {}),
    ...(published ? { publishedAt: published.dateTime } : {}),
    ...(updated ? { updatedAt: updated.dateTime } : {}),
    fields,
  };
  return { item, ...(published ? { published } : {}) };
}

function findH1(root: PageElement): string | undefined {
  const h1 = findFirst(root, (e) => e.name === 'h1');
  return (h1 && textOf(h1, 1_000)) || undefined;
}

function breadcrumbCategory(root: PageElement, url: URL, context: SiteContext) {
  const crumbs = findFirst(root, (e) =>
    /breadcrumb|duong-dan|đường dẫn/.test(
      `${e.attrs.class ?? ''} ${e.attrs.id ?? ''} ${e.attrs['aria-label'] ?? ''}`.toLowerCase(),
    ),
  );
  if (!crumbs) return undefined;
  const links: { href: string }[] = [];
  walk(crumbs, (e) => {
    if (e.name === 'a' && e.attrs.href) links.push({ href: e.attrs.href });
  });
  for (const l of links.reverse()) {
    try {
      const c = categoryOfUrl(new URL(l.href, url), context);
      if (c) return c;
    } catch {
      // not a URL
    }
  }
  return undefined;
}
