import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  type AuditEntry,
  buildApprovalMachine,
  createWorkflow,
  type EditorialPolicy,
  type JsonObject,
  verifyAuditLog,
  type WorkflowActor,
  type WorkflowRun,
} from '../../src/workflow/index.js';
import { POLICIES, T0 } from './_fixtures.js';

const SECRET = ['mat', 'toi-mat', 'tuyet-mat'];

function actorsFor(policy: EditorialPolicy): WorkflowActor[] {
  const actors: WorkflowActor[] = [];
  for (const r of policy.roles) {
    actors.push({ id: `${r.id}-1`, roles: [r.id] });
    actors.push({ id: `${r.id}-2`, roles: [r.id] });
  }
  actors.push({ id: 'system', roles: ['system'] });
  // Delegates for each delegation rule, valid during part of the run only.
  for (const d of policy.delegations ?? []) {
    const to = d.toRoles?.[0] ?? policy.roles[0]!.id;
    actors.push({
      id: `${to}-delegate`,
      roles: [to],
      delegations: [
        {
          id: `uq-${d.fromRole}`,
          fromActorId: `${d.fromRole}-1`,
          fromRole: d.fromRole,
          toActorId: `${to}-delegate`,
          actions: [...d.actions],
          validFrom: new Date(T0 + 3 * 3_600_000).toISOString(),
          validUntil: new Date(T0 + 30 * 3_600_000).toISOString(),
        },
      ],
    });
  }
  return actors;
}

const EVENTS = [
  'update',
  'submit',
  'withdraw',
  'start-review',
  'edit',
  'request-changes',
  'reject',
  'reopen',
  'approve',
  'schedule',
  'unschedule',
  'publish',
  'publish-due',
  'unpublish',
  'correct',
];

/** Events that move an item towards publication (guided runs prefer them, to reach deep states). */
const FORWARD = ['submit', 'start-review', 'approve', 'schedule', 'publish', 'publish-due', 'correct'];

const attributeVariants: JsonObject[] = [
  {},
  { classification: 'mat' },
  { classification: 'toi-mat' },
  { classification: null },
  { topic: 'party' },
  { topic: 'government' },
  { reused: true },
  { reused: true, author: 'Tác giả', source: 'Báo Nhân Dân' },
  { reused: true, source: 'TTXVN', sourceAgency: 'Thông tấn xã Việt Nam' },
  { reused: null },
];

function payloadFor(
  variant: number,
  now: number,
  confirmed: readonly string[],
  attrs: JsonObject,
): JsonObject {
  switch (variant) {
    case 0:
      return {};
    case 1:
      return { reason: 'Cần sửa', confirmed: [...confirmed] };
    case 2:
      return { publishAt: new Date(now + 2 * 3_600_000).toISOString(), confirmed: [...confirmed] };
    case 3:
      return { reason: '   ' };
    default:
      return { attributes: attrs, reason: 'Sửa', confirmed: [...confirmed.slice(1)] };
  }
}

/** The approval entry that made the live version: the last `approve` before the last publishing step. */
function liveApproval(log: readonly AuditEntry[]): AuditEntry | undefined {
  let publishAt = -1;
  for (let i = log.length - 1; i >= 0; i--) {
    const e = log[i]!;
    if (e.to === 'published' && e.event !== 'reject') {
      publishAt = i;
      break;
    }
  }
  for (let i = publishAt; i >= 0; i--) if (log[i]!.event === 'approve') return log[i];
  return undefined;
}

for (const [profileId, bundle] of Object.entries(POLICIES)) {
  const policy = bundle.editorial;
  if (!policy) continue;
  describe(`approval invariants: ${profileId}`, () => {
    const machine = buildApprovalMachine(policy);
    const wf = createWorkflow(machine);
    const actors = actorsFor(policy);
    const confirmed = (policy.checklist ?? []).map((c) => c.id);
    const approvers = policy.permissions.filter((p) => p.action === 'approve');
    const command = fc.record({
      event: fc.constantFrom(...EVENTS),
      actor: fc.nat({ max: actors.length - 1 }),
      variant: fc.nat({ max: 4 }),
      attrs: fc.nat({ max: attributeVariants.length - 1 }),
      minutes: fc.integer({ min: -30, max: 600 }),
      guided: fc.nat({ max: 5 }),
      pick: fc.nat(),
    });
    let liveRuns = 0;
    let publishSteps = 0;

    it('random event sequences keep the invariants, and their audit logs verify and detect any mutation', () => {
      fc.assert(
        fc.property(
          fc.nat({ max: 2 }),
          fc.nat({ max: attributeVariants.length - 1 }),
          fc.array(command, { minLength: 1, maxLength: 80 }),
          fc.nat(),
          (authorIdx, startAttrs, commands, mutationSeed) => {
            const drafters = actors.filter((a) =>
              policy.permissions.some(
                (p) => p.action === 'draft' && a.roles.some((r) => p.roles.includes(r)),
              ),
            );
            const author = drafters[authorIdx % drafters.length]!;
            let now = T0;
            const started = wf.start(author, new Date(now), { attributes: attributeVariants[startAttrs]! });
            expect(started.ok).toBe(true);
            if (!started.ok) return;
            let run: WorkflowRun = started.value;
            let publishedCount = 0;
            for (const c of commands) {
              now += c.minutes * 60_000;
              let actor = actors[c.actor]!;
              let event = c.event;
              if (c.guided > 0) {
                // Pick an actor and one of the events they may send now, to reach deep states often.
                const options = actors.flatMap((a) =>
                  wf.available(run, a, new Date(now)).map((e) => [a, e.event] as const),
                );
                const forward = options.filter(([, e]) => FORWARD.includes(e));
                const pool = c.guided >= 3 && forward.length > 0 ? forward : options;
                if (pool.length > 0) [actor, event] = pool[c.pick % pool.length]!;
              }
              const payload =
                c.guided > 1
                  ? {
                      reason: 'Lý do',
                      confirmed: [...confirmed],
                      publishAt: new Date(now + 3_600_000).toISOString(),
                    }
                  : payloadFor(c.variant, now, confirmed, attributeVariants[c.attrs]!);
              const before = run;
              const r = wf.send(run, { type: event, payload }, actor, new Date(now));
              if (!r.ok) {
                expect(r.issues.length).toBeGreaterThan(0);
                expect(r.issues[0]!.code).toMatch(/^workflow\./);
                if (c.minutes < 0 && now < Date.parse(before.snapshot.updatedAt)) {
                  expect(r.issues[0]!.code).toBe('workflow.clock-backwards');
                  now = Date.parse(before.snapshot.updatedAt);
                }
                continue;
              }
              run = r.value;
              const s = run.snapshot;
              const ctx = s.context as Record<string, unknown>;
              const state = machine.states.find((x) => x.id === s.state)!;
              if (state.tags?.includes('live')) {
                publishedCount++;
                if (r.value.log.at(-1)!.to === 'published') publishSteps++;
                // Only an approved version by an authorised, different person is live.
                expect(typeof ctx.liveApprovedBy).toBe('string');
                expect((ctx.authors as string[]).includes(ctx.liveApprovedBy as string)).toBe(false);
                const approval = liveApproval(run.log);
                expect(approval).toBeDefined();
                expect(approval!.actorId).toBe(ctx.liveApprovedBy);
                expect(approvers.some((p) => p.roles.includes(approval!.role))).toBe(true);
                if (approval!.delegationId !== null) expect(approval!.onBehalfOf).not.toBe(approval!.actorId);
                // Classified items never go live.
                if (policy.classification) {
                  const live = ctx.liveAttributes as Record<string, unknown>;
                  expect(SECRET.includes(String(live.classification))).toBe(false);
                }
              }
              if (['approved', 'scheduled', 'revision-approved'].includes(s.state)) {
                expect((ctx.authors as string[]).includes(ctx.approvedBy as string)).toBe(false);
              }
            }
            // The log of any run verifies, and is bound to the snapshot.
            expect(verifyAuditLog(run.log, { snapshot: run.snapshot }).ok).toBe(true);
            // Any single mutation fails verification.
            const log = run.log;
            const kind = mutationSeed % 5;
            const i = (mutationSeed >>> 3) % log.length;
            let mutated: AuditEntry[] = [...log];
            if (kind === 0) mutated[i] = { ...log[i]!, actorId: `${log[i]!.actorId}x` };
            else if (kind === 1)
              mutated[i] = { ...log[i]!, at: new Date(Date.parse(log[i]!.at) + 1000).toISOString() };
            else if (kind === 2) mutated.splice(i, 1);
            else if (kind === 3) {
              if (log.length < 2) mutated = [...log, log[i]!];
              else {
                const j = (i + 1) % log.length;
                mutated[i] = log[j]!;
                mutated[j] = log[i]!;
              }
            } else mutated.splice(i, 0, log[i]!);
            expect(verifyAuditLog(mutated, { snapshot: run.snapshot }).ok).toBe(false);
            if (publishedCount > 0) liveRuns++;
          },
        ),
        { numRuns: 200 },
      );
      // The property is not vacuous: many runs put a version live.
      expect(liveRuns).toBeGreaterThan(20);
      expect(publishSteps).toBeGreaterThan(20);
    });
  });
}
