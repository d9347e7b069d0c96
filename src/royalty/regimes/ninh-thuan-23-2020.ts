import type { RoyaltyGenre, RoyaltyRegime } from '../RoyaltyRegimeSchema.js';
import { ND18_2014_CAP, ND18_2014_MODIFIERS, ND18_2014_REMUNERATION_ROLES } from './nd18-2014.js';

const NT = { id: 'NT-23-2020', note: 'Quyết định 23/2020/QĐ-UBND tỉnh Ninh Thuận (2020-07-17)' } as const;
const NT_SITES = {
  id: 'NT-2157-2020',
  note: 'Quyết định 2157/QĐ-UBND tỉnh Ninh Thuận (2020-12-07)',
} as const;

const g = (id: string, vi: string, en: string, min: number, max: number, group: number): RoyaltyGenre => ({
  id,
  name: { vi, en },
  unit: 'item',
  min,
  max,
  ...(min === max ? { default: min } : {}),
  group,
  citation: NT,
});

/**
 * Ninh Thuận Quyết định 23/2020/QĐ-UBND (signed 2020-07-17, in force 2020-07-27), the provincial portal's
 * coefficients per item (tin without photo 1.0, with photo 1.5, reposted 0.5, ranges for the other genres), and
 * Quyết định 2157/QĐ-UBND (2020-12-07): department and district websites pay 20 % of the provincial-portal
 * royalty. The ND 18/2014 adjustments and group maxima apply on top.
 *
 * @example
 * ```ts
 * import { NINH_THUAN_23_2020_REGIME } from 'vn-portal-kit/royalty';
 * NINH_THUAN_23_2020_REGIME.genres.find((x) => x.id === 'tin-co-anh')?.default //=> 1.5
 * ```
 */
export const NINH_THUAN_23_2020_REGIME: RoyaltyRegime = {
  id: 'ninh-thuan-23-2020',
  name: {
    vi: 'Nhuận bút Cổng thông tin điện tử tỉnh Ninh Thuận (Quyết định 23/2020/QĐ-UBND)',
    en: 'Royalties of the Ninh Thuận provincial portal (Decision 23/2020/QD-UBND)',
  },
  citation: NT,
  inForceFrom: '2020-07-27',
  unitShare: 10,
  unitShareCitation: { id: 'ND-18-2014/7.2' },
  genres: [
    g('tin-khong-anh', 'Tin không có ảnh', 'News item without photo', 1, 1, 1),
    g('tin-co-anh', 'Tin có ảnh', 'News item with photo', 1.5, 1.5, 1),
    g(
      'tong-hop-chuyen-sau',
      'Bài tổng hợp, chuyên sâu, phóng sự',
      'Round-up, in-depth article, reportage',
      1.2,
      2.5,
      5,
    ),
    g('dang-lai', 'Tin, bài đăng lại từ báo khác', 'Reposted from another paper', 0.5, 0.5, 1),
    g(
      'anh-san-xuat-dong-bang',
      'Ảnh sản xuất, vùng đồng bằng, thành phố',
      'Production photo, lowland or city',
      1.2,
      1.5,
      3,
    ),
    g(
      'anh-san-xuat-mien-nui',
      'Ảnh sản xuất, vùng miền núi, vùng sâu, vùng xa',
      'Production photo, mountainous or remote area',
      1.5,
      1.8,
      3,
    ),
    g('bai-phan-anh', 'Bài phản ánh', 'Report article', 2, 2.5, 5),
    g('binh-luan', 'Bình luận', 'Commentary', 2.5, 3, 4),
    g('nghien-cuu', 'Nghiên cứu', 'Research', 3, 4, 7),
    g('truc-tuyen-media', 'Trực tuyến, Media', 'Online, media', 4, 5, 8),
  ],
  modifiers: ND18_2014_MODIFIERS,
  sites: [
    {
      id: 'portal',
      name: { vi: 'Cổng thông tin điện tử tỉnh', en: 'Provincial portal' },
      share: 100,
      citation: NT,
    },
    {
      id: 'department',
      name: { vi: 'Trang thông tin điện tử sở, ban, ngành', en: 'Department website' },
      share: 20,
      citation: NT_SITES,
    },
    {
      id: 'district',
      name: { vi: 'Trang thông tin điện tử huyện, thành phố', en: 'District website' },
      share: 20,
      citation: NT_SITES,
    },
  ],
  cap: ND18_2014_CAP,
  remunerationRoles: ND18_2014_REMUNERATION_ROLES,
  // A table applying Decree 18/2014's unit and maxima: it loses its basis for work commissioned from 2026-09-01
  // (ND 287/2026 Art. 20.2, 21.2) unless the issuer reissues it (the caller supplies `reissuedBasis`).
  legalBasis: 'nd18-2014',
  incentiveGrounds: [],
  note: {
    vi: 'Tin, bài đăng lại tính vào nhóm 1 để áp mức trần; các điều chỉnh của Nghị định 18/2014 áp dụng chung.',
    en: 'Reposted items are capped as group 1; the Decree 18/2014 adjustments apply on top.',
  },
};
