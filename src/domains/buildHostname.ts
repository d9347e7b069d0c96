import {
  type Citation,
  createIssue,
  type DateInput,
  err,
  type Issue,
  type LocalizedText,
  localized,
  ok,
  type Result,
} from '../core/index.js';
import { currentProvinceName, PROVINCE_MERGER_DATE } from '../units/formerProvinces.js';
import { checkLabel, MAX_HOSTNAME_LENGTH } from './_lib/checkLabel.js';
import { kindNotInScheme } from './_lib/kindNotInScheme.js';
import { checkSchemeDate, findRule, reservedReason, resolveLabel } from './_lib/resolveLabel.js';
import type { HostnameScheme, LabelPrefixStyle, LabelStrategy } from './HostnameScheme.js';
import type { HostnameUnit } from './HostnameUnit.js';

/**
 * Where an assigned label came from: a {@link LabelStrategy}, or `pinned` (the unit's own `label`),
 * `override` (an override table), `previous` (a label already in use), `type-prefix` and `numeric-suffix`
 * (collision resolution in `planHostnames`).
 *
 * @example
 * ```ts
 * import type { HostnameLabelSource } from 'vn-portal-kit/domains';
 * const s: HostnameLabelSource = 'numeric-suffix';
 * s //=> 'numeric-suffix'
 * ```
 */
export type HostnameLabelSource =
  | LabelStrategy
  | 'pinned'
  | 'override'
  | 'previous'
  | 'type-prefix'
  | 'numeric-suffix';

/**
 * Input of {@link buildHostname}.
 *
 * @example
 * ```ts
 * import { type BuildHostnameInput, buildHostname } from 'vn-portal-kit/domains';
 * import { HOSTNAMES_ND_224_2026 } from 'vn-portal-kit/profiles';
 * const input: BuildHostnameInput = {
 *   unit: { name: 'Xã Phổ Yên', kind: 'commune' },
 *   parents: [{ name: 'Tỉnh Thái Nguyên', kind: 'province' }],
 *   scheme: HOSTNAMES_ND_224_2026,
 * };
 * const r = buildHostname(input);
 * r.ok && r.value.hostname //=> 'phoyen.thainguyen.gov.vn'
 * ```
 */
export interface BuildHostnameInput {
  /** The unit to name. Give either `unit` or `service`. */
  readonly unit?: HostnameUnit;
  /** A service of the scheme, by id (`'public-services'`) or label (`'dichvucong'`), under `parents[0]`. */
  readonly service?: string;
  /** The units the label sits under, nearest first (`[district, province]`), as the scheme's rule says. */
  readonly parents?: readonly HostnameUnit[];
  /** The host-name scheme (from `vn-portal-kit/profiles`, or your own). */
  readonly scheme: HostnameScheme;
  /** The day the name is for: a warning when the scheme is not in force then. */
  readonly asOf?: DateInput;
  /** Force one strategy for the unit's own label (default: the rule's first). */
  readonly strategy?: LabelStrategy;
  /** Force one prefix style for the unit's own label. */
  readonly prefixStyle?: LabelPrefixStyle;
}

/**
 * A host name and how it was made.
 *
 * @example
 * ```ts
 * import type { BuiltHostname } from 'vn-portal-kit/domains';
 * const b: Pick<BuiltHostname, 'hostname' | 'level'> = { hostname: 'daotru.tamdao.vinhphuc.gov.vn', level: 5 };
 * b.level //=> 5
 * ```
 */
export interface BuiltHostname {
  /** The host name, lowercase, without a trailing dot. */
  readonly hostname: string;
  /** Its labels, left to right. */
  readonly labels: readonly string[];
  /** Number of labels (`gov` and `vn` included): the "cấp" of the name. */
  readonly level: number;
  /** The unit's (or service's) own label. */
  readonly label: string;
  /** Where that label came from. */
  readonly strategy: HostnameLabelSource;
  /** Why, in Vietnamese and English. */
  readonly reason: LocalizedText;
  /** The provision behind the shape. */
  readonly citation: Citation;
  /** The scheme's id. */
  readonly schemeId: string;
}

/**
 * Builds the host name of a unit (or of a service such as `dichvucong`) under a scheme: the unit's label (its
 * pinned `label`, the scheme's exception such as `hochiminhcity`, or the best candidate of the rule's
 * strategies), then the labels of its parents as the rule places it (`under`), then the suffix. Returns
 * issues, never throws: a kind the scheme has no rule for, parents that do not match the rule, a reserved or
 * invalid label, a name over 253 characters.
 *
 * @see ND-224-2026/11.4, ND-43-2011/6, VP-32-2023/3.4, TN-40-2012/7.2
 *
 * @param input - {@link BuildHostnameInput}
 * @returns the host name with its strategy and reason
 *
 * @example
 * ```ts
 * import { unwrap } from 'vn-portal-kit/core';
 * import { buildHostname } from 'vn-portal-kit/domains';
 * import { HOSTNAMES_ND_224_2026, HOSTNAMES_VP_32_2023 } from 'vn-portal-kit/profiles';
 * const vinhPhuc = { name: 'Vĩnh Phúc', kind: 'province' } as const;
 * unwrap(buildHostname({ unit: { name: 'Sở Thông tin và Truyền thông', kind: 'department' }, parents: [vinhPhuc], scheme: HOSTNAMES_VP_32_2023 })).hostname //=> 'sotttt.vinhphuc.gov.vn'
 * unwrap(buildHostname({ unit: { name: 'xã Đạo Trù', kind: 'commune' }, parents: [{ name: 'huyện Tam Đảo', kind: 'district' }, vinhPhuc], scheme: HOSTNAMES_VP_32_2023 })).hostname //=> 'daotru.tamdao.vinhphuc.gov.vn'
 * unwrap(buildHostname({ unit: { name: 'Thành phố Hồ Chí Minh', kind: 'province' }, scheme: HOSTNAMES_ND_224_2026 })).hostname //=> 'hochiminhcity.gov.vn'
 * unwrap(buildHostname({ service: 'dichvucong', parents: [vinhPhuc], scheme: HOSTNAMES_VP_32_2023 })).hostname //=> 'dichvucong.vinhphuc.gov.vn'
 * buildHostname({ unit: { name: 'xã Đạo Trù', kind: 'commune' }, parents: [vinhPhuc], scheme: HOSTNAMES_VP_32_2023 }).ok //=> false
 * ```
 */
export function buildHostname(input: BuildHostnameInput): Result<BuiltHostname> {
  if (input === null || typeof input !== 'object' || input.scheme === undefined) {
    throw new TypeError('buildHostname: pass { unit | service, parents?, scheme } with a HostnameScheme');
  }
  const { scheme } = input;
  if (input.parents !== undefined && !Array.isArray(input.parents)) {
    return err([
      createIssue(
        'domains.parents-mismatch',
        localized(
          '“parents” phải là một mảng đơn vị cấp trên, gần nhất trước',
          '“parents” must be an array of the parent units, nearest first',
        ),
        { path: ['parents'] },
      ),
    ]);
  }
  const parents = input.parents ?? [];
  const dated = checkSchemeDate(scheme, input.asOf, ['asOf']);
  const issues: Issue[] = [...dated.issues];
  if (dated.failed) return err(issues);

  let own:
    | { label: string; strategy: HostnameLabelSource; reason: LocalizedText; citation: Citation }
    | undefined;
  let expectedParents: readonly string[];

  if (input.service !== undefined) {
    const service = scheme.services.find((s) => s.id === input.service || s.label === input.service);
    if (service === undefined) {
      issues.push(
        createIssue(
          'domains.service-unknown',
          localized(
            `Quy định ${scheme.id} không có dịch vụ “${input.service}”`,
            `The scheme ${scheme.id} has no service “${input.service}”`,
          ),
          { path: ['service'], details: { known: scheme.services.map((s) => s.id) } },
        ),
      );
      return err(issues);
    }
    const parent = parents[0];
    if (parent === undefined || !service.under.includes(parent.kind)) {
      issues.push(
        createIssue(
          'domains.parents-mismatch',
          localized(
            `Dịch vụ “${service.label}” phải nằm dưới: ${service.under.join(', ')}`,
            `Service “${service.label}” must sit under: ${service.under.join(', ')}`,
          ),
          { path: ['parents'], citation: service.citation },
        ),
      );
      return err(issues);
    }
    own = {
      label: service.label,
      strategy: 'literal',
      reason: localized(
        `Tên dịch vụ “${service.label}”: ${service.name.vi}`,
        `Service label “${service.label}”: ${service.name.en}`,
      ),
      citation: service.citation,
    };
    expectedParents = [parent.kind, ...(findRule(scheme, parent.kind)?.under ?? [])];
  } else {
    const unit = input.unit;
    if (unit === undefined || unit === null || typeof unit !== 'object') {
      issues.push(
        createIssue('domains.unit-missing', localized('Thiếu đơn vị cần đặt tên', 'No unit to name'), {
          path: ['unit'],
        }),
      );
      return err(issues);
    }
    const rule = findRule(scheme, unit.kind);
    if (rule === undefined) {
      issues.push(kindNotInScheme(scheme, unit.kind, ['unit', 'kind']));
      return err(issues);
    }
    expectedParents = rule.under;
    const resolved = resolveLabel(unit, scheme, ['unit'], {
      ...(input.strategy !== undefined ? { strategy: input.strategy } : {}),
      ...(input.prefixStyle !== undefined ? { prefixStyle: input.prefixStyle } : {}),
    });
    issues.push(...resolved.issues);
    if (resolved.value === undefined) return err(issues);
    const reserved = reservedReason(scheme, resolved.value.label);
    if (reserved !== undefined) {
      issues.push(
        createIssue(
          'domains.label-reserved',
          localized(
            `Nhãn “${resolved.value.label}” được dành riêng (${reserved.vi}); hãy chọn nhãn khác`,
            `Label “${resolved.value.label}” is reserved (${reserved.en}); choose another`,
          ),
          { path: ['unit'], details: { label: resolved.value.label } },
        ),
      );
      return err(issues);
    }
    own = { ...resolved.value, citation: resolved.value.citation ?? rule.citation };
  }

  const kinds = parents.map((p) => p?.kind);
  if (kinds.length !== expectedParents.length || kinds.some((k, i) => k !== expectedParents[i])) {
    issues.push(
      createIssue(
        'domains.parents-mismatch',
        localized(
          `Theo ${own.citation.id}, nhãn phải nằm dưới: ${expectedParents.join(' → ') || '(trực tiếp dưới hậu tố)'}; đã cho: ${kinds.join(' → ') || '(không có)'}`,
          `Under ${own.citation.id} the label sits under: ${expectedParents.join(' → ') || '(the suffix directly)'}; given: ${kinds.join(' → ') || '(none)'}`,
        ),
        { path: ['parents'], citation: own.citation, details: { expected: expectedParents, given: kinds } },
      ),
    );
    return err(issues);
  }

  const labels = [own.label];
  for (let i = 0; i < parents.length; i++) {
    const parent = parents[i] as HostnameUnit;
    const resolved = resolveLabel(parent, scheme, ['parents', i]);
    issues.push(...resolved.issues);
    if (resolved.value === undefined) return err(issues);
    labels.push(resolved.value.label);
  }
  labels.push(...scheme.suffix.split('.'));
  for (let i = 0; i < labels.length; i++) {
    issues.push(...checkLabel(labels[i] ?? '', i === 0 ? ['unit'] : ['parents', i - 1]));
  }
  const hostname = labels.join('.');
  if (hostname.length > MAX_HOSTNAME_LENGTH) {
    issues.push(
      createIssue(
        'domains.hostname-too-long',
        localized(
          `Tên miền dài ${hostname.length} ký tự, quá 253`,
          `The host name is ${hostname.length} characters long, over 253`,
        ),
        { path: [], citation: { id: 'RFC-1035/2.3.4' } },
      ),
    );
  }
  if (issues.some((i) => i.severity === 'error')) return err(issues);
  // A scheme of the 34 provinces (from 2025-07-01) given a province that merged: the host name is built as
  // asked, with a notice naming the merger (Resolution 202/2025/QH15) and the province it is now part of.
  // The date asked about, else the scheme's first day: Vĩnh Phúc under ND 224/2026 (from 2026-07-01) has merged.
  const asOfDay = typeof input.asOf === 'string' ? input.asOf.slice(0, 10) : (scheme.validFrom ?? '');
  if (asOfDay >= PROVINCE_MERGER_DATE) {
    const named =
      input.unit?.kind === 'province' ? [input.unit] : parents.filter((p) => p?.kind === 'province');
    for (const p of named) {
      const current = typeof p?.name === 'string' ? currentProvinceName(p.name, ['parents']) : undefined;
      if (current !== undefined && current.notice.code === 'units.province-merged')
        issues.push(current.notice);
    }
  }
  return ok(
    {
      hostname,
      labels,
      level: labels.length,
      label: own.label,
      strategy: own.strategy,
      reason: own.reason,
      citation: own.citation,
      schemeId: scheme.id,
    },
    issues,
  );
}
