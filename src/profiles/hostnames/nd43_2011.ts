import type { HostnameScheme } from '../../domains/index.js';
import {
  COMMON_RESERVED_LABELS,
  CONVENTIONAL_LABEL,
  HOCHIMINHCITY_EXCEPTION,
  hostnameServices,
} from './common.js';

/**
 * Host names under Nghị định 43/2011/NĐ-CP Art. 6 (2011-10-01 → 2022-08-14): province
 * `tentinhthanh.gov.vn` (full name without diacritics; `hochiminhcity.gov.vn`), departments at least
 * `tencoquan.tentinhthanh.gov.vn` (abbreviation or name without diacritics, or English), districts
 * `tenquanhuyen.tentinhthanh.gov.vn`. No commune rule.
 *
 * @example
 * ```ts
 * import { HOSTNAMES_ND_43_2011 } from 'vn-portal-kit/profiles';
 * HOSTNAMES_ND_43_2011.rules.map((r) => r.kind) //=> ['province', 'department', 'agency', 'district']
 * ```
 */
export const HOSTNAMES_ND_43_2011: HostnameScheme = {
  id: 'ND-43-2011',
  name: { vi: 'Tên miền theo Nghị định 43/2011/NĐ-CP', en: 'Host names under Decree 43/2011/ND-CP' },
  citation: { id: 'ND-43-2011/6' },
  validFrom: '2011-10-01',
  validTo: '2022-08-14',
  suffix: 'gov.vn',
  rules: [
    {
      kind: 'province',
      pattern: 'tentinhthanh.gov.vn',
      level: 3,
      under: [],
      strategies: ['full'],
      citation: { id: 'ND-43-2011/6' },
    },
    {
      kind: 'department',
      pattern: 'tencoquan.tentinhthanh.gov.vn',
      level: 4,
      levelIsMinimum: true,
      under: ['province'],
      // Art. 6 (facts/domains.md): the department label is its abbreviation, in Vietnamese without diacritics or
      // in English, not its full name. A ministry rule is not in the vendored text, so none is encoded here.
      strategies: ['auto', 'initials', 'english'],
      citation: { id: 'ND-43-2011/6' },
    },
    {
      kind: 'agency',
      pattern: 'tencoquan.tentinhthanh.gov.vn',
      level: 4,
      levelIsMinimum: true,
      under: ['province'],
      strategies: ['auto', 'initials', 'english'],
      citation: { id: 'ND-43-2011/6' },
    },
    {
      kind: 'district',
      pattern: 'tenquanhuyen.tentinhthanh.gov.vn',
      level: 4,
      under: ['province'],
      strategies: ['full'],
      citation: { id: 'ND-43-2011/6' },
      examples: [{ name: 'huyện Như Xuân', parents: ['Thanh Hóa'], hostname: 'nhuxuan.thanhhoa.gov.vn' }],
      note: {
        vi: 'Ví dụ nhuxuan.thanhhoa.gov.vn theo Quyết định 2112/QĐ-UBND của huyện Như Xuân (NX-2112-2022/3)',
        en: 'Example nhuxuan.thanhhoa.gov.vn from Như Xuân district decision 2112/QĐ-UBND (NX-2112-2022/3)',
      },
    },
  ],
  services: hostnameServices(
    { id: 'ND-43-2011/6', note: CONVENTIONAL_LABEL },
    { id: 'ND-43-2011/6', note: CONVENTIONAL_LABEL },
  ),
  exceptions: [{ ...HOCHIMINHCITY_EXCEPTION, citation: { id: 'ND-43-2011/6' } }],
  reservedLabels: COMMON_RESERVED_LABELS,
};
