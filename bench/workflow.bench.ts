// vn-portal-kit/workflow against XState v5 running the same content-approval machine (Quảng Nam 3069/QĐ-UBND:
// members edit, the Head approves). Both are driven through the same 6-step cycle
//   draft -submit-> submitted -start-review-> in-review -approve-> approved -publish-> published
//   -unpublish(reason)-> unpublished -reopen-> draft
// with role checks, separation of duties (the approver and publisher are none of the item's authors, over its
// whole life) and the context updates of each step. Goal: ≥ 1 M transitions/s
// on the core (`transition`, pure). Also measured: `createWorkflow().send`, which adds the SHA-256 hash chain.
// Run: node --import tsx bench/workflow.bench.ts
import { Bench } from 'tinybench';
import { assign, setup, transition as xTransition } from 'xstate';
import { WORKFLOW_QN_3069_2021 } from '../src/profiles/workflow/index.js';
import {
  auditLogHead,
  buildApprovalMachine,
  createWorkflow,
  type JsonObject,
  transition,
  type WorkflowActor,
  type WorkflowRun,
  type WorkflowSnapshot,
} from '../src/workflow/index.js';

const machine = buildApprovalMachine(WORKFLOW_QN_3069_2021.editorial!);
const updater: WorkflowActor = { id: 'so-tu-phap', roles: ['updater'] };
const member: WorkflowActor = { id: 'bt-1', roles: ['member'] };
const head: WorkflowActor = { id: 'giam-doc', roles: ['head'] };
const CYCLE: readonly [string, WorkflowActor, JsonObject | undefined][] = [
  ['submit', updater, undefined],
  ['start-review', member, undefined],
  ['approve', head, undefined],
  ['publish', head, undefined],
  ['unpublish', head, { reason: 'Hết hiệu lực' }],
  ['reopen', updater, undefined],
];
const EVENTS = CYCLE.map(([type, , payload]) => (payload === undefined ? { type } : { type, payload }));

// ---- XState v5: the same machine, generated from the same definition -------------------------------------
type XContext = {
  authorId: string;
  /** Everyone who wrote the item (separation of duties over its whole life, as vn-portal-kit checks it). */
  authors: readonly string[];
  approvedBy: string | null;
  version: number;
  lastReason: string | null;
  at: number;
};
type XEvent = { type: string; actorId: string; roles: readonly string[]; at: number; reason?: string };
const rolesOf = new Map(
  machine.transitions.map((t) => [`${t.from.join(',')}:${t.event}`, t.permissions.flatMap((p) => p.roles)]),
);
const states: Record<string, { on: Record<string, unknown> }> = {};
for (const s of machine.states) states[s.id] = { on: {} };
for (const t of machine.transitions) {
  const roles = rolesOf.get(`${t.from.join(',')}:${t.event}`) ?? [];
  const needsReason = (t.requires ?? []).some((f) => f.field === 'reason');
  const selfApproval = t.event === 'approve';
  const onlyAuthor = (t.guards ?? []).some((g) => g.kind === 'actor-equals');
  for (const from of t.from) {
    states[from]!.on[t.event] = {
      target: t.to,
      guard: ({ context, event }: { context: XContext; event: XEvent }) =>
        event.at >= context.at &&
        event.roles.some((r) => roles.includes(r)) &&
        (!needsReason || (typeof event.reason === 'string' && event.reason.trim().length > 0)) &&
        (!selfApproval || !context.authors.includes(event.actorId)) &&
        (t.event !== 'publish' || !context.authors.includes(event.actorId)) &&
        (!onlyAuthor || event.actorId === context.authorId),
      actions: assign(({ context, event }: { context: XContext; event: XEvent }) => ({
        at: event.at,
        approvedBy: t.event === 'approve' ? event.actorId : t.event === 'reopen' ? null : context.approvedBy,
        version: t.event === 'reopen' ? context.version + 1 : context.version,
        lastReason: event.reason ?? context.lastReason,
        authorId: t.event === 'reopen' ? event.actorId : context.authorId,
      })),
    };
  }
}
const xMachine = setup({ types: { context: {} as XContext, events: {} as XEvent } }).createMachine({
  id: 'approval',
  initial: 'draft',
  context: {
    authorId: updater.id,
    authors: [updater.id],
    approvedBy: null,
    version: 1,
    lastReason: null,
    at: 0,
  },
  states: states as never,
});

// ---- Runs ----------------------------------------------------------------------------------------------------
const start = Date.parse('2026-03-02T01:00:00Z');
const started = createWorkflow(machine).start(updater, new Date(start));
if (!started.ok) throw new Error('start failed');
let snap: WorkflowSnapshot = started.value.snapshot;
let clock = start;
let step = 0;
let refused = 0;

const CYCLES = 1000; // one task iteration = 6 000 transitions
const bench = new Bench({ time: 1500, warmupTime: 300 });
const runOurs = (): void => {
  for (let i = 0; i < CYCLES * CYCLE.length; i++) {
    const k = step % CYCLE.length;
    clock += 1000;
    const r = transition(machine, snap, EVENTS[k]!, CYCLE[k]![1], new Date(clock));
    if (r.ok) snap = r.value.snapshot;
    else refused++;
    step++;
  }
};
bench.add(`vn-portal-kit transition (${CYCLES * CYCLE.length} steps)`, runOurs);

let xSnap = xMachine.resolveState({ value: 'draft', context: xMachine.config.context as XContext });
let xStep = 0;
let xClock = start;
const runXState = (): void => {
  for (let i = 0; i < CYCLES * CYCLE.length; i++) {
    const k = xStep % CYCLE.length;
    const [type, actor, payload] = CYCLE[k]!;
    xClock += 1000;
    const ev: XEvent = { type, actorId: actor.id, roles: actor.roles, at: xClock };
    if (payload?.reason !== undefined) ev.reason = payload.reason as string;
    [xSnap] = xTransition(xMachine, xSnap, ev);
    xStep++;
  }
};
bench.add(`XState v5 transition (${CYCLES * CYCLE.length} steps)`, runXState);

const wf = createWorkflow(machine);
const HASHED = 60;
bench.add(`vn-portal-kit createWorkflow().send with SHA-256 audit chain (${HASHED} steps)`, () => {
  let run: WorkflowRun = started.value;
  let t = start;
  for (let i = 0; i < HASHED; i++) {
    const k = i % CYCLE.length;
    t += 1000;
    const r = wf.send(run, EVENTS[k]!, CYCLE[k]![1], new Date(t));
    if (r.ok) run = r.value;
    else refused++;
  }
});
bench.add(`vn-portal-kit createWorkflow().send with a stored head (${HASHED} steps)`, () => {
  let run: WorkflowRun = started.value;
  let head = auditLogHead(run.log);
  let t = start;
  for (let i = 0; i < HASHED; i++) {
    const k = i % CYCLE.length;
    t += 1000;
    // The portal keeps the head apart from the run (a database row): only the last entry is re-verified.
    const r = wf.send(run, EVENTS[k]!, CYCLE[k]![1], new Date(t), { head });
    if (r.ok) {
      run = r.value;
      head = auditLogHead(run.log);
    } else refused++;
  }
});
await bench.run();

const rate = (name: string, steps: number): number => {
  const t = bench.tasks.find((x) => x.name.startsWith(name));
  if (t?.result.state !== 'completed') throw new Error(`${name}: not completed`);
  return (steps * 1000) / t.result.period; // transitions per second
};
const ours = rate('vn-portal-kit transition', CYCLES * CYCLE.length);
const xs = rate('XState v5 transition', CYCLES * CYCLE.length);
const hashed = rate('vn-portal-kit createWorkflow().send with SHA-256', HASHED);
const headed = rate('vn-portal-kit createWorkflow().send with a stored head', HASHED);
const fmt = (n: number): string => Math.round(n).toLocaleString('en-US');

// The same loops timed by process CPU time, which a loaded machine (other processes) disturbs less than
// wall-clock time.
function cpuRate(run: () => void, steps: number, rounds = 5): number {
  let best = 0;
  for (let r = 0; r < rounds; r++) {
    const c0 = process.cpuUsage();
    run();
    const c = process.cpuUsage(c0);
    best = Math.max(best, steps / ((c.user + c.system) / 1e6));
  }
  return best;
}
const oursCpu = cpuRate(runOurs, CYCLES * CYCLE.length);
const xsCpu = cpuRate(runXState, CYCLES * CYCLE.length);
console.log(`vn-portal-kit transition: ${fmt(ours)} transitions/s`);
console.log(`XState v5 transition:    ${fmt(xs)} transitions/s`);
console.log(`ratio: ${(ours / xs).toFixed(1)}× (vn-portal-kit / XState)`);
console.log(
  `by CPU time: vn-portal-kit ${fmt(oursCpu)} transitions/s, XState ${fmt(xsCpu)} transitions/s, ratio ${(oursCpu / xsCpu).toFixed(1)}×`,
);
console.log(
  `with the SHA-256 audit chain, whole chain verified per send (60-step runs): ${fmt(hashed)} transitions/s`,
);
console.log(
  `with the SHA-256 audit chain and a stored head (createWorkflow().send): ${fmt(headed)} transitions/s`,
);
console.log(
  `final states: ours ${snap.state} (seq ${snap.seq}), XState ${String(xSnap.value)}; refused steps: ${refused}`,
);
if (refused > 0) process.exitCode = 1;
