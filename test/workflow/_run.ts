import type { JsonObject, Workflow, WorkflowActor, WorkflowRun } from '../../src/workflow/index.js';

/** Sends a list of steps, failing loudly on an unexpected refusal; returns the final run. */
export function steps(
  wf: Workflow,
  run: WorkflowRun,
  list: readonly [event: string, actor: WorkflowActor, at: Date, payload?: JsonObject][],
): WorkflowRun {
  let current = run;
  for (const [type, actor, when, payload] of list) {
    const r = wf.send(current, payload === undefined ? { type } : { type, payload }, actor, when);
    if (!r.ok)
      throw new Error(
        `${type} by ${actor.id}: ${r.issues.map((i) => `${i.code} ${i.message.en}`).join('; ')}`,
      );
    current = r.value;
  }
  return current;
}

/** The first refusal code (or 'ok'). */
export function refusalOf(r: { ok: boolean; issues: readonly { code: string }[] }): string {
  return r.ok ? 'ok' : (r.issues[0]?.code ?? 'none');
}
