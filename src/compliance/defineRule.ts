import type { Citation, CivilDate, LocalizedText } from '../core/index.js';
import type { AuditItem } from './AuditItem.js';
import type { AuditPolicy } from './AuditPolicy.js';
import type { FindingLocation, FindingSeverity, FindingStatus } from './Finding.js';
import type {
  InventoryConsultation,
  InventoryNewsCount,
  InventoryOperations,
  InventoryPortal,
  InventoryQaCase,
} from './InventorySchema.js';

/**
 * Everything of an inventory except its items (which may be streamed).
 *
 * @example
 * ```ts
 * import type { InventoryHeader } from 'vn-portal-kit/compliance';
 * const keys: (keyof InventoryHeader)[] = ['portal', 'qa', 'consultations', 'operations', 'newsCounts'];
 * keys.length //=> 5
 * ```
 */
export interface InventoryHeader {
  readonly portal: InventoryPortal;
  readonly qa: readonly InventoryQaCase[];
  readonly consultations: readonly InventoryConsultation[];
  readonly operations: InventoryOperations;
  readonly newsCounts: readonly InventoryNewsCount[];
  readonly auditLog?: readonly unknown[];
}

/**
 * What a rule reports. `severity` and `citation` default to the rule's; `status` defaults to `'fail'`.
 * The audit adds the `'pass'` finding itself when a rule reported no problem.
 *
 * @example
 * ```ts
 * import type { FindingInput } from 'vn-portal-kit/compliance';
 * const f: FindingInput = { message: { vi: 'Thiếu ảnh', en: 'No image' }, location: { item: 'n1' } };
 * f.status //=> undefined
 * ```
 */
export interface FindingInput {
  readonly status?: FindingStatus;
  readonly severity?: FindingSeverity;
  readonly message: LocalizedText;
  readonly citation?: Citation;
  readonly location?: FindingLocation;
  readonly evidence?: Readonly<Record<string, unknown>>;
  readonly remediation?: LocalizedText;
}

/**
 * How a timeliness rule classifies one item for the report's chart: published on time, published late,
 * unpublished past its deadline, or anything else (no deadline, deadline not yet passed).
 *
 * @example
 * ```ts
 * import type { TimelinessOutcome } from 'vn-portal-kit/compliance';
 * const o: TimelinessOutcome = 'overdue';
 * o //=> 'overdue'
 * ```
 */
export type TimelinessOutcome = 'onTime' | 'late' | 'overdue' | 'other';

/**
 * What a rule sees: the audit date, the profile's normalised policy, the inventory header, and `report`.
 *
 * @example
 * ```ts
 * import { auditPortal, defineRule } from 'vn-portal-kit/compliance';
 * let seen = '';
 * const rule = defineRule({ id: 'acme.as-of', title: { vi: 'Ngày', en: 'Date' }, severity: 'notice', checkPortal: (ctx) => { seen = ctx.asOf; return []; } });
 * auditPortal({ schemaVersion: 1, portal: { name: 'P', unit: { name: 'U', kind: 'commune' } } }, { profile: 'vinh-phuc-32-2023', asOf: '2026-11-25', rules: [rule] });
 * seen //=> '2026-11-25'
 * ```
 */
export interface RuleContext {
  /** The audit date (Vietnamese civil date). */
  readonly asOf: CivilDate;
  /** The end of the audit date (24:00 +07:00): events after it are in the future. */
  readonly asOfEnd: Date;
  /** The regulation as the audit reads it. */
  readonly policy: AuditPolicy;
  /** The profile object the caller passed or that `profile` resolved to (`vn-portal-kit/profiles`). */
  readonly profile: unknown;
  readonly inventory: InventoryHeader;
  /** Records a finding of this rule. */
  report(finding: FindingInput): void;
  /** Declares that the rule does not apply here, with the reason. */
  notApplicable(reason: LocalizedText): void;
  /** Inside `item()`: classifies the current item for the on-time vs late chart (the last call wins). */
  recordTimeliness(outcome: TimelinessOutcome): void;
}

/**
 * The per-audit state of a rule: called for each item, then once at the end.
 *
 * @example
 * ```ts
 * import type { RuleVisitor } from 'vn-portal-kit/compliance';
 * let n = 0;
 * const v: RuleVisitor = { item: () => { n++; } };
 * v.item?.({ id: 'x', category: 'news', title: 't', language: 'vi', classification: 'none', fields: {} }, 0);
 * n //=> 1
 * ```
 */
export interface RuleVisitor {
  /** Called for each valid item, with its index in the inventory. */
  item?(item: AuditItem, index: number): void;
  /** Called once after the last item. */
  finish?(): void;
}

/**
 * A compliance rule. Rules are stateless objects; `create` makes the per-audit state, so one rule can run in
 * many audits at once (streaming, or a province and its sub-portals).
 *
 * @example
 * ```ts
 * import { BUILTIN_RULES, type AuditRule } from 'vn-portal-kit/compliance';
 * const rule: AuditRule | undefined = BUILTIN_RULES.find((r) => r.id === 'qa.answerer');
 * rule?.severity //=> 'error'
 * ```
 */
export interface AuditRule {
  /** Stable id, dotted lowercase, e.g. `'deadline.publication'` or `'acme.alt-text'`. */
  readonly id: string;
  readonly title: LocalizedText;
  /** Default severity of its findings. */
  readonly severity: FindingSeverity;
  /** Default citation of its findings. */
  readonly citation?: Citation;
  /** What it checks and why, for the docs and the reports. */
  readonly description?: LocalizedText;
  /** Starts the rule for one audit: called once per audit with its context. */
  create(context: RuleContext): RuleVisitor;
}

/**
 * The simple form of a custom rule: return findings for an item and/or for the whole portal.
 *
 * @example
 * ```ts
 * import { defineRule, type SimpleRuleDefinition } from 'vn-portal-kit/compliance';
 * const def: SimpleRuleDefinition = { id: 'acme.x', title: { vi: 'X', en: 'X' }, severity: 'notice', checkItem: () => [] };
 * defineRule(def).id //=> 'acme.x'
 * ```
 */
export interface SimpleRuleDefinition {
  readonly id: string;
  readonly title: LocalizedText;
  readonly severity: FindingSeverity;
  readonly citation?: Citation;
  readonly description?: LocalizedText;
  /** Findings for one item (`undefined` or `[]`: nothing wrong). */
  checkItem?(item: AuditItem, context: RuleContext): readonly FindingInput[] | undefined;
  /** Findings for the whole portal, after all items. */
  checkPortal?(context: RuleContext): readonly FindingInput[] | undefined;
}

/**
 * The full form of a rule definition: a `create` function holding per-audit state.
 *
 * @example
 * ```ts
 * import { defineRule, type VisitorRuleDefinition } from 'vn-portal-kit/compliance';
 * const def: VisitorRuleDefinition = { id: 'acme.y', title: { vi: 'Y', en: 'Y' }, severity: 'warning', create: () => ({}) };
 * defineRule(def).severity //=> 'warning'
 * ```
 */
export interface VisitorRuleDefinition {
  readonly id: string;
  readonly title: LocalizedText;
  readonly severity: FindingSeverity;
  readonly citation?: Citation;
  readonly description?: LocalizedText;
  /** Makes the per-audit state: called once per audit with its context. */
  create(context: RuleContext): RuleVisitor;
}

const RULE_ID = /^[a-z][a-z0-9-]{0,40}(\.[a-z0-9][a-z0-9-]{0,40}){0,4}$/;
const SEVERITIES = new Set(['error', 'warning', 'notice']);

/**
 * Defines an audit rule, built-in or custom. Give either `checkItem`/`checkPortal` (simple) or `create`
 * (stateful, streaming-friendly). Throws `TypeError` on a malformed definition (a programmer error).
 * See `docs/custom-rules.md`.
 *
 * @example
 * ```ts
 * import { defineRule, auditPortal } from 'vn-portal-kit/compliance';
 * const altText = defineRule({
 *   id: 'acme.title-length',
 *   title: { vi: 'Tiêu đề không quá 200 ký tự', en: 'Titles at most 200 characters' },
 *   severity: 'warning',
 *   checkItem: (item) =>
 *     item.title.length > 200
 *       ? [{ message: { vi: 'Tiêu đề quá dài', en: 'Title too long' }, location: { item: item.id, field: 'title' } }]
 *       : [],
 * });
 * altText.id //=> 'acme.title-length'
 * ```
 */
export function defineRule(definition: SimpleRuleDefinition | VisitorRuleDefinition): AuditRule {
  if (typeof definition !== 'object' || definition === null)
    throw new TypeError('defineRule: expected an object');
  const { id, title, severity, citation, description } = definition;
  if (typeof id !== 'string' || !RULE_ID.test(id)) {
    throw new TypeError(
      `defineRule: invalid rule id ${JSON.stringify(id)} (dotted lowercase, e.g. "acme.alt-text")`,
    );
  }
  if (!title || typeof title.vi !== 'string' || typeof title.en !== 'string') {
    throw new TypeError(`defineRule(${id}): title must be { vi, en }`);
  }
  if (!SEVERITIES.has(severity))
    throw new TypeError(`defineRule(${id}): severity must be error, warning or notice`);
  const base = {
    id,
    title,
    severity,
    ...(citation === undefined ? {} : { citation }),
    ...(description === undefined ? {} : { description }),
  };
  if ('create' in definition && typeof definition.create === 'function') {
    return Object.freeze({ ...base, create: definition.create });
  }
  const simple = definition as SimpleRuleDefinition;
  if (typeof simple.checkItem !== 'function' && typeof simple.checkPortal !== 'function') {
    throw new TypeError(`defineRule(${id}): give checkItem, checkPortal or create`);
  }
  const create = (context: RuleContext): RuleVisitor => {
    const visitor: RuleVisitor = {};
    const { checkItem, checkPortal } = simple;
    if (checkItem) {
      visitor.item = (item) => {
        const found = checkItem(item, context);
        if (found) for (const f of found) context.report(f);
      };
    }
    if (checkPortal) {
      visitor.finish = () => {
        const found = checkPortal(context);
        if (found) for (const f of found) context.report(f);
      };
    }
    return visitor;
  };
  return Object.freeze({ ...base, create });
}
