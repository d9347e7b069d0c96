import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { profiles } from '../../src/profiles/index.js';
import {
  buildApprovalMachine,
  buildConsultationMachine,
  buildQuestionMachine,
  toMermaid,
} from '../../src/workflow/index.js';

// The diagrams of docs/workflow.md are the machines the library ships, not drawings that can drift.
describe('docs/workflow.md', () => {
  const guide = readFileSync('docs/workflow.md', 'utf8');
  const blocks = [...guide.matchAll(/```mermaid\n([\s\S]*?)\n```/g)].map((m) => m[1]);

  it('has front matter and a diagram per regulation, for questions and for consultations', () => {
    expect(guide.startsWith('---\ntitle: ')).toBe(true);
    expect(blocks.length).toBe(8);
  });

  it('every diagram equals toMermaid of a shipped machine', () => {
    const shipped = new Set<string>();
    for (const p of profiles) {
      const w = p.workflow;
      if (w?.editorial) shipped.add(toMermaid(buildApprovalMachine(w.editorial)));
      if (w?.questions) shipped.add(toMermaid(buildQuestionMachine(w.questions)));
      if (w?.consultations) shipped.add(toMermaid(buildConsultationMachine(w.consultations)));
    }
    for (const b of blocks) expect(shipped.has(b!), b!.split('\n').slice(0, 3).join(' / ')).toBe(true);
  });
});
