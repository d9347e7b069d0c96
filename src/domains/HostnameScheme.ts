import type { Citation, CivilDate, LocalizedText } from '../core/index.js';

/**
 * The kinds of body a government host name can belong to.
 *
 * - `ministry`: a ministry or ministry-level body (bộ, ngành): `tenbonganh.gov.vn`;
 * - `ministry-unit`: a unit of a ministry (đơn vị thuộc bộ): `tendonvi.tenbonganh.gov.vn`;
 * - `province`: a province or centrally-run city (tỉnh, thành phố trực thuộc trung ương);
 * - `department`: a specialised agency of the provincial People's Committee (sở, ban, ngành);
 * - `agency`: another provincial body or unit (trung tâm, đơn vị sự nghiệp, ...);
 * - `district`: a district-level unit (huyện, quận, thị xã, thành phố thuộc tỉnh; abolished 2025-07-01);
 * - `commune`: a commune-level unit (xã, phường, thị trấn, đặc khu).
 *
 * @example
 * ```ts
 * import type { HostnameUnitKind } from 'vn-portal-kit/domains';
 * const kind: HostnameUnitKind = 'commune';
 * kind //=> 'commune'
 * ```
 */
export type HostnameUnitKind =
  | 'ministry'
  | 'ministry-unit'
  | 'province'
  | 'department'
  | 'agency'
  | 'district'
  | 'commune';

/**
 * How a label is made from a name:
 *
 * - `full`: the full name without its unit-type word, folded and joined (`Đạo Trù` → `daotru`; with a
 *   type prefix for agencies: `Sở Tư pháp` → `sotuphap`);
 * - `initials`: the initials of the content syllables, dropping "và", "các" and punctuation, after a type
 *   prefix (`so`, `s` or none: `sotttt`, `skhdt`, `nnptnt`);
 * - `auto`: the default of local practice (labels observed on provincial portals): type prefix + whole syllables when the name
 *   has at most two content syllables (`sonoivu`), otherwise type prefix + initials (`sotttt`);
 * - `english`: the initials (or the single word) of an English name the caller supplies (`doj`, `dost`);
 * - `literal`: a label fixed by the regulation itself (an exception such as `hochiminhcity`, a service
 *   name such as `dichvucong`).
 *
 * @example
 * ```ts
 * import type { LabelStrategy } from 'vn-portal-kit/domains';
 * const s: LabelStrategy = 'auto';
 * s //=> 'auto'
 * ```
 */
export type LabelStrategy = 'full' | 'initials' | 'auto' | 'english' | 'literal';

/**
 * The prefix placed before an agency's label, standing for its type word (`Sở` → `so` or `s`, `Ban` →
 * `ban` or `b`), or no prefix at all (`none`).
 *
 * @example
 * ```ts
 * import type { LabelPrefixStyle } from 'vn-portal-kit/domains';
 * const p: LabelPrefixStyle = 'short';
 * p //=> 'short'
 * ```
 */
export type LabelPrefixStyle = 'word' | 'short' | 'none';

/**
 * A worked example given by a regulation: the name and the host name it prescribes. Validators must accept
 * every official example (e.g. TN-40-2012/7.2's `sokhdt`, an abbreviation under a "full name" rule).
 *
 * @example
 * ```ts
 * import type { HostnameExample } from 'vn-portal-kit/domains';
 * const e: HostnameExample = { name: 'xã Đạo Trù', parents: ['Tam Đảo', 'Vĩnh Phúc'], hostname: 'daotru.tamdao.vinhphuc.gov.vn' };
 * e.hostname.split('.').length //=> 5
 * ```
 */
export interface HostnameExample {
  /** The name of the unit, as the regulation writes it. */
  readonly name: string;
  /** The names of its parents, nearest first (district, then province), when the example has any. */
  readonly parents?: readonly string[];
  /** The host name the regulation gives. */
  readonly hostname: string;
}

/**
 * The rule of one kind of unit in a {@link HostnameScheme}: where its label sits, how deep, and how it is
 * made.
 *
 * The level counts the labels of the host name including `gov` and `vn`, as Vietnamese regulations do
 * ("tên miền cấp 4" = `sotttt.vinhphuc.gov.vn`).
 *
 * @example
 * ```ts
 * import type { HostnameRule } from 'vn-portal-kit/domains';
 * const rule: HostnameRule = {
 *   kind: 'commune',
 *   pattern: 'tenphuongxa.tentinhthanh.gov.vn',
 *   level: 4,
 *   under: ['province'],
 *   strategies: ['full'],
 *   citation: { id: 'ND-224-2026/11.4' },
 * };
 * rule.level //=> 4
 * ```
 */
export interface HostnameRule {
  /** The kind of unit this rule names. */
  readonly kind: HostnameUnitKind;
  /** The pattern as the regulation writes it, e.g. `'tencoquan.tentinhthanh.gov.vn'`. */
  readonly pattern: string;
  /** Number of labels of the host name, `gov` and `vn` included (4 for `sotttt.vinhphuc.gov.vn`). */
  readonly level: number;
  /**
   * `true` when the regulation sets a minimum ("tối thiểu tên miền cấp 4", VP-32-2023/3.4.a): deeper names
   * are accepted too.
   */
  readonly levelIsMinimum?: boolean;
  /** The kinds of the parent labels between this label and the suffix, nearest first (`['district', 'province']`). */
  readonly under: readonly HostnameUnitKind[];
  /** The label strategies the rule allows, preferred first; the first is the default. */
  readonly strategies: readonly LabelStrategy[];
  /** Whether the unit-type word (xã, phường, huyện, tỉnh, ...) is left out of `full` labels. Default `true`. */
  readonly stripTypeWord?: boolean;
  /** The prefix styles local practice uses with `initials` and `auto`, preferred first. Default `['word', 'short', 'none']`. */
  readonly prefixStyles?: readonly LabelPrefixStyle[];
  /** The provision the rule comes from. */
  readonly citation: Citation;
  /** The regulation's own examples (always accepted by the validator). */
  readonly examples?: readonly HostnameExample[];
  /** A remark on how the rule is read. */
  readonly note?: LocalizedText;
}

/**
 * A service host name a scheme fixes, e.g. the public-service portal `dichvucong.<province>.gov.vn`
 * (TT 01/2018/TT-VPCP Art. 16) or the portal's `www`.
 *
 * @example
 * ```ts
 * import type { HostnameService } from 'vn-portal-kit/domains';
 * const s: HostnameService = {
 *   id: 'public-services',
 *   label: 'dichvucong',
 *   under: ['province'],
 *   name: { vi: 'Cổng dịch vụ công', en: 'Public-service portal' },
 *   citation: { id: 'TT-01-2018-VPCP/16' },
 * };
 * s.label //=> 'dichvucong'
 * ```
 */
export interface HostnameService {
  /** Stable id of the service: `'portal'`, `'english'`, `'public-services'`, `'e-services'`, ... */
  readonly id: string;
  /** The label, e.g. `'www'`. */
  readonly label: string;
  /** The kinds of unit the service label may sit under (the nearest parent's kind). */
  readonly under: readonly HostnameUnitKind[];
  /** What the service is. */
  readonly name: LocalizedText;
  /** The provision that names it. */
  readonly citation: Citation;
}

/**
 * A label a scheme fixes for one named unit instead of the general rule, e.g. Ho Chi Minh City's
 * `hochiminhcity` (ND-43-2011/6, ND-224-2026/11.4). A unit matches when its code is in `codes` or its folded
 * bare name (type word removed) is in `names`.
 *
 * @example
 * ```ts
 * import type { HostnameException } from 'vn-portal-kit/domains';
 * const x: HostnameException = { kind: 'province', names: ['hochiminh'], label: 'hochiminhcity', citation: { id: 'ND-224-2026/11.4' } };
 * x.label //=> 'hochiminhcity'
 * ```
 */
export interface HostnameException {
  /** The kind of unit it applies to. */
  readonly kind: HostnameUnitKind;
  /** Unit codes it applies to (e.g. the statistics office code `'79'`). */
  readonly codes?: readonly string[];
  /** Folded bare names it applies to (lowercase ASCII, no type word, no spaces: `'hochiminh'`). */
  readonly names?: readonly string[];
  /** The label to use. */
  readonly label: string;
  /** The provision that sets it. */
  readonly citation: Citation;
}

/**
 * A label no unit may take under a scheme: service names (`www`, `english`, `dichvucong`, `e-services`) and
 * technical names (`mail`, `ns1`, ...).
 *
 * @example
 * ```ts
 * import type { ReservedLabel } from 'vn-portal-kit/domains';
 * const r: ReservedLabel = { label: 'mail', reason: { vi: 'Máy chủ thư điện tử', en: 'Mail server' } };
 * r.label //=> 'mail'
 * ```
 */
export interface ReservedLabel {
  /** The label. */
  readonly label: string;
  /** Why it is reserved. */
  readonly reason: LocalizedText;
  /** The provision that reserves it, when one does. */
  readonly citation?: Citation;
}

/**
 * A host-name scheme as data: the regulation's rules for each kind of unit, its service names, its
 * exceptions and reserved labels, and the dates it applies. The generic engine (`buildHostname`,
 * `validateHostname`, `planHostnames`) reads only this; the regulations themselves live in
 * `vn-portal-kit/profiles`.
 *
 * @example
 * ```ts
 * import type { HostnameScheme } from 'vn-portal-kit/domains';
 * const scheme: HostnameScheme = {
 *   id: 'EXAMPLE',
 *   name: { vi: 'Ví dụ', en: 'Example' },
 *   citation: { id: 'ND-224-2026/11.4' },
 *   suffix: 'gov.vn',
 *   rules: [
 *     { kind: 'province', pattern: 'tentinhthanh.gov.vn', level: 3, under: [], strategies: ['full'], citation: { id: 'ND-224-2026/11.4' } },
 *     { kind: 'commune', pattern: 'tenphuongxa.tentinhthanh.gov.vn', level: 4, under: ['province'], strategies: ['full'], citation: { id: 'ND-224-2026/11.4' } },
 *   ],
 *   services: [],
 *   exceptions: [],
 *   reservedLabels: [],
 * };
 * scheme.rules.length //=> 2
 * ```
 */
export interface HostnameScheme {
  /** Stable id, usually the regulation's id (`'ND-224-2026'`, `'VP-32-2023'`). */
  readonly id: string;
  /** Human name of the scheme. */
  readonly name: LocalizedText;
  /** The provision the scheme as a whole comes from. */
  readonly citation: Citation;
  /** First civil day the scheme applies (inclusive). */
  readonly validFrom?: CivilDate;
  /** Last civil day the scheme applies (inclusive). */
  readonly validTo?: CivilDate;
  /** The registry suffix every host name ends with, without dots at the ends: `'gov.vn'`. */
  readonly suffix: string;
  /** One rule per kind of unit the scheme names. */
  readonly rules: readonly HostnameRule[];
  /** Service labels the scheme fixes (`www`, `english`, `dichvucong`, ...). */
  readonly services: readonly HostnameService[];
  /** Labels fixed for named units (`hochiminhcity`). */
  readonly exceptions: readonly HostnameException[];
  /** Labels no unit may take. Service labels are reserved too, whether or not listed here. */
  readonly reservedLabels: readonly ReservedLabel[];
}
