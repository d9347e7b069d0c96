import { err, ok, type Result } from '../core/index.js';
import { COMPILED, checkMachine, compile } from './_lib/compile.js';
import { refusal } from './_lib/refusal.js';
import type { MachineDefinition } from './MachineDefinition.js';

/**
 * Checks a machine definition (known states and roles, a citation on every transition, permission and guard,
 * at most one transition per state and event) and returns it with a precomputed index attached under a
 * symbol, so `transition` does not rebuild its lookups on every step. The result is still plain data for
 * JSON.
 *
 * @example
 * ```ts
 * import { defineMachine } from 'vn-portal-kit/workflow';
 * const r = defineMachine({ id: 'x', title: { vi: 'x', en: 'x' }, roles: ['a'], states: [{ id: 's', name: { vi: 's', en: 's' } }], start: { event: 'create', to: 'nowhere', permissions: [], citation: { id: 'A' } }, transitions: [], citation: { id: 'A' } });
 * r.ok ? 'ok' : r.issues[0]?.code //=> 'workflow.machine-invalid'
 * ```
 */
export function defineMachine(definition: MachineDefinition): Result<MachineDefinition> {
  const problems = checkMachine(definition);
  if (problems.length > 0) {
    return err(
      problems.map((p) =>
        refusal(
          'workflow.machine-invalid',
          `Quy trình không hợp lệ: ${p}`,
          `Invalid workflow machine: ${p}`,
          {
            details: { problem: p },
          },
        ),
      ),
    );
  }
  const copy = { ...definition };
  Object.defineProperty(copy, COMPILED, { value: compile(definition), enumerable: false });
  return ok(Object.freeze(copy));
}
