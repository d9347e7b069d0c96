import type { LocalizedText } from '../core/index.js';

/**
 * The stable ids of the mandated information categories, shared by `categories` (schemas), `profiles`
 * (which categories a regulation requires, with which deadlines) and `compliance` (the audit). A profile maps
 * its regulation's articles onto these ids; a regulation that splits or merges categories says so in its
 * profile data, not here.
 *
 * @example
 * ```ts
 * import { CATEGORY_IDS } from 'vn-portal-kit/categories';
 * CATEGORY_IDS.length //=> 24
 * CATEGORY_IDS.includes('legal-documents') //=> true
 * ```
 */
export const CATEGORY_IDS = [
  'introduction',
  'contacts',
  'news',
  'direction',
  'policy-propaganda',
  'legal-documents',
  'procedures',
  'procedure-results',
  'strategies-plans',
  'projects',
  'bidding-procurement',
  'loans-aid',
  'science-technology',
  'finance-statistics',
  'epidemics',
  'consultation',
  'treaties',
  'information-catalogue',
  'qa',
  'business-promotion',
  'public-utilities',
  'gazette',
  'english',
  'other',
] as const;

/**
 * One of {@link CATEGORY_IDS}.
 *
 * @example
 * ```ts
 * import type { CategoryId } from 'vn-portal-kit/categories';
 * const id: CategoryId = 'consultation';
 * id //=> 'consultation'
 * ```
 */
export type CategoryId = (typeof CATEGORY_IDS)[number];

/**
 * Vietnamese and English names of every category id.
 *
 * @example
 * ```ts
 * import { CATEGORY_NAMES } from 'vn-portal-kit/categories';
 * CATEGORY_NAMES.consultation.vi //=> 'Lấy ý kiến góp ý dự thảo văn bản'
 * ```
 */
export const CATEGORY_NAMES: Readonly<Record<CategoryId, LocalizedText>> = {
  introduction: { vi: 'Giới thiệu', en: 'Introduction' },
  contacts: {
    vi: 'Thông tin liên hệ của lãnh đạo, cán bộ có thẩm quyền',
    en: 'Leaders and officials: contacts',
  },
  news: { vi: 'Tin tức, sự kiện', en: 'News and events' },
  direction: { vi: 'Thông tin chỉ đạo, điều hành', en: 'Direction and administration' },
  'policy-propaganda': {
    vi: 'Tuyên truyền, phổ biến, hướng dẫn thực hiện pháp luật, chế độ, chính sách',
    en: 'Dissemination of law and policy',
  },
  'legal-documents': {
    vi: 'Văn bản quy phạm pháp luật và văn bản hành chính',
    en: 'Legal and administrative documents',
  },
  procedures: {
    vi: 'Thủ tục hành chính, dịch vụ công trực tuyến',
    en: 'Administrative procedures and online public services',
  },
  'procedure-results': {
    vi: 'Kết quả giải quyết thủ tục hành chính, tiến độ xử lý hồ sơ và văn bản điện tử',
    en: 'Results and progress of procedures and e-documents',
  },
  'strategies-plans': {
    vi: 'Chiến lược, định hướng, quy hoạch, kế hoạch',
    en: 'Strategies, orientations, planning, plans',
  },
  projects: { vi: 'Dự án, hạng mục đầu tư', en: 'Projects and investment items' },
  'bidding-procurement': { vi: 'Đấu thầu, mua sắm công, đất đai', en: 'Bidding, public procurement, land' },
  'loans-aid': { vi: 'Vay nợ, viện trợ, cứu trợ, quỹ', en: 'Loans, aid, relief, funds' },
  'science-technology': {
    vi: 'Chương trình, đề tài khoa học và công nghệ',
    en: 'Science and technology programmes',
  },
  'finance-statistics': { vi: 'Báo cáo tài chính, thống kê', en: 'Financial reports and statistics' },
  epidemics: { vi: 'Phòng, chống dịch bệnh', en: 'Epidemic prevention and control' },
  consultation: { vi: 'Lấy ý kiến góp ý dự thảo văn bản', en: 'Consultation on drafts' },
  treaties: { vi: 'Điều ước quốc tế', en: 'International treaties' },
  'information-catalogue': { vi: 'Danh mục thông tin phải công khai', en: 'Catalogue of public information' },
  qa: { vi: 'Hỏi đáp, tiếp nhận phản ánh, kiến nghị', en: 'Questions, feedback and answers' },
  'business-promotion': {
    vi: 'Xúc tiến đầu tư, thương mại, du lịch',
    en: 'Investment, trade and tourism promotion',
  },
  'public-utilities': { vi: 'Dịch vụ công ích', en: 'Public-utility services' },
  gazette: { vi: 'Công báo điện tử', en: 'Electronic Official Gazette' },
  english: { vi: 'Thông tin bằng tiếng Anh', en: 'English-language information' },
  other: { vi: 'Thông tin khác', en: 'Other information' },
};
