import type { HostnameScheme } from '../../domains/index.js';
import {
  COMMON_RESERVED_LABELS,
  CONVENTIONAL_LABEL,
  HOCHIMINHCITY_EXCEPTION,
  hostnameServices,
} from './common.js';

/**
 * Host names under Nghị định 224/2026/NĐ-CP Art. 11.4 (from 2026-07-01): ministries `tenbonganh.gov.vn`
 * and their units `tendonvi.tenbonganh.gov.vn`; provinces `tentinhthanh.gov.vn` (`hochiminhcity.gov.vn`);
 * departments `tencoquan.tentinhthanh.gov.vn` (abbreviation or full name without diacritics, or English);
 * communes `tenphuongxa.tentinhthanh.gov.vn`, the full name of the commune or ward without diacritics, at the
 * 4th level directly under the province (two-tier local government since 2025-07-01).
 *
 * @example
 * ```ts
 * import { HOSTNAMES_ND_224_2026 } from 'vn-portal-kit/profiles';
 * HOSTNAMES_ND_224_2026.rules.find((r) => r.kind === 'commune')?.level //=> 4
 * ```
 */
export const HOSTNAMES_ND_224_2026: HostnameScheme = {
  id: 'ND-224-2026',
  name: { vi: 'Tên miền theo Nghị định 224/2026/NĐ-CP', en: 'Host names under Decree 224/2026/ND-CP' },
  citation: { id: 'ND-224-2026/11.4' },
  validFrom: '2026-07-01',
  suffix: 'gov.vn',
  rules: [
    {
      kind: 'ministry',
      pattern: 'tenbonganh.gov.vn',
      level: 3,
      under: [],
      strategies: ['auto', 'initials', 'full', 'english'],
      citation: { id: 'ND-224-2026/11.4' },
    },
    {
      kind: 'ministry-unit',
      pattern: 'tendonvi.tenbonganh.gov.vn',
      level: 4,
      under: ['ministry'],
      strategies: ['auto', 'initials', 'full', 'english'],
      citation: { id: 'ND-224-2026/11.4' },
    },
    {
      kind: 'province',
      pattern: 'tentinhthanh.gov.vn',
      level: 3,
      under: [],
      strategies: ['full'],
      citation: { id: 'ND-224-2026/11.4' },
    },
    {
      kind: 'department',
      pattern: 'tencoquan.tentinhthanh.gov.vn',
      level: 4,
      under: ['province'],
      strategies: ['auto', 'initials', 'full', 'english'],
      citation: { id: 'ND-224-2026/11.4' },
    },
    {
      kind: 'agency',
      pattern: 'tencoquan.tentinhthanh.gov.vn',
      level: 4,
      under: ['province'],
      strategies: ['auto', 'initials', 'full', 'english'],
      citation: { id: 'ND-224-2026/11.4' },
    },
    {
      kind: 'commune',
      pattern: 'tenphuongxa.tentinhthanh.gov.vn',
      level: 4,
      under: ['province'],
      strategies: ['full'],
      citation: { id: 'ND-224-2026/11.4' },
    },
  ],
  services: hostnameServices(
    { id: 'ND-224-2026/11.4', note: CONVENTIONAL_LABEL },
    { id: 'ND-224-2026/11.4', note: CONVENTIONAL_LABEL },
  ),
  exceptions: [HOCHIMINHCITY_EXCEPTION],
  reservedLabels: COMMON_RESERVED_LABELS,
};
