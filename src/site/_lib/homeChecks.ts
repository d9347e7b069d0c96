import { CATEGORY_NAMES, type CategoryId } from '../../categories/index.js';
import type { Finding } from '../../compliance/index.js';
import type { PageLink } from '../PageFacts.js';
import type { PageElement } from '../PageNode.js';
import { SITE_RULES } from '../SITE_RULES.js';
import type { SiteContext } from '../SiteContext.js';
import { siteFinding } from '../siteFinding.js';
import { CATEGORY_LABELS } from './categoryLabels.js';
import { classAndId, cssPath, excerpt, findFirst, fold, foldAscii, textOf } from './dom.js';
import type { PageReading } from './readPage.js';
import type { PageRegions } from './regions.js';

/** Whether a link's text (or, failing that, its URL path) matches one of the labels or slugs. */
export function linkMatches(
  link: PageLink,
  labels: readonly string[],
  slugs: readonly string[] = [],
): boolean {
  const text = fold(link.text);
  const ascii = foldAscii(link.text);
  if (text && labels.some((l) => text.includes(l) || ascii.includes(foldAscii(l)))) return true;
  if (slugs.length === 0) return false;
  let path: string;
  try {
    path = new URL(link.url).pathname.toLowerCase();
  } catch {
    return false;
  }
  const segments = path.split(/[/.]/);
  return slugs.some((s) => segments.includes(s) || segments.some((seg) => seg.startsWith(`${s}-`)));
}

const MENU_ENTRIES: readonly {
  key: string;
  name: { vi: string; en: string };
  labels: string[];
  slugs: string[];
}[] = [
  { key: 'home', name: { vi: 'Trang chủ', en: 'Home' }, labels: ['trang chủ', 'home'], slugs: [] },
  {
    key: 'about',
    name: { vi: 'Giới thiệu', en: 'About' },
    labels: ['giới thiệu', 'tổng quan', 'about'],
    slugs: ['gioi-thieu', 'gioithieu', 'about'],
  },
  {
    key: 'services',
    name: { vi: 'Dịch vụ công trực tuyến', en: 'Online public services' },
    labels: [
      'dịch vụ công trực tuyến',
      'dịch vụ công',
      'dvc trực tuyến',
      'dvctt',
      'online services',
      'public services',
    ],
    slugs: ['dich-vu-cong', 'dichvucong', 'dvc', 'dvctt'],
  },
  {
    key: 'sitemap',
    name: { vi: 'Sơ đồ cổng', en: 'Sitemap' },
    labels: [
      'sơ đồ cổng',
      'sơ đồ trang',
      'sơ đồ website',
      'sơ đồ site',
      'sơ đồ cổng thông tin',
      'site map',
      'sitemap',
    ],
    slugs: ['so-do-cong', 'so-do-trang', 'so-do-site', 'so-do-website', 'sitemap'],
  },
];

/** The menu entries and sitemap labels, for the portal-level sitemap-page check. */
export const SITEMAP_ENTRY = MENU_ENTRIES[3] as (typeof MENU_ENTRIES)[number];

function isHomeLink(link: PageLink, context: SiteContext): boolean {
  try {
    const u = new URL(link.url);
    return (
      u.host.toLowerCase() === context.host &&
      (u.pathname === '/' || /^\/(index|default|trang-chu)(\.\w+)?$/i.test(u.pathname))
    );
  } catch {
    return false;
  }
}

export function checkZones(url: string, regions: PageRegions): Finding[] {
  const missing: string[] = [];
  if (regions.header.length === 0) missing.push('header');
  if (regions.footer.length === 0) missing.push('footer');
  if (missing.length === 0) return [];
  return [
    siteFinding(SITE_RULES['site.layout.zones'], {
      url,
      selector: 'body',
      message: {
        vi: `Trang chủ không có vùng ${missing.map((m) => (m === 'header' ? 'đầu trang' : 'chân trang')).join(', ')}`,
        en: `The homepage has no ${missing.join(' or ')} zone`,
      },
      evidence: { missing },
    }),
  ];
}

const LOGO_RE = /logo|quoc-?huy|quốc huy|emblem|bieu-?trung|biểu trưng|coat/i;
const AGENCY_RE =
  /(ủy ban nhân dân|uỷ ban nhân dân|hội đồng nhân dân|sở [\p{L}]|bộ [\p{L}]|ban quản lý|văn phòng|cổng thông tin điện tử)/u;

export function checkHeader(url: string, regions: PageRegions, context: SiteContext): Finding[] {
  const rule = SITE_RULES['site.layout.header'];
  const header = regions.header[0];
  if (!header) {
    return [
      siteFinding(rule, {
        url,
        selector: 'body',
        message: { vi: 'Trang chủ không có đầu trang', en: 'The homepage has no header' },
      }),
    ];
  }
  const out: Finding[] = [];
  const selector = cssPath(header);
  const logo = findFirst(
    header,
    (e) =>
      (e.name === 'img' || e.name === 'svg') &&
      LOGO_RE.test(`${e.attrs.src ?? ''} ${e.attrs.alt ?? ''} ${classAndId(e)}`),
  );
  const anyImage = findFirst(header, (e) => e.name === 'img' || e.name === 'svg');
  if (!logo) {
    out.push(
      siteFinding(rule, {
        url,
        selector: anyImage ? cssPath(anyImage) : selector,
        ...(anyImage ? { status: 'needs-review' as const } : {}),
        message: anyImage
          ? {
              vi: 'Đầu trang có hình ảnh nhưng không nhận ra quốc huy hoặc biểu trưng (alt/tên tệp)',
              en: 'The header has an image, not recognisable as the emblem or logo (alt/file name)',
            }
          : {
              vi: 'Đầu trang không có quốc huy hoặc biểu trưng',
              en: 'The header has no national emblem or logo',
            },
      }),
    );
  }
  const text = textOf(header, 5_000);
  const folded = fold(text);
  if (context.agencyName) {
    if (!folded.includes(fold(context.agencyName))) {
      out.push(
        siteFinding(rule, {
          url,
          selector,
          excerpt: excerpt(text),
          message: {
            vi: `Đầu trang không ghi tên đầy đủ của cơ quan "${context.agencyName}"`,
            en: `The header does not show the agency’s full name "${context.agencyName}"`,
          },
          evidence: { agencyName: context.agencyName },
        }),
      );
    }
  } else if (!AGENCY_RE.test(folded)) {
    out.push(
      siteFinding(rule, {
        url,
        selector,
        excerpt: excerpt(text),
        status: 'needs-review',
        message: {
          vi: 'Không thấy tên cơ quan ở đầu trang (có thể nằm trong ảnh); chạy lại với --agency để kiểm tra',
          en: 'No agency name found in the header (it may be in an image); run again with --agency to check',
        },
      }),
    );
  }
  return out;
}

export function checkMenu(url: string, links: readonly PageLink[], context: SiteContext): Finding[] {
  const menu = links.filter((l) => l.region === 'nav' || l.region === 'header');
  const out: Finding[] = [];
  for (const entry of MENU_ENTRIES) {
    const found = menu.some(
      (l) =>
        linkMatches(l, entry.labels, entry.slugs) ||
        (entry.key === 'home' && isHomeLink(l, context) && l.region === 'nav'),
    );
    if (found) continue;
    out.push(
      siteFinding(SITE_RULES['site.layout.menu'], {
        url,
        selector: menu[0]?.selector ?? 'body',
        message: {
          vi: `Danh mục chính thiếu mục "${entry.name.vi}"`,
          en: `The main menu has no "${entry.name.vi}" (${entry.name.en}) entry`,
        },
        evidence: { entry: entry.key, menuLinks: menu.length },
      }),
    );
  }
  return out;
}

const FOOTER_ITEMS: readonly { key: string; name: { vi: string; en: string }; test: RegExp }[] = [
  {
    key: 'copyright',
    name: { vi: 'dòng bản quyền', en: 'copyright line' },
    test: /©|\(c\)|bản quyền|copyright/,
  },
  {
    key: 'owner',
    name: { vi: 'cơ quan chủ quản', en: 'owner unit' },
    test: /(cơ quan|đơn vị) (chủ quản|quản lý|thường trực)|chủ quản/,
  },
  {
    key: 'responsible',
    name: { vi: 'người chịu trách nhiệm', en: 'responsible person' },
    test: /chịu trách nhiệm|trách nhiệm chính/,
  },
  { key: 'address', name: { vi: 'địa chỉ', en: 'address' }, test: /địa chỉ|trụ sở/ },
  {
    key: 'phone',
    name: { vi: 'điện thoại', en: 'phone' },
    test: /điện thoại|\bđt\s*:|\btel\b|hotline|(?:\+84|\b0)\d(?:[\s.-]?\d){7,10}\b/,
  },
  {
    key: 'email',
    name: { vi: 'thư điện tử', en: 'e-mail' },
    test: /e-?mail|thư điện tử|[\w.+-]+@[\w-]+(\.[\w-]+)+/,
  },
];

export function checkFooter(url: string, regions: PageRegions): Finding[] {
  const rule = SITE_RULES['site.layout.footer'];
  if (regions.footer.length === 0) {
    return [
      siteFinding(rule, {
        url,
        selector: 'body',
        message: { vi: 'Trang chủ không có chân trang', en: 'The homepage has no footer' },
        evidence: { missing: FOOTER_ITEMS.map((i) => i.key) },
      }),
    ];
  }
  const text = regions.footer.map((f) => textOf(f, 10_000)).join(' ');
  const folded = fold(text);
  const mailto = regions.footer.some((f) =>
    findFirst(f, (e) => e.name === 'a' && /^mailto:/i.test(e.attrs.href ?? '')),
  );
  const selector = cssPath(regions.footer[0] as PageElement);
  const out: Finding[] = [];
  for (const item of FOOTER_ITEMS) {
    if (item.test.test(folded) || (item.key === 'email' && mailto)) continue;
    out.push(
      siteFinding(rule, {
        url,
        selector,
        excerpt: excerpt(text),
        message: { vi: `Chân trang thiếu ${item.name.vi}`, en: `The footer has no ${item.name.en}` },
        evidence: { missing: item.key },
      }),
    );
  }
  return out;
}

const SEARCH_RE = /search|keyword|tu-?khoa|từ khóa|từ khoá|tìm kiếm|tim-?kiem|^q$|^query$|^s$/i;

export function checkSearch(url: string, reading: PageReading, root: PageElement): Finding[] {
  const found =
    reading.inputs.some((i) => {
      const a = i.attrs;
      return (
        a.type?.toLowerCase() === 'search' ||
        [a.name, a.id, a.placeholder, a.title, a['aria-label']].some(
          (v) => v !== undefined && SEARCH_RE.test(v),
        )
      );
    }) ||
    reading.forms.some((f) => f.attrs.role === 'search' || SEARCH_RE.test(f.attrs.action ?? '')) ||
    findFirst(root, (e) => e.attrs.role === 'search' || e.name === 'search') !== undefined;
  if (found) return [];
  return [
    siteFinding(SITE_RULES['site.functions.search'], {
      url,
      selector: 'body',
      message: { vi: 'Trang chủ không có ô tìm kiếm', en: 'The homepage has no search box' },
    }),
  ];
}

export function checkExternalLinks(
  url: string,
  links: readonly PageLink[],
  root: PageElement,
  context: SiteContext,
): Finding[] {
  const own = new Set([context.host, context.publicHost, ...context.componentHosts]);
  const external = links.some((l) => {
    try {
      const h = new URL(l.url).hostname.toLowerCase();
      return !own.has(h) && !own.has(new URL(l.url).host.toLowerCase()) && /\.vn$/.test(h);
    } catch {
      return false;
    }
  });
  const select = findFirst(
    root,
    (e) => e.name === 'option' && /^https?:\/\/[^/]+\.vn(\/|$)/i.test(e.attrs.value ?? ''),
  );
  if (external || select) return [];
  return [
    siteFinding(SITE_RULES['site.functions.links'], {
      url,
      selector: 'body',
      message: {
        vi: 'Trang chủ không có liên kết tới cổng, trang thông tin của cơ quan khác',
        en: 'The homepage links to no other agency’s portal or site',
      },
    }),
  ];
}

const QA_LABELS = [
  'hỏi đáp',
  'hỏi - đáp',
  'hỏi – đáp',
  'hỏi-đáp',
  'hỏi & đáp',
  'giải đáp',
  'phản ánh, kiến nghị',
  'phản ánh kiến nghị',
];

export function checkQa(url: string, links: readonly PageLink[]): Finding[] {
  if (links.some((l) => linkMatches(l, QA_LABELS, ['hoi-dap', 'hoidap', 'hoi-dap-truc-tuyen']))) return [];
  return [
    siteFinding(SITE_RULES['site.functions.qa'], {
      url,
      selector: 'body',
      message: {
        vi: 'Trang chủ không liên kết tới chức năng hỏi đáp',
        en: 'The homepage has no link to questions and answers',
      },
    }),
  ];
}

/** The mandatory categories of the unit level, each reachable from the homepage or main menu. */
export function checkCategories(url: string, links: readonly PageLink[], context: SiteContext): Finding[] {
  const out: Finding[] = [];
  for (const category of context.requiredCategories) {
    const entry = CATEGORY_LABELS.find((c) => c.category === category);
    const labels = [fold(CATEGORY_NAMES[category].vi), ...(entry?.labels ?? [])];
    if (links.some((l) => linkMatches(l, labels, entry?.slugs ?? []))) continue;
    out.push(
      siteFinding(SITE_RULES['site.categories'], {
        url,
        selector: 'body',
        message: {
          vi: `Không có liên kết tới chuyên mục bắt buộc "${CATEGORY_NAMES[category].vi}" từ trang chủ`,
          en: `No link from the homepage to the mandatory category "${CATEGORY_NAMES[category].en}"`,
        },
        evidence: { category, requiredBy: context.categoryCitations[category] },
      }),
    );
  }
  return out;
}

/** Whether the page carries the EMC monitoring code (a script) or label (an image or link naming EMC). */
export function hasEmc(reading: PageReading): boolean {
  return reading.emcMarker || reading.scripts.some((s) => /(^|[/.])emc[./]|emc\.gov\.vn|\/emc[/?-]/i.test(s));
}

/** The category a URL's path words name, first by the per-portal mapping, then the defaults. */
export function categoryOfUrl(url: URL, context: SiteContext): CategoryId | undefined {
  const path = url.pathname;
  for (const [prefix, category] of Object.entries(context.categoryMap))
    if (path.startsWith(prefix)) return category;
  const segments = path.toLowerCase().split(/[/.]/).filter(Boolean);
  for (const entry of CATEGORY_LABELS) {
    if (segments.some((seg) => entry.slugs.includes(seg))) return entry.category;
  }
  return undefined;
}
