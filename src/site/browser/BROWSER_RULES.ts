import { cite } from '../../core/index.js';
import { defineSiteRule, type SiteRule } from '../SiteRule.js';

const L = (vi: string, en: string) => ({ vi, en });
const A11Y = 'restated by ND-224-2026/10.3.c (accessibility); TT 32/2017 is the technical baseline';
const MOBILE = 'restated by ND-224-2026/10.3.a (usable on mobile)';
const PERF =
  '2025 evaluation criteria of the Ministry of Science and Technology, reported (not read in a legal text)';

const a11y = <const I extends string>(id: I, point: string, title: [string, string], fix: [string, string]) =>
  defineSiteRule({
    id: `site.a11y.${id}` as const,
    group: 'a11y',
    severity: 'error',
    confidence: 'text',
    title: L(...title),
    citation: cite(point, A11Y),
    remediation: L(...fix),
  });

const mobile = <const I extends string>(
  id: I,
  severity: 'error' | 'warning',
  title: [string, string],
  fix: [string, string],
) =>
  defineSiteRule({
    id: `site.mobile.${id}` as const,
    group: 'mobile',
    severity,
    confidence: 'text',
    title: L(...title),
    citation: cite('TT-32-2017/17', MOBILE),
    remediation: L(...fix),
  });

const perf = <const I extends string>(id: I, title: [string, string], fix: [string, string]) =>
  defineSiteRule({
    id: `site.perf.${id}` as const,
    group: 'perf',
    severity: 'warning',
    confidence: 'reported',
    title: L(...title),
    citation: cite('DGCQ-2025', PERF),
    remediation: L(...fix),
  });

const rules = [
  a11y(
    'contrast',
    'TT-32-2017/18.1.a',
    ['Màu sắc và độ tương phản chữ/nền', 'Colour and text/background contrast'],
    ['Tăng độ tương phản giữa chữ và nền (WCAG 1.4.3)', 'Raise the text/background contrast (WCAG 1.4.3)'],
  ),
  a11y(
    'motion',
    'TT-32-2017/18.1.b',
    ['Không nhấp nháy, không chữ tự chạy', 'No blinking, no automatically moving text'],
    ['Bỏ chữ nhấp nháy, chữ chạy, tự tải lại trang', 'Remove blinking, moving text and timed refreshes'],
  ),
  a11y(
    'text-alternatives',
    'TT-32-2017/18.1.c',
    ['Văn bản tương đương cho nội dung không phải chữ', 'Text equivalents for non-text content'],
    [
      'Thêm văn bản thay thế cho hình ảnh, nút, ô nhập liệu, âm thanh và video',
      'Give images, buttons, form fields, audio and video a text alternative',
    ],
  ),
  a11y(
    'orientation',
    'TT-32-2017/18.1.d',
    ['Liên kết, tiêu đề trang và đề mục có nghĩa', 'Meaningful links, page titles and headings'],
    [
      'Ghi chữ có nghĩa cho liên kết, đặt tiêu đề trang và đề mục',
      'Give links meaningful text, pages a title and sections headings',
    ],
  ),
  a11y(
    'tables',
    'TT-32-2017/18.1.đ',
    ['Bảng dữ liệu có ô tiêu đề', 'Data tables have header cells'],
    [
      'Dùng <th> (scope, headers) và <caption> cho bảng dữ liệu',
      'Use <th> (scope, headers) and <caption> in data tables',
    ],
  ),
  a11y(
    'zoom',
    'TT-32-2017/17',
    ['Cho phép phóng to trên điện thoại', 'Zoom allowed on phones'],
    ['Bỏ user-scalable=no và maximum-scale < 2', 'Remove user-scalable=no and maximum-scale < 2'],
  ),
  a11y(
    'wcag',
    'TT-32-2017/18',
    ['Các tiêu chí WCAG 2.0/2.1 mức A, AA khác', 'Other WCAG 2.0/2.1 level A and AA criteria'],
    [
      'Sửa theo hướng dẫn của tiêu chí WCAG nêu trong phát hiện',
      'Fix as the WCAG criterion in the finding says',
    ],
  ),
  mobile(
    'viewport',
    'error',
    ['Thẻ meta viewport cho thiết bị di động', 'A viewport meta tag for mobile devices'],
    [
      'Thêm <meta name="viewport" content="width=device-width, initial-scale=1">',
      'Add <meta name="viewport" content="width=device-width, initial-scale=1">',
    ],
  ),
  mobile(
    'horizontal-scroll',
    'error',
    ['Không cuộn ngang trên màn hình 360 px', 'No horizontal scrolling on a 360 px screen'],
    [
      'Cho phần tử rộng co giãn (max-width: 100%, bảng cuộn trong khung riêng)',
      'Make wide elements fluid (max-width: 100%, tables scrolling in their own box)',
    ],
  ),
  mobile(
    'text-size',
    'warning',
    ['Chữ đọc được trên điện thoại (≥ 12 px)', 'Readable text on phones (≥ 12 px)'],
    [
      'Đặt cỡ chữ nội dung tối thiểu 12 px (nên 16 px)',
      'Set body text to at least 12 px (16 px recommended)',
    ],
  ),
  mobile(
    'tap-targets',
    'warning',
    [
      'Vùng chạm đủ lớn (≥ 24 × 24 px hoặc đủ cách nhau)',
      'Tap targets large enough (≥ 24 × 24 px or spaced)',
    ],
    [
      'Tăng kích thước hoặc khoảng cách liên kết, nút (WCAG 2.2 tiêu chí 2.5.8)',
      'Enlarge or space out links and buttons (WCAG 2.2 SC 2.5.8)',
    ],
  ),
  perf(
    'fcp',
    ['Hiển thị nội dung đầu tiên (FCP) dưới 3 giây', 'First Contentful Paint under 3 s'],
    [
      'Giảm tài nguyên chặn hiển thị (CSS, script đồng bộ trong <head>)',
      'Cut render-blocking resources (CSS, sync scripts in <head>)',
    ],
  ),
  perf(
    'lcp',
    ['Hiển thị nội dung lớn nhất (LCP) dưới 4 giây', 'Largest Contentful Paint under 4 s'],
    ['Tối ưu ảnh và nội dung chính, tải sớm', 'Optimise and prioritise the main image and content'],
  ),
  perf(
    'tbt',
    ['Tổng thời gian chặn (TBT) dưới 0,6 giây', 'Total Blocking Time under 0.6 s'],
    [
      'Chia nhỏ tác vụ JavaScript dài, trì hoãn script không cần thiết',
      'Split long JavaScript tasks, defer unneeded scripts',
    ],
  ),
  perf(
    'speed-index',
    ['Chỉ số tốc độ (Speed Index) dưới 5,8 giây', 'Speed Index under 5.8 s'],
    [
      'Đo bằng Lighthouse (cần ghi hình quá trình tải)',
      'Measure with Lighthouse (needs a filmstrip of the load)',
    ],
  ),
  defineSiteRule({
    id: 'site.perf.cls',
    group: 'perf',
    severity: 'notice',
    confidence: 'open',
    title: L(
      'Bố cục ổn định (CLS ≤ 0,1, ngưỡng Core Web Vitals)',
      'Stable layout (CLS ≤ 0.1, Core Web Vitals threshold)',
    ),
    citation: cite(
      'DGCQ-2025',
      'CLS is not among the reported 2025 criteria; 0.1 is the Core Web Vitals “good” threshold',
    ),
    remediation: L(
      'Đặt kích thước cho ảnh, quảng cáo, khối chèn muộn',
      'Reserve space for images, banners and late-inserted blocks',
    ),
  }),
] as const;

/**
 * The rules of the browser checks (accessibility by the point of TT 32/2017 Art. 18.1 it breaks, mobile, load
 * performance), defined like the static ones with `defineSiteRule`. Performance rules cite the 2025 evaluation
 * criteria, which are only reported: what they would fail is `needs-review`.
 *
 * @example
 * ```ts
 * import { BROWSER_RULES } from 'vn-portal-kit/playwright';
 * BROWSER_RULES['site.a11y.contrast'].citation.id //=> 'TT-32-2017/18.1.a'
 * BROWSER_RULES['site.perf.lcp'].confidence //=> 'reported'
 * ```
 */
export const BROWSER_RULES: Readonly<Record<BrowserRuleId, SiteRule>> = Object.freeze(
  Object.fromEntries(rules.map((r) => [r.id, r])) as Record<BrowserRuleId, SiteRule>,
);

/**
 * A browser-check rule id.
 *
 * @example
 * ```ts
 * import type { BrowserRuleId } from 'vn-portal-kit/playwright';
 * const id: BrowserRuleId = 'site.mobile.horizontal-scroll';
 * id //=> 'site.mobile.horizontal-scroll'
 * ```
 */
export type BrowserRuleId =
  | 'site.a11y.contrast'
  | 'site.a11y.motion'
  | 'site.a11y.text-alternatives'
  | 'site.a11y.orientation'
  | 'site.a11y.tables'
  | 'site.a11y.zoom'
  | 'site.a11y.wcag'
  | 'site.mobile.viewport'
  | 'site.mobile.horizontal-scroll'
  | 'site.mobile.text-size'
  | 'site.mobile.tap-targets'
  | 'site.perf.fcp'
  | 'site.perf.lcp'
  | 'site.perf.tbt'
  | 'site.perf.speed-index'
  | 'site.perf.cls';

// Every defined rule has an id of the union, and every id of the union is defined (checked at compile time).
type DefinedId = (typeof rules)[number]['id'];
const _sameIds: [DefinedId] extends [BrowserRuleId]
  ? [BrowserRuleId] extends [DefinedId]
    ? true
    : never
  : never = true;
void _sameIds;
