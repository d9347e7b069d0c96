import { stripDiacritics } from '../../text/index.js';
import type { PageElement, PageNode } from '../PageNode.js';

/** Calls `visit` for every element under `el` (itself included), depth first, in document order. */
export function walk(el: PageElement, visit: (e: PageElement) => void): void {
  const stack: PageElement[] = [el];
  while (stack.length > 0) {
    const e = stack.pop() as PageElement;
    visit(e);
    for (let i = e.children.length - 1; i >= 0; i--) {
      const c = e.children[i];
      if (typeof c !== 'string') stack.push(c as PageElement);
    }
  }
}

/** Every element under `el` (itself included) that satisfies `test`, in document order. */
export function findAll(el: PageElement, test: (e: PageElement) => boolean): PageElement[] {
  const out: PageElement[] = [];
  walk(el, (e) => {
    if (test(e)) out.push(e);
  });
  return out;
}

/** The first element under `el` that satisfies `test`. */
export function findFirst(el: PageElement, test: (e: PageElement) => boolean): PageElement | undefined {
  const stack: PageElement[] = [el];
  while (stack.length > 0) {
    const e = stack.pop() as PageElement;
    if (test(e)) return e;
    for (let i = e.children.length - 1; i >= 0; i--) {
      const c = e.children[i];
      if (typeof c !== 'string') stack.push(c as PageElement);
    }
  }
  return undefined;
}

/** Whether `el` or one of its ancestors satisfies `test`. */
export function hasAncestor(el: PageElement, test: (e: PageElement) => boolean): boolean {
  for (let e: PageElement | undefined = el; e; e = e.parent) if (test(e)) return true;
  return false;
}

/** The visible text of `el` (text runs joined, whitespace collapsed), at most `max` characters. Iterative: any depth. */
export function textOf(el: PageElement, max = 1_000_000): string {
  const parts: string[] = [];
  let length = 0;
  // A stack of nodes, and of block elements whose end adds a space (marked by a `null` sentinel after them).
  const stack: (PageNode | null)[] = [el];
  // A budget of nodes visited too, so a short excerpt of a deep empty subtree stays cheap.
  let budget = max * 4 + 100;
  while (stack.length > 0 && length <= max && budget-- > 0) {
    const n = stack.pop() as PageNode | null;
    if (n === null) {
      parts.push(' ');
      continue;
    }
    if (typeof n === 'string') {
      parts.push(n);
      length += n.length;
      continue;
    }
    if (n.name === 'img' && n.attrs.alt) {
      parts.push(` ${n.attrs.alt} `);
      length += n.attrs.alt.length;
    }
    if (BLOCK.has(n.name)) stack.push(null);
    for (let i = n.children.length - 1; i >= 0; i--) stack.push(n.children[i] as PageNode);
  }
  return collapse(parts.join('')).slice(0, max);
}

const BLOCK = new Set([
  'p',
  'div',
  'li',
  'br',
  'td',
  'th',
  'tr',
  'h1',
  'h2',
  'h3',
  'h4',
  'h5',
  'h6',
  'section',
]);

/** Collapses runs of white space to one space and trims. */
export function collapse(s: string): string {
  return s.replace(/\s+/g, ' ').trim();
}

/** A text folded for matching labels: NFC, lower case, white space collapsed. */
export function fold(s: string): string {
  return collapse(s.normalize('NFC').toLowerCase());
}

/** A text folded without diacritics (for label variants typed without them): `'Sơ đồ cổng'` → `'so do cong'`. */
export function foldAscii(s: string): string {
  return stripDiacritics(fold(s)).replace(/đ/g, 'd');
}

const ID_RE = /^[A-Za-z][\w-]{0,80}$/;

/** A CSS selector that finds `el` in its page: `#id` of the nearest ancestor with an id, then tags with `:nth-of-type`. */
export function cssPath(el: PageElement): string {
  const parts: string[] = [];
  for (let e: PageElement | undefined = el; e && e.name !== '#document'; e = e.parent) {
    const id = e.attrs.id;
    if (id !== undefined && ID_RE.test(id)) {
      parts.push(`${e.name}#${id}`);
      break;
    }
    const parent: PageElement | undefined = e.parent;
    let part = e.name;
    if (parent) {
      let same = 0;
      let index = 0;
      for (const c of parent.children) {
        if (typeof c === 'string' || c.name !== e.name) continue;
        same++;
        if (c === e) index = same;
      }
      if (same > 1) part += `:nth-of-type(${index})`;
    }
    parts.push(part);
  }
  return parts.reverse().join(' > ');
}

/** `el`'s `class` and `id` together, lower case, for region heuristics. */
export function classAndId(el: PageElement): string {
  return `${el.attrs.class ?? ''} ${el.attrs.id ?? ''}`.toLowerCase();
}

/** A short excerpt of a text for evidence: at most `max` characters, cut at a word. */
export function excerpt(s: string, max = 160): string {
  const t = collapse(s);
  if (t.length <= max) return t;
  const cut = t.lastIndexOf(' ', max - 1);
  return `${t.slice(0, cut > max / 2 ? cut : max - 1)}…`;
}
