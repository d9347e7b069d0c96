import { CATEGORY_IDS, type CategoryId } from '../../categories/categoryIds.js';
import {
  addCalendarDays,
  type CivilDate,
  type Issue,
  type LocalizedText,
  vnInstant,
} from '../../core/index.js';
import {
  AUDIT_REPORT_FORMAT,
  AUDIT_REPORT_VERSION,
  type AuditReport,
  type CategoryTally,
  type RuleSummary,
} from '../AuditReport.js';
import type { AuditOptions } from '../auditPortal.js';
import type {
  AuditRule,
  FindingInput,
  InventoryHeader,
  RuleContext,
  RuleVisitor,
  TimelinessOutcome,
} from '../defineRule.js';
import {
  compareFindings,
  type Finding,
  type FindingSeverity,
  type FindingStatus,
  STATUS_ORDER,
} from '../Finding.js';
import { InventoryLineError } from '../readInventoryLines.js';
import { readAuditOptions } from './auditOptions.js';
import { IdSet } from './idSet.js';
import { parseHeader, pushZod } from './parseHeader.js';
import { createItemReader, readItem } from './readItem.js';
import { SCHEMA_RULE_ID, schemaFinding } from './schemaFinding.js';

/** One audit in progress: feed it items, then end it. Used by auditPortal and auditPortals. */
export interface AuditRun {
  readonly header: InventoryHeader | undefined;
  item(value: unknown): void;
  schema(finding: FindingInput): void;
  end(): AuditReport;
}

interface RuleState {
  readonly rule: AuditRule;
  readonly visitor: RuleVisitor;
  readonly findings: Finding[];
  problems: number;
  truncated: number;
  notApplicable: LocalizedText | undefined;
}

const SCHEMA_RULE: AuditRule = {
  id: SCHEMA_RULE_ID,
  title: { vi: 'Bản kê khai đúng định dạng', en: 'Inventory is well-formed' },
  severity: 'error',
  create: () => ({}),
};

export function startAudit(inventory: unknown, options: AuditOptions): AuditRun {
  const read = readAuditOptions(options);
  if (!read.ok) return couldNotAudit(read.issues, read.asOf, options);
  const { asOf, policy, profile, rules, max, onProgress } = read;

  const { header, findings: headerFindings } = parseHeader(inventory);
  const schemaState: RuleState = {
    rule: SCHEMA_RULE,
    visitor: {},
    findings: [],
    problems: 0,
    truncated: 0,
    notApplicable: undefined,
  };
  const push = (state: RuleState, input: FindingInput): void => {
    const status = input.status ?? 'fail';
    const problem = status === 'fail' || status === 'needs-review';
    if (problem) {
      state.problems++;
      if (state.problems > max) {
        state.truncated++;
        return;
      }
    }
    const citation = input.citation ?? state.rule.citation;
    state.findings.push({
      ruleId: state.rule.id,
      severity: input.severity ?? state.rule.severity,
      status,
      message: input.message,
      ...(citation === undefined ? {} : { citation }),
      location: input.location ?? {},
      ...(input.evidence === undefined ? {} : { evidence: input.evidence }),
      ...(input.remediation === undefined ? {} : { remediation: input.remediation }),
    });
  };
  for (const f of headerFindings) push(schemaState, f);

  const tallies = new Map<
    CategoryId,
    { items: number; onTime: number; late: number; overdue: number; other: number }
  >();
  let current: TimelinessOutcome = 'other';
  let itemCount = 0;
  let invalidItems = 0;
  const ids = new IdSet();
  const reader = createItemReader();
  const states: RuleState[] = [];

  if (header) {
    const asOfEnd = vnInstant(addCalendarDays(asOf, 1), 0);
    for (const rule of rules) {
      const state: RuleState = {
        rule,
        visitor: {},
        findings: [],
        problems: 0,
        truncated: 0,
        notApplicable: undefined,
      };
      const context: RuleContext = {
        asOf,
        asOfEnd,
        policy,
        profile,
        inventory: header,
        report: (f) => push(state, f),
        notApplicable: (reason) => {
          state.notApplicable = reason;
        },
        recordTimeliness: (outcome) => {
          current = outcome;
        },
      };
      (state as { visitor: RuleVisitor }).visitor = rule.create(context);
      states.push(state);
    }
  }
  const itemVisitors = states.filter((s) => s.visitor.item && s.notApplicable === undefined);

  return {
    header,
    schema: (f) => push(schemaState, f),
    item(value) {
      const index = itemCount++;
      if (onProgress && itemCount % 10_000 === 0) onProgress(itemCount);
      if (value instanceof InventoryLineError) {
        // A line of a JSON Lines inventory that could not be read (see readInventoryLines).
        invalidItems++;
        for (const issue of value.issues) {
          push(schemaState, {
            ...schemaFinding(['items', index], issue.message),
            evidence: { code: issue.code, line: value.line },
          });
        }
        return;
      }
      const r = readItem(value, reader);
      if (!r.ok) {
        invalidItems++;
        const id =
          typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'string'
            ? ((value as { id: string }).id.slice(0, 200) as string)
            : undefined;
        const fs: FindingInput[] = [];
        pushZod(fs, ['items', index], r.error, id);
        for (const f of fs) push(schemaState, f);
        return;
      }
      const item = r.item;
      if (!ids.add(item.id)) {
        push(
          schemaState,
          schemaFinding(
            ['items', index, 'id'],
            { vi: `Trùng mã tin bài ${item.id}`, en: `Duplicate item id ${item.id}` },
            item.id,
          ),
        );
        return;
      }
      let t = tallies.get(item.category);
      if (!t) {
        t = { items: 0, onTime: 0, late: 0, overdue: 0, other: 0 };
        tallies.set(item.category, t);
      }
      t.items++;
      current = 'other';
      for (const s of itemVisitors) s.visitor.item?.(item, index);
      t[current]++;
    },
    end() {
      for (const s of states) if (s.notApplicable === undefined) s.visitor.finish?.();
      if (onProgress && itemCount % 10_000 !== 0) onProgress(itemCount);
      const all: Finding[] = [];
      const ruleSummaries: RuleSummary[] = [];
      for (const s of [schemaState, ...states]) {
        if (s.notApplicable !== undefined && s.problems === 0) {
          s.findings.length = 0;
          s.findings.push({
            ruleId: s.rule.id,
            severity: s.rule.severity,
            status: 'not-applicable',
            message: s.notApplicable,
            ...(s.rule.citation === undefined ? {} : { citation: s.rule.citation }),
            location: {},
          });
        } else if (s.problems === 0 && !s.findings.some((f) => f.status === 'pass')) {
          s.findings.push({
            ruleId: s.rule.id,
            severity: s.rule.severity,
            status: 'pass',
            message: s.rule.title,
            ...(s.rule.citation === undefined ? {} : { citation: s.rule.citation }),
            location: {},
          });
        }
        let worst: FindingStatus = 'not-applicable';
        for (const f of s.findings)
          if (STATUS_ORDER.indexOf(f.status) < STATUS_ORDER.indexOf(worst)) worst = f.status;
        if (s.truncated > 0) worst = s.findings.some((f) => f.status === 'fail') ? 'fail' : worst;
        ruleSummaries.push({
          id: s.rule.id,
          title: s.rule.title,
          status: worst,
          problems: s.problems,
          truncated: s.truncated,
        });
        for (const f of s.findings) all.push(f);
      }
      all.sort(compareFindings);
      const byStatus: Record<FindingStatus, number> = {
        fail: 0,
        'needs-review': 0,
        pass: 0,
        'not-applicable': 0,
      };
      const bySeverity: Record<FindingSeverity, number> = { error: 0, warning: 0, notice: 0 };
      let passed = true;
      for (const f of all) {
        byStatus[f.status]++;
        if (f.status === 'fail' || f.status === 'needs-review') bySeverity[f.severity]++;
        if (f.status === 'fail' && f.severity === 'error') passed = false;
      }
      for (const s of [schemaState, ...states]) {
        if (s.truncated === 0) continue;
        const sample = s.findings.find((f) => f.status === 'fail' || f.status === 'needs-review');
        const status = sample?.status ?? 'fail';
        byStatus[status] += s.truncated;
        bySeverity[sample?.severity ?? s.rule.severity] += s.truncated;
        if (status === 'fail' && (sample?.severity ?? s.rule.severity) === 'error') passed = false;
      }
      // An audit that evaluated no substantive rule proves nothing: never a pass.
      const evaluated = ruleSummaries.some((r) => r.id !== SCHEMA_RULE_ID && r.status !== 'not-applicable');
      if (!evaluated && header) {
        const f = noRuleEvaluated();
        all.push(f);
        byStatus.fail++;
        bySeverity.error++;
        ruleSummaries.push({ id: f.ruleId, title: f.message, status: 'fail', problems: 1, truncated: 0 });
        passed = false;
      }
      const categories: CategoryTally[] = [];
      for (const c of CATEGORY_IDS) {
        const t = tallies.get(c);
        if (t) categories.push({ category: c, ...t });
      }
      const portal = header?.portal;
      return {
        format: AUDIT_REPORT_FORMAT,
        version: AUDIT_REPORT_VERSION,
        portal: {
          name: portal?.name ?? '',
          unit: portal?.unit.name ?? '',
          unitKind: portal?.unit.kind ?? 'unknown',
          hostnames: portal?.hostnames.map((h) => h.host) ?? [],
        },
        profile: { id: policy.profileId, title: policy.title },
        asOf,
        summary: {
          passed,
          audited: true,
          items: itemCount,
          invalidItems,
          byStatus,
          bySeverity,
          rules: ruleSummaries,
          categories,
        },
        findings: all,
      };
    },
  };
}

const OPTIONS_RULE_ID = 'audit.options';

function noRuleEvaluated(): Finding {
  return {
    ruleId: 'audit.coverage',
    severity: 'error',
    status: 'fail',
    message: {
      vi: 'Không quy tắc nào được đánh giá (mọi quy tắc đã chọn đều bị tắt hoặc không áp dụng): không thể kết luận đạt',
      en: 'No rule was evaluated (every selected rule is disabled or not applicable): the audit cannot pass',
    },
    location: {},
    remediation: {
      vi: 'Chọn ít nhất một quy tắc áp dụng cho quy định này (xem BUILTIN_RULES)',
      en: 'Select at least one rule that applies under this regulation (see BUILTIN_RULES)',
    },
  };
}

/**
 * The run of an audit whose options are unusable: no item is read and the report says it could not audit
 * (`summary.audited` false, one `audit.options` finding per issue, never passed).
 */
function couldNotAudit(issues: readonly Issue[], asOf: CivilDate | undefined, options: unknown): AuditRun {
  const profile =
    typeof options === 'object' && options !== null ? (options as { profile?: unknown }).profile : undefined;
  const findings: Finding[] = issues.map((i) => ({
    ruleId: OPTIONS_RULE_ID,
    severity: 'error',
    status: 'fail',
    message: i.message,
    ...(i.citation ? { citation: i.citation } : {}),
    location: { path: i.path.map((p) => p) },
    evidence: { code: i.code, ...(i.details ? { details: i.details } : {}) },
  }));
  return {
    header: undefined,
    item() {},
    schema() {},
    end() {
      return {
        format: AUDIT_REPORT_FORMAT,
        version: AUDIT_REPORT_VERSION,
        portal: { name: '', unit: '', unitKind: 'unknown', hostnames: [] },
        profile: {
          id: typeof profile === 'string' ? profile.slice(0, 80) : '',
          title: { vi: 'Không kiểm tra được', en: 'Could not audit' },
        },
        asOf: asOf ?? '',
        summary: {
          passed: false,
          audited: false,
          items: 0,
          invalidItems: 0,
          byStatus: { fail: findings.length, 'needs-review': 0, pass: 0, 'not-applicable': 0 },
          bySeverity: { error: findings.length, warning: 0, notice: 0 },
          rules: [
            {
              id: OPTIONS_RULE_ID,
              title: { vi: 'Tùy chọn kiểm tra hợp lệ', en: 'Audit options are valid' },
              status: 'fail',
              problems: findings.length,
              truncated: 0,
            },
          ],
          categories: [],
        },
        findings,
      };
    },
  };
}
