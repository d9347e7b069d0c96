import type { RoyaltyGenre, RoyaltyIncentiveGround, RoyaltyRegime } from '../RoyaltyRegimeSchema.js';

const C141 = { id: 'ND-287-2026/14.1' } as const;

/**
 * The grounds for an incentive royalty (tiền bản quyền khuyến khích, Nghị định 287/2026/NĐ-CP Art. 3.3), paid
 * on top of the royalty: (a) topics on children or ethnic minorities, works for people with disabilities,
 * investigative reportage; (b) writing directly in a foreign or another ethnic language, working in difficult
 * or dangerous conditions; (c) up to 10 % of the profit where the State earns from exploiting the work. The
 * decree sets no percentage for (a) and (b): the competent person decides the amount (Art. 3.7; for the press,
 * the head of the press agency, Art. 14.3), so the caller gives it.
 *
 * @see ND-287-2026/3.3, ND-287-2026/3.7, ND-287-2026/14.3
 * @example
 * ```ts
 * import { ND287_2026_INCENTIVE_GROUNDS } from 'vn-portal-kit/royalty';
 * ND287_2026_INCENTIVE_GROUNDS.find((g) => g.id === 'state-profit')?.maxPercentOfProfit //=> 10
 * ```
 */
export const ND287_2026_INCENTIVE_GROUNDS: readonly RoyaltyIncentiveGround[] = [
  {
    id: 'children-ethnic',
    name: {
      vi: 'Đề tài về thiếu nhi, đồng bào dân tộc thiểu số',
      en: 'Topic on children or ethnic minorities',
    },
    citation: { id: 'ND-287-2026/3.3.a' },
  },
  {
    id: 'disabilities',
    name: { vi: 'Tác phẩm dành cho người khuyết tật', en: 'Work for people with disabilities' },
    citation: { id: 'ND-287-2026/3.3.a' },
  },
  {
    id: 'investigative-reportage',
    name: { vi: 'Phóng sự điều tra', en: 'Investigative reportage' },
    citation: { id: 'ND-287-2026/3.3.a' },
  },
  {
    id: 'direct-foreign-language',
    name: {
      vi: 'Tác giả viết trực tiếp bằng tiếng nước ngoài, tiếng dân tộc khác',
      en: 'Written directly in a foreign or another ethnic language',
    },
    citation: { id: 'ND-287-2026/3.3.b' },
  },
  {
    id: 'dangerous-conditions',
    name: {
      vi: 'Sáng tạo trong điều kiện khó khăn, nguy hiểm',
      en: 'Created in difficult or dangerous conditions',
    },
    citation: { id: 'ND-287-2026/3.3.b' },
  },
  {
    id: 'state-profit',
    name: {
      vi: 'Phần lợi nhuận Nhà nước thu được từ khai thác tác phẩm',
      en: 'Share of the profit the State earns from exploiting the work',
    },
    maxPercentOfProfit: 10,
    citation: { id: 'ND-287-2026/3.3.c' },
  },
];

const genre = (id: string, vi: string, en: string): RoyaltyGenre => ({
  id,
  name: { vi, en },
  unit: 'item',
  citation: C141,
});

/**
 * Nghị định 287/2026/NĐ-CP (signed 2026-07-17, in force 2026-09-01): tiền bản quyền for print and online press
 * works whose creation the state budget funds is paid "under the rules on assignment of tasks, ordering or
 * bidding" (Art. 3.1, 14.1): there is no national coefficient table any more. This regime takes the amount of the
 * order or contract (`contractAmount`) and adds the Art. 3.3 incentives; an agency's own table
 * (Art. 21.2: ministers and provincial chairs set the rate tables) is entered with {@link defineRoyaltyRegime}
 * and `legalBasis: 'nd287-2026'`. Works commissioned before 2026-09-01 stay under the rules then in force
 * (Art. 19.1): {@link calculateRoyalty} selects the regime by the commission date.
 *
 * The genre list is the press genres a statement names (the decree has no coefficients for them).
 *
 * @see ND-287-2026/3.1, ND-287-2026/14.1, ND-287-2026/19.1, ND-287-2026/21.2
 * @example
 * ```ts
 * import { ND287_2026_REGIME } from 'vn-portal-kit/royalty';
 * [ND287_2026_REGIME.amountSource, ND287_2026_REGIME.inForceFrom] //=> ['contract', '2026-09-01']
 * ```
 */
export const ND287_2026_REGIME: RoyaltyRegime = {
  id: 'nd287-2026',
  name: {
    vi: 'Tiền bản quyền tác phẩm báo chí theo Nghị định 287/2026/NĐ-CP (giao nhiệm vụ, đặt hàng, đấu thầu)',
    en: 'Royalties (tiền bản quyền) for press works, Decree 287/2026/ND-CP (assignment, ordering, bidding)',
  },
  citation: {
    id: 'ND-287-2026/14.1',
    note: 'print and online press: paid under the rules on assignment, ordering or bidding',
  },
  inForceFrom: '2026-09-01',
  unitShare: 100,
  unitShareCitation: {
    id: 'ND-287-2026/8.1.a',
    note: 'where the decree uses a table, it counts whole base salaries (mức lương cơ sở)',
  },
  genres: [
    genre('tin', 'Tin', 'News item'),
    genre('tra-loi-ban-doc', 'Trả lời bạn đọc', 'Reply to readers'),
    genre('tranh', 'Tranh', 'Drawing'),
    genre('anh', 'Ảnh', 'Photo'),
    genre('chinh-luan', 'Chính luận', 'Commentary'),
    genre('phong-su', 'Phóng sự', 'Reportage'),
    genre('ky', 'Ký', 'Memoir'),
    genre('phong-van', 'Phỏng vấn', 'Interview'),
    genre('sang-tac-van-hoc', 'Sáng tác văn học', 'Literary work'),
    genre('nghien-cuu', 'Nghiên cứu', 'Research'),
    genre('truc-tuyen', 'Trực tuyến', 'Online'),
    genre('media', 'Media', 'Media'),
  ],
  modifiers: [],
  sites: [],
  cap: null,
  remunerationRoles: [],
  legalBasis: 'nd287-2026',
  amountSource: 'contract',
  incentiveGrounds: ND287_2026_INCENTIVE_GROUNDS,
};
