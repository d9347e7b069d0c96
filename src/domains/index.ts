/**
 * Host names for government portals and sub-portals under `.gov.vn`: Vietnamese names folded to DNS labels,
 * ranked label candidates with the strategy behind each, host names built from a regulation's scheme
 * (ND 43/2011 Art. 6, ND 224/2026 Art. 11.4, provincial overlays), RFC 1035/1123/5891 validation, and
 * collision-free planning of a whole province. The schemes themselves are data in `vn-portal-kit/profiles`.
 *
 * @packageDocumentation
 * @module domains
 */
export type {
  HostnameExample,
  HostnameException,
  HostnameRule,
  HostnameScheme,
  HostnameService,
  HostnameUnitKind,
  LabelPrefixStyle,
  LabelStrategy,
  ReservedLabel,
} from './HostnameScheme.js';
