import type { HostnameException, HostnameService, ReservedLabel } from '../../domains/index.js';

/**
 * The service host names every provincial scheme shares: the portal's `www`, the English channel `english`
 * (VP-32-2023/3.3 names Vĩnh Phúc's; other provinces use the same shape by convention, not by a rule), the
 * public-service portal `dichvucong` and its English `e-services` (Thông tư 01/2018/TT-VPCP Art. 16).
 *
 * @example
 * ```ts
 * import { HOSTNAME_SERVICES } from 'vn-portal-kit/profiles';
 * HOSTNAME_SERVICES.map((s) => s.label) //=> ['www', 'english', 'dichvucong', 'e-services']
 * ```
 */
export const HOSTNAME_SERVICES: readonly HostnameService[] = [
  {
    id: 'portal',
    label: 'www',
    under: ['province', 'ministry'],
    name: { vi: 'Cổng thông tin điện tử (kênh tiếng Việt)', en: 'E-portal (Vietnamese channel)' },
    citation: {
      id: 'VP-32-2023/3.3',
      note: 'www.vinhphuc.gov.vn; also TN-40-2012/7.2 www.thainguyen.gov.vn: the common convention',
    },
  },
  {
    id: 'english',
    label: 'english',
    under: ['province', 'ministry'],
    name: { vi: 'Kênh tiếng Anh của Cổng', en: 'English channel of the portal' },
    citation: {
      id: 'VP-32-2023/3.3',
      note: 'a literal address of Vĩnh Phúc; other provinces use the same shape by convention, not by a rule',
    },
  },
  {
    id: 'public-services',
    label: 'dichvucong',
    under: ['province', 'ministry'],
    name: { vi: 'Cổng dịch vụ công', en: 'Public-service portal' },
    citation: { id: 'TT-01-2018/16', note: 'Thông tư 01/2018/TT-VPCP Art. 16: dichvucong.<tỉnh>.gov.vn' },
  },
  {
    id: 'e-services',
    label: 'e-services',
    under: ['province', 'ministry'],
    name: { vi: 'Cổng dịch vụ công (tiếng Anh)', en: 'Public-service portal (English)' },
    citation: { id: 'TT-01-2018/16', note: 'Thông tư 01/2018/TT-VPCP Art. 16: e-services.<province>.gov.vn' },
  },
];

/**
 * Ho Chi Minh City's host name `hochiminhcity.gov.vn`, the one exception to "full name of the province
 * without diacritics" (ND 43/2011 Art. 6, ND 224/2026 Art. 11.4).
 *
 * @example
 * ```ts
 * import { HOCHIMINHCITY_EXCEPTION } from 'vn-portal-kit/profiles';
 * HOCHIMINHCITY_EXCEPTION.label //=> 'hochiminhcity'
 * ```
 */
export const HOCHIMINHCITY_EXCEPTION: HostnameException = {
  kind: 'province',
  codes: ['79'],
  names: ['hochiminh'],
  label: 'hochiminhcity',
  citation: { id: 'ND-224-2026/11.4', note: 'as ND-43-2011/6 before it' },
};

/**
 * Technical labels no portal or unit should take (mail, name servers, ...), and the provincial gazette
 * `congbao` (VP-32-2023/5.18.a: congbao.vinhphuc.gov.vn).
 *
 * @example
 * ```ts
 * import { COMMON_RESERVED_LABELS } from 'vn-portal-kit/profiles';
 * COMMON_RESERVED_LABELS.some((r) => r.label === 'mail') //=> true
 * ```
 */
export const COMMON_RESERVED_LABELS: readonly ReservedLabel[] = [
  ...['mail', 'webmail', 'email', 'smtp', 'imap', 'pop', 'pop3', 'mx', 'autodiscover'].map(
    (label): ReservedLabel => ({ label, reason: { vi: 'Dịch vụ thư điện tử', en: 'E-mail service' } }),
  ),
  ...['ns', 'ns1', 'ns2', 'ns3', 'ns4', 'dns'].map(
    (label): ReservedLabel => ({ label, reason: { vi: 'Máy chủ tên miền', en: 'Name server' } }),
  ),
  ...['ftp', 'vpn', 'api', 'cdn', 'static', 'sso', 'admin', 'localhost'].map(
    (label): ReservedLabel => ({ label, reason: { vi: 'Dịch vụ kỹ thuật', en: 'Technical service' } }),
  ),
  {
    label: 'congbao',
    reason: { vi: 'Công báo điện tử của tỉnh', en: 'The province’s electronic gazette' },
    citation: { id: 'VP-32-2023/5.18.a' },
  },
];
