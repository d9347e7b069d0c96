import { describe, expect, it } from 'vitest';
import {
  type JsonObject,
  type MachineDefinition,
  startWorkflow,
  transition,
  type WorkflowSnapshot,
} from '../../src/workflow/index.js';
import { at, fullPayload, shippedMachines } from './_fixtures.js';

// Provision ids: REG/article[.clause[.point]][#note], national ids included.
const CITATION_ID = /^[A-Z]{2,6}-\d{1,4}-\d{4}(\/[0-9A-Za-z.#đ-]+)?$/;

/** A context in which the state's typical guards can be met by a different actor. */
function contextFor(machine: MachineDefinition, state: string): JsonObject {
  const future = at(60 * 24 * 30).toISOString();
  const past = at(-60).toISOString();
  return {
    attributes: {
      title: 'Tin',
      fullText: 'Toàn văn',
      receivingUnitAddress: 'Địa chỉ',
      receivingUnitEmail: 'a@b.vn',
    },
    authorId: 'author',
    originalAuthorId: 'author',
    version: 1,
    approvedBy: ['approved', 'scheduled', 'revision-approved'].includes(state) ? 'approver' : null,
    liveVersion: 1,
    liveAuthorId: 'author',
    liveApprovedBy: 'approver',
    liveAttributes: { title: 'Tin' },
    publishAt: past,
    receivedAt: past,
    dueAt: future,
    commentDeadline: machine.id.startsWith('consultation') && state === 'closed' ? past : future,
    commentCount: 0,
  };
}

const CITED_CODES =
  /^workflow\.(role-not-permitted|event-not-allowed|field-required|field-too-long|delegation-|self-approval|not-approved|classified|attribution-missing|checklist-incomplete|publish-at-invalid|too-early|not-author|question-kind-unknown|channel-invalid|extension-|comment-|consultation-fields-missing|deadline-unavailable)/;

describe('every (state, event, role) triple of every shipped machine is allowed by a cited rule or refused with a reason', () => {
  for (const machine of shippedMachines()) {
    it(machine.id, () => {
      const events = [...new Set(machine.transitions.map((t) => t.event)), 'no-such-event'];
      let allowed = 0;
      let refused = 0;
      for (const state of machine.states) {
        const snapshot: WorkflowSnapshot = {
          schemaVersion: 2,
          machineId: machine.id,
          state: state.id,
          context: contextFor(machine, state.id),
          seq: 5,
          updatedAt: at(-120).toISOString(),
        };
        for (const event of events) {
          for (const role of [...machine.roles, 'no-such-role']) {
            const actor = { id: `actor-${role}`, roles: [role] };
            const now = at(0);
            const r = transition(
              machine,
              snapshot,
              { type: event, payload: fullPayload(machine, now) },
              actor,
              now,
            );
            const def = machine.transitions.find((t) => t.event === event && t.from.includes(state.id));
            if (r.ok) {
              allowed++;
              expect(def, `${state.id} ${event} ${role}`).toBeDefined();
              expect(def!.permissions.some((p) => p.roles.includes(role))).toBe(true);
              expect(r.value.record.citations.length).toBeGreaterThan(0);
              for (const c of r.value.record.citations) expect(c).toMatch(CITATION_ID);
              expect(r.value.snapshot.state).toBe(def!.to);
              expect(r.value.record.role).toBe(role);
            } else {
              refused++;
              expect(r.issues.length).toBeGreaterThan(0);
              for (const issue of r.issues) {
                expect(issue.code).toMatch(/^workflow\.[a-z-]+$/);
                expect(issue.message.vi.length).toBeGreaterThan(0);
                expect(issue.message.en.length).toBeGreaterThan(0);
                if (CITED_CODES.test(issue.code)) expect(issue.citation?.id, issue.code).toMatch(CITATION_ID);
              }
              if (role === 'no-such-role') expect(r.issues[0]!.code).toBe('workflow.role-unknown');
              else if (event === 'no-such-event') expect(r.issues[0]!.code).toBe('workflow.event-unknown');
              else if (!def) expect(r.issues[0]!.code).toBe('workflow.event-not-allowed');
              else if (!def.permissions.some((p) => p.roles.includes(role)))
                expect(r.issues[0]!.code).toMatch(/^workflow\.(role-not-permitted|delegation-)/);
            }
          }
        }
      }
      expect(allowed).toBeGreaterThan(0);
      expect(refused).toBeGreaterThan(0);
    });
  }
});

describe('starting a case: every role of every shipped machine is allowed by a cited rule or refused with a reason', () => {
  for (const machine of shippedMachines()) {
    it(machine.id, () => {
      for (const role of [...machine.roles, 'no-such-role']) {
        const r = startWorkflow(
          machine,
          { id: `actor-${role}`, roles: [role] },
          at(0),
          fullPayload(machine, at(0)),
        );
        const allowed = machine.start.permissions.some((p) => p.roles.includes(role));
        expect(r.ok, role).toBe(allowed);
        if (r.ok) {
          expect(r.value.snapshot.seq).toBe(1);
          expect(r.value.record.citations[0]).toMatch(CITATION_ID);
        } else {
          const issue = r.issues[0]!;
          expect(issue.code).toBe(
            role === 'no-such-role' ? 'workflow.role-unknown' : 'workflow.role-not-permitted',
          );
          if (role !== 'no-such-role') expect(issue.citation?.id).toMatch(CITATION_ID);
        }
      }
    });
  }
});
