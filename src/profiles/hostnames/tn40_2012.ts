import type { HostnameScheme } from '../../domains/index.js';
import { COMMON_RESERVED_LABELS, HOCHIMINHCITY_EXCEPTION, hostnameServices } from './common.js';

/**
 * Thái Nguyên's host names (Quyết định 40/2012/QĐ-UBND Art. 7.2, in force 2012-11-16): the portal
 * `www.thainguyen.gov.vn`; sub-portals of departments, districts and units at the 4th level, "the full name
 * written together, Vietnamese without diacritics" + `.thainguyen.gov.vn`: `phoyen.thainguyen.gov.vn`
 * (huyện Phổ Yên), `sokhdt.thainguyen.gov.vn` (Sở Kế hoạch và Đầu tư). The rule says "full name" but its own
 * example `sokhdt` is an abbreviation. Departments and units therefore rank the `auto` label first (it gives
 * the official `sokhdt`, and the whole name for short names such as `sotuphap`), then the full name.
 *
 * @example
 * ```ts
 * import { HOSTNAMES_TN_40_2012 } from 'vn-portal-kit/profiles';
 * HOSTNAMES_TN_40_2012.rules.find((r) => r.kind === 'department')?.strategies //=> ['auto', 'full', 'initials']
 * ```
 */
export const HOSTNAMES_TN_40_2012: HostnameScheme = {
  id: 'TN-40-2012',
  name: {
    vi: 'Tên miền theo Quyết định 40/2012/QĐ-UBND tỉnh Thái Nguyên',
    en: 'Host names under Thái Nguyên decision 40/2012/QĐ-UBND',
  },
  citation: { id: 'TN-40-2012/7.2' },
  validFrom: '2012-11-16',
  suffix: 'gov.vn',
  rules: [
    {
      kind: 'province',
      pattern: 'tentinhthanh.gov.vn',
      level: 3,
      under: [],
      strategies: ['full'],
      citation: { id: 'TN-40-2012/7.2' },
    },
    {
      kind: 'department',
      pattern: 'tencoquan.thainguyen.gov.vn',
      level: 4,
      under: ['province'],
      strategies: ['auto', 'full', 'initials'],
      prefixStyles: ['word'],
      citation: {
        id: 'TN-40-2012/7.2',
        note: 'the text says "full name" but its own example sokhdt is an abbreviation: auto (which gives sokhdt) first, full name second',
      },
      examples: [
        { name: 'Sở Kế hoạch và Đầu tư', parents: ['Thái Nguyên'], hostname: 'sokhdt.thainguyen.gov.vn' },
      ],
    },
    {
      kind: 'agency',
      pattern: 'tencoquan.thainguyen.gov.vn',
      level: 4,
      under: ['province'],
      strategies: ['auto', 'full', 'initials'],
      citation: { id: 'TN-40-2012/7.2' },
    },
    {
      kind: 'district',
      pattern: 'tenhuyen.thainguyen.gov.vn',
      level: 4,
      under: ['province'],
      strategies: ['full'],
      citation: { id: 'TN-40-2012/7.2' },
      examples: [{ name: 'Huyện Phổ Yên', parents: ['Thái Nguyên'], hostname: 'phoyen.thainguyen.gov.vn' }],
    },
  ],
  // TN-40-2012/7.2: "Địa chỉ truy cập ... Cổng thông tin tỉnh là: http://www.thainguyen.gov.vn"; the text names no
  // English address (7.1: English is translated "khi có đủ điều kiện"), so `english` is only the convention.
  services: hostnameServices(
    { id: 'TN-40-2012/7.2', note: 'http://www.thainguyen.gov.vn' },
    {
      id: 'TN-40-2012/7.1',
      note: 'English when conditions allow; the english label is a convention, not named by the text',
    },
  ),
  exceptions: [HOCHIMINHCITY_EXCEPTION],
  reservedLabels: COMMON_RESERVED_LABELS,
};
