import { type CivilDate, createIssue, type Issue, localized, toCivilDate } from '../../core/index.js';
import type { AuditPolicy } from '../AuditPolicy.js';
import type { AuditOptions } from '../auditPortal.js';
import { BUILTIN_RULES } from '../builtinRules.js';
import type { AuditRule } from '../defineRule.js';
import { resolveAuditPolicy } from '../resolveAuditPolicy.js';
import { SCHEMA_RULE_ID } from './schemaFinding.js';

/** Options of an audit, checked: what the run needs, or the issues that make the audit impossible. */
export type ReadAuditOptions =
  | {
      readonly ok: true;
      readonly asOf: CivilDate;
      readonly policy: AuditPolicy;
      readonly profile: unknown;
      readonly rules: readonly AuditRule[];
      readonly max: number;
      readonly onProgress: ((itemsRead: number) => void) | undefined;
    }
  | { readonly ok: false; readonly issues: readonly Issue[]; readonly asOf: CivilDate | undefined };

const MAX_LISTED = 60;

const optionIssue = (code: string, path: string, vi: string, en: string, details?: object): Issue =>
  createIssue(`audit.${code}`, localized(vi, en), {
    path: ['options', path],
    ...(details ? { details: { ...details } } : {}),
  });

/** `id` equals `selector` or starts with `selector.` (a prefix of whole segments). */
export function ruleMatches(id: string, selector: string): boolean {
  return id === selector || id.startsWith(`${selector}.`);
}

const preview = (v: unknown): string => {
  if (typeof v === 'string') return JSON.stringify(v.slice(0, 60));
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'array';
  return typeof v;
};

/**
 * Reads and checks an audit's options. Every problem (options that are not an object, an unknown profile, an
 * `asOf` that is not a civil date, a rule id or prefix in `rules` or `disable` that matches no rule, a bad
 * `maxFindingsPerRule`) becomes a coded bilingual issue; the audit then reports that it could not audit.
 * Never throws.
 */
export function readAuditOptions(options: unknown): ReadAuditOptions {
  if (typeof options !== 'object' || options === null || Array.isArray(options)) {
    return {
      ok: false,
      asOf: undefined,
      issues: [
        createIssue(
          'audit.options-invalid',
          localized(
            `Tùy chọn kiểm tra phải là một đối tượng { profile, asOf } (nhận được ${preview(options)})`,
            `The audit options must be an object { profile, asOf } (got ${preview(options)})`,
          ),
          { path: ['options'] },
        ),
      ],
    };
  }
  const o = options as Partial<Record<keyof AuditOptions, unknown>>;
  const issues: Issue[] = [];
  let asOf: CivilDate | undefined;
  if (o.asOf === undefined) {
    issues.push(
      optionIssue(
        'as-of-missing',
        'asOf',
        'Thiếu ngày kiểm tra asOf (định dạng YYYY-MM-DD, ví dụ 2026-11-25)',
        'The audit date asOf is missing (format YYYY-MM-DD, e.g. 2026-11-25)',
      ),
    );
  } else {
    const r = toCivilDate(o.asOf as string, ['options', 'asOf']);
    if (r.ok) asOf = r.value;
    else
      issues.push(
        optionIssue(
          'as-of-invalid',
          'asOf',
          `Ngày kiểm tra asOf ${preview(o.asOf)} không hợp lệ: cần một ngày YYYY-MM-DD (ví dụ 2026-11-25), một chuỗi ISO 8601 hoặc một Date`,
          `Invalid audit date asOf ${preview(o.asOf)}: expected a civil date YYYY-MM-DD (e.g. 2026-11-25), an ISO 8601 string or a Date`,
          { received: preview(o.asOf) },
        ),
      );
  }
  // The profile is read even when asOf is bad (on a placeholder day), so that every problem is reported.
  const resolved = resolveAuditPolicy(o.profile, asOf ?? '2026-01-01');
  if (!resolved.ok) issues.push(...resolved.issues);
  const max = o.maxFindingsPerRule ?? 1000;
  if (typeof max !== 'number' || !Number.isInteger(max) || max < 0) {
    issues.push(
      optionIssue(
        'max-findings-invalid',
        'maxFindingsPerRule',
        `maxFindingsPerRule phải là số nguyên ≥ 0 (nhận được ${preview(max)})`,
        `maxFindingsPerRule must be an integer ≥ 0 (got ${preview(max)})`,
      ),
    );
  }
  if (o.onProgress !== undefined && typeof o.onProgress !== 'function') {
    issues.push(
      optionIssue(
        'on-progress-invalid',
        'onProgress',
        'onProgress phải là một hàm',
        'onProgress must be a function',
      ),
    );
  }
  const selection = selectRules(o.rules, o.disable);
  issues.push(...selection.issues);
  if (issues.length > 0 || !resolved.ok || asOf === undefined) return { ok: false, issues, asOf };
  return {
    ok: true,
    asOf,
    policy: resolved.value.policy,
    profile: resolved.value.profile,
    rules: selection.rules,
    max: max as number,
    onProgress: o.onProgress as ((n: number) => void) | undefined,
  };
}

const isRule = (r: unknown): r is AuditRule =>
  typeof r === 'object' &&
  r !== null &&
  typeof (r as AuditRule).id === 'string' &&
  (r as AuditRule).id.length > 0 &&
  typeof (r as AuditRule).create === 'function';

/**
 * The rules an audit runs: the built-in ones (or those `rules` selects by id or id prefix), plus the custom
 * rules of `rules`, minus those `disable` switches off. Fails closed: a selector that matches no rule is an
 * issue listing the valid ids, never silently ignored.
 */
export function selectRules(
  rulesOption: unknown,
  disableOption: unknown,
): { readonly rules: AuditRule[]; readonly issues: Issue[] } {
  const issues: Issue[] = [];
  const entries: unknown[] = [];
  if (rulesOption !== undefined) {
    if (Array.isArray(rulesOption)) entries.push(...rulesOption);
    else
      issues.push(
        optionIssue(
          'rules-invalid',
          'rules',
          'rules phải là một mảng mã quy tắc (ví dụ ["deadline"]) hoặc quy tắc tạo bằng defineRule',
          'rules must be an array of rule ids (e.g. ["deadline"]) or rules made with defineRule',
        ),
      );
  }
  const selectors: string[] = [];
  const custom: AuditRule[] = [];
  for (const r of entries) {
    if (typeof r === 'string') selectors.push(r);
    else if (isRule(r)) custom.push(r);
    else
      issues.push(
        optionIssue(
          'rules-invalid',
          'rules',
          `Phần tử ${preview(r)} của rules không phải mã quy tắc hay quy tắc tạo bằng defineRule`,
          `The rules entry ${preview(r)} is neither a rule id nor a rule made with defineRule`,
        ),
      );
  }
  let disable: string[] = [];
  if (disableOption !== undefined) {
    if (Array.isArray(disableOption) && disableOption.every((d) => typeof d === 'string'))
      disable = disableOption as string[];
    else
      issues.push(
        optionIssue(
          'disable-invalid',
          'disable',
          'disable phải là một mảng mã quy tắc hoặc tiền tố (ví dụ ["operations"])',
          'disable must be an array of rule ids or prefixes (e.g. ["operations"])',
        ),
      );
  }
  const seen = new Set<string>();
  for (const r of [...BUILTIN_RULES, ...custom]) {
    if (seen.has(r.id))
      issues.push(
        optionIssue(
          'rule-duplicate',
          'rules',
          `Hai quy tắc trùng mã ${r.id.slice(0, 80)}`,
          `Two rules share the id ${r.id.slice(0, 80)}`,
          { id: r.id.slice(0, 80) },
        ),
      );
    seen.add(r.id);
  }
  const builtinIds = BUILTIN_RULES.map((r) => r.id);
  const allIds = [...builtinIds, ...custom.map((r) => r.id)];
  const unknown = (list: readonly string[], among: readonly string[], path: 'rules' | 'disable') => {
    for (const s of list) {
      if (s.length > 0 && among.some((id) => ruleMatches(id, s))) continue;
      const valid = among.slice(0, MAX_LISTED).join(', ');
      issues.push(
        optionIssue(
          'unknown-rule',
          path,
          `${path}: "${s.slice(0, 80)}" không khớp quy tắc nào (mã hoặc tiền tố của mã); các mã hợp lệ: ${valid}`,
          `${path}: "${s.slice(0, 80)}" matches no rule (an id or an id prefix); valid ids: ${valid}`,
          { selector: s.slice(0, 80), valid: among },
        ),
      );
    }
  };
  // `inventory.schema` always runs; naming it is allowed.
  unknown(selectors, [...builtinIds, SCHEMA_RULE_ID], 'rules');
  unknown(disable, allIds, 'disable');
  const explicit = selectors.filter((s) => s !== SCHEMA_RULE_ID);
  let rules: AuditRule[] = [...BUILTIN_RULES];
  if (explicit.length > 0 || selectors.length > 0)
    rules = rules.filter((r) => explicit.some((s) => ruleMatches(r.id, s)));
  rules.push(...custom);
  rules = rules.filter((r) => !disable.some((d) => ruleMatches(r.id, d)));
  return { rules, issues };
}
