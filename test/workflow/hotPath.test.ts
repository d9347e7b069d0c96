import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { WORKFLOW_QN_3069_2021 } from '../../src/profiles/workflow/index.js';
import { copyContext } from '../../src/workflow/_lib/assign.js';
import { isoUtc } from '../../src/workflow/_lib/instants.js';
import {
  buildApprovalMachine,
  type JsonObject,
  startWorkflow,
  transition,
  type WorkflowSnapshot,
} from '../../src/workflow/index.js';

// The step keeps no memory between calls (no module state): nearby instants and rewritten time stamps are
// each judged on their own.
const machine = buildApprovalMachine(WORKFLOW_QN_3069_2021.editorial!);
const member = { id: 'bt-1', roles: ['member'] };
const member2 = { id: 'bt-2', roles: ['member'] };
const T0 = Date.UTC(2026, 2, 2, 1);

describe('hot-path formatting and parsing give the same answers as the builtins', () => {
  it('isoUtc over runs of nearby instants (same day, next day, far away) equals Date#toISOString', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: Date.UTC(-1, 0, 1), max: Date.UTC(10000, 11, 31) }),
        fc.array(fc.integer({ min: -2 * 86_400_000, max: 2 * 86_400_000 }), { minLength: 1, maxLength: 20 }),
        (base, steps) => {
          let ms = base;
          for (const d of steps) {
            ms += d;
            expect(isoUtc(ms)).toBe(new Date(ms).toISOString());
          }
        },
      ),
      { numRuns: 500 },
    );
  });

  it('a snapshot whose updatedAt was rewritten after a step is judged on its own time stamp', () => {
    const s = startWorkflow(machine, member, new Date(T0));
    if (!s.ok) throw new Error('start failed');
    const r = transition(machine, s.value.snapshot, { type: 'submit' }, member, new Date(T0 + 60_000));
    if (!r.ok) throw new Error('submit failed');
    const next: WorkflowSnapshot = r.value.snapshot;
    // Untouched: the remembered instant applies, and the same instant is not "backwards".
    expect(transition(machine, next, { type: 'start-review' }, member2, new Date(T0 + 60_000)).ok).toBe(true);
    // Rewritten to a later time: now the clock runs backwards for the same step.
    const later = { ...next, updatedAt: '2026-03-02T01:05:00.000Z' };
    const back = transition(machine, later, { type: 'start-review' }, member2, new Date(T0 + 60_000));
    expect(back.ok ? 'ok' : back.issues[0]!.code).toBe('workflow.clock-backwards');
    // Rewritten to a malformed or impossible time: refused as before.
    for (const updatedAt of ['2026-02-30T01:01:00.000Z', '2026-03-02T25:01:00.000Z', '']) {
      const bad = transition(
        machine,
        { ...next, updatedAt },
        { type: 'start-review' },
        member2,
        new Date(T0 + 120_000),
      );
      expect(bad.ok ? 'ok' : bad.issues[0]!.code).toBe('workflow.snapshot-invalid');
    }
  });
});

describe('copyContext is the same as a spread', () => {
  const same = (a: object, b: object): void => {
    expect(Reflect.ownKeys(a)).toEqual(Reflect.ownKeys(b));
    expect(Object.getPrototypeOf(a)).toBe(Object.getPrototypeOf(b));
    for (const k of Reflect.ownKeys(b)) expect((a as never)[k]).toBe((b as never)[k]);
  };

  it('for a machine layout and for any other context', () => {
    const key = fc.oneof(
      fc.constantFrom('a', 'b', 'version', 'attributes', '__proto__', 'constructor', '0', '10', 'x-y', '$'),
      fc.string({ maxLength: 6 }),
    );
    const value = fc.oneof(fc.constant(null), fc.string({ maxLength: 4 }), fc.integer(), fc.boolean());
    fc.assert(
      fc.property(
        fc.array(fc.array(fc.tuple(key, value), { maxLength: 8 }), { minLength: 1, maxLength: 6 }),
        (layouts) => {
          const layout = {
            keys: layouts[0]!
              .map(([k]) => k)
              .filter((k) => k !== '__proto__' && /^[A-Za-z_$][\w$]*$/.test(k)),
          };
          for (const entries of layouts) {
            // JSON.parse defines '__proto__' as an own key, as a context read from storage would have it.
            const ctx = JSON.parse(JSON.stringify(Object.fromEntries(entries))) as JsonObject;
            same(copyContext(ctx, layout), { ...ctx });
          }
        },
      ),
      { numRuns: 300 },
    );
  });

  it('keeps extra keys and another order by spreading; drops symbol keys', () => {
    const copier = { keys: ['a', 'b', 'c'] };
    const base = { a: 1, b: null, c: 'x' };
    same(copyContext(base, copier), { ...base });
    // Symbol keys are not data: the fast path copies the string keys only.
    const sym = Symbol('s');
    const withSymbol = { a: 1, b: null, c: 'x', [sym]: 2 } as unknown as JsonObject;
    same(copyContext(withSymbol, copier), { a: 1, b: null, c: 'x' });
    const reordered = { b: null, a: 1, c: 'x' };
    same(copyContext(reordered, copier), { ...reordered });
    const extra = { a: 1, b: null, c: 'x', d: true };
    same(copyContext(extra, copier), { ...extra });
    const fewer = { a: 1, b: null };
    same(copyContext(fewer, copier), { ...fewer });
  });
});
