import { describe, expect, it } from 'vitest';
import { WORKFLOW_QN_3069_2021 } from '../../src/profiles/workflow/index.js';
import {
  AUDIT_GENESIS_HASH,
  type AuditEntry,
  appendAuditEntry,
  auditLogHead,
  buildApprovalMachine,
  checkAuditTrail,
  createWorkflow,
  hashSnapshot,
  verifyAuditLog,
  type WorkflowRun,
} from '../../src/workflow/index.js';
import { at } from './_fixtures.js';

const machine = buildApprovalMachine(WORKFLOW_QN_3069_2021.editorial!);
const updater = { id: 'so-tu-phap', roles: ['updater'] };
const member = { id: 'bt-1', roles: ['member'] };
const member2 = { id: 'bt-2', roles: ['member'] };
const head = { id: 'giam-doc', roles: ['head'] };

function liveRun(key?: string): WorkflowRun {
  const wf = createWorkflow(machine, key === undefined ? {} : { key });
  const s = wf.start(updater, at(0), { attributes: { title: 'Thông báo' } });
  if (!s.ok) throw new Error(s.issues[0]!.code);
  let r = s.value;
  const steps: [string, typeof updater, object?][] = [
    ['submit', updater],
    ['start-review', member],
    ['edit', member, { attributes: { title: 'Thông báo (biên tập)' } }],
    ['approve', head],
    ['publish', member2],
    ['unpublish', head, { reason: 'Hết hiệu lực' }],
  ];
  steps.forEach(([type, actor, payload], i) => {
    const n = wf.send(r, payload ? { type, payload: payload as never } : { type }, actor, at(i + 1));
    if (!n.ok) throw new Error(`${type}: ${n.issues[0]!.code}`);
    r = n.value;
  });
  return r;
}

const NON_JSON: readonly unknown[] = [
  Number.NaN,
  Number.POSITIVE_INFINITY,
  Number.NEGATIVE_INFINITY,
  -0,
  () => 1,
  Symbol('s'),
  10n,
  undefined,
  new Date(0),
  new Map(),
];
const OTHER_VALUES: readonly unknown[] = [null, 'x', '', 0, 1, true, false, [], {}, ['a'], { a: 1 }];

function mutateField(entry: AuditEntry, field: string, value: unknown): AuditEntry {
  return { ...entry, [field]: value } as AuditEntry;
}

describe('verifyAuditLog: every single-field mutation, deletion, insertion and swap is detected', () => {
  const run = liveRun();
  const log = run.log;

  it('the untouched log verifies and is bound to its snapshot', () => {
    expect(verifyAuditLog(log, { snapshot: run.snapshot }).ok).toBe(true);
    expect(verifyAuditLog(log, { head: auditLogHead(log), anchor: log[3]!.hash }).ok).toBe(true);
  });

  it('every field of every entry, replaced by any other JSON or non-JSON value, or removed', () => {
    let tried = 0;
    for (let i = 0; i < log.length; i++) {
      const e = log[i]!;
      for (const field of Object.keys(e)) {
        const original = (e as unknown as Record<string, unknown>)[field];
        for (const v of [...OTHER_VALUES, ...NON_JSON, `${String(original)}x`]) {
          if (Object.is(v, original)) continue;
          const forged = [...log];
          forged[i] = mutateField(e, field, v);
          const r = verifyAuditLog(forged);
          expect(r.ok, `${i}.${field} = ${String(v)}`).toBe(false);
          tried++;
        }
        const { [field]: _gone, ...rest } = e as unknown as Record<string, unknown>;
        const forged = [...log];
        forged[i] = rest as unknown as AuditEntry;
        expect(verifyAuditLog(forged).ok, `${i}.${field} removed`).toBe(false);
        // An added field is an edit too.
        forged[i] = { ...e, extra: null } as unknown as AuditEntry;
        expect(verifyAuditLog(forged).ok).toBe(false);
      }
    }
    expect(tried).toBeGreaterThan(1000);
  });

  it('deleting, duplicating, inserting or swapping entries breaks the chain (or the head / snapshot binding)', () => {
    for (let i = 0; i < log.length; i++) {
      const without = log.filter((_, j) => j !== i);
      // Dropping the last entry leaves a valid shorter chain: the head or the snapshot catches it.
      const r = verifyAuditLog(without, { head: auditLogHead(log) });
      expect(r.ok).toBe(false);
      expect(verifyAuditLog(without, { snapshot: run.snapshot }).ok).toBe(false);
      const dup = [...log.slice(0, i + 1), log[i]!, ...log.slice(i + 1)];
      expect(verifyAuditLog(dup).ok).toBe(false);
      if (i + 1 < log.length) {
        const swapped = [...log];
        [swapped[i], swapped[i + 1]] = [swapped[i + 1]!, swapped[i]!];
        expect(verifyAuditLog(swapped).ok).toBe(false);
      }
    }
  });

  it('an entry re-hashed after an edit still breaks the chain at the next entry; a full rewrite is caught by an anchor', () => {
    const wf = createWorkflow(machine);
    const published = auditLogHead(log.slice(0, 4));
    // Rewrite the whole log from entry 2 with appendAuditEntry: it verifies on its own...
    let forged: AuditEntry[] = log.slice(0, 2);
    for (const e of log.slice(2)) {
      const { hash: _h, index: _i, snapshotHash: _s, prevHash: _p, ...record } = e;
      forged = appendAuditEntry(
        forged,
        { ...record, actorId: record.actorId === 'giam-doc' ? 'bt-1' : record.actorId },
        run.snapshot,
      );
    }
    expect(verifyAuditLog(forged).ok).toBe(true);
    // ...but not against the head published earlier, nor against the machine (the approver edited the item).
    const anchored = verifyAuditLog(forged, { anchor: published });
    expect(anchored.ok ? 'ok' : anchored.issues[0]!.code).toBe('workflow.audit-anchor-missing');
    expect(wf.verify({ snapshot: run.snapshot, log: forged }, { anchor: published }).ok).toBe(false);
  });

  it('never throws, whatever the input', () => {
    const inputs: unknown[] = [
      null,
      undefined,
      1,
      'x',
      {},
      [null],
      [1],
      [{}],
      [{ hash: 1n }],
      [{ hash: 'a'.repeat(64), prevHash: 1n, x: 1n }],
    ];
    for (const input of inputs) expect(() => verifyAuditLog(input as never)).not.toThrow();
  });
});

describe('the canonical form: bounded, linear, refusing what JSON cannot hold', () => {
  const snapshot = liveRun().snapshot;

  it('a BigInt, NaN, a function or a Symbol in a snapshot is refused with a coded issue, never hashed as null', () => {
    for (const v of NON_JSON) {
      const s = { ...snapshot, context: { ...snapshot.context, lastReason: v } } as never;
      expect(() => hashSnapshot(s)).toThrow(/workflow\.canonical-invalid/);
    }
    expect(hashSnapshot({ ...snapshot, context: { ...snapshot.context, lastReason: null } })).not.toBe(
      hashSnapshot({ ...snapshot, context: { ...snapshot.context, lastReason: 'null' } }),
    );
  });

  it('values nested deeper than 64 are refused, not collapsed to one marker', () => {
    let deep: unknown = 'x';
    for (let i = 0; i < 100; i++) deep = [deep];
    const s = { ...snapshot, context: { ...snapshot.context, lastReason: deep } } as never;
    expect(() => hashSnapshot(s)).toThrow(/nested deeper than 64/);
  });

  it('shared references and cycles are refused in linear time (a 23-object graph, a cycle)', () => {
    // 23 levels, each pointing twice to the next: 2^23 paths, one pass each object.
    let shared: Record<string, unknown> = { leaf: 1 };
    for (let i = 0; i < 23; i++) shared = { a: shared, b: shared };
    const t0 = performance.now();
    expect(() =>
      hashSnapshot({ ...snapshot, context: { ...snapshot.context, lastReason: shared } } as never),
    ).toThrow(/shared reference or cycle/);
    const cyclic: Record<string, unknown> = { a: 1 };
    cyclic.self = cyclic;
    expect(() =>
      hashSnapshot({ ...snapshot, context: { ...snapshot.context, lastReason: cyclic } } as never),
    ).toThrow(/shared reference or cycle/);
    expect(() => appendAuditEntry([], liveRun().log[0]!, { ...snapshot, context: cyclic } as never)).toThrow(
      /workflow\.canonical-invalid/,
    );
    // Not a timed assertion of speed: a guard against the exponential walk (seconds) coming back.
    expect(performance.now() - t0).toBeLessThan(5000);
  });
});

describe('send on a stored run verifies the chain before acting', () => {
  it('a snapshot set to "approved" with only the last entry’s snapshotHash edited is refused', () => {
    const wf = createWorkflow(machine);
    const r = liveRun();
    // Take the run at "in-review" (entry 3) and forge "approved".
    const base = { snapshot: r.snapshot, log: r.log.slice(0, 4) };
    const forgedSnapshot = {
      ...r.snapshot,
      state: 'approved',
      seq: 4,
      context: { ...r.snapshot.context, approvedBy: 'giam-doc' },
    };
    const last = { ...base.log[3]!, snapshotHash: hashSnapshot(forgedSnapshot as never) };
    const forged = { snapshot: forgedSnapshot as never, log: [...base.log.slice(0, 3), last] };
    const sent = wf.send(forged, { type: 'publish' }, member2, at(30));
    expect(sent.ok ? 'ok' : sent.issues.map((i) => i.code)).toEqual([
      'workflow.snapshot-tampered',
      'workflow.audit-hash-mismatch',
    ]);
    // Re-hashing that entry breaks nothing before it but is caught with the head the portal stored.
    const rehashed = appendAuditEntry(
      base.log.slice(0, 3),
      (({ hash: _h, index: _i, snapshotHash: _s, prevHash: _p, ...rec }) => rec)(last),
      forgedSnapshot as never,
    );
    const withHead = wf.send(
      { snapshot: forgedSnapshot as never, log: rehashed },
      { type: 'publish' },
      member2,
      at(30),
      {
        head: auditLogHead(base.log),
      },
    );
    expect(withHead.ok ? 'ok' : withHead.issues.map((i) => i.code)).toEqual([
      'workflow.snapshot-tampered',
      'workflow.audit-head-mismatch',
    ]);
  });

  it('with a known head, send re-verifies only the last entry and accepts the genuine run', () => {
    const wf = createWorkflow(machine);
    const r = liveRun();
    const next = wf.send(r, { type: 'reopen' }, updater, at(40), { head: auditLogHead(r.log) });
    expect(next.ok).toBe(true);
    expect(wf.send(r, { type: 'reopen' }, updater, at(40), { head: AUDIT_GENESIS_HASH }).ok).toBe(false);
  });
});

describe('keyed chain (HMAC-SHA-256)', () => {
  it('verifies under its key only; a rewrite without the key does not verify', () => {
    const r = liveRun('bí mật của đơn vị vận hành');
    expect(verifyAuditLog(r.log, { key: 'bí mật của đơn vị vận hành', snapshot: r.snapshot }).ok).toBe(true);
    expect(verifyAuditLog(r.log).ok).toBe(false);
    expect(verifyAuditLog(r.log, { key: 'đoán sai' }).ok).toBe(false);
    const wf = createWorkflow(machine, { key: 'bí mật của đơn vị vận hành' });
    expect(wf.send(r, { type: 'reopen' }, updater, at(40)).ok).toBe(true);
    expect(createWorkflow(machine).send(r, { type: 'reopen' }, updater, at(40)).ok).toBe(false);
  });
});

describe('checkAuditTrail: each entry against the machine', () => {
  it('accepts a genuine run, with its head', () => {
    const r = liveRun();
    const c = checkAuditTrail(machine, r.log, { head: auditLogHead(r.log) });
    expect(c.ok && c.value.state).toBe('unpublished');
  });

  it('refuses a log forged with appendAuditEntry: approve from draft by role superuser', () => {
    const r = liveRun();
    const first = r.log[0]!;
    const { hash: _h, index: _i, snapshotHash: _s, prevHash: _p, ...rec } = first;
    let forged = appendAuditEntry([], rec, r.snapshot);
    forged = appendAuditEntry(
      forged,
      { ...rec, seq: 2, event: 'approve', from: 'draft', to: 'approved', actorId: 'x', role: 'superuser' },
      r.snapshot,
    );
    expect(verifyAuditLog(forged).ok).toBe(true);
    const c = checkAuditTrail(machine, forged);
    expect(c.ok ? 'ok' : c.issues.map((i) => i.code)).toEqual(['workflow.audit-step-invalid']);
    // An allowed event in a role that may not do it; and the creator approving their own item.
    let byRole = appendAuditEntry([], rec, r.snapshot);
    byRole = appendAuditEntry(
      byRole,
      { ...rec, seq: 2, event: 'submit', from: 'draft', to: 'submitted', role: 'head' },
      r.snapshot,
    );
    expect(checkAuditTrail(machine, byRole).ok).toBe(false);
    const own = r.log.slice(0, 4).map(({ hash: _a, index: _b, snapshotHash: _c, prevHash: _d, ...x }) => x);
    let self: AuditEntry[] = [];
    for (const x of own) self = appendAuditEntry(self, x, r.snapshot);
    self = appendAuditEntry(
      self,
      {
        ...own[3]!,
        seq: 5,
        event: 'approve',
        from: 'in-review',
        to: 'approved',
        actorId: 'SO-TU-PHAP',
        role: 'head',
      },
      r.snapshot,
    );
    const selfCheck = checkAuditTrail(machine, self);
    expect(selfCheck.ok ? 'ok' : selfCheck.issues.map((i) => i.code)).toEqual(['workflow.self-approval']);
  });
});
