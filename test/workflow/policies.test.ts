import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import type { Citation } from '../../src/core/index.js';
import {
  buildApprovalMachine,
  defineMachine,
  EditorialPolicySchema,
  toMermaid,
  WorkflowPoliciesSchema,
} from '../../src/workflow/index.js';
import { POLICIES, shippedMachines } from './_fixtures.js';

const SEEDS: Record<string, string> = {
  'HG-1347-2020': 'hau-giang-1347-QD-UBND-2020.txt',
  'QN-3069-2021': 'quang-nam-3069-QD-UBND-2021.txt',
  'VP-32-2023': 'vinh-phuc-32-2023-QD-UBND.txt',
  'NX-2112-2022': 'nhu-xuan-2112-QD-UBND-2022.txt',
  'TN-40-2012': 'thai-nguyen-40-2012-QD-UBND.txt',
};

function citations(value: unknown, out: Citation[] = []): Citation[] {
  if (Array.isArray(value)) for (const v of value) citations(v, out);
  else if (value !== null && typeof value === 'object') {
    const o = value as Record<string, unknown>;
    if (typeof o.id === 'string' && Object.keys(o).every((k) => k === 'id' || k === 'note'))
      out.push(o as unknown as Citation);
    else for (const v of Object.values(o)) citations(v, out);
  }
  return out;
}

describe('shipped workflow policies', () => {
  for (const [id, bundle] of Object.entries(POLICIES)) {
    it(`${id}: validates against WorkflowPoliciesSchema`, () => {
      const r = WorkflowPoliciesSchema.safeParse(bundle);
      expect(r.success, JSON.stringify(r.error?.issues.slice(0, 3))).toBe(true);
    });

    it(`${id}: every value is cited, and every provincial citation points at an article of the seed`, () => {
      const list = citations(bundle);
      expect(list.length).toBeGreaterThan(3);
      for (const c of list) {
        expect(c.id).toMatch(
          /^(ND-(43-2011|42-2022|224-2026)|HG-1347-2020|QN-3069-2021|VP-32-2023|NX-2112-2022|TN-40-2012)\/\d+/,
        );
        const reg = c.id.split('/')[0]!;
        const seed = SEEDS[reg];
        if (!seed) continue;
        const article = /\/(\d+)/.exec(c.id)![1]!;
        const text = readFileSync(`test/fixtures/seeds/${seed}`, 'utf8');
        expect(text, c.id).toMatch(new RegExp(`Điều ${article}[.\\s*]`));
      }
    });
  }

  it('every regulation’s policy names only its own regulation or its national basis', () => {
    for (const [id, bundle] of Object.entries(POLICIES)) {
      for (const part of [
        bundle.editorial,
        bundle.questions,
        bundle.consultations,
        bundle.suspensionNotice,
      ]) {
        if (!part) continue;
        const own = part.regulationId;
        for (const c of citations(part)) {
          const reg = c.id.split('/')[0]!;
          expect([own, 'ND-43-2011', 'ND-42-2022', 'ND-224-2026'], `${id} ${c.id}`).toContain(reg);
        }
      }
    }
  });

  it('the schema catches hand-written mistakes: unknown roles and topics, nobody to approve', () => {
    const base = POLICIES['nhu-xuan-2112-2022']!.editorial!;
    const bad = {
      ...base,
      permissions: [
        ...base.permissions.filter((p) => p.action !== 'approve'),
        { action: 'approve', roles: ['chairman'], topics: ['sports'], citation: { id: 'X/1' } },
      ],
    };
    const r = EditorialPolicySchema.safeParse(bad);
    expect(r.success).toBe(false);
    const messages = r.error!.issues.map((i) => i.message);
    expect(messages).toContain('unknown role chairman');
    expect(messages).toContain('unknown topic sports');
    const none = EditorialPolicySchema.safeParse({
      ...base,
      permissions: base.permissions.filter((p) => p.action !== 'approve'),
    });
    expect(none.error!.issues.map((i) => i.message)).toContain('no role may approve');
  });

  it('every shipped machine is a valid machine definition with a Mermaid diagram', () => {
    for (const m of shippedMachines()) {
      expect(defineMachine(m).ok, m.id).toBe(true);
      const diagram = toMermaid(m);
      expect(diagram.startsWith('stateDiagram-v2\n')).toBe(true);
      expect(diagram).toContain(`[*] --> ${m.start.to.replace(/-/g, '_')}`);
      for (const t of m.transitions) expect(diagram).toContain(`: ${t.event} (`);
      // Mermaid ids: letters, digits and underscores only.
      for (const line of diagram.split('\n').slice(1))
        expect(line).toMatch(/^ {2}(state "[^"]+" as \w+|(\[\*\]|\w+) --> (\w+|\[\*\])( : [^:;"]+)?)$/);
    }
  });

  it('defineMachine refuses broken machines with coded issues', () => {
    const m = buildApprovalMachine(POLICIES['quang-nam-3069-2021']!.editorial!);
    const broken = { ...m, transitions: [...m.transitions, { ...m.transitions[0]!, to: 'nowhere' }] };
    const r = defineMachine(broken);
    expect(r.ok).toBe(false);
    if (!r.ok) {
      expect(r.issues.every((i) => i.code === 'workflow.machine-invalid')).toBe(true);
      expect(r.issues.map((i) => i.details?.problem).join('\n')).toContain('unknown state nowhere');
    }
    expect(defineMachine(null as never).ok).toBe(false);
  });
});
