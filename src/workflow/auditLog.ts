import { err, type Issue, ok, type Result } from '../core/index.js';
import { refusal } from './_lib/refusal.js';
import { canonicalJson, sha256Hex } from './_lib/sha256.js';
import type { AuditRecord, WorkflowSnapshot } from './WorkflowSnapshot.js';

/**
 * The `prevHash` of the first entry of every audit log (64 zeros).
 *
 * @example
 * ```ts
 * import { AUDIT_GENESIS_HASH } from 'vn-portal-kit/workflow';
 * AUDIT_GENESIS_HASH.length //=> 64
 * ```
 */
export const AUDIT_GENESIS_HASH: string = '0'.repeat(64);

/**
 * One entry of a hash-chained audit log: the step's record, its position, the SHA-256 of the snapshot the
 * step produced, the previous entry's hash, and its own hash (SHA-256 of the canonical JSON of everything
 * else). Changing, removing, inserting or reordering entries breaks the chain.
 *
 * @example
 * ```ts
 * import type { AuditEntry } from 'vn-portal-kit/workflow';
 * const e: Pick<AuditEntry, 'index' | 'prevHash'> = { index: 0, prevHash: '0'.repeat(64) };
 * e.index //=> 0
 * ```
 */
export interface AuditEntry extends AuditRecord {
  readonly index: number;
  readonly snapshotHash: string;
  readonly prevHash: string;
  readonly hash: string;
}

/**
 * SHA-256 (hex) of a snapshot's canonical JSON (keys sorted), synchronous and browser-safe.
 *
 * @example
 * ```ts
 * import { hashSnapshot } from 'vn-portal-kit/workflow';
 * const s = { schemaVersion: 2, machineId: 'm', state: 'draft', context: {}, seq: 1, updatedAt: '2026-01-05T01:00:00.000Z' } as const;
 * hashSnapshot(s) === hashSnapshot({ ...s, context: {} }) //=> true
 * ```
 */
export function hashSnapshot(snapshot: WorkflowSnapshot): string {
  return sha256Hex(canonicalJson(snapshot));
}

function entryHash(entry: Omit<AuditEntry, 'hash'>): string {
  return sha256Hex(canonicalJson(entry));
}

/**
 * Appends a step's record to a log (returning a new array), chaining it to the previous entry's hash and
 * binding it to the snapshot the step produced.
 *
 * @example
 * ```ts
 * import { appendAuditEntry, verifyAuditLog, buildApprovalMachine, startWorkflow } from 'vn-portal-kit/workflow';
 * import type { EditorialPolicy } from 'vn-portal-kit/workflow';
 * const c = { id: 'QN-3069-2021/10.2' };
 * const policy: EditorialPolicy = {
 *   regulationId: 'QN-3069-2021',
 *   roles: [{ id: 'member', name: { vi: 'Thành viên', en: 'Member' }, citation: c }, { id: 'head', name: { vi: 'Trưởng Ban', en: 'Head' }, citation: c }],
 *   permissions: [
 *     { action: 'draft', roles: ['member'], citation: c }, { action: 'submit', roles: ['member'], citation: c },
 *     { action: 'review', roles: ['member'], citation: c }, { action: 'approve', roles: ['head'], citation: c },
 *     { action: 'publish', roles: ['head'], citation: c },
 *   ],
 *   approvalRequired: [c],
 * };
 * const m = buildApprovalMachine(policy);
 * const s = startWorkflow(m, { id: 'bt-1', roles: ['member'] }, new Date('2026-03-02T01:00:00Z'));
 * const log = s.ok ? appendAuditEntry([], s.value.record, s.value.snapshot) : [];
 * verifyAuditLog(log).ok //=> true
 * ```
 */
export function appendAuditEntry(
  log: readonly AuditEntry[],
  record: AuditRecord,
  snapshot: WorkflowSnapshot,
): AuditEntry[] {
  const prev = log[log.length - 1];
  const body: Omit<AuditEntry, 'hash'> = {
    ...record,
    index: log.length,
    snapshotHash: hashSnapshot(snapshot),
    prevHash: prev ? prev.hash : AUDIT_GENESIS_HASH,
  };
  return [...log, { ...body, hash: entryHash(body) }];
}

/**
 * Options of {@link verifyAuditLog}.
 *
 * @example
 * ```ts
 * import { type VerifyAuditLogOptions, AUDIT_GENESIS_HASH, verifyAuditLog } from 'vn-portal-kit/workflow';
 * const options: VerifyAuditLogOptions = { head: AUDIT_GENESIS_HASH };
 * verifyAuditLog([], options).ok //=> true
 * ```
 */
export interface VerifyAuditLogOptions {
  /** The current snapshot: the last entry must be bound to it (detects a truncated log or a forged snapshot). */
  readonly snapshot?: WorkflowSnapshot;
  /** The head hash stored elsewhere (e.g. a database row): the last entry's hash must equal it. */
  readonly head?: string;
}

/**
 * Verifies a hash-chained audit log: every entry's hash, the chain of `prevHash`, positions and step numbers,
 * times never going backwards, and (with `options`) the binding to the current snapshot or a stored head.
 * Returns the length and head hash, or issues naming the first broken entry: `workflow.audit-invalid`,
 * `workflow.audit-hash-mismatch` (an edit), `workflow.audit-chain-broken` (removal, insertion, reordering),
 * `workflow.audit-sequence`, `workflow.audit-time-order`, `workflow.audit-head-mismatch`.
 *
 * @example
 * ```ts
 * import { verifyAuditLog } from 'vn-portal-kit/workflow';
 * verifyAuditLog([]).ok //=> true
 * ```
 */
export function verifyAuditLog(
  log: readonly AuditEntry[],
  options: VerifyAuditLogOptions = {},
): Result<{ length: number; head: string }> {
  if (!Array.isArray(log)) {
    return err([
      refusal('workflow.audit-invalid', 'Nhật ký không hợp lệ', 'Invalid audit log', { path: ['log'] }),
    ]);
  }
  const issues: Issue[] = [];
  let prevHash = AUDIT_GENESIS_HASH;
  let prevAt = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < log.length && issues.length === 0; i++) {
    const e = log[i] as AuditEntry | null;
    const path = ['log', i];
    if (e === null || typeof e !== 'object' || typeof e.hash !== 'string' || typeof e.prevHash !== 'string') {
      issues.push(
        refusal('workflow.audit-invalid', `Mục ${i} không hợp lệ`, `Entry ${i} is malformed`, { path }),
      );
      break;
    }
    const { hash, ...body } = e;
    if (entryHash(body) !== hash) {
      issues.push(
        refusal('workflow.audit-hash-mismatch', `Mục ${i} đã bị sửa đổi`, `Entry ${i} was altered`, { path }),
      );
    } else if (e.prevHash !== prevHash) {
      issues.push(
        refusal(
          'workflow.audit-chain-broken',
          `Chuỗi nhật ký bị đứt tại mục ${i} (mục bị xóa, chèn hoặc đổi chỗ)`,
          `The chain breaks at entry ${i} (an entry was removed, inserted or moved)`,
          { path },
        ),
      );
    } else if (e.index !== i || e.seq !== i + 1) {
      issues.push(
        refusal('workflow.audit-sequence', `Số thứ tự mục ${i} không khớp`, `Entry ${i} is out of sequence`, {
          path,
        }),
      );
    } else {
      const at = Date.parse(e.at);
      if (Number.isNaN(at) || at < prevAt) {
        issues.push(
          refusal(
            'workflow.audit-time-order',
            `Thời điểm của mục ${i} lùi về trước`,
            `Entry ${i} goes back in time`,
            {
              path,
            },
          ),
        );
      }
      prevAt = at;
    }
    prevHash = hash;
  }
  if (issues.length > 0) return err(issues);
  const last = log[log.length - 1];
  const head = last ? last.hash : AUDIT_GENESIS_HASH;
  if (options.head !== undefined && options.head !== head) {
    issues.push(
      refusal(
        'workflow.audit-head-mismatch',
        'Nhật ký không khớp mã băm đầu đã lưu',
        'The log does not end at the stored head',
        {
          path: ['log'],
        },
      ),
    );
  }
  if (options.snapshot !== undefined) {
    const s = options.snapshot;
    if (!last || last.snapshotHash !== hashSnapshot(s) || s.seq !== log.length) {
      issues.push(
        refusal(
          'workflow.audit-head-mismatch',
          'Nhật ký không khớp ảnh trạng thái hiện tại (nhật ký bị cắt hoặc ảnh trạng thái bị sửa)',
          'The log does not match the current snapshot (a truncated log or an altered snapshot)',
          { path: ['snapshot'] },
        ),
      );
    }
  }
  return issues.length > 0 ? err(issues) : ok({ length: log.length, head });
}
