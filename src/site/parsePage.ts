import { Parser } from 'htmlparser2';
import type { PageDocument, PageElement } from './PageNode.js';

/**
 * Options of {@link parsePage}.
 *
 * @example
 * ```ts
 * import type { ParsePageOptions } from 'vn-portal-kit/site';
 * const o: ParsePageOptions = { maxElements: 50_000 };
 * o.maxElements //=> 50000
 * ```
 */
export interface ParsePageOptions {
  /** Most elements kept (the rest of a hostile page is skipped). Default 200,000. */
  readonly maxElements?: number;
  /** Deepest nesting read: a page nested deeper is read up to there (browsers stop near 512). Default 1,000. */
  readonly maxDepth?: number;
}

/** Elements whose content is not page text and is not needed by any check. */
const SKIP_TEXT = new Set(['script', 'style', 'noscript', 'template']);

/**
 * Parses HTML into the compact tree the page analysers read, with htmlparser2's tolerant tokenizer (void
 * elements, implied end tags, entities). Text inside `script`, `style`, `noscript` and `template` is dropped
 * (the elements and their attributes are kept). Browser-safe.
 *
 * @example
 * ```ts
 * import { parsePage } from 'vn-portal-kit/site';
 * const doc = parsePage('<html lang="vi"><body><a href="/gioi-thieu">Giới thiệu</a></body></html>');
 * const html = doc.root.children[0];
 * typeof html === 'object' && html.attrs.lang //=> 'vi'
 * ```
 */
export function parsePage(html: string, options: ParsePageOptions = {}): PageDocument {
  const max = options.maxElements ?? 200_000;
  const root: PageElement = {
    name: '#document',
    attrs: Object.create(null),
    children: [],
    parent: undefined,
  };
  let current = root;
  let elements = 0;
  let truncated = false;
  const maxDepth = options.maxDepth ?? 1_000;
  let depth = 0;
  let stop = false;
  let skipDepth = 0; // > 0 inside an element not kept (over the cap)
  let rawText = 0; // > 0 inside script/style/…
  const parser = new Parser(
    {
      onopentag(name, attribs) {
        depth++;
        if (depth > maxDepth) stop = true;
        if (skipDepth > 0 || elements >= max || stop) {
          truncated = true;
          skipDepth++;
          return;
        }
        const attrs: Record<string, string> = Object.create(null);
        for (const key of Object.keys(attribs)) attrs[key] = attribs[key] as string;
        const el: PageElement = { name, attrs, children: [], parent: current };
        current.children.push(el);
        current = el;
        elements++;
        if (SKIP_TEXT.has(name)) rawText++;
      },
      ontext(text) {
        if (skipDepth > 0 || rawText > 0) return;
        const last = current.children[current.children.length - 1];
        if (typeof last === 'string') current.children[current.children.length - 1] = last + text;
        else current.children.push(text);
      },
      onclosetag(name) {
        depth--;
        if (skipDepth > 0) {
          skipDepth--;
          return;
        }
        if (SKIP_TEXT.has(name)) rawText--;
        current = current.parent ?? root;
      },
    },
    { decodeEntities: true, lowerCaseTags: true, lowerCaseAttributeNames: true, recognizeSelfClosing: false },
  );
  // Written in chunks so that a page nested deeper than maxDepth stops being read there: the tokenizer's
  // open-element stack would otherwise grow with the page and make it quadratic.
  const text = typeof html === 'string' ? html : '';
  for (let i = 0; i < text.length && !stop; i += 32_768) parser.write(text.slice(i, i + 32_768));
  parser.end();
  return { root, elements, truncated: truncated || stop };
}
