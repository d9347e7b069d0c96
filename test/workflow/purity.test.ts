import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WORKFLOW_NX_2112_2022, WORKFLOW_QN_3069_2021 } from '../../src/profiles/workflow/index.js';
import {
  buildApprovalMachine,
  checkSuspensionNotice,
  createWorkflow,
  type MachineDefinition,
  type WorkflowActor,
  type WorkflowRun,
} from '../../src/workflow/index.js';

// Transitions are pure: no module-level state, caches only on the compiled machine. Two machines driven
// interleaved give exactly what each gives alone; and the source holds no module-level `let`.

const machines: MachineDefinition[] = [
  buildApprovalMachine(WORKFLOW_QN_3069_2021.editorial!),
  buildApprovalMachine(WORKFLOW_NX_2112_2022.editorial!),
];
const people: WorkflowActor[][] = machines.map((m) =>
  m.roles.filter((r) => r !== 'system').flatMap((r) => [1, 2].map((i) => ({ id: `${r}-${i}`, roles: [r] }))),
);
const EVENTS = [
  'submit',
  'start-review',
  'edit',
  'approve',
  'publish',
  'reject',
  'reopen',
  'request-changes',
  'update',
  'unpublish',
];

type Step = { readonly event: number; readonly actor: number; readonly dt: number; readonly attrs: number };
const stepArb = fc.record({
  event: fc.nat(EVENTS.length - 1),
  actor: fc.nat(20),
  dt: fc.integer({ min: -5, max: 90 }),
  attrs: fc.nat(3),
});

function drive(i: number, run: WorkflowRun, s: Step, t: number): WorkflowRun {
  const wf = createWorkflow(machines[i]!);
  const actor = people[i]![s.actor % people[i]!.length]!;
  const attributes = [undefined, { title: 'mới' }, { topic: 'government' }, { classification: 'MẬT' }][
    s.attrs
  ];
  const payload = { reason: 'Lý do', ...(attributes ? { attributes } : {}) };
  // The same instant as a Date or as an ISO string without an offset (Vietnamese time), alternately.
  const at = s.dt % 2 === 0 ? new Date(t + 7 * 3_600_000).toISOString().slice(0, 23) : new Date(t);
  const r = wf.send(run, { type: EVENTS[s.event]!, payload }, actor, at);
  return r.ok ? r.value : run;
}

function startRun(i: number): WorkflowRun {
  for (const who of people[i]!) {
    const r = createWorkflow(machines[i]!).start(who, '2026-03-02T08:00', {
      attributes: { title: 't', topic: 'party' },
    });
    if (r.ok) return r.value;
  }
  throw new Error('nobody may start');
}

describe('pure transitions', () => {
  it('property: two machines interleaved give the same snapshots and audit records as each alone', () => {
    fc.assert(
      fc.property(fc.array(fc.tuple(fc.nat(1), stepArb), { maxLength: 40 }), (plan) => {
        const T0 = Date.parse('2026-03-02T01:00:00Z');
        // Interleaved.
        const runs = [startRun(0), startRun(1)];
        const times = [T0, T0];
        for (const [i, s] of plan) {
          times[i]! += s.dt * 60_000;
          runs[i] = drive(i, runs[i]!, s, times[i]!);
        }
        // In sequence, each alone.
        for (const i of [0, 1]) {
          let run = startRun(i);
          let t = T0;
          for (const [j, s] of plan) {
            if (j !== i) continue;
            t += s.dt * 60_000;
            run = drive(i, run, s, t);
          }
          expect(run).toEqual(runs[i]);
        }
      }),
      { numRuns: 150 },
    );
  });

  it('no module-level mutable state in src/workflow (no top-level let/var)', () => {
    const files: string[] = [];
    const walk = (dir: string): void => {
      for (const f of readdirSync(dir)) {
        const p = join(dir, f);
        if (statSync(p).isDirectory()) walk(p);
        else if (p.endsWith('.ts')) files.push(p);
      }
    };
    walk('src/workflow');
    for (const f of files) expect(readFileSync(f, 'utf8'), f).not.toMatch(/^(export )?(let|var) /m);
  });
});

describe('dates as the library takes them', () => {
  it('start and send take ISO strings (offset-less = Vietnamese time) and Date alike; a bad one names the format', () => {
    const wf = createWorkflow(machines[0]!);
    const a = wf.start({ id: 'u', roles: ['updater'] }, '2026-03-02T08:00:00');
    const b = wf.start({ id: 'u', roles: ['updater'] }, new Date('2026-03-02T01:00:00Z'));
    expect(a.ok && b.ok && a.value.snapshot).toEqual(b.ok && b.value.snapshot);
    const bad = wf.start({ id: 'u', roles: ['updater'] }, '02/03/2026');
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.issues[0]!.code).toBe('workflow.time-invalid');
    expect(bad.issues[0]!.message.en).toMatch(/ISO 8601/);
    expect(bad.issues[0]!.message.vi).toMatch(/ISO 8601/);
  });

  it('checkSuspensionNotice takes ISO strings with the same verdict as Date', () => {
    const policy = {
      regulationId: 'ND-224-2026',
      leadTime: { kind: 'working-days', days: 7 },
      requiresRestorationTime: true,
      citation: { id: 'ND-224-2026/13.1.a' },
    } as const;
    const asDates = checkSuspensionNotice(policy, {
      noticeAt: new Date('2026-10-14T03:00:00Z'),
      startsAt: new Date('2026-10-24T15:00:00Z'),
      restorationAt: new Date('2026-10-25T01:00:00Z'),
    });
    const asStrings = checkSuspensionNotice(policy, {
      noticeAt: '2026-10-14T10:00',
      startsAt: '2026-10-24T22:00:00+07:00',
      restorationAt: '2026-10-25T08:00',
    });
    expect(asStrings).toEqual(asDates);
    const late = checkSuspensionNotice(policy, {
      noticeAt: '2026-10-20',
      startsAt: '2026-10-24T22:00',
      restorationAt: '2026-10-25',
    });
    expect(late.ok ? 'ok' : late.issues[0]!.code).toBe('workflow.suspension-notice-late');
    const bad = checkSuspensionNotice(policy, {
      noticeAt: '14/10/2026',
      startsAt: '2026-10-24T22:00',
      restorationAt: '2026-10-25',
    });
    expect(bad.ok ? 'ok' : [bad.issues[0]!.code, bad.issues[0]!.path]).toEqual([
      'workflow.suspension-invalid',
      ['plan', 'noticeAt'],
    ]);
    expect(bad.ok ? '' : bad.issues[0]!.message.en).toMatch(/ISO 8601/);
  });
});
