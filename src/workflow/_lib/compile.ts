import type {
  MachineDefinition,
  StartDefinition,
  StateDefinition,
  TransitionDefinition,
} from '../MachineDefinition.js';
import { type CompiledAssignment, compileAssignment, writtenKeys } from './assign.js';
import { COMPILED, type CompiledMachine } from './CompiledMachine.js';

export { COMPILED, type CompiledMachine } from './CompiledMachine.js';

/** Builds the lookups; assumes a machine already checked by `checkMachine`. */
export function compile(machine: MachineDefinition): CompiledMachine {
  const states = new Map<string, StateDefinition>();
  for (const s of machine.states) states.set(s.id, s);
  const byState = new Map<string, Map<string, TransitionDefinition>>();
  const events = new Set<string>([machine.start.event]);
  for (const t of machine.transitions) {
    events.add(t.event);
    for (const from of t.from) {
      let m = byState.get(from);
      if (!m) {
        m = new Map();
        byState.set(from, m);
      }
      if (!m.has(t.event)) m.set(t.event, t);
    }
  }
  const plans = new Map<TransitionDefinition | StartDefinition, readonly CompiledAssignment[]>();
  const plan = (list: TransitionDefinition['assign']): CompiledAssignment[] =>
    (list ?? []).map(compileAssignment);
  plans.set(machine.start, plan(machine.start.assign));
  for (const t of machine.transitions) plans.set(t, plan(t.assign));
  const keys = new Set<string>();
  for (const p of plans.values()) for (const a of p) for (const k of writtenKeys(a)) keys.add(k);
  keys.delete('attributes');
  const contextKeys = [...keys].sort();
  return {
    states,
    byState,
    events,
    roles: new Set(machine.roles),
    start: machine.start,
    plans,
    contextKeys,
    time: { iso: '', ms: Number.NaN, hour: Number.NaN, prefix: '' },
    // A key that is not a plain name (e.g. '__proto__') would change the copy's prototype: spread instead.
    layout: {
      keys: contextKeys.every((k) => k !== '__proto__' && /^[A-Za-z_$][\w$]{0,63}$/.test(k))
        ? ['attributes', ...contextKeys]
        : [],
    },
  };
}

/** The compiled index of a machine: the one `defineMachine` attached, or a fresh one. */
export function compiled(machine: MachineDefinition): CompiledMachine {
  const attached = (machine as unknown as { [COMPILED]?: CompiledMachine })[COMPILED];
  return attached ?? compile(machine);
}

/** Structural problems of a machine definition, as `path: message` strings (empty when fine). */
export function checkMachine(machine: MachineDefinition): string[] {
  const problems: string[] = [];
  if (machine === null || typeof machine !== 'object') return ['machine: not an object'];
  if (typeof machine.id !== 'string' || machine.id.length === 0) problems.push('id: empty');
  if (!Array.isArray(machine.states) || machine.states.length === 0) problems.push('states: none');
  if (!Array.isArray(machine.roles) || machine.roles.length === 0) problems.push('roles: none');
  if (!Array.isArray(machine.transitions)) problems.push('transitions: not an array');
  if (problems.length > 0) return problems;
  const states = new Set<string>();
  machine.states.forEach((s, i) => {
    if (states.has(s.id)) problems.push(`states[${i}]: duplicate ${s.id}`);
    states.add(s.id);
  });
  const roles = new Set(machine.roles);
  const checkPermissions = (where: string, perms: TransitionDefinition['permissions']): void => {
    if (!Array.isArray(perms) || perms.length === 0) problems.push(`${where}.permissions: none`);
    else
      perms.forEach((p, j) => {
        for (const r of p.roles)
          if (!roles.has(r)) problems.push(`${where}.permissions[${j}]: unknown role ${r}`);
        if (!p.citation?.id) problems.push(`${where}.permissions[${j}]: no citation`);
      });
  };
  if (!states.has(machine.start?.to)) problems.push(`start.to: unknown state ${machine.start?.to}`);
  else checkPermissions('start', machine.start.permissions);
  const seen = new Set<string>();
  machine.transitions.forEach((t, i) => {
    const where = `transitions[${i}]`;
    if (!states.has(t.to)) problems.push(`${where}.to: unknown state ${t.to}`);
    if (!t.citation?.id) problems.push(`${where}: no citation`);
    if (t.event === machine.start.event) problems.push(`${where}.event: ${t.event} is the start event`);
    for (const f of t.from) {
      if (!states.has(f)) problems.push(`${where}.from: unknown state ${f}`);
      const key = `${f}\u0000${t.event}`;
      if (seen.has(key)) problems.push(`${where}: a second transition on ${t.event} from ${f}`);
      seen.add(key);
    }
    checkPermissions(where, t.permissions);
    (t.guards ?? []).forEach((g, j) => {
      if (!g.citation?.id) problems.push(`${where}.guards[${j}]: no citation`);
    });
  });
  (machine.delegations ?? []).forEach((d, i) => {
    if (!roles.has(d.fromRole)) problems.push(`delegations[${i}].fromRole: unknown role ${d.fromRole}`);
    for (const r of d.toRoles ?? [])
      if (!roles.has(r)) problems.push(`delegations[${i}].toRoles: unknown role ${r}`);
  });
  return problems;
}
