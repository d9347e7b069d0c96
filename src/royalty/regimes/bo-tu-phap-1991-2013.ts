import type { RoyaltyGrade, RoyaltyRegime } from '../RoyaltyRegimeSchema.js';
import { ND18_2014_CAP, ND18_2014_REMUNERATION_ROLES } from './nd18-2014.js';

const BTP = { id: 'BTP-1991-2013', note: 'Quyết định 1991/QĐ-BTP (2013) của Bộ Tư pháp' } as const;
const HALF_A4 = { vi: 'nửa trang A4', en: 'half A4 page' } as const;
const grades = (a: number, b: number, c: number): readonly RoyaltyGrade[] => [
  { id: 'A', name: { vi: 'Loại A', en: 'Grade A' }, coefficient: a },
  { id: 'B', name: { vi: 'Loại B', en: 'Grade B' }, coefficient: b },
  { id: 'C', name: { vi: 'Loại C', en: 'Grade C' }, coefficient: c },
];

/**
 * Bộ Tư pháp Quyết định 1991/QĐ-BTP (2013), the Ministry of Justice portal: length-based, coefficient = length
 * units × grade coefficient, capped: tin 0.7/0.5/0.3 (grade A/B/C) per half A4 page, max 5; illustration
 * 0.7/0.5/0.3 per picture, max 5; reply to readers 1/0.7/0.4 per half A4 page, max 7. The decision calls the
 * payment thù lao; the amount is coefficient × 10 % of the base salary.
 *
 * @example
 * ```ts
 * import { BO_TU_PHAP_1991_2013_REGIME } from 'vn-portal-kit/royalty';
 * BO_TU_PHAP_1991_2013_REGIME.genres.find((x) => x.id === 'tra-loi-ban-doc')?.max //=> 7
 * ```
 */
export const BO_TU_PHAP_1991_2013_REGIME: RoyaltyRegime = {
  id: 'bo-tu-phap-1991-2013',
  name: {
    vi: 'Thù lao tin, bài Cổng thông tin điện tử Bộ Tư pháp (Quyết định 1991/QĐ-BTP năm 2013)',
    en: 'Payments for items of the Ministry of Justice portal (Decision 1991/QD-BTP, 2013)',
  },
  citation: BTP,
  unitShare: 10,
  unitShareCitation: { id: 'ND-18-2014/7.2', note: 'QĐ 1991/QĐ-BTP: coefficient × 10 % of the base salary' },
  genres: [
    {
      id: 'tin',
      name: { vi: 'Tin', en: 'News item' },
      unit: 'length',
      lengthUnit: HALF_A4,
      max: 5,
      grades: grades(0.7, 0.5, 0.3),
      group: 1,
      citation: BTP,
    },
    {
      id: 'minh-hoa',
      name: { vi: 'Ảnh, tranh minh họa', en: 'Illustration' },
      unit: 'length',
      lengthUnit: { vi: 'bức', en: 'picture' },
      max: 5,
      grades: grades(0.7, 0.5, 0.3),
      group: 2,
      citation: BTP,
    },
    {
      id: 'tra-loi-ban-doc',
      name: { vi: 'Trả lời bạn đọc', en: 'Reply to readers' },
      unit: 'length',
      lengthUnit: HALF_A4,
      max: 7,
      grades: grades(1, 0.7, 0.4),
      group: 1,
      citation: BTP,
    },
  ],
  modifiers: [],
  sites: [],
  cap: ND18_2014_CAP,
  remunerationRoles: ND18_2014_REMUNERATION_ROLES,
  // A table applying Decree 18/2014's unit and maxima: it loses its basis for work commissioned from 2026-09-01
  // (ND 287/2026 Art. 20.2, 21.2) unless the issuer reissues it (the caller supplies `reissuedBasis`).
  legalBasis: 'nd18-2014',
  incentiveGrounds: [],
};
