import type { DateInput } from '../core/index.js';
import { VnPortalKitError } from '../core/index.js';
import { readAuditOptions } from './_lib/auditOptions.js';
import { startAudit } from './_lib/runAudit.js';
import { schemaFinding } from './_lib/schemaFinding.js';
import type { AuditReport } from './AuditReport.js';
import type { AuditRule } from './defineRule.js';

/**
 * Options of {@link auditPortal}.
 *
 * @example
 * ```ts
 * import type { AuditOptions } from 'vn-portal-kit/compliance';
 * const o: AuditOptions = { profile: 'vinh-phuc-32-2023', asOf: '2026-11-25', disable: ['operations'] };
 * o.disable //=> ['operations']
 * ```
 */
export interface AuditOptions {
  /**
   * The regulation: a profile id (`'vinh-phuc-32-2023'`), a profile object of `vn-portal-kit/profiles`, or an
   * `AuditPolicy`.
   */
  readonly profile: string | object;
  /** The audit date: deadlines not yet passed on this date are not late. */
  readonly asOf: DateInput;
  /**
   * Rule selection and custom rules: strings select built-in rules by id or id prefix (`'deadline'` selects
   * `deadline.publication`); {@link AuditRule} objects are added. Absent: every built-in rule.
   */
  readonly rules?: readonly (string | AuditRule)[];
  /** Rule ids (or id prefixes) to switch off. */
  readonly disable?: readonly string[];
  /** At most this many problem findings are listed per rule (the rest are counted). Default 1000. */
  readonly maxFindingsPerRule?: number;
  /** Called every 10,000 items with the number read so far (progress indicators). */
  readonly onProgress?: (itemsRead: number) => void;
}

/**
 * An inventory whose items arrive as an async iterable (streamed from a file, a database, a feed).
 *
 * @example
 * ```ts
 * import { auditPortal, type StreamingInventory } from 'vn-portal-kit/compliance';
 * async function* items() { yield { id: 'n1', category: 'news', title: 'Tin' }; }
 * const inv: StreamingInventory = { schemaVersion: 1, portal: { name: 'P', unit: { name: 'U', kind: 'commune' } }, items: items() };
 * (await auditPortal(inv, { profile: 'vinh-phuc-32-2023', asOf: '2026-11-25' })).summary.items //=> 1
 * ```
 */
export interface StreamingInventory {
  readonly schemaVersion?: number;
  readonly portal: unknown;
  readonly items: AsyncIterable<unknown>;
  readonly [section: string]: unknown;
}

const isAsyncIterable = (v: unknown): v is AsyncIterable<unknown> =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Record<symbol, unknown>)[Symbol.asyncIterator] === 'function';

/**
 * Audits a portal inventory against a regulation on a date. Returns a report of findings (each with its
 * rule id, severity, status, bilingual message, citation, location, evidence and remediation) and a summary.
 * Never throws on a malformed inventory: problems become `inventory.schema` findings naming the path.
 *
 * With `inventory.items` an async iterable, items are audited one at a time (1 million items need no more
 * memory than the findings) and a promise is returned.
 *
 * Never throws on bad options either: an unknown profile id, an `asOf` that is not a date, a rule id or prefix in
 * `rules`/`disable` that matches no rule, a value of the wrong type: the report is then marked "could not
 * audit" (`summary.audited` false, `summary.passed` false) and lists each problem as an `audit.options`
 * finding with a coded bilingual message (the valid ids, the expected format). An audit that evaluated no
 * substantive rule is never a pass (`audit.coverage`). {@link auditPortalOrThrow} throws instead.
 *
 * @example
 * ```ts
 * import { auditPortal } from 'vn-portal-kit/compliance';
 * const report = auditPortal(
 *   { schemaVersion: 1, portal: { name: 'Cổng TTĐT xã Đạo Trù', unit: { name: 'Đạo Trù', kind: 'commune' } }, items: [] },
 *   { profile: 'vinh-phuc-32-2023', asOf: '2026-11-25' },
 * );
 * report.summary.passed //=> false
 * report.findings.some((f) => f.ruleId === 'categories.required' && f.status === 'fail') //=> true
 * ```
 */
export function auditPortal(inventory: StreamingInventory, options: AuditOptions): Promise<AuditReport>;
export function auditPortal(inventory: unknown, options: AuditOptions): AuditReport;
export function auditPortal(inventory: unknown, options: AuditOptions): AuditReport | Promise<AuditReport> {
  return runAuditPortal(inventory, options);
}

/**
 * {@link auditPortal} that throws a `VnPortalKitError` (coded, bilingual, with the issues) when the options
 * make the audit impossible, instead of returning a report marked "could not audit".
 *
 * @example
 * ```ts
 * import { auditPortalOrThrow } from 'vn-portal-kit/compliance';
 * const inv = { schemaVersion: 1, portal: { name: 'P', unit: { name: 'U', kind: 'commune' } } };
 * auditPortalOrThrow(inv, { profile: 'vinh-phuc-32-2023', asOf: '2026-11-25' }).summary.audited //=> true
 * let code = '';
 * try { auditPortalOrThrow(inv, { profile: 'vinh-phuc', asOf: '2026-11-25' }); } catch (e) { code = (e as { issues: { code: string }[] }).issues[0]?.code ?? ''; }
 * code //=> 'audit.unknown-profile'
 * ```
 */
export function auditPortalOrThrow(
  inventory: StreamingInventory,
  options: AuditOptions,
): Promise<AuditReport>;
export function auditPortalOrThrow(inventory: unknown, options: AuditOptions): AuditReport;
export function auditPortalOrThrow(
  inventory: unknown,
  options: AuditOptions,
): AuditReport | Promise<AuditReport> {
  const read = readAuditOptions(options);
  if (!read.ok) throw new VnPortalKitError(read.issues);
  return runAuditPortal(inventory, options);
}

function runAuditPortal(inventory: unknown, options: AuditOptions): AuditReport | Promise<AuditReport> {
  const run = startAudit(inventory, options);
  const items =
    typeof inventory === 'object' && inventory !== null
      ? (inventory as { items?: unknown }).items
      : undefined;
  if (isAsyncIterable(items)) {
    if (!run.header) return Promise.resolve(run.end());
    return (async () => {
      for await (const item of items) run.item(item);
      return run.end();
    })();
  }
  if (!run.header) return run.end();
  if (items !== undefined) {
    if (Array.isArray(items)) for (const item of items) run.item(item);
    else
      run.schema(
        schemaFinding(['items'], {
          vi: 'items phải là một mảng (hoặc async iterable)',
          en: 'items must be an array (or an async iterable)',
        }),
      );
  }
  return run.end();
}
