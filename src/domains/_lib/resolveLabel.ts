import {
  type Citation,
  type CivilDate,
  createIssue,
  type DateInput,
  type Issue,
  type IssuePath,
  type LocalizedText,
  localized,
  toCivilDate,
} from '../../core/index.js';
import type {
  HostnameException,
  HostnameRule,
  HostnameScheme,
  HostnameUnitKind,
  LabelPrefixStyle,
  LabelStrategy,
} from '../HostnameScheme.js';
import type { HostnameUnit } from '../HostnameUnit.js';
import { type SuggestLabelsOptions, suggestLabels } from '../suggestLabels.js';
import { toDnsLabel } from '../toDnsLabel.js';
import { checkLabel } from './checkLabel.js';
import { isTerritorial } from './words.js';

/** Where an assigned label came from. */
export type LabelSource =
  | LabelStrategy
  | 'pinned'
  | 'override'
  | 'previous'
  | 'type-prefix'
  | 'numeric-suffix';

/** A label chosen for one unit. */
export interface ResolvedLabel {
  readonly label: string;
  readonly strategy: LabelSource;
  readonly reason: LocalizedText;
  readonly citation?: Citation;
}

/** The rule of a kind in a scheme. */
export function findRule(scheme: HostnameScheme, kind: HostnameUnitKind): HostnameRule | undefined {
  for (const r of scheme.rules) if (r.kind === kind) return r;
  return undefined;
}

/** The exception of a scheme that names this unit, if any. */
export function findException(scheme: HostnameScheme, unit: HostnameUnit): HostnameException | undefined {
  let folded: string | undefined;
  for (const x of scheme.exceptions) {
    if (x.kind !== unit.kind) continue;
    if (unit.code !== undefined && x.codes?.includes(unit.code)) return x;
    if (x.names !== undefined) {
      folded ??= toDnsLabel(unit.name, { kind: unit.kind });
      if (x.names.includes(folded)) return x;
    }
  }
  return undefined;
}

/** The reason a label is reserved in a scheme (service labels are reserved too), or undefined. */
export function reservedReason(scheme: HostnameScheme, label: string): LocalizedText | undefined {
  for (const s of scheme.services) if (s.label === label) return s.name;
  for (const r of scheme.reservedLabels) if (r.label === label) return r.reason;
  return undefined;
}

/** Parses `asOf` and warns when the scheme is not in force on that day. */
export function checkSchemeDate(
  scheme: HostnameScheme,
  asOf: DateInput | undefined,
  path: IssuePath,
): { issues: Issue[]; date: CivilDate | undefined; failed: boolean } {
  if (asOf === undefined) return { issues: [], date: undefined, failed: false };
  const parsed = toCivilDate(asOf, path);
  if (!parsed.ok) return { issues: [...parsed.issues], date: undefined, failed: true };
  const date = parsed.value;
  const before = scheme.validFrom !== undefined && date < scheme.validFrom;
  const after = scheme.validTo !== undefined && date > scheme.validTo;
  if (!before && !after) return { issues: [], date, failed: false };
  const span = `${scheme.validFrom ?? '…'} → ${scheme.validTo ?? '…'}`;
  return {
    issues: [
      createIssue(
        'domains.scheme-not-in-force',
        localized(
          `Ngày ${date} quy định ${scheme.id} không có hiệu lực (${span})`,
          `On ${date} the scheme ${scheme.id} is not in force (${span})`,
        ),
        { path, severity: 'warning', citation: scheme.citation, details: { asOf: date, scheme: scheme.id } },
      ),
    ],
    date,
    failed: false,
  };
}

/** Options of {@link resolveLabel}. */
export interface ResolveOptions {
  readonly strategy?: LabelStrategy;
  readonly prefixStyle?: LabelPrefixStyle;
  /** A label from an override table. */
  readonly override?: { readonly label: string; readonly source: 'override' | 'previous' };
}

/**
 * The label of one unit under a scheme: the pinned label, else an override, else the scheme's exception,
 * else the best candidate of the rule.
 */
export function resolveLabel(
  unit: HostnameUnit,
  scheme: HostnameScheme,
  path: IssuePath,
  options: ResolveOptions = {},
): { value: ResolvedLabel | undefined; issues: readonly Issue[] } {
  const rule = findRule(scheme, unit.kind);
  const fixed =
    typeof unit.label === 'string'
      ? { label: unit.label, source: 'pinned' as const, path: [...path, 'label'] }
      : options.override !== undefined
        ? { label: options.override.label, source: options.override.source, path }
        : undefined;
  if (fixed !== undefined) {
    const label = fixed.label.trim().toLowerCase();
    const issues = checkLabel(label, fixed.path);
    if (issues.some((i) => i.severity === 'error')) return { value: undefined, issues };
    const reason =
      fixed.source === 'pinned'
        ? localized(`Nhãn “${label}” do người dùng chỉ định`, `Label “${label}” pinned by the caller`)
        : fixed.source === 'override'
          ? localized(`Nhãn “${label}” lấy từ bảng nhãn định sẵn`, `Label “${label}” from the override table`)
          : localized(`Nhãn “${label}” đang dùng, được giữ nguyên`, `Label “${label}” already in use, kept`);
    return { value: { label, strategy: fixed.source, reason }, issues };
  }
  const exception = findException(scheme, unit);
  if (exception !== undefined) {
    return {
      value: {
        label: exception.label,
        strategy: 'literal',
        reason: localized(
          `Nhãn “${exception.label}” do văn bản quy định riêng cho đơn vị này`,
          `Label “${exception.label}” set for this unit by the regulation`,
        ),
        citation: exception.citation,
      },
      issues: [],
    };
  }
  // Only the best candidate is needed: ask for the first strategy and prefix style first (fast path), and
  // for all of them when that yields nothing.
  const firstStrategy = options.strategy ?? rule?.strategies[0];
  const firstStyle =
    options.prefixStyle ?? rule?.prefixStyles?.[0] ?? (isTerritorial(unit.kind) ? 'none' : 'word');
  const strategies = [firstStrategy ?? 'auto'] as const;
  const prefixStyles = [firstStyle] as const;
  let suggested = suggestLabels(
    unit,
    rule !== undefined ? { path, strategies, prefixStyles, rule } : { path, strategies, prefixStyles },
  );
  if (!suggested.ok && suggested.issues.some((i) => i.code === 'domains.no-candidate')) {
    const all: SuggestLabelsOptions = {
      path,
      ...(rule !== undefined ? { rule } : {}),
      ...(options.strategy !== undefined ? { strategies: [options.strategy] } : {}),
      ...(options.prefixStyle !== undefined ? { prefixStyles: [options.prefixStyle] } : {}),
    };
    suggested = suggestLabels(unit, all);
  }
  const best = suggested.ok ? suggested.value[0] : undefined;
  if (best === undefined) return { value: undefined, issues: suggested.issues };
  const value: ResolvedLabel =
    rule !== undefined
      ? { label: best.label, strategy: best.strategy, reason: best.reason, citation: rule.citation }
      : { label: best.label, strategy: best.strategy, reason: best.reason };
  return { value, issues: suggested.issues };
}
