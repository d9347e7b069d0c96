/**
 * Host names for government portals and sub-portals under `.gov.vn`: Vietnamese names folded to DNS labels,
 * ranked label candidates with the strategy behind each, host names built from a regulation's scheme
 * (ND 43/2011 Art. 6, ND 224/2026 Art. 11.4, provincial overlays), RFC 1035/1123/5891 validation, and
 * collision-free planning of a whole province. The schemes themselves are data in `vn-portal-kit/profiles`.
 *
 * @packageDocumentation
 * @module domains
 */

export {
  type BuildHostnameInput,
  type BuiltHostname,
  buildHostname,
  type HostnameLabelSource,
} from './buildHostname.js';
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
export type { HostnameUnit } from './HostnameUnit.js';
export {
  type CollisionPolicy,
  type HostnameAssignment,
  type HostnameCollision,
  type HostnamePlan,
  type PlanHostnamesOptions,
  type PlanUnit,
  planHostnames,
} from './planHostnames.js';
export { type LabelCandidate, type SuggestLabelsOptions, suggestLabels } from './suggestLabels.js';
export { type ToDnsLabelOptions, toDnsLabel } from './toDnsLabel.js';
export { type HostnameInfo, type ValidateHostnameOptions, validateHostname } from './validateHostname.js';
