import type { RoyaltyGenre, RoyaltyRegime } from '../RoyaltyRegimeSchema.js';
import { ND18_2014_CAP, ND18_2014_MODIFIERS, ND18_2014_REMUNERATION_ROLES } from './nd18-2014.js';

const BK = {
  id: 'BK-18-2021',
  note: 'Quyết định 18/2021/QĐ-UBND tỉnh Bắc Kạn (in force 2021-10-21)',
} as const;

const g = (id: string, vi: string, en: string, max: number, group: number): RoyaltyGenre => ({
  id,
  name: { vi, en },
  unit: 'item',
  max,
  group,
  citation: BK,
});

/**
 * Bắc Kạn Quyết định 18/2021/QĐ-UBND (in force 2021-10-21): provincial press and electronic information capped at
 * about 30 % of the ND 18/2014 maxima: tin, reply to readers, drawing 4; photo 3; commentary, reportage, memoir,
 * interview, literary work, research 10; online, media and talk shows 15.
 *
 * @example
 * ```ts
 * import { BAC_KAN_18_2021_REGIME } from 'vn-portal-kit/royalty';
 * BAC_KAN_18_2021_REGIME.genres.find((x) => x.id === 'anh')?.max //=> 3
 * ```
 */
export const BAC_KAN_18_2021_REGIME: RoyaltyRegime = {
  id: 'bac-kan-18-2021',
  name: {
    vi: 'Nhuận bút báo chí, thông tin điện tử tỉnh Bắc Kạn (Quyết định 18/2021/QĐ-UBND)',
    en: 'Royalties for Bắc Kạn provincial press and electronic information (Decision 18/2021/QD-UBND)',
  },
  citation: BK,
  inForceFrom: '2021-10-21',
  unitShare: 10,
  unitShareCitation: { id: 'ND-18-2014/7.2' },
  genres: [
    g('tin', 'Tin', 'News item', 4, 1),
    g('tra-loi-ban-doc', 'Trả lời bạn đọc', 'Reply to readers', 4, 1),
    g('tranh', 'Tranh', 'Drawing', 4, 2),
    g('anh', 'Ảnh', 'Photo', 3, 3),
    g('chinh-luan', 'Chính luận', 'Commentary', 10, 4),
    g('phong-su', 'Phóng sự', 'Reportage', 10, 5),
    g('ky', 'Ký', 'Memoir', 10, 5),
    g('phong-van', 'Phỏng vấn', 'Interview', 10, 5),
    g('sang-tac-van-hoc', 'Sáng tác văn học', 'Literary work', 10, 6),
    g('nghien-cuu', 'Nghiên cứu', 'Research', 10, 7),
    g('truc-tuyen', 'Trực tuyến', 'Online', 15, 8),
    g('media', 'Media', 'Media', 15, 8),
    g('talk-show', 'Tọa đàm (talk show)', 'Talk show', 15, 8),
  ],
  modifiers: ND18_2014_MODIFIERS,
  sites: [],
  cap: ND18_2014_CAP,
  remunerationRoles: ND18_2014_REMUNERATION_ROLES,
  // A table applying Decree 18/2014's unit and maxima: it loses its basis for work commissioned from 2026-09-01
  // (ND 287/2026 Art. 20.2, 21.2) unless the issuer reissues it (the caller supplies `reissuedBasis`).
  legalBasis: 'nd18-2014',
  incentiveGrounds: [],
};
