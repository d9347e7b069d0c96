import type { HostnameScheme } from '../../domains/index.js';
import { COMMON_RESERVED_LABELS, HOCHIMINHCITY_EXCEPTION, HOSTNAME_SERVICES } from './common.js';

/**
 * Vĩnh Phúc's host names (Quyết định 32/2023/QĐ-UBND Art. 3.3–3.4, in force 2023-10-01): the portal
 * `www.vinhphuc.gov.vn` and `english.vinhphuc.gov.vn`; departments at least 4th level, their abbreviation
 * in Vietnamese without diacritics or in English (`sotttt.vinhphuc.gov.vn`); districts 4th level, full name
 * (`vinhtuong.vinhphuc.gov.vn`); communes, wards and towns 5th level under their district
 * (`daotru.tamdao.vinhphuc.gov.vn`). The shape applies to three-tier data (districts ended 2025-07-01).
 *
 * @example
 * ```ts
 * import { HOSTNAMES_VP_32_2023 } from 'vn-portal-kit/profiles';
 * HOSTNAMES_VP_32_2023.rules.find((r) => r.kind === 'commune')?.under //=> ['district', 'province']
 * ```
 */
export const HOSTNAMES_VP_32_2023: HostnameScheme = {
  id: 'VP-32-2023',
  name: {
    vi: 'Tên miền theo Quyết định 32/2023/QĐ-UBND tỉnh Vĩnh Phúc',
    en: 'Host names under Vĩnh Phúc decision 32/2023/QĐ-UBND',
  },
  citation: { id: 'VP-32-2023/3.4' },
  validFrom: '2023-10-01',
  suffix: 'gov.vn',
  rules: [
    {
      kind: 'province',
      pattern: 'tentinhthanh.gov.vn',
      level: 3,
      under: [],
      strategies: ['full'],
      citation: { id: 'VP-32-2023/3.3' },
    },
    {
      kind: 'department',
      pattern: 'tencoquan.vinhphuc.gov.vn',
      level: 4,
      levelIsMinimum: true,
      under: ['province'],
      strategies: ['auto', 'initials', 'english'],
      citation: { id: 'VP-32-2023/3.4.a' },
      examples: [
        { name: 'Sở Thông tin và Truyền thông', parents: ['Vĩnh Phúc'], hostname: 'sotttt.vinhphuc.gov.vn' },
      ],
    },
    {
      kind: 'agency',
      pattern: 'tencoquan.vinhphuc.gov.vn',
      level: 4,
      levelIsMinimum: true,
      under: ['province'],
      strategies: ['auto', 'initials', 'english'],
      citation: { id: 'VP-32-2023/3.4.a' },
    },
    {
      kind: 'district',
      pattern: 'tenhuyen.vinhphuc.gov.vn',
      level: 4,
      under: ['province'],
      strategies: ['full'],
      citation: { id: 'VP-32-2023/3.4.b' },
      examples: [{ name: 'huyện Vĩnh Tường', parents: ['Vĩnh Phúc'], hostname: 'vinhtuong.vinhphuc.gov.vn' }],
    },
    {
      kind: 'commune',
      pattern: 'tenxaphuongthitran.tenhuyen.vinhphuc.gov.vn',
      level: 5,
      under: ['district', 'province'],
      strategies: ['full'],
      citation: { id: 'VP-32-2023/3.4.c' },
      examples: [
        { name: 'xã Đạo Trù', parents: ['Tam Đảo', 'Vĩnh Phúc'], hostname: 'daotru.tamdao.vinhphuc.gov.vn' },
      ],
      note: {
        vi: 'Huyện Tam Đảo của ví dụ được suy ra từ nhãn tamdao',
        en: 'The example’s district, Tam Đảo, is inferred from the label tamdao',
      },
    },
  ],
  services: HOSTNAME_SERVICES,
  exceptions: [HOCHIMINHCITY_EXCEPTION],
  reservedLabels: COMMON_RESERVED_LABELS,
};
