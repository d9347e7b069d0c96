import type { LocalizedText } from '../../core/index.js';

/**
 * A provision the browser checks cite, with what it requires in both languages.
 *
 * @example
 * ```ts
 * import type { BrowserProvision } from 'vn-portal-kit/playwright';
 * const p: BrowserProvision = { id: 'TT-32-2017/17', says: { vi: 'Hiển thị trên thiết bị di động', en: 'Mobile display' } };
 * p.id //=> 'TT-32-2017/17'
 * ```
 */
export interface BrowserProvision {
  readonly id: string;
  readonly says: LocalizedText;
}

/**
 * The provisions the browser checks cite (facts/portal-technical.md rows `a11y.basic`, `mobile` and `perf`;
 * TT 32/2017 Art. 18.1 lists its points in this order: colour and contrast, no blinking or moving text, text
 * equivalents, orientation of links and headings, data tables). The rest they cite (`ND-224-2026/10.3.a`,
 * `ND-224-2026/10.3.c`, `DGCQ-2025`) are in the profiles' and the static checks' provision lists.
 *
 * @example
 * ```ts
 * import { BROWSER_PROVISIONS } from 'vn-portal-kit/playwright';
 * BROWSER_PROVISIONS['TT-32-2017/18.1.a']?.says.en //=> 'clear colours and text/background contrast'
 * ```
 */
export const BROWSER_PROVISIONS: Readonly<Record<string, BrowserProvision>> = Object.fromEntries(
  (
    [
      [
        'TT-32-2017/17',
        'trang hiển thị và dùng được trên thiết bị di động',
        'pages display and work on mobile devices',
      ],
      [
        'TT-32-2017/18',
        'hỗ trợ người khuyết tật tiếp cận thông tin',
        'access to information for people with disabilities',
      ],
      [
        'TT-32-2017/18.1.a',
        'màu sắc và độ tương phản chữ/nền rõ ràng',
        'clear colours and text/background contrast',
      ],
      [
        'TT-32-2017/18.1.b',
        'không dùng chữ, đối tượng nhấp nháy hoặc tự chuyển động',
        'no blinking objects, no automatically moving text',
      ],
      [
        'TT-32-2017/18.1.c',
        'văn bản tương đương cho hình ảnh, biểu tượng, nút, biểu đồ, âm thanh, video',
        'text equivalents for images, icons, buttons, charts, audio and video',
      ],
      [
        'TT-32-2017/18.1.d',
        'định hướng thông tin: liên kết và tiêu đề có nghĩa',
        'orientation: meaningful link text, titles and headings',
      ],
      [
        'TT-32-2017/18.1.đ',
        'bảng dữ liệu có tóm tắt và ô tiêu đề',
        'data tables with a summary and header cells',
      ],
    ] as const
  ).map(([id, vi, en]) => [id, { id, says: { vi, en } }]),
);
