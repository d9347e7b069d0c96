import type { CategoryId } from '../../categories/index.js';

/**
 * How portals label and address each category: menu texts (folded: NFC, lower case) and URL path words, with
 * the variants of the common provincial portal platforms (Liferay/VNPT, SharePoint, DNN, WordPress portals).
 * Order matters where one label contains another: the first match wins for URLs.
 */
export const CATEGORY_LABELS: readonly {
  readonly category: CategoryId;
  readonly labels: readonly string[];
  readonly slugs: readonly string[];
}[] = [
  { category: 'english', labels: ['english', 'tiếng anh'], slugs: ['en', 'english'] },
  {
    category: 'legal-documents',
    labels: [
      'văn bản',
      'văn bản pháp luật',
      'văn bản quy phạm pháp luật',
      'hệ thống văn bản',
      'văn bản chỉ đạo điều hành',
    ],
    slugs: ['van-ban', 'vanban', 'van-ban-phap-luat', 'vbpq', 'vbqppl', 'legal-documents', 'documents'],
  },
  {
    category: 'procedure-results',
    labels: ['kết quả giải quyết', 'tra cứu hồ sơ', 'tiến độ giải quyết'],
    slugs: ['ket-qua-giai-quyet', 'tra-cuu-ho-so'],
  },
  {
    category: 'procedures',
    labels: ['thủ tục hành chính', 'dịch vụ công', 'dịch vụ công trực tuyến'],
    slugs: ['thu-tuc-hanh-chinh', 'thutuchanhchinh', 'tthc', 'dich-vu-cong', 'procedures'],
  },
  {
    category: 'qa',
    labels: ['hỏi đáp', 'hỏi - đáp', 'hỏi – đáp', 'hỏi-đáp', 'phản ánh, kiến nghị', 'phản ánh kiến nghị'],
    slugs: ['hoi-dap', 'hoidap', 'faq', 'qa'],
  },
  {
    category: 'consultation',
    labels: ['lấy ý kiến', 'góp ý dự thảo', 'dự thảo văn bản'],
    slugs: ['lay-y-kien', 'gop-y-du-thao', 'du-thao'],
  },
  { category: 'gazette', labels: ['công báo'], slugs: ['cong-bao', 'congbao'] },
  {
    category: 'information-catalogue',
    labels: ['danh mục thông tin', 'công khai thông tin', 'thông tin công khai'],
    slugs: ['danh-muc-thong-tin', 'cong-khai-thong-tin', 'thong-tin-cong-khai'],
  },
  {
    category: 'finance-statistics',
    labels: ['thống kê', 'báo cáo tài chính', 'ngân sách', 'công khai ngân sách'],
    slugs: ['thong-ke', 'ngan-sach', 'tai-chinh', 'cong-khai-ngan-sach'],
  },
  {
    category: 'strategies-plans',
    labels: ['quy hoạch', 'kế hoạch', 'chiến lược', 'chương trình, đề án', 'quy hoạch - kế hoạch'],
    slugs: ['quy-hoach', 'ke-hoach', 'chien-luoc', 'quy-hoach-ke-hoach'],
  },
  {
    category: 'bidding-procurement',
    labels: ['đấu thầu', 'mua sắm công'],
    slugs: ['dau-thau', 'mua-sam-cong'],
  },
  { category: 'projects', labels: ['dự án', 'đầu tư công'], slugs: ['du-an', 'dau-tu-cong'] },
  {
    category: 'contacts',
    labels: ['liên hệ', 'danh bạ', 'thông tin liên hệ', 'danh bạ điện thoại'],
    slugs: ['lien-he', 'danh-ba', 'contacts', 'lien-he-cong-tac'],
  },
  {
    category: 'introduction',
    labels: ['giới thiệu', 'tổng quan'],
    slugs: ['gioi-thieu', 'gioithieu', 'tong-quan', 'introduction'],
  },
  {
    category: 'direction',
    labels: ['chỉ đạo điều hành', 'chỉ đạo, điều hành', 'thông tin chỉ đạo', 'lịch công tác'],
    slugs: ['chi-dao-dieu-hanh', 'lich-cong-tac'],
  },
  {
    category: 'policy-propaganda',
    labels: ['phổ biến pháp luật', 'phổ biến, giáo dục pháp luật', 'tuyên truyền'],
    slugs: ['pho-bien-phap-luat', 'tuyen-truyen', 'pbgdpl'],
  },
  {
    category: 'science-technology',
    labels: ['khoa học công nghệ', 'khoa học và công nghệ'],
    slugs: ['khoa-hoc-cong-nghe'],
  },
  { category: 'treaties', labels: ['điều ước quốc tế'], slugs: ['dieu-uoc-quoc-te'] },
  { category: 'loans-aid', labels: ['vay nợ', 'viện trợ'], slugs: ['vay-no', 'vien-tro'] },
  { category: 'epidemics', labels: ['phòng chống dịch', 'phòng, chống dịch'], slugs: ['phong-chong-dich'] },
  {
    category: 'business-promotion',
    labels: ['xúc tiến đầu tư', 'xúc tiến thương mại'],
    slugs: ['xuc-tien-dau-tu'],
  },
  { category: 'public-utilities', labels: ['dịch vụ công ích'], slugs: ['dich-vu-cong-ich'] },
  {
    category: 'news',
    labels: ['tin tức', 'tin tức - sự kiện', 'tin tức sự kiện', 'tin hoạt động'],
    slugs: ['tin-tuc', 'tintuc', 'news', 'tin-hoat-dong', 'su-kien'],
  },
];
