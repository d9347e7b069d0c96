import { XMLParser, XMLValidator } from 'fast-xml-parser';
import type { CategoryId } from '../categories/categoryIds.js';
import { cite, createIssue, err, type Issue, localized, ok, type Result } from '../core/index.js';
import { readFeedDate } from './_lib/dates.js';
import { decodeXmlEntities } from './_lib/xml.js';

/**
 * Options of {@link parseFeed}.
 *
 * @example
 * ```ts
 * import { parseFeed, type ParseFeedOptions } from 'vn-portal-kit/feeds';
 * const o: ParseFeedOptions = { maxDepth: 2 };
 * parseFeed('<rss><channel><item><title>x</title></item></channel></rss>', o).issues[0]?.code //=> 'feeds.too-deep'
 * ```
 */
export interface ParseFeedOptions {
  /** The category the sub-portal's items belong to. Default `'news'`. */
  readonly category?: CategoryId;
  /** The supplying unit (the sub-portal's owner), copied to each item's `supplier`. */
  readonly supplier?: string;
  /** Longest accepted document, in UTF-16 code units. Default 5,000,000. */
  readonly maxLength?: number;
  /** Deepest accepted element nesting. Default 32. */
  readonly maxDepth?: number;
  /** Most items read. Default 10,000. */
  readonly maxItems?: number;
}

/**
 * An item read from a feed, in the inventory's item format (`vn-portal-kit/compliance`), ready to be audited
 * or aggregated.
 *
 * @example
 * ```ts
 * import type { ParsedFeedItem } from 'vn-portal-kit/feeds';
 * const i: ParsedFeedItem = { id: 'x', category: 'news', title: 'T', fields: {} };
 * i.fields //=> {}
 * ```
 */
export interface ParsedFeedItem {
  readonly id: string;
  readonly category: CategoryId;
  readonly title: string;
  readonly url?: string;
  readonly publishedAt?: string;
  readonly updatedAt?: string;
  readonly author?: string;
  readonly supplier?: string;
  readonly fields: { readonly summary?: string };
}

/**
 * A parsed RSS or Atom feed.
 *
 * @example
 * ```ts
 * import type { ParsedFeed } from 'vn-portal-kit/feeds';
 * const f: ParsedFeed = { format: 'rss', title: 'Tin tức', items: [] };
 * f.format //=> 'rss'
 * ```
 */
export interface ParsedFeed {
  readonly format: 'rss' | 'atom';
  readonly title: string;
  readonly link?: string;
  readonly items: readonly ParsedFeedItem[];
}

const CITATION = /* @__PURE__ */ (() =>
  cite('HG-1347-2020/4.1', 'the province portal integrates its sub-portals'))();

function issue(code: string, vi: string, en: string, details?: Record<string, unknown>): Issue {
  return createIssue(code, localized(vi, en), { citation: CITATION, ...(details ? { details } : {}) });
}

/** Deepest element nesting, by a linear scan that skips comments, CDATA, declarations and quoted values. */
function maxNesting(xml: string, limit: number): number {
  let depth = 0;
  let max = 0;
  let i = 0;
  const n = xml.length;
  while (i < n) {
    const lt = xml.indexOf('<', i);
    if (lt < 0) break;
    if (xml.startsWith('<!--', lt)) {
      const end = xml.indexOf('-->', lt + 4);
      i = end < 0 ? n : end + 3;
      continue;
    }
    if (xml.startsWith('<![CDATA[', lt)) {
      const end = xml.indexOf(']]>', lt + 9);
      i = end < 0 ? n : end + 3;
      continue;
    }
    const next = xml.charCodeAt(lt + 1);
    let j = lt + 1;
    let quote = 0;
    while (j < n) {
      const c = xml.charCodeAt(j);
      if (quote) {
        if (c === quote) quote = 0;
      } else if (c === 34 || c === 39) quote = c;
      else if (c === 62) break;
      j++;
    }
    if (next === 47) depth--;
    else if (next !== 33 && next !== 63 && xml.charCodeAt(j - 1) !== 47) {
      depth++;
      if (depth > max) {
        max = depth;
        if (max > limit) return max;
      }
    }
    i = j + 1;
  }
  return max;
}

type Node = unknown;

function textOf(node: Node): string {
  if (node === undefined || node === null) return '';
  if (typeof node === 'string' || typeof node === 'number' || typeof node === 'boolean') {
    return decodeXmlEntities(String(node));
  }
  if (Array.isArray(node)) return node.map(textOf).join('');
  if (typeof node === 'object') {
    const o = node as Record<string, Node>;
    const text = o['#text'] === undefined ? '' : decodeXmlEntities(String(o['#text']));
    const cdata = o['#cdata'];
    const raw =
      cdata === undefined ? '' : Array.isArray(cdata) ? cdata.map((c) => String(c)).join('') : String(cdata);
    return (text + raw).trim();
  }
  return '';
}

function list(node: Node): Node[] {
  if (node === undefined || node === null) return [];
  return Array.isArray(node) ? node : [node];
}

function attr(node: Node, name: string): string | undefined {
  if (typeof node !== 'object' || node === null || Array.isArray(node)) return undefined;
  const v = (node as Record<string, Node>)[`@_${name}`];
  return typeof v === 'string' ? decodeXmlEntities(v) : undefined;
}

/**
 * Parses a sub-portal's RSS 2.0 or Atom feed into inventory items, so the province portal can integrate and
 * audit its sub-portals (HG-1347-2020/4.1). Safe on hostile input: DOCTYPE and entity declarations are
 * rejected (no XML bomb, no external entity), only the five predefined entities and character references
 * are decoded, and the size, nesting depth and item count are capped before or while parsing. Never throws:
 * problems are coded issues (`feeds.doctype-rejected`, `feeds.too-large`, `feeds.too-deep`,
 * `feeds.xml-malformed`, `feeds.not-a-feed`, `feeds.item-skipped`).
 *
 * @example
 * ```ts
 * import { parseFeed } from 'vn-portal-kit/feeds';
 * const r = parseFeed('<rss version="2.0"><channel><title>Tin</title><item><title>A &amp; B</title><guid>a1</guid><pubDate>Fri, 20 Nov 2026 09:00:00 +0700</pubDate></item></channel></rss>', { supplier: 'UBND xã Đạo Trù' });
 * r.ok && r.value.items[0].title //=> 'A & B'
 * r.ok && r.value.items[0].publishedAt //=> '2026-11-20T09:00:00+07:00'
 * parseFeed('<!DOCTYPE x [<!ENTITY a "aaaa">]><rss/>').ok //=> false
 * ```
 */
export function parseFeed(xml: string, options: ParseFeedOptions = {}): Result<ParsedFeed> {
  const maxLength = options.maxLength ?? 5_000_000;
  const maxDepth = options.maxDepth ?? 32;
  const maxItems = options.maxItems ?? 10_000;
  const category = options.category ?? 'news';
  if (typeof xml !== 'string') {
    return err([issue('feeds.not-text', 'Nguồn tin phải là chuỗi XML', 'The feed must be an XML string')]);
  }
  if (xml.length > maxLength) {
    return err([
      issue(
        'feeds.too-large',
        `Nguồn tin dài ${xml.length} ký tự, vượt giới hạn ${maxLength}`,
        `The feed has ${xml.length} characters, over the limit of ${maxLength}`,
        {
          length: xml.length,
          maxLength,
        },
      ),
    ]);
  }
  if (/<!\s*(doctype|entity)/i.test(xml)) {
    return err([
      issue(
        'feeds.doctype-rejected',
        'Nguồn tin có khai báo DOCTYPE/ENTITY: bị từ chối để tránh tấn công mở rộng thực thể (XML bomb, XXE)',
        'The feed declares a DOCTYPE/ENTITY: rejected to prevent entity-expansion attacks (XML bomb, XXE)',
      ),
    ]);
  }
  const depth = maxNesting(xml, maxDepth);
  if (depth > maxDepth) {
    return err([
      issue(
        'feeds.too-deep',
        `Nguồn tin lồng quá ${maxDepth} cấp`,
        `The feed nests elements deeper than ${maxDepth} levels`,
        { maxDepth },
      ),
    ]);
  }
  const valid = XMLValidator.validate(xml);
  if (valid !== true) {
    return err([
      issue(
        'feeds.xml-malformed',
        `XML không hợp lệ ở dòng ${valid.err.line}: ${valid.err.msg}`,
        `Malformed XML at line ${valid.err.line}: ${valid.err.msg}`,
        {
          line: valid.err.line,
          column: valid.err.col,
          code: valid.err.code,
        },
      ),
    ]);
  }
  let doc: Record<string, Node>;
  try {
    const parser = new XMLParser({
      processEntities: false,
      htmlEntities: false,
      ignoreAttributes: false,
      attributeNamePrefix: '@_',
      cdataPropName: '#cdata',
      ignoreDeclaration: true,
      ignorePiTags: true,
      parseTagValue: false,
      parseAttributeValue: false,
      trimValues: true,
      maxNestedTags: maxDepth + 1,
    });
    doc = parser.parse(xml) as Record<string, Node>;
  } catch (error) {
    return err([
      issue(
        'feeds.xml-malformed',
        `Không đọc được XML: ${String(error).slice(0, 200)}`,
        `Could not parse the XML: ${String(error).slice(0, 200)}`,
      ),
    ]);
  }
  const warnings: Issue[] = [];
  const items: ParsedFeedItem[] = [];
  const push = (raw: {
    id: string;
    title: string;
    url: string | undefined;
    published: string;
    updated: string;
    author: string;
    summary: string;
    index: number;
  }) => {
    if (items.length >= maxItems) return;
    const id = (raw.id || raw.url || '').slice(0, 200);
    if (!id || !raw.title) {
      warnings.push(
        createIssue(
          'feeds.item-skipped',
          localized(
            'Mục không có mã (guid/link/id) hoặc tiêu đề, đã bỏ qua',
            'Entry without an id (guid/link/id) or a title: skipped',
          ),
          {
            severity: 'warning',
            path: ['items', raw.index],
            citation: CITATION,
          },
        ),
      );
      return;
    }
    const publishedAt = readFeedDate(raw.published);
    const updatedAt = raw.updated ? readFeedDate(raw.updated) : undefined;
    const url = raw.url && raw.url.length <= 2000 ? raw.url : undefined;
    items.push({
      id,
      category,
      title: raw.title.slice(0, 5_000),
      ...(url ? { url } : {}),
      ...(publishedAt ? { publishedAt } : {}),
      ...(updatedAt ? { updatedAt } : {}),
      ...(raw.author ? { author: raw.author.slice(0, 1_000) } : {}),
      ...(options.supplier ? { supplier: options.supplier } : {}),
      fields: raw.summary ? { summary: raw.summary.slice(0, 100_000) } : {},
    });
  };
  const rss = doc.rss as Record<string, Node> | undefined;
  if (rss && typeof rss === 'object') {
    const channel = list(rss.channel)[0] as Record<string, Node> | undefined;
    if (!channel || typeof channel !== 'object') {
      return err([issue('feeds.not-a-feed', 'RSS không có <channel>', 'RSS without a <channel>')]);
    }
    list(channel.item).forEach((node, index) => {
      const it = (typeof node === 'object' && node !== null ? node : {}) as Record<string, Node>;
      push({
        id: textOf(it.guid),
        title: textOf(it.title),
        url: textOf(it.link) || undefined,
        published: textOf(it.pubDate) || textOf(it['dc:date']),
        updated: '',
        author: textOf(it.author) || textOf(it['dc:creator']),
        summary: textOf(it.description),
        index,
      });
    });
    const link = textOf(channel.link);
    return ok({ format: 'rss', title: textOf(channel.title), ...(link ? { link } : {}), items }, warnings);
  }
  const feed = doc.feed as Record<string, Node> | undefined;
  if (feed && typeof feed === 'object') {
    list(feed.entry).forEach((node, index) => {
      const it = (typeof node === 'object' && node !== null ? node : {}) as Record<string, Node>;
      const links = list(it.link);
      const alternate = links.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate') ?? links[0];
      const author = list(it.author)[0] as Record<string, Node> | undefined;
      push({
        id: textOf(it.id),
        title: textOf(it.title),
        url: attr(alternate, 'href'),
        published: textOf(it.published) || textOf(it.updated),
        updated: textOf(it.updated),
        author: author && typeof author === 'object' ? textOf(author.name) : '',
        summary: textOf(it.summary) || textOf(it.content),
        index,
      });
    });
    const feedLinks = list(feed.link);
    const link = attr(
      feedLinks.find((l) => (attr(l, 'rel') ?? 'alternate') === 'alternate') ?? feedLinks[0],
      'href',
    );
    return ok({ format: 'atom', title: textOf(feed.title), ...(link ? { link } : {}), items }, warnings);
  }
  return err([issue('feeds.not-a-feed', 'Không phải RSS 2.0 hay Atom', 'Neither RSS 2.0 nor Atom')]);
}
