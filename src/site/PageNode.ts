/**
 * A parsed page: a compact element tree the page analysers read. Built from HTML by {@link parsePage}, or by a
 * browser engineer from a rendered DOM (any tree of this shape will do). Attribute names are lower-case.
 *
 * @example
 * ```ts
 * import { parsePage } from 'vn-portal-kit/site';
 * const doc = parsePage('<html lang="vi"><body><p>Xin chào</p></body></html>');
 * doc.root.name //=> '#document'
 * ```
 */
export interface PageElement {
  /** Lower-case tag name, or `'#document'` for the root. */
  readonly name: string;
  /** Attributes, lower-case names (a prototype-free record: `__proto__` is an ordinary key). */
  readonly attrs: Readonly<Record<string, string>>;
  /** Child elements and text runs, in document order. */
  readonly children: PageNode[];
  /** The parent element (`undefined` for the root). */
  readonly parent: PageElement | undefined;
}

/**
 * A node of a {@link PageElement} tree: an element or a text run (entities decoded).
 *
 * @example
 * ```ts
 * import type { PageNode } from 'vn-portal-kit/site';
 * const n: PageNode = 'Trang chủ';
 * typeof n //=> 'string'
 * ```
 */
export type PageNode = PageElement | string;

/**
 * A parsed page: its root and the number of elements read (capped by `maxElements`).
 *
 * @example
 * ```ts
 * import { parsePage } from 'vn-portal-kit/site';
 * parsePage('<p>a</p><p>b</p>').elements //=> 2
 * ```
 */
export interface PageDocument {
  readonly root: PageElement;
  /** Elements in the tree. */
  readonly elements: number;
  /** Whether the page had more elements than `maxElements` (the rest were not read). */
  readonly truncated: boolean;
}
