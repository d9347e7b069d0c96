import type { LocalizedText } from '../../core/index.js';

/** What an axe rule's violation means and how to fix it, in both languages. */
export interface A11yRuleText {
  readonly problem: LocalizedText;
  readonly fix: LocalizedText;
}

const T = (pvi: string, pen: string, fvi: string, fen: string): A11yRuleText => ({
  problem: { vi: pvi, en: pen },
  fix: { vi: fvi, en: fen },
});

/**
 * Vietnamese (and English) explanations of the axe-core rules of WCAG 2.0/2.1 A and AA that portals break
 * most. A rule not listed here is explained by its provision's text and axe's own English help.
 */
export const A11Y_RULE_TEXTS: Readonly<Record<string, A11yRuleText>> = {
  'color-contrast': T(
    'Chữ không đủ tương phản với nền (tối thiểu 4,5:1, chữ lớn 3:1)',
    'Text lacks contrast with its background (at least 4.5:1, large text 3:1)',
    'Đổi màu chữ hoặc màu nền cho đủ tỷ lệ tương phản',
    'Change the text or background colour to reach the contrast ratio',
  ),
  'link-in-text-block': T(
    'Liên kết trong đoạn văn chỉ phân biệt bằng màu sắc',
    'Links inside text are distinguished by colour alone',
    'Gạch chân liên kết hoặc tăng tương phản 3:1 với chữ xung quanh',
    'Underline links or give them 3:1 contrast with the surrounding text',
  ),
  blink: T(
    'Có chữ nhấp nháy (thẻ <blink>)',
    'Blinking text (<blink>)',
    'Bỏ thẻ <blink> và hiệu ứng nhấp nháy',
    'Remove <blink> and blinking effects',
  ),
  marquee: T(
    'Có chữ tự chạy (thẻ <marquee>)',
    'Automatically moving text (<marquee>)',
    'Bỏ <marquee>; nếu cần chữ chạy, cho người dùng dừng lại',
    'Remove <marquee>; if text must move, let users pause it',
  ),
  'meta-refresh': T(
    'Trang tự tải lại hoặc chuyển trang theo thời gian (meta refresh)',
    'The page refreshes or redirects on a timer (meta refresh)',
    'Bỏ meta refresh; chuyển hướng phía máy chủ',
    'Remove meta refresh; redirect on the server',
  ),
  'no-autoplay-audio': T(
    'Âm thanh tự phát quá 3 giây mà không có nút dừng',
    'Audio plays automatically for more than 3 seconds without a control',
    'Không tự phát âm thanh, hoặc cho nút dừng/tắt tiếng',
    'Do not autoplay audio, or provide a pause/mute control',
  ),
  'image-alt': T(
    'Hình ảnh thiếu văn bản thay thế (alt)',
    'Images without a text alternative (alt)',
    'Thêm thuộc tính alt mô tả nội dung ảnh (alt="" cho ảnh trang trí)',
    'Add an alt attribute describing the image (alt="" for decoration)',
  ),
  'input-image-alt': T(
    'Nút dạng hình ảnh thiếu văn bản thay thế',
    'Image buttons without a text alternative',
    'Thêm alt nêu chức năng của nút',
    'Add an alt naming what the button does',
  ),
  'area-alt': T(
    'Vùng bản đồ ảnh thiếu văn bản thay thế',
    'Image-map areas without a text alternative',
    'Thêm alt cho từng thẻ <area>',
    'Add an alt to each <area>',
  ),
  'svg-img-alt': T(
    'Biểu tượng SVG thiếu văn bản thay thế',
    'SVG images without a text alternative',
    'Thêm <title> hoặc aria-label cho SVG',
    'Add a <title> or aria-label to the SVG',
  ),
  'role-img-alt': T(
    'Phần tử role="img" thiếu văn bản thay thế',
    'role="img" elements without a text alternative',
    'Thêm aria-label hoặc aria-labelledby',
    'Add aria-label or aria-labelledby',
  ),
  'object-alt': T(
    'Đối tượng nhúng (<object>) thiếu văn bản thay thế',
    'Embedded objects without a text alternative',
    'Thêm văn bản thay thế cho <object>',
    'Give the <object> a text alternative',
  ),
  'video-caption': T(
    'Video thiếu phụ đề',
    'Videos without captions',
    'Thêm phụ đề (<track kind="captions">)',
    'Add captions (<track kind="captions">)',
  ),
  'button-name': T(
    'Nút bấm không có tên đọc được',
    'Buttons without an accessible name',
    'Ghi chữ trên nút hoặc thêm aria-label',
    'Give the button text or an aria-label',
  ),
  'input-button-name': T(
    'Nút nhập liệu không có tên đọc được',
    'Input buttons without an accessible name',
    'Thêm value hoặc aria-label',
    'Add a value or aria-label',
  ),
  label: T(
    'Ô nhập liệu không có nhãn',
    'Form fields without a label',
    'Gắn <label for> hoặc aria-label cho ô nhập',
    'Attach a <label for> or aria-label to the field',
  ),
  'select-name': T(
    'Danh sách chọn không có nhãn',
    'Select boxes without a label',
    'Gắn <label> cho danh sách chọn',
    'Attach a <label> to the select box',
  ),
  'frame-title': T(
    'Khung nhúng (iframe) không có tiêu đề',
    'Frames without a title',
    'Thêm title mô tả nội dung khung',
    'Add a title describing the frame',
  ),
  'link-name': T(
    'Liên kết không có chữ mô tả đích đến',
    'Links without discernible text',
    'Ghi chữ có nghĩa cho liên kết (hoặc alt cho ảnh trong liên kết, aria-label)',
    'Give the link meaningful text (or an alt on its image, an aria-label)',
  ),
  'document-title': T(
    'Trang không có tiêu đề (<title>)',
    'The page has no <title>',
    'Thêm <title> nêu nội dung trang',
    'Add a <title> naming the page',
  ),
  bypass: T(
    'Không có cách bỏ qua khối lặp lại (liên kết “bỏ qua”, vùng chính, tiêu đề)',
    'No way to skip repeated blocks (skip link, main landmark, headings)',
    'Thêm liên kết “Chuyển đến nội dung chính” hoặc vùng <main>',
    'Add a “skip to main content” link or a <main> landmark',
  ),
  'td-headers-attr': T(
    'Ô bảng tham chiếu tiêu đề không tồn tại',
    'Table cells refer to headers that do not exist',
    'Sửa thuộc tính headers cho đúng id của ô tiêu đề',
    'Fix the headers attribute to name header-cell ids',
  ),
  'th-has-data-cells': T(
    'Ô tiêu đề bảng không mô tả ô dữ liệu nào',
    'Table header cells describe no data cells',
    'Sắp xếp lại bảng để mỗi <th> có ô dữ liệu',
    'Restructure the table so each <th> heads data cells',
  ),
  'td-has-header': T(
    'Bảng dữ liệu lớn có ô không gắn với ô tiêu đề',
    'Cells of a large data table have no header',
    'Dùng <th> (scope) cho hàng/cột tiêu đề',
    'Use <th> (with scope) for header rows and columns',
  ),
  'html-has-lang': T(
    'Trang không khai báo ngôn ngữ (<html lang>)',
    'The page does not declare its language (<html lang>)',
    'Thêm lang="vi" vào thẻ <html>',
    'Add lang="vi" to <html>',
  ),
  'html-lang-valid': T(
    'Mã ngôn ngữ của trang không hợp lệ',
    'The page language code is not valid',
    'Dùng mã hợp lệ, ví dụ lang="vi"',
    'Use a valid code, e.g. lang="vi"',
  ),
  'valid-lang': T(
    'Mã ngôn ngữ của một đoạn không hợp lệ',
    'A passage’s language code is not valid',
    'Dùng mã ngôn ngữ hợp lệ (vi, en, …)',
    'Use a valid language code (vi, en, …)',
  ),
  'meta-viewport': T(
    'Trang chặn phóng to trên điện thoại (user-scalable=no hoặc maximum-scale thấp)',
    'The page prevents zooming on phones (user-scalable=no or a low maximum-scale)',
    'Bỏ user-scalable=no và maximum-scale < 2 khỏi meta viewport',
    'Remove user-scalable=no and maximum-scale < 2 from the viewport meta',
  ),
  list: T(
    'Danh sách (<ul>/<ol>) chứa phần tử không phải <li>',
    'Lists (<ul>/<ol>) contain elements other than <li>',
    'Chỉ đặt <li> trực tiếp trong <ul>/<ol>',
    'Put only <li> directly inside <ul>/<ol>',
  ),
  listitem: T(
    'Mục danh sách <li> nằm ngoài <ul>/<ol>',
    '<li> outside a <ul>/<ol>',
    'Đặt <li> trong <ul> hoặc <ol>',
    'Put <li> inside <ul> or <ol>',
  ),
  'aria-allowed-attr': T(
    'Thuộc tính ARIA không được phép cho vai trò của phần tử',
    'ARIA attributes not allowed on the element’s role',
    'Bỏ thuộc tính ARIA không hợp lệ',
    'Remove the disallowed ARIA attributes',
  ),
  'aria-hidden-focus': T(
    'Phần tử ẩn với trình đọc màn hình vẫn nhận được tiêu điểm bàn phím',
    'Elements hidden from screen readers still take keyboard focus',
    'Bỏ aria-hidden hoặc tabindex="-1" cho phần tử con',
    'Remove aria-hidden or set tabindex="-1" on the focusable children',
  ),
  'nested-interactive': T(
    'Điều khiển tương tác lồng nhau',
    'Nested interactive controls',
    'Không đặt nút/liên kết bên trong nút/liên kết khác',
    'Do not put controls inside other controls',
  ),
  'scrollable-region-focusable': T(
    'Vùng cuộn không dùng được bằng bàn phím',
    'Scrollable regions are not keyboard accessible',
    'Cho vùng cuộn tabindex="0" hoặc nội dung nhận tiêu điểm',
    'Give the region tabindex="0" or focusable content',
  ),
  'aria-braille-equivalent': T(
    'Thuộc tính aria-braille thiếu nội dung tương đương không phải chữ nổi',
    'aria-braille attributes lack a non-braille equivalent',
    'Thêm aria-label hoặc aria-roledescription tương ứng',
    'Add the matching aria-label or aria-roledescription',
  ),
  'aria-command-name': T(
    'Nút, liên kết, mục menu ARIA không có tên đọc được',
    'ARIA buttons, links and menu items have no accessible name',
    'Thêm chữ, aria-label hoặc aria-labelledby',
    'Add text, aria-label or aria-labelledby',
  ),
  'aria-conditional-attr': T(
    'Thuộc tính ARIA dùng sai với vai trò của phần tử',
    'ARIA attributes used against the element’s role',
    'Dùng thuộc tính ARIA đúng như đặc tả cho vai trò đó',
    'Use the ARIA attributes as specified for the role',
  ),
  'aria-deprecated-role': T(
    'Dùng vai trò ARIA đã bị loại bỏ',
    'Deprecated ARIA roles are used',
    'Thay bằng vai trò ARIA hiện hành',
    'Replace them with current ARIA roles',
  ),
  'aria-hidden-body': T(
    'Toàn bộ trang bị ẩn với trình đọc màn hình (aria-hidden trên <body>)',
    'The whole page is hidden from screen readers (aria-hidden on <body>)',
    'Bỏ aria-hidden="true" khỏi <body>',
    'Remove aria-hidden="true" from <body>',
  ),
  'aria-input-field-name': T(
    'Ô nhập liệu ARIA không có tên đọc được',
    'ARIA input fields have no accessible name',
    'Thêm aria-label hoặc aria-labelledby',
    'Add aria-label or aria-labelledby',
  ),
  'aria-meter-name': T(
    'Đồng hồ đo (role="meter") không có tên đọc được',
    'Meters (role="meter") have no accessible name',
    'Thêm aria-label hoặc aria-labelledby',
    'Add aria-label or aria-labelledby',
  ),
  'aria-progressbar-name': T(
    'Thanh tiến trình không có tên đọc được',
    'Progress bars have no accessible name',
    'Thêm aria-label hoặc aria-labelledby',
    'Add aria-label or aria-labelledby',
  ),
  'aria-prohibited-attr': T(
    'Thuộc tính ARIA bị cấm với phần tử này',
    'ARIA attributes prohibited on the element',
    'Bỏ thuộc tính, hoặc đổi vai trò của phần tử',
    'Remove the attribute or change the element’s role',
  ),
  'aria-required-attr': T(
    'Thiếu thuộc tính ARIA bắt buộc của vai trò',
    'Required ARIA attributes of the role are missing',
    'Thêm các thuộc tính ARIA bắt buộc (ví dụ aria-checked cho role="checkbox")',
    'Add the required ARIA attributes (e.g. aria-checked for role="checkbox")',
  ),
  'aria-required-children': T(
    'Vai trò ARIA thiếu phần tử con bắt buộc',
    'ARIA roles lack their required children',
    'Thêm phần tử con đúng vai trò (ví dụ menuitem trong menu)',
    'Add children with the required roles (e.g. menuitem in a menu)',
  ),
  'aria-required-parent': T(
    'Vai trò ARIA nằm ngoài phần tử cha bắt buộc',
    'ARIA roles are outside their required parent',
    'Đặt phần tử trong phần tử cha đúng vai trò',
    'Put the element inside a parent with the required role',
  ),
  'aria-roledescription': T(
    'aria-roledescription đặt trên phần tử không có vai trò ngữ nghĩa',
    'aria-roledescription on an element without a semantic role',
    'Chỉ dùng aria-roledescription cho phần tử có vai trò',
    'Use aria-roledescription only on elements with a role',
  ),
  'aria-roles': T(
    'Giá trị role không hợp lệ',
    'Invalid role values',
    'Dùng vai trò ARIA hợp lệ',
    'Use valid ARIA roles',
  ),
  'aria-tab-name': T(
    'Thẻ (tab) ARIA không có tên đọc được',
    'ARIA tabs have no accessible name',
    'Ghi chữ cho tab hoặc thêm aria-label',
    'Give the tab text or an aria-label',
  ),
  'aria-toggle-field-name': T(
    'Ô bật/tắt ARIA không có tên đọc được',
    'ARIA toggle fields have no accessible name',
    'Thêm chữ, aria-label hoặc aria-labelledby',
    'Add text, aria-label or aria-labelledby',
  ),
  'aria-tooltip-name': T(
    'Chú giải (tooltip) ARIA không có tên đọc được',
    'ARIA tooltips have no accessible name',
    'Ghi chữ cho tooltip hoặc thêm aria-label',
    'Give the tooltip text or an aria-label',
  ),
  'aria-valid-attr-value': T(
    'Giá trị thuộc tính ARIA không hợp lệ',
    'ARIA attributes have invalid values',
    'Sửa giá trị (ví dụ id mà aria-labelledby trỏ tới phải tồn tại)',
    'Fix the values (e.g. the ids aria-labelledby names must exist)',
  ),
  'aria-valid-attr': T(
    'Tên thuộc tính ARIA không hợp lệ',
    'Invalid ARIA attribute names',
    'Sửa tên thuộc tính cho đúng (aria-label, aria-describedby, …)',
    'Correct the attribute names (aria-label, aria-describedby, …)',
  ),
  'audio-caption': T(
    'Âm thanh thiếu bản chữ hoặc phụ đề',
    'Audio without captions or a transcript',
    'Thêm phụ đề (<track>) hoặc bản chữ',
    'Add captions (<track>) or a transcript',
  ),
  'autocomplete-valid': T(
    'Thuộc tính autocomplete dùng sai',
    'autocomplete attributes used incorrectly',
    'Dùng giá trị autocomplete chuẩn (name, email, tel, …)',
    'Use standard autocomplete values (name, email, tel, …)',
  ),
  'avoid-inline-spacing': T(
    'Khoảng cách chữ đặt cứng trong style, người dùng không chỉnh được',
    'Inline text spacing that user style sheets cannot adjust',
    'Không dùng !important cho letter-spacing, word-spacing, line-height trong style',
    'Do not use !important for letter-spacing, word-spacing, line-height in style attributes',
  ),
  'css-orientation-lock': T(
    'Trang khóa chiều màn hình (dọc/ngang)',
    'The page locks the display orientation',
    'Cho trang hiển thị được ở cả chiều dọc và ngang',
    'Let the page display in both portrait and landscape',
  ),
  'definition-list': T(
    'Danh sách định nghĩa (<dl>) chứa phần tử không hợp lệ',
    'Definition lists (<dl>) contain invalid elements',
    'Chỉ đặt cặp <dt>/<dd> (hoặc <div>) trong <dl>',
    'Put only <dt>/<dd> groups (or <div>) in <dl>',
  ),
  dlitem: T(
    '<dt>/<dd> nằm ngoài <dl>',
    '<dt>/<dd> outside a <dl>',
    'Đặt <dt>, <dd> trong <dl>',
    'Put <dt> and <dd> inside <dl>',
  ),
  'duplicate-id-aria': T(
    'Trùng id được ARIA hoặc nhãn tham chiếu',
    'Duplicate ids referenced by ARIA or labels',
    'Đặt id duy nhất cho mỗi phần tử',
    'Give each element a unique id',
  ),
  'form-field-multiple-labels': T(
    'Ô nhập liệu có nhiều nhãn',
    'Form fields with several labels',
    'Giữ một <label> cho mỗi ô nhập',
    'Keep one <label> per field',
  ),
  'frame-focusable-content': T(
    'Khung nhúng có nội dung tương tác nhưng tabindex="-1"',
    'Frames with focusable content have tabindex="-1"',
    'Bỏ tabindex="-1" khỏi khung',
    'Remove tabindex="-1" from the frame',
  ),
  'frame-title-unique': T(
    'Nhiều khung nhúng trùng tiêu đề',
    'Several frames share a title',
    'Đặt title riêng cho từng khung',
    'Give each frame its own title',
  ),
  'html-xml-lang-mismatch': T(
    'lang và xml:lang của trang khác nhau',
    'lang and xml:lang of the page disagree',
    'Đặt cùng một ngôn ngữ (vi) cho lang và xml:lang',
    'Set the same language (vi) in lang and xml:lang',
  ),
  'label-content-name-mismatch': T(
    'Tên đọc được của điều khiển không chứa chữ hiển thị trên nó',
    'Controls’ accessible names do not contain their visible text',
    'Để aria-label bắt đầu bằng chữ hiển thị trên điều khiển',
    'Make the aria-label start with the control’s visible text',
  ),
  'p-as-heading': T(
    'Đoạn văn in đậm/cỡ lớn dùng thay đề mục',
    'Bold or large paragraphs used as headings',
    'Dùng thẻ đề mục <h2>, <h3> …',
    'Use heading elements <h2>, <h3> …',
  ),
  'server-side-image-map': T(
    'Dùng bản đồ ảnh phía máy chủ (ismap)',
    'Server-side image maps (ismap) are used',
    'Thay bằng liên kết chữ hoặc bản đồ ảnh phía trình duyệt (<map>)',
    'Replace with text links or a client-side image map (<map>)',
  ),
  'summary-name': T(
    'Phần tử <summary> không có chữ',
    '<summary> elements have no text',
    'Ghi chữ cho <summary>',
    'Give the <summary> text',
  ),
  'table-fake-caption': T(
    'Dùng ô của bảng làm chú thích bảng',
    'Table cells used as the table’s caption',
    'Dùng <caption> cho chú thích bảng',
    'Use <caption> for the table’s caption',
  ),
};
