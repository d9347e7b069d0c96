import { err, type Issue, ok, type Result, VnPortalKitError } from '../core/index.js';
import { canonicalText } from './_lib/canonical.js';
import { parseInstant } from './_lib/instants.js';
import { refusal } from './_lib/refusal.js';
import { hmacSha256Hex, sha256Hex } from './_lib/sha256.js';
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
 * SHA-256 (hex) of a snapshot's canonical JSON (keys sorted; see docs/workflow.md, "The audit log"),
 * synchronous and browser-safe. A value with no canonical form (`NaN`, a BigInt, a cycle, …) throws a
 * `VnPortalKitError` with the coded issue `workflow.canonical-invalid`: snapshots `transition` returns always
 * have one.
 *
 * @example
 * ```ts
 * import { hashSnapshot } from 'vn-portal-kit/workflow';
 * const s = { schemaVersion: 2, machineId: 'm', state: 'draft', context: {}, seq: 1, updatedAt: '2026-01-05T01:00:00.000Z' } as const;
 * hashSnapshot(s) === hashSnapshot({ ...s, context: {} }) //=> true
 * ```
 */
export function hashSnapshot(snapshot: WorkflowSnapshot): string {
  const r = snapshotHash(snapshot);
  if (!r.ok) throw new VnPortalKitError(r.issues);
  return r.value;
}

/** The hash of a snapshot, or the coded issue (internal, never throws). */
export function snapshotHash(snapshot: unknown): Result<string> {
  const c = canonicalText(snapshot, ['snapshot']);
  return c.ok ? ok(sha256Hex(c.text)) : err([c.issue]);
}

/** The hash of an entry's body: SHA-256, or HMAC-SHA-256 under `key` (never throws). */
function entryHash(body: unknown, key: string | undefined, path: (string | number)[]): Result<string> {
  const c = canonicalText(body, path);
  if (!c.ok) return err([c.issue]);
  return ok(key === undefined ? sha256Hex(c.text) : hmacSha256Hex(key, c.text));
}

/**
 * Options of {@link appendAuditEntry}.
 *
 * @example
 * ```ts
 * import type { AppendAuditEntryOptions } from 'vn-portal-kit/workflow';
 * const o: AppendAuditEntryOptions = { key: 'a secret the operator keeps' };
 * typeof o.key //=> 'string'
 * ```
 */
export interface AppendAuditEntryOptions {
  /**
   * A secret: each entry's `hash` is then an HMAC-SHA-256 under it (a keyed chain). Whoever holds the log but
   * not the key cannot rewrite it so that it verifies; verify with the same key.
   */
  readonly key?: string;
}

/** Appends without throwing (internal): the new log, or the coded issue. */
export function appendEntry(
  log: readonly AuditEntry[],
  record: AuditRecord,
  snapshot: WorkflowSnapshot,
  key: string | undefined,
): Result<AuditEntry[]> {
  const prev = log[log.length - 1];
  const snap = snapshotHash(snapshot);
  if (!snap.ok) return snap;
  const body: Omit<AuditEntry, 'hash'> = {
    ...record,
    index: log.length,
    snapshotHash: snap.value,
    prevHash: prev ? prev.hash : AUDIT_GENESIS_HASH,
  };
  const h = entryHash(body, key, ['record']);
  if (!h.ok) return h;
  return ok([...log, { ...body, hash: h.value }]);
}

/**
 * Appends a step's record to a log (returning a new array), chaining it to the previous entry's hash and
 * binding it to the snapshot the step produced. With `options.key`, the chain is keyed (HMAC-SHA-256). A
 * record or snapshot with no canonical form throws a `VnPortalKitError` (`workflow.canonical-invalid`).
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
  options: AppendAuditEntryOptions = {},
): AuditEntry[] {
  const r = appendEntry(log, record, snapshot, options.key);
  if (!r.ok) throw new VnPortalKitError(r.issues);
  return r.value;
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
  /**
   * A head published earlier (see {@link auditLogHead}): some entry's hash must equal it, so the log extends
   * what was anchored (detects a rewrite of the anchored part by whoever holds the log).
   */
  readonly anchor?: string;
  /** The secret of a keyed chain (see {@link AppendAuditEntryOptions}). */
  readonly key?: string;
}

/**
 * The head hash of a log: the last entry's hash (the genesis hash for an empty log). Publish it elsewhere
 * (a gazette, another system, a signed e-mail) to anchor the chain; verify later with `{ anchor }` or `{ head }`.
 *
 * @example
 * ```ts
 * import { auditLogHead, AUDIT_GENESIS_HASH } from 'vn-portal-kit/workflow';
 * auditLogHead([]) === AUDIT_GENESIS_HASH //=> true
 * ```
 */
export function auditLogHead(log: readonly AuditEntry[]): string {
  const last = Array.isArray(log) ? log[log.length - 1] : undefined;
  return last && typeof last.hash === 'string' ? last.hash : AUDIT_GENESIS_HASH;
}

const HASH_RE = /^[0-9a-f]{64}$/;

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
  const broken = verifyChain(log, options.key);
  if (broken !== null) return err([broken]);
  const head = auditLogHead(log);
  const issues: Issue[] = [];
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
  if (
    options.anchor !== undefined &&
    options.anchor !== AUDIT_GENESIS_HASH &&
    !log.some((e) => e.hash === options.anchor)
  ) {
    issues.push(
      refusal(
        'workflow.audit-anchor-missing',
        'Nhật ký không chứa mã băm đã công bố (phần đã neo bị viết lại)',
        'The log does not contain the published head (the anchored part was rewritten)',
        { path: ['log'], details: { anchor: String(options.anchor).slice(0, 64) } },
      ),
    );
  }
  if (options.snapshot !== undefined) {
    const bound = boundToSnapshot(log, options.snapshot);
    if (bound !== null) issues.push(bound);
  }
  return issues.length > 0 ? err(issues) : ok({ length: log.length, head });
}

/** Whether the log's last entry is bound to `snapshot` (its hash and step number); the refusal if not. */
export function boundToSnapshot(log: readonly AuditEntry[], snapshot: WorkflowSnapshot): Issue | null {
  const last = log[log.length - 1];
  const h = snapshotHash(snapshot);
  if (!h.ok) return h.issues[0]!;
  if (!last || last.snapshotHash !== h.value || snapshot.seq !== log.length) {
    return refusal(
      'workflow.audit-head-mismatch',
      'Nhật ký không khớp ảnh trạng thái hiện tại (nhật ký bị cắt hoặc ảnh trạng thái bị sửa)',
      'The log does not match the current snapshot (a truncated log or an altered snapshot)',
      { path: ['snapshot'] },
    );
  }
  return null;
}

/** Checks one entry against its position and predecessor; the refusal, or null. */
export function checkEntry(e: unknown, i: number, prevHash: string, key: string | undefined): Issue | null {
  const path = ['log', i];
  if (e === null || typeof e !== 'object' || Array.isArray(e)) {
    return refusal('workflow.audit-invalid', `Mục ${i} không hợp lệ`, `Entry ${i} is malformed`, { path });
  }
  const entry = e as Record<string, unknown>;
  if (typeof entry.hash !== 'string' || !HASH_RE.test(entry.hash) || typeof entry.prevHash !== 'string') {
    return refusal('workflow.audit-invalid', `Mục ${i} không hợp lệ`, `Entry ${i} is malformed`, { path });
  }
  const { hash, ...body } = entry;
  const computed = entryHash(body, key, path);
  if (!computed.ok) return computed.issues[0]!;
  if (computed.value !== hash) {
    return refusal('workflow.audit-hash-mismatch', `Mục ${i} đã bị sửa đổi`, `Entry ${i} was altered`, {
      path,
    });
  }
  if (entry.prevHash !== prevHash) {
    return refusal(
      'workflow.audit-chain-broken',
      `Chuỗi nhật ký bị đứt tại mục ${i} (mục bị xóa, chèn hoặc đổi chỗ)`,
      `The chain breaks at entry ${i} (an entry was removed, inserted or moved)`,
      { path },
    );
  }
  if (entry.index !== i || entry.seq !== i + 1) {
    return refusal(
      'workflow.audit-sequence',
      `Số thứ tự mục ${i} không khớp`,
      `Entry ${i} is out of sequence`,
      { path },
    );
  }
  return null;
}

/** Verifies every entry's hash, the chain, positions and time order; the first refusal, or null. Linear. */
export function verifyChain(log: readonly unknown[], key: string | undefined): Issue | null {
  let prevHash = AUDIT_GENESIS_HASH;
  let prevAt = Number.NEGATIVE_INFINITY;
  for (let i = 0; i < log.length; i++) {
    const bad = checkEntry(log[i], i, prevHash, key);
    if (bad !== null) return bad;
    const e = log[i] as AuditEntry;
    const at = parseInstant(e.at);
    if (Number.isNaN(at) || at < prevAt) {
      return refusal(
        'workflow.audit-time-order',
        `Thời điểm của mục ${i} lùi về trước`,
        `Entry ${i} goes back in time`,
        {
          path: ['log', i],
        },
      );
    }
    prevAt = at;
    prevHash = e.hash;
  }
  return null;
}
