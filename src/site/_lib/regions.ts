import type { PageElement } from '../PageNode.js';
import { classAndId, hasAncestor, walk } from './dom.js';

const HEADER_RE = /(^|[\s_-])(header|banner|top|masthead|dau-trang)([\s_-]|$)/;
const NAV_RE = /(^|[\s_-])(nav|navbar|menu|mainmenu|main-menu|topmenu|megamenu)([\s_-]|$)/;
const FOOTER_RE = /(^|[\s_-])(footer|bottom|chan-trang|copyright)([\s_-]|$)/;

/** The page regions the layout checks read: header, navigation (menus) and footer elements, outermost only. */
export interface PageRegions {
  readonly header: readonly PageElement[];
  readonly nav: readonly PageElement[];
  readonly footer: readonly PageElement[];
  readonly main: readonly PageElement[];
}

function outermost(list: PageElement[]): PageElement[] {
  const set = new Set(list);
  return list.filter((e) => !hasAncestor(e.parent ?? e, (a) => a !== e && set.has(a)));
}

/**
 * Finds the regions by the HTML5 elements and ARIA roles first, then by the class/id names portal platforms use.
 */
export function findRegions(root: PageElement): PageRegions {
  const header: PageElement[] = [];
  const nav: PageElement[] = [];
  const footer: PageElement[] = [];
  const main: PageElement[] = [];
  walk(root, (e) => {
    const role = e.attrs.role;
    if (e.name === 'header' || role === 'banner') header.push(e);
    else if (e.name === 'nav' || role === 'navigation') nav.push(e);
    else if (e.name === 'footer' || role === 'contentinfo') footer.push(e);
    else if (e.name === 'main' || role === 'main') main.push(e);
    else if (e.name === 'div' || e.name === 'section' || e.name === 'ul') {
      const ci = classAndId(e);
      if (ci.trim() === '') return;
      if (NAV_RE.test(ci)) nav.push(e);
      else if (FOOTER_RE.test(ci)) footer.push(e);
      else if (HEADER_RE.test(ci)) header.push(e);
    }
  });
  return { header: outermost(header), nav: outermost(nav), footer: outermost(footer), main: outermost(main) };
}
