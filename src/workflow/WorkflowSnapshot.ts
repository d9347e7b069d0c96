import type { Citation } from '../core/index.js';
import type { JsonObject } from './MachineDefinition.js';

/**
 * The snapshot schema version this library writes. Older snapshots are migrated by `migrateSnapshot` (and
 * transparently by `transition`).
 *
 * @example
 * ```ts
 * import { WORKFLOW_SNAPSHOT_VERSION } from 'vn-portal-kit/workflow';
 * WORKFLOW_SNAPSHOT_VERSION //=> 2
 * ```
 */
export const WORKFLOW_SNAPSHOT_VERSION = 2;

/**
 * The state of one case (a content item, a question, a consultation) as plain JSON: store it anywhere, send
 * it over the wire, feed it back to `transition`.
 *
 * @example
 * ```ts
 * import type { WorkflowSnapshot } from 'vn-portal-kit/workflow';
 * const s: WorkflowSnapshot = { schemaVersion: 2, machineId: 'm', state: 'draft', context: { attributes: {} }, seq: 1, updatedAt: '2026-01-05T01:00:00.000Z' };
 * s.state //=> 'draft'
 * ```
 */
export interface WorkflowSnapshot {
  readonly schemaVersion: typeof WORKFLOW_SNAPSHOT_VERSION;
  readonly machineId: string;
  readonly state: string;
  /** Workflow fields (author, approver, due dates as ISO instants, ...) and `attributes` (the content's). */
  readonly context: JsonObject;
  /** Number of steps taken (the start counts as 1): a stale copy has a lower number. */
  readonly seq: number;
  /** ISO instant (UTC) of the last step: a later step may not be earlier. */
  readonly updatedAt: string;
}

/**
 * A delegation (ủy quyền) granted by a person holding `fromRole` to the actor, for `actions`, valid from
 * `validFrom` (inclusive) to `validUntil` (exclusive), both ISO date-times or civil dates (UTC+07:00).
 *
 * @example
 * ```ts
 * import type { Delegation } from 'vn-portal-kit/workflow';
 * const d: Delegation = { id: 'uq-01', fromActorId: 'truong-ban', fromRole: 'head', toActorId: 'pho-ban', actions: ['approve'], validFrom: '2026-03-02', validUntil: '2026-03-07' };
 * d.fromRole //=> 'head'
 * ```
 */
export interface Delegation {
  readonly id: string;
  readonly fromActorId: string;
  readonly fromRole: string;
  readonly toActorId: string;
  readonly actions: readonly string[];
  readonly validFrom: string;
  readonly validUntil: string;
  /** The decision that grants it (e.g. a signed giấy ủy quyền), for the record. */
  readonly citation?: Citation;
}

/**
 * Who acts: a person id, the roles they hold, and delegations granted to them.
 *
 * @example
 * ```ts
 * import type { WorkflowActor } from 'vn-portal-kit/workflow';
 * const a: WorkflowActor = { id: 'nguyen-van-a', roles: ['member'] };
 * a.roles //=> ['member']
 * ```
 */
export interface WorkflowActor {
  readonly id: string;
  readonly roles: readonly string[];
  readonly delegations?: readonly Delegation[];
}

/**
 * An event sent to a machine: its type and an optional JSON payload (a reason, a date, attributes).
 *
 * @example
 * ```ts
 * import type { WorkflowEvent } from 'vn-portal-kit/workflow';
 * const e: WorkflowEvent = { type: 'reject', payload: { reason: 'Thiếu nguồn tin' } };
 * e.type //=> 'reject'
 * ```
 */
export interface WorkflowEvent {
  readonly type: string;
  readonly payload?: JsonObject;
}

/**
 * What one step records, before it is chained into an audit log: who, in which role, on whose delegation, what,
 * when, why, and the provisions that allowed it.
 *
 * @example
 * ```ts
 * import type { AuditRecord } from 'vn-portal-kit/workflow';
 * const r: Pick<AuditRecord, 'event' | 'role'> = { event: 'approve', role: 'head' };
 * r.role //=> 'head'
 * ```
 */
export interface AuditRecord {
  readonly machineId: string;
  /** The snapshot's `seq` after the step. */
  readonly seq: number;
  readonly event: string;
  /** `null` for the start of a case. */
  readonly from: string | null;
  readonly to: string;
  readonly actorId: string;
  /** The role the actor acted in (a delegated role when acting for someone). */
  readonly role: string;
  /** The person whose role was delegated, or `null`. */
  readonly onBehalfOf: string | null;
  readonly delegationId: string | null;
  /** ISO instant (UTC). */
  readonly at: string;
  /** `payload.reason` when given. */
  readonly reason: string | null;
  /** Provision ids of the permission and transition that allowed the step. */
  readonly citations: readonly string[];
}
