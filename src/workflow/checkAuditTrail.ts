import { err, type Issue, ok, type Result } from '../core/index.js';
import { idAmong, normaliseActorId } from './_lib/actorId.js';
import { compiled } from './_lib/compile.js';
import { preview, refusal } from './_lib/refusal.js';
import { type AuditEntry, auditLogHead, verifyAuditLog } from './auditLog.js';
import type { MachineDefinition, StartDefinition, TransitionDefinition } from './MachineDefinition.js';

/**
 * Options of {@link checkAuditTrail}: those of `verifyAuditLog` (a known `head` or published `anchor`, the
 * `key` of a keyed chain).
 *
 * @example
 * ```ts
 * import type { CheckAuditTrailOptions } from 'vn-portal-kit/workflow';
 * const o: CheckAuditTrailOptions = { anchor: 'a'.repeat(64) };
 * o.anchor?.length //=> 64
 * ```
 */
export interface CheckAuditTrailOptions {
  readonly head?: string;
  readonly anchor?: string;
  readonly key?: string;
  /** Stop after this many issues (default 20). */
  readonly maxIssues?: number;
}

function roleAllowed(
  def: TransitionDefinition | StartDefinition,
  machine: MachineDefinition,
  e: AuditEntry,
): boolean {
  const direct = def.permissions.some((p) => p.roles.includes(e.role));
  if (!direct) return false;
  if (e.onBehalfOf === null) return true;
  const action = def.action ?? def.event;
  return (machine.delegations ?? []).some((d) => d.fromRole === e.role && d.actions.includes(action));
}

/** The context list the start adds its actor to (the creator is always an author), or null. */
function creatorList(machine: MachineDefinition): string | null {
  for (const a of machine.start.assign ?? []) if ('addActorTo' in a) return a.addActorTo;
  return null;
}

function stepIssue(
  i: number,
  vi: string,
  en: string,
  e: AuditEntry,
  citation = undefined as Issue['citation'],
): Issue {
  return refusal('workflow.audit-step-invalid', `Mục ${i}: ${vi}`, `Entry ${i}: ${en}`, {
    path: ['log', i],
    citation,
    details: {
      event: typeof e.event === 'string' ? e.event.slice(0, 64) : null,
      from: e.from,
      to: e.to,
      role: e.role,
    },
  });
}

/** Checks one entry against the machine; the issue, or null. */
function checkStep(
  machine: MachineDefinition,
  e: AuditEntry,
  i: number,
  prevState: string | null,
  creator: string | null,
): Issue | null {
  const c = compiled(machine);
  if (e.machineId !== machine.id)
    return stepIssue(
      i,
      `thuộc quy trình khác ${preview(e.machineId)}`,
      `belongs to another workflow ${preview(e.machineId)}`,
      e,
    );
  let def: TransitionDefinition | StartDefinition | undefined;
  if (i === 0) {
    if (e.event !== machine.start.event || e.from !== null || e.to !== machine.start.to)
      return stepIssue(
        i,
        'không mở hồ sơ đúng quy trình',
        'does not open the case as the workflow does',
        e,
        machine.citation,
      );
    def = machine.start;
  } else {
    if (e.from !== prevState)
      return stepIssue(
        i,
        'không tiếp nối trạng thái của mục trước',
        'does not continue from the previous state',
        e,
        machine.citation,
      );
    def = c.byState.get(String(e.from))?.get(String(e.event));
    if (def === undefined || def.to !== e.to)
      return stepIssue(
        i,
        `sự kiện ${preview(e.event)} không được phép từ trạng thái ${preview(e.from)}`,
        `event ${preview(e.event)} is not allowed from state ${preview(e.from)}`,
        e,
        machine.citation,
      );
  }
  if (typeof e.role !== 'string' || !roleAllowed(def, machine, e))
    return stepIssue(
      i,
      `vai trò ${preview(e.role)} không được phép làm việc này`,
      `role ${preview(e.role)} may not do this`,
      e,
      def.permissions[0]?.citation ?? def.citation,
    );
  // The creator is an author for the item's whole life: a guard keeping authors out must hold for them.
  if (creator !== null && typeof e.actorId === 'string') {
    for (const g of def.guards ?? []) {
      if (g.kind !== 'actor-not-among' || g.field !== creatorList(machine)) continue;
      const onBehalf =
        typeof e.onBehalfOf === 'string' &&
        g.delegator === true &&
        idAmong(normaliseActorId(e.onBehalfOf), creator);
      if (idAmong(normaliseActorId(e.actorId), creator) || onBehalf)
        return refusal(g.code, `Mục ${i}: ${g.message.vi}`, `Entry ${i}: ${g.message.en}`, {
          path: ['log', i],
          citation: g.citation,
        });
    }
  }
  return null;
}

/**
 * Checks a stored audit log against its machine: first the chain (`verifyAuditLog`, with a known head or a
 * published anchor if given), then every entry — the first opens the case as the machine starts it; each next
 * one continues from the previous state with an event the machine allows from that state to that state, in a
 * role a permission of that transition grants (a delegated role only where a delegation rule allows it); and
 * no step that keeps authors out (approval, publication) is taken by the item's creator or on their behalf.
 * A log forged with `appendAuditEntry` (an `approve` from `draft` by role `superuser`) hashes fine but fails
 * here with `workflow.audit-step-invalid`.
 *
 * @example
 * ```ts
 * import { checkAuditTrail, buildApprovalMachine } from 'vn-portal-kit/workflow';
 * import { quangNam3069_2021 } from 'vn-portal-kit/profiles';
 * checkAuditTrail(buildApprovalMachine(quangNam3069_2021.workflow!.editorial!), []).ok //=> true
 * ```
 */
export function checkAuditTrail(
  machine: MachineDefinition,
  log: readonly AuditEntry[],
  options: CheckAuditTrailOptions = {},
): Result<{ length: number; head: string; state: string | null }> {
  const chain = verifyAuditLog(log, {
    ...(options.head === undefined ? {} : { head: options.head }),
    ...(options.anchor === undefined ? {} : { anchor: options.anchor }),
    ...(options.key === undefined ? {} : { key: options.key }),
  });
  if (!chain.ok) return chain;
  const max = options.maxIssues ?? 20;
  const issues: Issue[] = [];
  let state: string | null = null;
  const creator =
    log.length > 0 && typeof log[0]!.actorId === 'string' ? normaliseActorId(log[0]!.actorId) : null;
  for (let i = 0; i < log.length && issues.length < max; i++) {
    const e = log[i]!;
    const bad = checkStep(machine, e, i, state, creatorList(machine) === null ? null : creator);
    if (bad !== null) issues.push(bad);
    state = typeof e.to === 'string' ? e.to : null;
  }
  return issues.length > 0 ? err(issues) : ok({ length: log.length, head: auditLogHead(log), state });
}
