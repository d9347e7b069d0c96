import {
  type Delegation,
  type EditorialPolicy,
  type Issue,
  type JsonObject,
  type MachineDefinition,
  startWorkflow,
  transition,
  type WorkflowActor,
  type WorkflowSnapshot,
} from '../../src/index.js';
import { at, fullPayload } from './_fixtures.js';

// A bounded explicit-state model checker for workflow machines. From the start, it tries every (event, actor,
// payload variant) in every reachable state, breadth first, up to `depth` steps, and checks the invariants of
// issue 13 on every step. People are interchangeable within their class (three per role, three holding every
// role, and for each delegation rule a delegator and a delegate): states equal up to a renaming of people within
// classes are explored once (symmetry reduction), which keeps the search exhaustive to the bound.

/**
 * Spellings of Mật and above the alphabet injects, one per run (an oracle independent of the library's
 * normaliser; the unit tests try many more).
 */
export const CLASSIFIED_SPELLINGS = ['Mật', 'TỐI MẬT', ' tuyet mat', 'secret'] as const;

export interface ModelCheckResult {
  readonly states: number;
  readonly transitions: number;
  readonly refusals: number;
  readonly violations: readonly string[];
}

interface Oracle {
  /** Everyone who wrote or changed the content, in any round (normalised ids). */
  readonly authors: readonly string[];
  /** The topic when the item was last submitted. */
  readonly submittedTopic: string | null;
}

interface Node {
  readonly snapshot: WorkflowSnapshot;
  readonly oracle: Oracle;
  readonly depth: number;
}

const norm = (id: string): string => id.toLowerCase();

/** The people of a machine: three per role, three holding every role, a delegator and a delegate per rule. */
export function peopleOf(machine: MachineDefinition, perRole = 3): WorkflowActor[] {
  const roles = machine.roles.filter((r) => r !== 'system');
  const out: WorkflowActor[] = [];
  for (const r of machine.roles)
    for (let i = 1; i <= (r === 'system' ? 1 : perRole); i++) out.push({ id: `${r}-${i}`, roles: [r] });
  if (roles.length > 1) for (let i = 1; i <= perRole; i++) out.push({ id: `all-${i}`, roles: [...roles] });
  (machine.delegations ?? []).forEach((d, k) => {
    const toRole = d.toRoles?.[0] ?? roles.find((r) => r !== d.fromRole) ?? roles[0]!;
    const delegation: Delegation = {
      id: `uq-${k}`,
      fromActorId: `dgfrom${k}-1`,
      fromRole: d.fromRole,
      toActorId: `dgto${k}-1`,
      actions: [...d.actions],
      // One day around the explored steps (2026-03-02, from 08:00 Vietnamese time): within any maxDays.
      validFrom: '2026-03-02',
      validUntil: '2026-03-03',
    };
    out.push({ id: `dgfrom${k}-1`, roles: [d.fromRole] });
    out.push({ id: `dgto${k}-1`, roles: [toRole], delegations: [delegation] });
  });
  return out;
}

/** Payload variants per event: the content edits that matter (no change, a change, a re-route, a mark). */
function variants(
  machine: MachineDefinition,
  event: string,
  topics: readonly string[],
  now: Date,
  spelling: string,
): JsonObject[] {
  const full = fullPayload(machine, now);
  const isApproval = machine.id.startsWith('approval:');
  if (!isApproval) {
    if (event !== machine.start.event) return [full];
    // Open a case with and without the attributes its steps' guards ask for.
    const needed: Record<string, string> = { title: 't' };
    for (const t of [machine.start, ...machine.transitions])
      for (const g of t.guards ?? [])
        if (g.kind === 'attributes-present') for (const a of g.attributes) needed[a] = 'x';
    return [full, { ...full, attributes: needed }];
  }
  if (event === 'create') {
    return (topics.length > 0 ? topics.map((topic) => ({ title: 't', topic })) : [{ title: 't' }]).map(
      (attributes) => ({ attributes }),
    );
  }
  if (event === 'reopen') return [{}, { attributes: { title: 't2' } }];
  if (event === 'update' || event === 'edit') {
    const v: JsonObject[] = [
      {},
      { attributes: { title: 't2' } },
      { attributes: { classification: spelling } },
    ];
    for (const topic of topics) v.push({ attributes: { topic } });
    return v;
  }
  return [full];
}

const PERSON = /"([a-z]+[a-z0-9-]*?)-(\d+)"/g;

/** Context fields no guard reads (counters): abstracted away in the state key. */
const ABSTRACTED = new Set(['version', 'liveVersion', 'commentCount', 'lastReason']);

/**
 * The state's key, with people renamed by class and order of first appearance, times blanked and counters
 * abstracted (no guard reads them, so states differing only there behave the same).
 */
function keyOf(node: Node): string {
  const json = JSON.stringify([node.snapshot.state, node.snapshot.context, node.oracle], (k, v) =>
    ABSTRACTED.has(k) ? 0 : v,
  ).replace(/"\d{4}-\d\d-\d\dT[^"]*"/g, '"T"');
  const seen = new Map<string, string>();
  const count = new Map<string, number>();
  return json.replace(PERSON, (_m, cls: string, n: string) => {
    const id = `${cls}-${n}`;
    let r = seen.get(id);
    if (r === undefined) {
      const k = (count.get(cls) ?? 0) + 1;
      count.set(cls, k);
      r = `${cls}-#${k}`;
      seen.set(id, r);
    }
    return `"${r}"`;
  });
}

function citationIds(machine: MachineDefinition): Set<string> {
  const ids = new Set<string>();
  JSON.stringify(machine, (k, v) => {
    if (k === 'citation' && v && typeof v.id === 'string') ids.add(v.id);
    return v;
  });
  return ids;
}

function topicAdmits(p: EditorialPolicy['permissions'][number], topic: string | null): boolean {
  if (p.topics !== undefined && (topic === null || !p.topics.includes(topic))) return false;
  if (p.exceptTopics !== undefined && topic !== null && p.exceptTopics.includes(topic)) return false;
  return true;
}

/** Explores the machine to `depth` steps and returns the state count and any invariant violations. */
export function modelCheck(
  machine: MachineDefinition,
  policy: EditorialPolicy | undefined,
  depth: number,
  options: { readonly spelling?: string; readonly maxStates?: number; readonly stopAtFirst?: boolean } = {},
): ModelCheckResult {
  const spelling = options.spelling ?? CLASSIFIED_SPELLINGS[0];
  const maxStates = options.maxStates ?? 200_000;
  const people = peopleOf(machine);
  const topics = (policy?.topics ?? []).map((t) => t.id);
  const cited = citationIds(machine);
  const events = [...new Set(machine.transitions.map((t) => t.event))];
  const violations: string[] = [];
  const fail = (what: string): void => {
    if (violations.length < 20) violations.push(what);
  };
  const seen = new Set<string>();
  let frontier: Node[] = [];
  let transitions = 0;
  let refusals = 0;

  const checkRefusal = (issues: readonly Issue[], where: () => string): void => {
    refusals++;
    for (const i of issues) {
      if (!/^workflow\.[a-z-]+$/.test(i.code)) fail(`${where()}: uncoded refusal ${i.code}`);
      if (!i.message?.vi || !i.message?.en) fail(`${where()}: refusal ${i.code} not bilingual`);
      if (i.citation === undefined || !cited.has(i.citation.id))
        fail(`${where()}: refusal ${i.code} cites ${i.citation?.id ?? 'nothing'}`);
    }
  };

  const stepTime = Array.from({ length: depth + 2 }, (_, d) => at(10 * (d + 1)));
  const byStateEvent = new Map<string, MachineDefinition['transitions'][number]>();
  for (const t of machine.transitions) for (const f of t.from) byStateEvent.set(`${f} ${t.event}`, t);
  const firsts = people.filter((p) => p.id.endsWith('-1'));
  const step = (
    node: Node,
    event: string,
    def: MachineDefinition['transitions'][number] | undefined,
    actor: WorkflowActor,
    payload: JsonObject,
  ): void => {
    const now = stepTime[node.depth]!;
    const where = (): string =>
      `${machine.id} ${node.snapshot.state} ${event} by ${actor.id} ${JSON.stringify(payload).slice(0, 60)}`;
    let r: ReturnType<typeof transition>;
    try {
      r = transition(machine, node.snapshot, { type: event, payload }, actor, now);
    } catch (e) {
      fail(`${where()}: threw ${String(e)}`);
      return;
    }
    transitions++;
    if (!r.ok) {
      checkRefusal(r.issues, where);
      return;
    }
    const rec = r.value.record;
    // Granted: the role used is one the transition's permissions name (directly, or delegated to this person).
    if (!def?.permissions.some((p) => p.roles.includes(rec.role)))
      fail(`${where()}: allowed in role ${rec.role} no permission grants`);
    if (rec.onBehalfOf === null && !actor.roles.includes(rec.role))
      fail(`${where()}: acted in a role the actor does not hold`);
    const oracle = nextOracle(node, event, actor, payload, r.value.snapshot);
    checkStep(node, oracle, event, actor, rec, r.value.snapshot, where);
    visit({ snapshot: r.value.snapshot, oracle, depth: node.depth + 1 });
  };

  const nextOracle = (
    node: Node,
    event: string,
    actor: WorkflowActor,
    payload: JsonObject,
    next: WorkflowSnapshot,
  ): Oracle => {
    const changed =
      event === 'create' ||
      (payload.attributes !== undefined &&
        ['update', 'edit', 'reopen'].includes(event) &&
        JSON.stringify(node.snapshot.context.attributes ?? {}) !==
          JSON.stringify(next.context.attributes ?? {}));
    const authors =
      changed && !node.oracle.authors.includes(norm(actor.id))
        ? [...node.oracle.authors, norm(actor.id)]
        : node.oracle.authors;
    const attrs = next.context.attributes as Record<string, unknown> | undefined;
    const submittedTopic =
      event === 'submit'
        ? typeof attrs?.topic === 'string'
          ? attrs.topic
          : null
        : node.oracle.submittedTopic;
    return { authors, submittedTopic };
  };

  const checkStep = (
    node: Node,
    oracle: Oracle,
    event: string,
    actor: WorkflowActor,
    rec: { role: string; onBehalfOf: string | null },
    next: WorkflowSnapshot,
    where: () => string,
  ): void => {
    if (policy === undefined) return;
    const ctx = next.context as Record<string, unknown>;
    const authors = oracle.authors;
    if (['approve', 'publish', 'schedule'].includes(event)) {
      if (authors.includes(norm(actor.id))) fail(`${where()}: ${event} by an author (${authors.join(',')})`);
      if (
        rec.onBehalfOf !== null &&
        authors.includes(norm(rec.onBehalfOf)) &&
        policy.delegatedSelfApproval?.allowed !== true
      )
        fail(`${where()}: ${event} on behalf of an author`);
    }
    if (event === 'approve') {
      const ok = policy.permissions.some(
        (p) => p.action === 'approve' && p.roles.includes(rec.role) && topicAdmits(p, oracle.submittedTopic),
      );
      if (!ok)
        fail(
          `${where()}: approval in role ${rec.role} bypasses the routing of topic ${oracle.submittedTopic}`,
        );
      const attrs = ctx.attributes as Record<string, unknown>;
      if (attrs.topic !== undefined && (attrs.topic ?? null) !== oracle.submittedTopic)
        fail(`${where()}: topic changed after submission`);
    }
    if (event === 'publish' || event === 'publish-due') {
      if (typeof ctx.approvedBy === 'string' && authors.includes(norm(ctx.approvedBy)))
        fail(`${where()}: published an author's approval`);
      const live = (ctx.liveAttributes ?? {}) as Record<string, unknown>;
      if ((CLASSIFIED_SPELLINGS as readonly unknown[]).includes(live.classification))
        fail(`${where()}: published ${String(live.classification)}`);
    }
    void node;
  };

  // Symmetry: people of a class who do not appear in a state are interchangeable, so only the ones who appear
  // and one newcomer per class need to act.
  const classOf = (id: string): string => id.replace(/-\d+$/, '');
  const candidates = (node: Node): WorkflowActor[] => {
    const text = JSON.stringify([node.snapshot.context, node.oracle]);
    const fresh = new Set<string>();
    return people.filter((p) => {
      if (text.includes(`"${p.id}"`)) return true;
      const c = classOf(p.id);
      if (fresh.has(c)) return false;
      fresh.add(c);
      return true;
    });
  };

  const visit = (node: Node): void => {
    const k = keyOf(node);
    if (seen.has(k)) return;
    seen.add(k);
    if (node.depth < depth) frontier.push(node);
  };

  const start = at(0);
  for (const actor of people) {
    for (const payload of variants(machine, machine.start.event, topics, start, spelling)) {
      const r = startWorkflow(machine, actor, start, payload);
      if (!r.ok) {
        checkRefusal(r.issues, () => `${machine.id} start by ${actor.id}`);
        continue;
      }
      const oracle: Oracle = { authors: [norm(actor.id)], submittedTopic: null };
      visit({ snapshot: r.value.snapshot, oracle, depth: 1 });
    }
  }
  while (frontier.length > 0) {
    const level = frontier;
    frontier = [];
    for (const node of level) {
      const now = at(10 * (node.depth + 1));
      const full = [fullPayload(machine, now)];
      const here = candidates(node);
      if (options.stopAtFirst === true && violations.length > 0)
        return { states: seen.size, transitions, refusals, violations };
      for (const event of events) {
        // An event the state does not have is refused the same way for everyone: one person per class tries it.
        const def = byStateEvent.get(`${node.snapshot.state} ${event}`);
        const who = def ? here : firsts;
        const payloads = def ? variants(machine, event, topics, now, spelling) : full;
        for (const payload of payloads) for (const actor of who) step(node, event, def, actor, payload);
      }
      if (seen.size > maxStates) {
        fail(`${machine.id}: more than ${maxStates} states (raise the cap or lower the depth)`);
        return { states: seen.size, transitions, refusals, violations };
      }
    }
  }
  return { states: seen.size, transitions, refusals, violations };
}
