import { describe, expect, it } from 'vitest';
import { WORKFLOW_NX_2112_2022 } from '../../src/profiles/workflow/index.js';
import {
  AUDIT_GENESIS_HASH,
  type AuditEntry,
  appendAuditEntry,
  buildApprovalMachine,
  createWorkflow,
  hashSnapshot,
  verifyAuditLog,
} from '../../src/workflow/index.js';
import { at } from './_fixtures.js';
import { steps } from './_run.js';

const wf = createWorkflow(buildApprovalMachine(WORKFLOW_NX_2112_2022.editorial!));
const member = { id: 'tv', roles: ['member'] };
const head = { id: 'tb', roles: ['head'] };
const deputy = {
  id: 'pb',
  roles: ['deputy'],
  delegations: [
    {
      id: 'uq',
      fromActorId: 'tb',
      fromRole: 'head',
      toActorId: 'pb',
      actions: ['approve'],
      validFrom: '2026-03-01',
      validUntil: '2026-03-31',
    },
  ],
};

function run() {
  const s = wf.start(member, at(0), { attributes: { title: 'Tin', topic: 'party' } });
  if (!s.ok) throw new Error('start');
  return steps(wf, s.value, [
    ['submit', member, at(1)],
    ['start-review', head, at(2)],
    ['request-changes', head, at(3), { reason: 'Thêm ảnh' }],
    ['submit', member, at(4)],
    ['start-review', head, at(5)],
    ['approve', deputy, at(6)],
    ['publish', head, at(7)],
  ]);
}

describe('hash-chained audit log', () => {
  const r = run();

  it('records who, role, on whose delegation, what, when, why and the snapshot hash', () => {
    const approve = r.log.find((e) => e.event === 'approve')!;
    expect(approve).toMatchObject({
      actorId: 'pb',
      role: 'head',
      onBehalfOf: 'tb',
      delegationId: 'uq',
      from: 'in-review',
      to: 'approved',
      at: at(6).toISOString(),
      citations: ['NX-2112-2022/14.1', 'NX-2112-2022/14.2', 'NX-2112-2022/14'],
    });
    expect(r.log.find((e) => e.event === 'request-changes')!.reason).toBe('Thêm ảnh');
    expect(r.log[0]!.prevHash).toBe(AUDIT_GENESIS_HASH);
    expect(r.log.at(-1)!.snapshotHash).toBe(hashSnapshot(r.snapshot));
    expect(verifyAuditLog(r.log, { snapshot: r.snapshot, head: r.log.at(-1)!.hash })).toEqual({
      ok: true,
      value: { length: 8, head: r.log.at(-1)!.hash },
      issues: [],
    });
  });

  it('detects an edit of any field of any entry', () => {
    let checked = 0;
    r.log.forEach((entry, i) => {
      for (const key of Object.keys(entry) as (keyof AuditEntry)[]) {
        const v = entry[key];
        const changed =
          typeof v === 'string'
            ? `${v}0`
            : typeof v === 'number'
              ? v + 1
              : Array.isArray(v)
                ? [...v, 'X/1']
                : v === null
                  ? 'x'
                  : null;
        const log = [...r.log];
        log[i] = { ...entry, [key]: changed } as AuditEntry;
        const res = verifyAuditLog(log, { snapshot: r.snapshot });
        expect(res.ok, `${i}.${key}`).toBe(false);
        checked++;
      }
      // An added field is an edit too.
      const log = [...r.log];
      log[i] = { ...entry, note: 'thêm' } as AuditEntry;
      expect(verifyAuditLog(log).ok).toBe(false);
    });
    expect(checked).toBeGreaterThan(100);
  });

  it('detects removal, insertion, duplication, reordering and truncation', () => {
    const code = (log: AuditEntry[], snapshot = true): string => {
      const res = verifyAuditLog(log, snapshot ? { snapshot: r.snapshot } : {});
      return res.ok ? 'ok' : res.issues[0]!.code;
    };
    for (let i = 0; i < r.log.length; i++) {
      const removed = r.log.filter((_, j) => j !== i);
      expect(code(removed), `remove ${i}`).not.toBe('ok');
      const dup = [...r.log.slice(0, i + 1), r.log[i]!, ...r.log.slice(i + 1)];
      expect(code(dup), `duplicate ${i}`).not.toBe('ok');
      if (i + 1 < r.log.length) {
        const swapped = [...r.log];
        swapped[i] = r.log[i + 1]!;
        swapped[i + 1] = r.log[i]!;
        expect(code(swapped), `swap ${i}`).toBe('workflow.audit-chain-broken');
      }
    }
    expect(code(r.log.slice(0, -1))).toBe('workflow.audit-head-mismatch');
    expect(code(r.log.slice(1), false)).toBe('workflow.audit-chain-broken');
    expect(code([...r.log].reverse(), false)).not.toBe('ok');
  });

  it('a forger who re-hashes an edited chain still fails against the stored head or the snapshot', () => {
    // Rewrite who approved, then rebuild every hash from that entry on.
    const rebuilt: AuditEntry[] = [];
    for (const e of r.log) {
      const { index: _i, snapshotHash: _s, prevHash: _p, hash: _h, ...record } = e;
      const forgedRecord = e.event === 'approve' ? { ...record, actorId: 'tv' } : record;
      const appended = appendAuditEntry(rebuilt, forgedRecord, r.snapshot);
      rebuilt.push(appended.at(-1)!);
    }
    expect(verifyAuditLog(rebuilt).ok).toBe(true);
    expect(verifyAuditLog(rebuilt, { head: r.log.at(-1)!.hash }).ok).toBe(false);
  });

  it('refuses malformed logs without throwing', () => {
    expect(verifyAuditLog('log' as never).ok).toBe(false);
    expect(verifyAuditLog([null] as never).ok).toBe(false);
    expect(verifyAuditLog([{ hash: 1 }] as never).ok).toBe(false);
    expect(verifyAuditLog([], { snapshot: r.snapshot }).ok).toBe(false);
  });
});

describe('hostile data never throws', () => {
  it('a cyclic or absurdly deep snapshot is refused as tampered, and a cyclic entry fails verification', () => {
    const r = run();
    const cyclic: Record<string, unknown> = { ...r.snapshot.context };
    cyclic.loop = cyclic;
    const forged = { ...r, snapshot: { ...r.snapshot, context: cyclic as never } };
    const sent = wf.send(forged, { type: 'unpublish', payload: { reason: 'x' } }, head, at(9));
    expect(sent.ok ? 'ok' : sent.issues[0]!.code).toBe('workflow.snapshot-tampered');
    let deep: unknown = 'x';
    for (let i = 0; i < 10_000; i++) deep = [deep];
    const log = [...r.log];
    log[2] = { ...log[2]!, reason: deep as never };
    expect(verifyAuditLog(log).ok).toBe(false);
  });
});
