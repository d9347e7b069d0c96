import { describe, expect, it } from 'vitest';
import { assign, createActor, setup } from 'xstate';
import { WORKFLOW_NX_2112_2022 } from '../../src/profiles/workflow/index.js';
import { buildApprovalMachine, startWorkflow, toXStateConfig } from '../../src/workflow/index.js';

describe('toXStateConfig (optional XState v5 adapter; xstate stays a dev dependency)', () => {
  it('runs the Như Xuân machine in an XState actor with the same refusals', () => {
    const machine = buildApprovalMachine(WORKFLOW_NX_2112_2022.editorial!);
    const adapter = toXStateConfig(machine, assign as never);
    const xm = setup(adapter.implementations as never).createMachine(adapter.config as never);
    const member = { id: 'tv', roles: ['member'] };
    const start = startWorkflow(machine, member, new Date('2026-03-02T01:00:00Z'), {
      attributes: { topic: 'government' },
    });
    if (!start.ok) throw new Error('start');
    const actor = createActor(xm, { input: { snapshot: start.value.snapshot } }).start();
    const send = (type: string, who: { id: string; roles: string[] }, minutes: number): void =>
      actor.send({
        type,
        actor: who,
        at: new Date(Date.parse('2026-03-02T01:00:00Z') + minutes * 60_000),
      } as never);
    send('submit', member, 1);
    send('start-review', member, 2);
    expect(actor.getSnapshot().value).toBe('in-review');
    send('approve', { id: 'tb', roles: ['head'] }, 3); // government items go to the Deputy: refused, nothing moves
    expect(actor.getSnapshot().value).toBe('in-review');
    send('approve', { id: 'pb', roles: ['deputy'] }, 4);
    expect(actor.getSnapshot().value).toBe('approved');
    const ctx = actor.getSnapshot().context as {
      snapshot: { state: string; seq: number };
      lastRecord: { actorId: string };
    };
    expect(ctx.snapshot.state).toBe('approved');
    expect(ctx.snapshot.seq).toBe(4);
    expect(ctx.lastRecord.actorId).toBe('pb');
    actor.stop();
  });
});
