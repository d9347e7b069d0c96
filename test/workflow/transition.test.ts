import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WORKFLOW_QN_3069_2021 } from '../../src/profiles/workflow/index.js';
import {
  availableEvents,
  buildApprovalMachine,
  createWorkflow,
  migrateSnapshot,
  startWorkflow,
  transition,
  type WorkflowSnapshot,
} from '../../src/workflow/index.js';
import { at } from './_fixtures.js';

const machine = buildApprovalMachine(WORKFLOW_QN_3069_2021.editorial!);
const member = { id: 'bt-1', roles: ['member'] };
const member2 = { id: 'bt-2', roles: ['member'] };
const head = { id: 'truong-ban', roles: ['head'] };

function started(): WorkflowSnapshot {
  const r = startWorkflow(machine, member, at(0), { attributes: { title: 'Hội nghị' } });
  if (!r.ok) throw new Error('start failed');
  return r.value.snapshot;
}

describe('transition: bad input gives coded refusals, never exceptions or silent changes', () => {
  const s = started();
  const codeOf = (r: ReturnType<typeof transition>): string => (r.ok ? 'ok' : r.issues[0]!.code);

  it('unknown event, unknown role, invalid actor', () => {
    expect(codeOf(transition(machine, s, { type: 'launch-missiles' }, member, at(1)))).toBe(
      'workflow.event-unknown',
    );
    expect(codeOf(transition(machine, s, { type: 'submit' }, { id: 'x', roles: ['president'] }, at(1)))).toBe(
      'workflow.role-unknown',
    );
    expect(codeOf(transition(machine, s, { type: 'submit' }, { id: '', roles: ['member'] }, at(1)))).toBe(
      'workflow.actor-invalid',
    );
    expect(codeOf(transition(machine, s, { type: 'submit' }, null as never, at(1)))).toBe(
      'workflow.actor-invalid',
    );
    expect(
      codeOf(transition(machine, s, { type: 'submit' }, { id: 'x', roles: 'member' } as never, at(1))),
    ).toBe('workflow.actor-invalid');
    expect(codeOf(transition(machine, s, null as never, member, at(1)))).toBe('workflow.event-invalid');
    expect(codeOf(transition(machine, s, { type: 'submit', payload: [] as never }, member, at(1)))).toBe(
      'workflow.payload-invalid',
    );
  });

  it('event not possible in the state names the state and cites the procedure', () => {
    const r = transition(machine, s, { type: 'publish' }, head, at(1));
    expect(r.ok).toBe(false);
    if (r.ok) return;
    expect(r.issues[0]!.code).toBe('workflow.event-not-allowed');
    expect(r.issues[0]!.message.vi).toContain('Bản nháp');
    expect(r.issues[0]!.citation?.id).toBe('QN-3069-2021/6.4');
  });

  it('clock going backwards, invalid time', () => {
    expect(codeOf(transition(machine, s, { type: 'submit' }, member, at(-1)))).toBe(
      'workflow.clock-backwards',
    );
    expect(codeOf(transition(machine, s, { type: 'submit' }, member, new Date(Number.NaN)))).toBe(
      'workflow.time-invalid',
    );
    // A civil date is 00:00 Vietnamese time: before this case started, so the clock would run backwards.
    expect(codeOf(transition(machine, s, { type: 'submit' }, member, '2026-03-02'))).toBe(
      'workflow.clock-backwards',
    );
    // The same instant is fine (two steps in one millisecond).
    expect(codeOf(transition(machine, s, { type: 'submit' }, member, at(0)))).toBe('ok');
  });

  it('stale and tampered snapshots', () => {
    const next = transition(machine, s, { type: 'submit' }, member, at(1));
    expect(next.ok).toBe(true);
    expect(codeOf(transition(machine, s, { type: 'submit' }, member, at(2), { expectedSeq: 2 }))).toBe(
      'workflow.snapshot-stale',
    );
    expect(codeOf(transition(machine, { ...s, state: 'limbo' }, { type: 'submit' }, member, at(1)))).toBe(
      'workflow.snapshot-invalid',
    );
    expect(codeOf(transition(machine, { ...s, seq: 0 }, { type: 'submit' }, member, at(1)))).toBe(
      'workflow.snapshot-invalid',
    );
    expect(
      codeOf(transition(machine, { ...s, updatedAt: 'yesterday' }, { type: 'submit' }, member, at(1))),
    ).toBe('workflow.snapshot-invalid');
    expect(
      codeOf(transition(machine, { ...s, context: null as never }, { type: 'submit' }, member, at(1))),
    ).toBe('workflow.snapshot-invalid');
    expect(
      codeOf(transition(machine, { ...s, machineId: 'approval:X' }, { type: 'submit' }, member, at(1))),
    ).toBe('workflow.snapshot-machine-mismatch');
    expect(
      codeOf(transition(machine, { ...s, schemaVersion: 99 as never }, { type: 'submit' }, member, at(1))),
    ).toBe('workflow.snapshot-version-unsupported');
    expect(codeOf(transition(machine, 'snapshot' as never, { type: 'submit' }, member, at(1)))).toBe(
      'workflow.snapshot-invalid',
    );
    // A tampered snapshot (author rewritten to allow self-approval) is caught against its log by createWorkflow.
    const wf = createWorkflow(machine);
    const run = wf.start(member, at(0));
    expect(run.ok).toBe(true);
    if (!run.ok) return;
    const forged = {
      ...run.value,
      snapshot: { ...run.value.snapshot, context: { ...run.value.snapshot.context, authorId: 'x' } },
    };
    const r = wf.send(forged, { type: 'submit' }, member, at(1));
    expect(r.ok ? 'ok' : r.issues[0]!.code).toBe('workflow.snapshot-tampered');
    expect(wf.verify(forged).ok).toBe(false);
  });

  it('a refused step leaves the input untouched', () => {
    const copy = structuredClone(s);
    transition(machine, s, { type: 'approve' }, head, at(1));
    transition(
      machine,
      s,
      { type: 'update', payload: { attributes: { x: { deep: 1 } } as never } },
      member,
      at(1),
    );
    expect(s).toEqual(copy);
  });

  it('hostile payloads: huge strings and bad attributes are refused in linear time', () => {
    const huge = 'x'.repeat(2_000_000);
    const submitted = transition(machine, s, { type: 'submit' }, member, at(1));
    if (!submitted.ok) throw new Error('submit');
    const r = transition(
      machine,
      submitted.value.snapshot,
      { type: 'reject', payload: { reason: huge } },
      head,
      at(2),
    );
    expect(codeOf(r)).toBe('workflow.field-too-long');
    expect(
      codeOf(
        transition(machine, s, { type: 'update', payload: { attributes: { title: huge } } }, member, at(1)),
      ),
    ).toBe('workflow.payload-invalid');
    const many = Object.fromEntries(Array.from({ length: 100 }, (_, i) => [`k${i}`, 'v']));
    expect(
      codeOf(transition(machine, s, { type: 'update', payload: { attributes: many } }, member, at(1))),
    ).toBe('workflow.payload-invalid');
    expect(codeOf(transition(machine, s, { type: 'x'.repeat(1_000_000) }, member, at(1)))).toBe(
      'workflow.event-unknown',
    );
    expect(
      codeOf(transition(machine, s, { type: 'submit' }, { id: 'y'.repeat(5000), roles: ['member'] }, at(1))),
    ).toBe('workflow.actor-invalid');
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.anything(), fc.anything(), fc.anything(), (snapshot, event, actor) => {
        const r = transition(machine, snapshot as never, event as never, actor as never, at(5));
        expect(r.ok).toBe(false);
        expect(availableEvents(machine, snapshot as never, actor as never)).toEqual([]);
      }),
      { numRuns: 300 },
    );
    fc.assert(
      fc.property(
        fc.string(),
        fc.dictionary(fc.string({ maxLength: 8 }), fc.jsonValue({ maxDepth: 2 })),
        (type, payload) => {
          const r = transition(machine, s, { type, payload: payload as never }, member2, at(5));
          if (r.ok) expect(['update', 'submit', 'withdraw', 'reopen']).toContain(type);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('migrates version-1 snapshots transparently', () => {
    const v1 = {
      schemaVersion: 1,
      machineId: machine.id,
      status: 'draft',
      steps: 1,
      updatedAt: at(0).toISOString(),
      context: { authorId: 'bt-1', title: 'Cũ', version: 1 },
      attributeKeys: ['title'],
    };
    const m = migrateSnapshot(v1);
    expect(m.ok && m.value.context).toEqual({ authorId: 'bt-1', version: 1, attributes: { title: 'Cũ' } });
    const r = transition(machine, v1 as never, { type: 'submit' }, member, at(1));
    expect(r.ok && r.value.snapshot.schemaVersion).toBe(2);
    expect(r.ok && r.value.snapshot.seq).toBe(2);
    expect(migrateSnapshot({ schemaVersion: 1, status: 3 }).ok).toBe(false);
    expect(migrateSnapshot([]).ok).toBe(false);
    expect(migrateSnapshot({ schemaVersion: 0 }).ok).toBe(false);
  });
});

describe('availableEvents', () => {
  it('lists what each actor may do now, with the payload each event needs', () => {
    const wf = createWorkflow(machine);
    let run = wf.start(member, at(0));
    if (!run.ok) throw new Error('start');
    run = wf.send(run.value, { type: 'submit' }, member, at(1));
    if (!run.ok) throw new Error('submit');
    run = wf.send(run.value, { type: 'start-review' }, member2, at(2));
    if (!run.ok) throw new Error('review');
    const byHead = wf.available(run.value, head).map((e) => e.event);
    expect(byHead).toEqual(['request-changes', 'reject', 'approve']);
    expect(wf.available(run.value, head).find((e) => e.event === 'reject')?.requires).toEqual(['reason']);
    // The author may not approve, nor may any member.
    expect(wf.available(run.value, member).map((e) => e.event)).toEqual([
      'edit',
      'request-changes',
      'reject',
    ]);
  });
});

describe('payload values copied into a snapshot stay plain, bounded JSON', () => {
  it('refuses objects, cycles and huge strings in copied fields instead of storing them', () => {
    const wf = createWorkflow(machine);
    let run = wf.start(member, at(0));
    if (!run.ok) throw new Error('start');
    run = wf.send(run.value, { type: 'submit' }, member, at(1));
    if (!run.ok) throw new Error('submit');
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    // `reason` is required as a string: an object is refused before anything is copied.
    const r1 = wf.send(run.value, { type: 'reject', payload: { reason: cyclic as never } }, head, at(2));
    expect(r1.ok ? 'ok' : r1.issues[0]!.code).toBe('workflow.field-required');
    // A hand-written machine that copies an unchecked payload field.
    const copying = {
      ...machine,
      transitions: machine.transitions.map((t) =>
        t.event === 'withdraw' ? { ...t, assign: [{ set: 'note', from: 'payload.note' as const }] } : t,
      ),
    };
    const snap = run.value.snapshot;
    const bad = transition(
      copying,
      snap,
      { type: 'withdraw', payload: { note: cyclic as never } },
      member,
      at(3),
    );
    expect(bad.ok ? 'ok' : bad.issues[0]!.code).toBe('workflow.payload-invalid');
    const big = transition(
      copying,
      snap,
      { type: 'withdraw', payload: { note: 'x'.repeat(300_000) } },
      member,
      at(3),
    );
    expect(big.ok ? 'ok' : big.issues[0]!.code).toBe('workflow.payload-invalid');
    const fine = transition(
      copying,
      snap,
      { type: 'withdraw', payload: { note: 'Rút lại để bổ sung' } },
      member,
      at(3),
    );
    expect(fine.ok && fine.value.snapshot.context.note).toBe('Rút lại để bổ sung');
  });
});
