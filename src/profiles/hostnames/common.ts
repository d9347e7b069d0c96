import type { Citation } from '../../core/index.js';
import type { HostnameException, HostnameService, ReservedLabel } from '../../domains/index.js';

/**
 * The service host names of a scheme: the portal's `www`, the English channel `english`, the public-service
 * portal `dichvucong` and its English `e-services` (Thông tư 01/2018/TT-VPCP Art. 16). `www` and `english` rest on
 * the scheme's own text: Vĩnh Phúc names both (VP-32-2023/3.3: "Kênh tiếng Việt: http://www.vinhphuc.gov.vn; Kênh
 * tiếng Anh: http://english.vinhphuc.gov.vn"), Thái Nguyên names `www` (TN-40-2012/7.2). The national decrees set
 * the portal's domain (ND 43/2011 Art. 6, ND 224/2026 Art. 11.4) but name neither label, so the national schemes
 * cite the domain provision with a note that the labels are a convention, never a provincial regulation.
 *
 * @example
 * ```ts
 * import { hostnameServices } from 'vn-portal-kit/profiles';
 * const s = hostnameServices({ id: 'ND-224-2026/11.4' }, { id: 'ND-224-2026/11.4' });
 * s.map((x) => [x.label, x.citation.id]) //=> [['www', 'ND-224-2026/11.4'], ['english', 'ND-224-2026/11.4'], ['dichvucong', 'TT-01-2018/16'], ['e-services', 'TT-01-2018/16']]
 * ```
 */
export function hostnameServices(portal: Citation, english: Citation): readonly HostnameService[] {
  return [
    {
      id: 'portal',
      label: 'www',
      under: ['province', 'ministry'],
      name: { vi: 'Cổng thông tin điện tử (kênh tiếng Việt)', en: 'E-portal (Vietnamese channel)' },
      citation: portal,
    },
    {
      id: 'english',
      label: 'english',
      under: ['province', 'ministry'],
      name: { vi: 'Kênh tiếng Anh của Cổng', en: 'English channel of the portal' },
      citation: english,
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
      citation: {
        id: 'TT-01-2018/16',
        note: 'Thông tư 01/2018/TT-VPCP Art. 16: e-services.<province>.gov.vn',
      },
    },
  ];
}

/** The note of a national scheme's `www`/`english`: the decree sets the domain, not these labels. */
export const CONVENTIONAL_LABEL =
  'the decree sets the portal domain (<tỉnh>.gov.vn); the www and english labels under it are a common convention, not named by the decree';

/**
 * The service host names of Vĩnh Phúc's scheme (VP-32-2023/3.3 names `www` and `english`), kept as the default
 * export of the earlier API; each scheme now builds its own with {@link hostnameServices}.
 *
 * @example
 * ```ts
 * import { HOSTNAME_SERVICES } from 'vn-portal-kit/profiles';
 * HOSTNAME_SERVICES.map((s) => s.label) //=> ['www', 'english', 'dichvucong', 'e-services']
 * ```
 */
export const HOSTNAME_SERVICES: readonly HostnameService[] = hostnameServices(
  { id: 'VP-32-2023/3.3', note: 'Kênh tiếng Việt: http://www.vinhphuc.gov.vn' },
  { id: 'VP-32-2023/3.3', note: 'Kênh tiếng Anh: http://english.vinhphuc.gov.vn' },
);

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
