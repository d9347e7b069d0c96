import {
  WORKFLOW_HG_1347_2020,
  WORKFLOW_ND_42_2022,
  WORKFLOW_ND_43_2011,
  WORKFLOW_ND_224_2026,
  WORKFLOW_NX_2112_2022,
  WORKFLOW_QN_3069_2021,
  WORKFLOW_TN_40_2012,
  WORKFLOW_VP_32_2023,
} from '../../src/profiles/workflow/index.js';
import {
  buildApprovalMachine,
  buildConsultationMachine,
  buildQuestionMachine,
  type JsonObject,
  type MachineDefinition,
  type WorkflowPolicies,
} from '../../src/workflow/index.js';

/** Every shipped policy bundle, by profile id. */
export const POLICIES: Record<string, WorkflowPolicies> = {
  'nd43-2011': WORKFLOW_ND_43_2011,
  'nd42-2022': WORKFLOW_ND_42_2022,
  'nd224-2026': WORKFLOW_ND_224_2026,
  'hau-giang-1347-2020': WORKFLOW_HG_1347_2020,
  'quang-nam-3069-2021': WORKFLOW_QN_3069_2021,
  'vinh-phuc-32-2023': WORKFLOW_VP_32_2023,
  'nhu-xuan-2112-2022': WORKFLOW_NX_2112_2022,
  'thai-nguyen-40-2012': WORKFLOW_TN_40_2012,
};

/** Every machine the library ships (built from the shipped policies). */
export function shippedMachines(): MachineDefinition[] {
  const out: MachineDefinition[] = [];
  for (const p of Object.values(POLICIES)) {
    if (p.editorial) out.push(buildApprovalMachine(p.editorial));
    if (p.questions) out.push(buildQuestionMachine(p.questions));
    if (p.consultations) out.push(buildConsultationMachine(p.consultations));
  }
  return out;
}

export const T0 = Date.parse('2026-03-02T01:00:00Z');
export const at = (minutes: number): Date => new Date(T0 + minutes * 60_000);

/** A payload carrying everything any event of the shipped machines may need, valid at time `now`. */
export function fullPayload(machine: MachineDefinition, now: Date): JsonObject {
  const later = new Date(now.getTime() + 40 * 86_400_000).toISOString();
  const confirmed: string[] = [];
  for (const t of machine.transitions)
    for (const g of t.guards ?? []) if (g.kind === 'checklist') confirmed.push(...g.items);
  return {
    reason: 'Lý do',
    publishAt: later,
    confirmed,
    agency: 'Sở Tư pháp',
    forwardTo: 'Sở Thông tin và Truyền thông',
    answer: 'Trả lời',
    appointment: 'Hẹn trả lời',
    newDueAt: later,
    channel: 'portal',
    kind: 'standard',
    comment: 'Góp ý',
    commentDeadline: later,
    summary: 'Tổng hợp',
    question: 'Câu hỏi?',
  };
}
