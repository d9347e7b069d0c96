import type {
  RemunerationRole,
  RoyaltyCap,
  RoyaltyGenre,
  RoyaltyModifier,
  RoyaltyRegime,
} from '../RoyaltyRegimeSchema.js';

const C71 = { id: 'ND-18-2014/7.1' } as const;
const C74 = { id: 'ND-18-2014/7.4' } as const;
const C6 = { id: 'ND-18-2014/6' } as const;

/**
 * The maximum coefficients of Nghị định 18/2014/NĐ-CP Art. 7.1 for báo in and báo điện tử, by genre group (no
 * minimum is set). Every shipped regime clamps its coefficients to these.
 *
 * @see ND-18-2014/7.1
 * @example
 * ```ts
 * import { ND18_2014_CAP } from 'vn-portal-kit/royalty';
 * ND18_2014_CAP.groups.map((g) => g.max) //=> [10, 10, 10, 30, 30, 30, 30, 50]
 * ```
 */
export const ND18_2014_CAP: RoyaltyCap = {
  id: 'nd18-2014',
  name: {
    vi: 'Khung hệ số tối đa theo Nghị định 18/2014/NĐ-CP',
    en: 'Maximum coefficients of Decree 18/2014/ND-CP',
  },
  citation: C71,
  groups: [
    { group: 1, max: 10, name: { vi: 'Tin; Trả lời bạn đọc', en: 'News; reply to readers' } },
    { group: 2, max: 10, name: { vi: 'Tranh', en: 'Drawing' } },
    { group: 3, max: 10, name: { vi: 'Ảnh', en: 'Photo' } },
    { group: 4, max: 30, name: { vi: 'Chính luận', en: 'Commentary' } },
    {
      group: 5,
      max: 30,
      name: { vi: 'Phóng sự; Ký (mỗi kỳ); Phỏng vấn', en: 'Reportage; memoir (per instalment); interview' },
    },
    { group: 6, max: 30, name: { vi: 'Sáng tác văn học', en: 'Literary work' } },
    { group: 7, max: 30, name: { vi: 'Nghiên cứu', en: 'Research' } },
    { group: 8, max: 50, name: { vi: 'Trực tuyến; Media', en: 'Online; media' } },
  ],
};

/**
 * The adjustments of ND 18/2014 Art. 7.4: translation 40–65 % of the genre's royalty; lyrics, comic text and
 * Media subtitles 20–50 % of the work's royalty; works for children or ethnic minorities +10–20 %; writing
 * directly in a foreign or another ethnic language +30–50 %; difficult or dangerous conditions up to +100 %.
 *
 * @see ND-18-2014/7.4
 * @example
 * ```ts
 * import { ND18_2014_MODIFIERS } from 'vn-portal-kit/royalty';
 * ND18_2014_MODIFIERS.map((m) => m.id) //=> ['translation', 'lyrics-subtitles', 'children-ethnic', 'direct-foreign-language', 'dangerous-conditions']
 * ```
 */
export const ND18_2014_MODIFIERS: readonly RoyaltyModifier[] = [
  {
    id: 'translation',
    name: {
      vi: 'Tác phẩm dịch (tiếng nước ngoài, tiếng dân tộc thiểu số ↔ tiếng Việt)',
      en: 'Translation (foreign or ethnic-minority language ↔ Vietnamese)',
    },
    kind: 'share',
    min: 40,
    max: 65,
    citation: C74,
  },
  {
    id: 'lyrics-subtitles',
    name: { vi: 'Lời bài hát, lời truyện tranh, phụ đề Media', en: 'Lyrics, comic text, Media subtitles' },
    kind: 'share',
    min: 20,
    max: 50,
    citation: C74,
  },
  {
    id: 'children-ethnic',
    name: {
      vi: 'Tác phẩm viết cho thiếu nhi, đồng bào dân tộc thiểu số',
      en: 'Work for children or ethnic minorities',
    },
    kind: 'surcharge',
    min: 10,
    max: 20,
    citation: C74,
  },
  {
    id: 'direct-foreign-language',
    name: {
      vi: 'Viết trực tiếp bằng tiếng nước ngoài, tiếng dân tộc khác',
      en: 'Written directly in a foreign or another ethnic language',
    },
    kind: 'surcharge',
    min: 30,
    max: 50,
    citation: C74,
  },
  {
    id: 'dangerous-conditions',
    name: {
      vi: 'Tác phẩm thực hiện trong điều kiện khó khăn, nguy hiểm',
      en: 'Made in difficult or dangerous conditions',
    },
    kind: 'surcharge',
    min: 0,
    max: 100,
    citation: C74,
  },
];

/**
 * The people paid remuneration (thù lao) under ND 18/2014 Art. 6: leaders, editors and contributors, and
 * people who collect material or supply information. The decree sets no coefficient range for them (the head of
 * the agency decides within the fund).
 *
 * @see ND-18-2014/6
 * @example
 * ```ts
 * import { ND18_2014_REMUNERATION_ROLES } from 'vn-portal-kit/royalty';
 * ND18_2014_REMUNERATION_ROLES.length //=> 5
 * ```
 */
export const ND18_2014_REMUNERATION_ROLES: readonly RemunerationRole[] = [
  { id: 'leader', name: { vi: 'Lãnh đạo, Ban biên tập', en: 'Leader, editorial board' }, citation: C6 },
  { id: 'editor', name: { vi: 'Biên tập viên', en: 'Editor' }, citation: C6 },
  {
    id: 'contributor',
    name: { vi: 'Cộng tác viên tham gia biên tập', en: 'Contributor to editing' },
    citation: C6,
  },
  {
    id: 'material-collector',
    name: { vi: 'Người sưu tầm tài liệu', en: 'Collector of material' },
    citation: C6,
  },
  {
    id: 'information-provider',
    name: { vi: 'Người cung cấp thông tin', en: 'Supplier of information' },
    citation: C6,
  },
];

const genre = (id: string, vi: string, en: string, group: number): RoyaltyGenre => ({
  id,
  name: { vi, en },
  unit: 'item',
  group,
  citation: C71,
});

/**
 * Nghị định 18/2014/NĐ-CP (signed 2014-03-14, in force 2014-06-01), báo in and báo điện tử: royalty =
 * coefficient × unit value, one unit = 10 % of the base salary, maxima by genre group and no minimum. Portals
 * apply it through ND 43/2011 Art. 26, ND 42/2022 Art. 22.1 and ND 224/2026 Art. 20.3.a. It ceased to have effect
 * on 2026-09-01 (Nghị định 287/2026/NĐ-CP Art. 20.2); it still applies to work commissioned before that day
 * (Art. 19.1).
 *
 * @see ND-18-2014/7.1, ND-18-2014/7.2, ND-18-2014/7.3, ND-18-2014/7.4
 * @example
 * ```ts
 * import { ND18_2014_REGIME } from 'vn-portal-kit/royalty';
 * ND18_2014_REGIME.genres.find((g) => g.id === 'truc-tuyen')?.group //=> 8
 * ```
 */
export const ND18_2014_REGIME: RoyaltyRegime = {
  id: 'nd18-2014',
  name: {
    vi: 'Nhuận bút báo in, báo điện tử theo Nghị định 18/2014/NĐ-CP',
    en: 'Royalties for print and online press, Decree 18/2014/ND-CP',
  },
  citation: { id: 'ND-18-2014/7', note: 'applied to portals by ND-42-2022/22.1 and ND-224-2026/20.3.a' },
  inForceFrom: '2014-06-01',
  // Nghị định 287/2026/NĐ-CP Art. 20.2: "Nghị định số 18/2014/NĐ-CP ... hết hiệu lực kể từ ngày 01 tháng 9 năm 2026"
  // (facts/royalty.md §6): the last day is 2026-08-31. Work commissioned before then stays under it (Art. 19.1).
  inForceTo: '2026-08-31',
  unitShare: 10,
  unitShareCitation: { id: 'ND-18-2014/7.2' },
  genres: [
    genre('tin', 'Tin', 'News item', 1),
    genre('tra-loi-ban-doc', 'Trả lời bạn đọc', 'Reply to readers', 1),
    genre('tranh', 'Tranh', 'Drawing', 2),
    genre('anh', 'Ảnh', 'Photo', 3),
    genre('chinh-luan', 'Chính luận', 'Commentary', 4),
    genre('phong-su', 'Phóng sự', 'Reportage', 5),
    genre('ky', 'Ký (mỗi kỳ)', 'Memoir (per instalment)', 5),
    genre('phong-van', 'Phỏng vấn', 'Interview', 5),
    genre('sang-tac-van-hoc', 'Sáng tác văn học', 'Literary work', 6),
    genre('nghien-cuu', 'Nghiên cứu', 'Research', 7),
    genre('truc-tuyen', 'Trực tuyến', 'Online', 8),
    genre('media', 'Media', 'Media', 8),
  ],
  modifiers: ND18_2014_MODIFIERS,
  sites: [],
  cap: ND18_2014_CAP,
  remunerationRoles: ND18_2014_REMUNERATION_ROLES,
  legalBasis: 'nd18-2014',
  incentiveGrounds: [],
};
