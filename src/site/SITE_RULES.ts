import { cite } from '../core/index.js';
import { defineSiteRule, type SiteRule } from './SiteRule.js';

const L = (vi: string, en: string) => ({ vi, en });
const TT32 = 'TT 32/2017 is the technical baseline; whether it binds after ND 224/2026 is open';

const rules = [
  defineSiteRule({
    id: 'site.layout.zones',
    group: 'layout',
    severity: 'error',
    confidence: 'text',
    title: L(
      'Trang chủ có đầu trang, nội dung chính, chân trang',
      'Homepage has header, main content, footer',
    ),
    citation: cite('TT-32-2017/16.3', TT32),
    remediation: L(
      'Bố cục trang chủ gồm đầu trang (header), phần nội dung chính và chân trang (footer)',
      'Lay the homepage out as a header, a main content zone and a footer',
    ),
  }),
  defineSiteRule({
    id: 'site.layout.header',
    group: 'layout',
    severity: 'error',
    confidence: 'text',
    title: L(
      'Đầu trang: quốc huy hoặc biểu trưng, tên đầy đủ của cơ quan',
      'Header: emblem or logo, agency’s full name',
    ),
    citation: cite('TT-32-2017/16.3.a', TT32),
    remediation: L(
      'Đặt quốc huy hoặc biểu trưng (logo) và tên đầy đủ bằng tiếng Việt của cơ quan ở đầu trang',
      'Show the national emblem or the agency’s logo and its full Vietnamese name in the header',
    ),
  }),
  defineSiteRule({
    id: 'site.layout.menu',
    group: 'layout',
    severity: 'error',
    confidence: 'text',
    title: L(
      'Danh mục chính: Trang chủ, Giới thiệu, Dịch vụ công trực tuyến, Sơ đồ cổng',
      'Main menu: Home, About, Online public services, Sitemap',
    ),
    citation: cite('TT-32-2017/16.3.a', TT32),
    remediation: L(
      'Thêm mục còn thiếu vào danh mục chính (menu) ở đầu trang',
      'Add the missing entry to the main menu in the header',
    ),
  }),
  defineSiteRule({
    id: 'site.layout.footer',
    group: 'layout',
    severity: 'error',
    confidence: 'text',
    title: L(
      'Chân trang: bản quyền, cơ quan chủ quản, người chịu trách nhiệm, địa chỉ, điện thoại, thư điện tử',
      'Footer: copyright, owner unit, responsible person, address, phone, e-mail',
    ),
    citation: cite('TT-32-2017/16.3.c', TT32),
    remediation: L('Bổ sung thông tin còn thiếu ở chân trang', 'Add the missing information to the footer'),
  }),
  defineSiteRule({
    id: 'site.functions.search',
    group: 'functions',
    severity: 'error',
    confidence: 'text',
    title: L('Chức năng tìm kiếm', 'Search function'),
    citation: cite('TT-32-2017/16.4.a', TT32),
    remediation: L('Đặt ô tìm kiếm trên trang chủ', 'Put a search box on the homepage'),
  }),
  defineSiteRule({
    id: 'site.functions.links',
    group: 'functions',
    severity: 'warning',
    confidence: 'text',
    title: L('Liên kết đến cổng, trang thông tin khác', 'Links to other portals and sites'),
    citation: cite('TT-32-2017/16.4.a', TT32),
    remediation: L(
      'Thêm khối "Liên kết website" tới cổng thông tin của các cơ quan nhà nước khác',
      'Add a "Liên kết website" block linking to other state agencies’ portals',
    ),
  }),
  defineSiteRule({
    id: 'site.functions.print',
    group: 'functions',
    severity: 'warning',
    confidence: 'text',
    title: L('In, lưu trữ từng tin bài', 'Print or save each article'),
    citation: cite('TT-32-2017/16.4.a', TT32),
    remediation: L(
      'Thêm nút "In bài" / "Lưu bài" trên trang tin bài',
      'Add a print / save button to article pages',
    ),
  }),
  defineSiteRule({
    id: 'site.functions.qa',
    group: 'functions',
    severity: 'error',
    confidence: 'text',
    title: L('Chức năng hỏi đáp', 'Questions and answers'),
    citation: cite('TT-32-2017/16.4.a', TT32),
    remediation: L(
      'Thêm chuyên mục "Hỏi đáp" liên kết từ trang chủ',
      'Add a "Hỏi đáp" (Q&A) section linked from the homepage',
    ),
  }),
  defineSiteRule({
    id: 'site.sitemap.page',
    group: 'sitemap',
    severity: 'error',
    confidence: 'text',
    title: L('Trang sơ đồ cổng cho người đọc', 'A sitemap page for people'),
    citation: cite('TT-32-2017/16.4.b', TT32),
    remediation: L(
      'Xuất bản trang "Sơ đồ cổng" liệt kê các chuyên mục, liên kết từ trang chủ',
      'Publish a "Sơ đồ cổng" page listing the sections, linked from the homepage',
    ),
  }),
  defineSiteRule({
    id: 'site.sitemap.xml',
    group: 'sitemap',
    severity: 'error',
    confidence: 'text',
    title: L('Sơ đồ XML cho máy tìm kiếm', 'An XML sitemap for search engines'),
    citation: cite('TT-32-2017/16.4.b', TT32),
    remediation: L(
      'Xuất bản /sitemap.xml hợp lệ và khai báo trong robots.txt (Sitemap:)',
      'Publish a valid /sitemap.xml and declare it in robots.txt (Sitemap:)',
    ),
  }),
  defineSiteRule({
    id: 'site.categories',
    group: 'categories',
    severity: 'error',
    confidence: 'text',
    title: L(
      'Các chuyên mục bắt buộc truy cập được từ trang chủ hoặc danh mục chính',
      'Mandatory categories reachable from the homepage or main menu',
    ),
    citation: cite('TT-32-2017/16.2', TT32),
    remediation: L(
      'Đưa chuyên mục còn thiếu vào danh mục chính hoặc trang chủ',
      'Link the missing category from the main menu or the homepage',
    ),
  }),
  defineSiteRule({
    id: 'site.text.unicode',
    group: 'text',
    severity: 'error',
    confidence: 'text',
    title: L('Văn bản theo TCVN 6909 (Unicode dựng sẵn)', 'Text in TCVN 6909 (Unicode NFC)'),
    citation: cite('ND-43-2011/7.1', 'TCVN 6909:2001, required by every seed regulation'),
    remediation: L(
      'Chuyển văn bản sang Unicode dựng sẵn (NFC), bỏ các đoạn TCVN3/VNI dán vào',
      'Convert the text to precomposed Unicode (NFC) and replace pasted TCVN3/VNI fragments',
    ),
  }),
  defineSiteRule({
    id: 'site.text.charset',
    group: 'text',
    severity: 'error',
    confidence: 'text',
    title: L('Khai báo bảng mã UTF-8', 'Declares UTF-8'),
    citation: cite('ND-43-2011/7.1', 'TCVN 6909 text served as UTF-8'),
    remediation: L(
      'Khai báo charset=utf-8 trong tiêu đề Content-Type và thẻ <meta charset="utf-8">',
      'Declare charset=utf-8 in the Content-Type header and <meta charset="utf-8">',
    ),
  }),
  defineSiteRule({
    id: 'site.text.lang',
    group: 'text',
    severity: 'warning',
    confidence: 'text',
    title: L('Khai báo ngôn ngữ trang (lang="vi")', 'Declares the page language (lang="vi")'),
    citation: cite('TT-32-2017/18', 'WCAG 2.0 SC 3.1.1, which TT 32/2017 Art. 18 encourages'),
    remediation: L(
      'Khai báo <html lang="vi"> (lang="en" cho trang tiếng Anh)',
      'Declare <html lang="vi"> (lang="en" on English pages)',
    ),
  }),
  defineSiteRule({
    id: 'site.metadata',
    group: 'metadata',
    severity: 'warning',
    confidence: 'text',
    title: L('Siêu dữ liệu cho tìm kiếm và chia sẻ', 'Metadata for search and sharing'),
    citation: cite('ND-224-2026/11.5', 'the form (title, description, Open Graph) is open'),
    remediation: L(
      'Thêm <title>, <meta name="description"> và các thẻ Open Graph (og:title, og:description)',
      'Add <title>, <meta name="description"> and Open Graph tags (og:title, og:description)',
    ),
  }),
  defineSiteRule({
    id: 'site.a11y.img-alt',
    group: 'a11y',
    severity: 'warning',
    confidence: 'text',
    title: L('Hình ảnh có văn bản thay thế', 'Images have text alternatives'),
    citation: cite('TT-32-2017/18', 'also ND-224-2026/10.3.c'),
    remediation: L(
      'Thêm thuộc tính alt mô tả hình ảnh (alt="" cho hình trang trí)',
      'Add an alt attribute describing the image (alt="" for decorative images)',
    ),
  }),
  defineSiteRule({
    id: 'site.links.broken',
    group: 'links',
    severity: 'error',
    confidence: 'text',
    title: L('Liên kết nội bộ không hỏng', 'No broken internal links'),
    citation: cite('ND-224-2026/12', 'reachability is measured (Art. 12.2)'),
    remediation: L(
      'Sửa hoặc gỡ liên kết tới trang không tồn tại',
      'Fix or remove the link to the page that does not exist',
    ),
  }),
  defineSiteRule({
    id: 'site.fetch',
    group: 'fetch',
    severity: 'warning',
    confidence: 'text',
    title: L('Trang tải được', 'Pages can be fetched'),
    citation: cite('ND-224-2026/12', 'reachability is measured (Art. 12.2)'),
    remediation: L(
      'Kiểm tra máy chủ: trang phải trả lời trong thời hạn, không lỗi 5xx',
      'Check the server: pages must answer in time, without 5xx errors',
    ),
  }),
  defineSiteRule({
    id: 'site.connect.emc-label',
    group: 'connect',
    severity: 'warning',
    confidence: 'reported',
    title: L('Mã theo dõi và nhãn tín nhiệm EMC', 'EMC monitoring code and label'),
    citation: cite('TT-22-2023', 'reported; its survival after ND 224/2026 is open'),
    remediation: L(
      'Gắn mã theo dõi EMC trên mọi trang và hiển thị nhãn kết nối EMC',
      'Embed the EMC monitoring code on every page and show the EMC label',
    ),
  }),
  defineSiteRule({
    id: 'site.connect.components',
    group: 'connect',
    severity: 'warning',
    confidence: 'reported',
    title: L('Liên kết tới các trang thành phần', 'Links to the component sites'),
    citation: cite(
      'ND-224-2026/11.1',
      'linking from the homepage is a 2024 evaluation criterion (TT 22/2023, reported)',
    ),
    remediation: L(
      'Liên kết từ trang chủ tới trang của các sở, ngành và xã, phường',
      'Link the homepage to the sites of the departments and communes',
    ),
  }),
  defineSiteRule({
    id: 'site.net.https',
    group: 'net',
    severity: 'error',
    confidence: 'text',
    title: L('Trả lời qua HTTPS, chuyển HTTP sang HTTPS', 'Served over HTTPS; HTTP redirects to HTTPS'),
    citation: cite('TT-32-2017/20', 'general under the 2025 evaluation criteria (reported)'),
    remediation: L(
      'Bật HTTPS và chuyển hướng (301) mọi yêu cầu HTTP sang HTTPS',
      'Enable HTTPS and redirect (301) every HTTP request to HTTPS',
    ),
  }),
  defineSiteRule({
    id: 'site.net.certificate',
    group: 'net',
    severity: 'error',
    confidence: 'text',
    title: L('Chứng thư số hợp lệ cho tên miền', 'A valid certificate for the host'),
    citation: cite('TT-32-2017/20'),
    remediation: L(
      'Cài chứng thư số hợp lệ, đúng tên miền và gia hạn trước khi hết hạn',
      'Install a valid certificate for the host name and renew it before it expires',
    ),
  }),
  defineSiteRule({
    id: 'site.net.hsts',
    group: 'net',
    severity: 'notice',
    confidence: 'reported',
    title: L('Tiêu đề HSTS', 'HSTS header'),
    citation: cite('DGCQ-2025', 'security group of the 2025 criteria (reported)'),
    remediation: L(
      'Trả tiêu đề Strict-Transport-Security: max-age=31536000 trên HTTPS',
      'Send Strict-Transport-Security: max-age=31536000 over HTTPS',
    ),
  }),
  defineSiteRule({
    id: 'site.net.ipv6',
    group: 'net',
    severity: 'error',
    confidence: 'text',
    title: L('Truy cập được qua IPv6', 'Reachable over IPv6'),
    citation: cite('ND-224-2026/11.4', 'also TT-32-2017/15.4'),
    remediation: L(
      'Khai báo bản ghi AAAA và cấu hình máy chủ trả lời qua IPv6',
      'Publish an AAAA record and make the server answer over IPv6',
    ),
  }),
  defineSiteRule({
    id: 'site.net.dnssec',
    group: 'net',
    severity: 'warning',
    confidence: 'open',
    title: L('Tên miền ký DNSSEC', 'Domain signed with DNSSEC'),
    citation: cite('TT-32-2017/15.4', 'status after 2026-07-01 is open'),
    remediation: L(
      'Ký số tên miền bằng DNSSEC tại nhà đăng ký',
      'Sign the domain with DNSSEC at the registrar',
    ),
  }),
  defineSiteRule({
    id: 'site.content.dates',
    group: 'content',
    severity: 'notice',
    confidence: 'text',
    title: L('Tin bài ghi ngày đăng', 'Articles show their publication date'),
    citation: cite('ND-224-2026/12', 'timeliness is measured (Art. 12.2); it needs the date'),
    remediation: L(
      'Hiển thị "Ngày đăng" và khai báo article:published_time hoặc JSON-LD datePublished',
      'Show "Ngày đăng" and declare article:published_time or JSON-LD datePublished',
    ),
  }),
] as const;

/**
 * The built-in live-portal rules by id (`site.*`): what each checks, its default severity, the provision, the
 * confidence of the requirement and the remediation. The browser checks add theirs with `defineSiteRule`.
 *
 * @example
 * ```ts
 * import { SITE_RULES } from 'vn-portal-kit/site';
 * SITE_RULES['site.net.dnssec'].confidence //=> 'open'
 * ```
 */
export const SITE_RULES: Readonly<Record<(typeof rules)[number]['id'], SiteRule>> = Object.freeze(
  Object.fromEntries(rules.map((r) => [r.id, r])) as Record<(typeof rules)[number]['id'], SiteRule>,
);

/**
 * A built-in live-portal rule id.
 *
 * @example
 * ```ts
 * import type { SiteRuleId } from 'vn-portal-kit/site';
 * const id: SiteRuleId = 'site.layout.footer';
 * id //=> 'site.layout.footer'
 * ```
 */
export type SiteRuleId = keyof typeof SITE_RULES;
