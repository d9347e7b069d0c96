import type { LocalizedText } from '../core/index.js';
import { QUESTION_STATES } from './buildQuestionMachine.js';
import type { QuestionPolicy, StatusNoticeField } from './QuestionPolicy.js';
import type { WorkflowSnapshot } from './WorkflowSnapshot.js';

/**
 * Where a question stands at an instant: its state, due date, whether it is overdue (still open after the due
 * date) or was answered late, and the time left.
 *
 * @example
 * ```ts
 * import type { QuestionStatus } from 'vn-portal-kit/workflow';
 * const s: Pick<QuestionStatus, 'overdue'> = { overdue: false };
 * s.overdue //=> false
 * ```
 */
export interface QuestionStatus {
  readonly state: string;
  readonly stateName: LocalizedText;
  /** Still waiting for an answer (received, classified or assigned). */
  readonly open: boolean;
  readonly dueAt: string | null;
  /** Open and past the due date. */
  readonly overdue: boolean;
  /** Answered after the due date (`null` while unanswered). */
  readonly answeredLate: boolean | null;
  /** Milliseconds to the due date (negative when overdue; `null` without a due date or when closed). */
  readonly remainingMs: number | null;
}

const OPEN = new Set(['received', 'classified', 'assigned']);

function text(v: unknown): string | null {
  return typeof v === 'string' ? v : null;
}

/**
 * The status of a question snapshot at `at` (overdue detection for dashboards and reminders).
 *
 * @example
 * ```ts
 * import { questionStatus } from 'vn-portal-kit/workflow';
 * const s = { schemaVersion: 2, machineId: 'questions:X', state: 'assigned', seq: 3, updatedAt: '2026-03-02T02:00:00.000Z', context: { dueAt: '2026-03-06T17:00:00.000Z' } } as const;
 * questionStatus(s, new Date('2026-03-07T01:00:00Z')).overdue //=> true
 * ```
 */
export function questionStatus(snapshot: WorkflowSnapshot, at: Date): QuestionStatus {
  const ctx = snapshot?.context ?? {};
  const state = typeof snapshot?.state === 'string' ? snapshot.state : 'received';
  const name = QUESTION_STATES.find((s) => s.id === state)?.name ?? { vi: state, en: state };
  const dueAt = text(ctx.dueAt);
  const due = dueAt === null ? Number.NaN : Date.parse(dueAt);
  const now = at instanceof Date ? at.getTime() : Number.NaN;
  const open = OPEN.has(state);
  const remaining = open && !Number.isNaN(due) && !Number.isNaN(now) ? due - now : null;
  return {
    state,
    stateName: name,
    open,
    dueAt,
    overdue: remaining !== null && remaining < 0,
    answeredLate: typeof ctx.answeredLate === 'boolean' ? ctx.answeredLate : null,
    remainingMs: remaining,
  };
}

/**
 * The notice sent to the asker on a status change (ND-224-2026/15.1.g: the agency, the receiving/handling
 * person, and the times of receipt, processing and return), with the fields the policy asks for; `missing`
 * lists required fields the case does not have yet.
 *
 * @example
 * ```ts
 * import type { StatusNotice } from 'vn-portal-kit/workflow';
 * const n: Pick<StatusNotice, 'missing'> = { missing: [] };
 * n.missing //=> []
 * ```
 */
export interface StatusNotice {
  readonly state: string;
  readonly stateName: LocalizedText;
  readonly fields: Partial<Record<StatusNoticeField, string>>;
  readonly missing: readonly StatusNoticeField[];
}

/**
 * Builds the status notice of a question snapshot under a policy: `agency` (the assigned or forwarded-to
 * agency), `handler` (who answered, else who assigned, else who classified), `receivedAt`, `processedAt`
 * (assignment or classification) and `returnedAt` (answer, forwarding or publication). Without a
 * `statusNotice` in the policy, all five fields are given and none is required.
 *
 * @example
 * ```ts
 * import { buildStatusNotice, type QuestionPolicy } from 'vn-portal-kit/workflow';
 * const policy = { statusNotice: { fields: ['agency', 'receivedAt'], onEveryChange: true, citation: { id: 'ND-224-2026/15.1.g' } } } as unknown as QuestionPolicy;
 * const s = { schemaVersion: 2, machineId: 'q', state: 'received', seq: 1, updatedAt: '2026-07-02T01:00:00.000Z', context: { receivedAt: '2026-07-02T01:00:00.000Z' } } as const;
 * buildStatusNotice(policy, s).missing //=> ['agency']
 * ```
 */
export function buildStatusNotice(policy: QuestionPolicy, snapshot: WorkflowSnapshot): StatusNotice {
  const ctx = snapshot?.context ?? {};
  const all: Record<StatusNoticeField, string | null> = {
    agency: text(ctx.agency) ?? text(ctx.forwardedTo),
    handler: text(ctx.answeredBy) ?? text(ctx.assignedBy) ?? text(ctx.classifiedBy),
    receivedAt: text(ctx.receivedAt),
    processedAt: text(ctx.assignedAt) ?? text(ctx.classifiedAt),
    returnedAt: text(ctx.publishedAt) ?? text(ctx.answeredAt) ?? text(ctx.forwardedAt),
  };
  const wanted: readonly StatusNoticeField[] = policy.statusNotice?.fields ?? [
    'agency',
    'handler',
    'receivedAt',
    'processedAt',
    'returnedAt',
  ];
  const fields: Partial<Record<StatusNoticeField, string>> = {};
  const missing: StatusNoticeField[] = [];
  for (const f of wanted) {
    const v = all[f];
    if (v !== null) fields[f] = v;
    else if (policy.statusNotice !== undefined && (f === 'agency' || f === 'receivedAt' || f === 'handler'))
      missing.push(f);
  }
  const state = typeof snapshot?.state === 'string' ? snapshot.state : 'received';
  return {
    state,
    stateName: QUESTION_STATES.find((s) => s.id === state)?.name ?? { vi: state, en: state },
    fields,
    missing,
  };
}
