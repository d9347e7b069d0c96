import { expect, it } from 'vitest';
import {
  buildApprovalMachine,
  buildConsultationMachine,
  buildQuestionMachine,
} from '../../src/workflow/index.js';
import { POLICIES } from './_fixtures.js';
import { CLASSIFIED_SPELLINGS, modelCheck } from './_modelCheck.js';

/**
 * Depth 7 reaches the shortest path of the reopen finding (create → submit → reject → reopen → submit →
 * start-review → approve); the Q&A and consultation machines are explored to 6 steps.
 */
export const EDITORIAL_DEPTH = 7;
const OTHER_DEPTH = 6;

/** One test per profile: every machine it ships explored, state counts printed. */
export function modelCheckProfiles(profiles: readonly string[]): void {
  for (const profile of profiles) {
    const policies = POLICIES[profile]!;
    const spelling =
      CLASSIFIED_SPELLINGS[Object.keys(POLICIES).indexOf(profile) % CLASSIFIED_SPELLINGS.length]!;
    it(`${profile}: editorial, Q&A and consultation machines keep the invariants`, () => {
      const lines: string[] = [];
      if (policies.editorial) {
        const r = modelCheck(buildApprovalMachine(policies.editorial), policies.editorial, EDITORIAL_DEPTH, {
          spelling,
        });
        lines.push(`editorial ${r.states} states (${r.transitions} steps, ${r.refusals} refused)`);
        expect(r.violations).toEqual([]);
        expect(r.states).toBeGreaterThan(500);
      }
      if (policies.questions) {
        const r = modelCheck(buildQuestionMachine(policies.questions), undefined, OTHER_DEPTH);
        lines.push(`questions ${r.states} states (${r.transitions} steps)`);
        expect(r.violations).toEqual([]);
        expect(r.states).toBeGreaterThan(20);
      }
      if (policies.consultations) {
        const r = modelCheck(buildConsultationMachine(policies.consultations), undefined, OTHER_DEPTH);
        lines.push(`consultations ${r.states} states (${r.transitions} steps)`);
        expect(r.violations).toEqual([]);
        expect(r.states).toBeGreaterThan(3);
      }
      console.log(`model check ${profile}: ${lines.join('; ')}`);
    }, 120_000);
  }
}
