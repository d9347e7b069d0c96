import { cite, deepFreeze } from '../../core/index.js';
import type { WorkflowPolicies } from '../../workflow/index.js';
import { L } from './_common.js';

const ND = (ref: string, note?: string) => cite(`ND-224-2026/${ref}`, note);

/**
 * Workflow policies of Nghị định 224/2026/NĐ-CP (from 2026-07-01): a planned suspension is announced at least
 * 7 working days ahead with the expected restoration time (Art. 13.1.a); each status change of a case is
 * notified with the agency, the handling person and the times of receipt, processing and return
 * (Art. 15.1.g).
 *
 * @example
 * ```ts
 * import { nd224_2026 } from 'vn-portal-kit/profiles';
 * nd224_2026.workflow?.suspensionNotice?.leadTime //=> { kind: 'working-days', days: 7 }
 * ```
 */
export const WORKFLOW_ND_224_2026: WorkflowPolicies = /*#__PURE__*/ deepFreeze({
  questions: {
    regulationId: 'ND-224-2026',
    intake: { always: true, citation: ND('10', 'the portal is a central channel') },
    kinds: [{ id: 'standard', name: L('Câu hỏi, phản ánh', 'Question or feedback'), citation: ND('15.1.g') }],
    defaultKind: 'standard',
    answerers: { roles: ['agency-head'], delegable: true, citation: ND('15.1.g', 'the handling person') },
    handlers: { roles: ['operator'], citation: ND('15.1.g', 'the receiving person') },
    outOfScope: { notifyAskerImmediately: true, citation: ND('15.1.g', 'a notice on each status change') },
    publication: { channels: ['portal', 'email'], citation: ND('15.1.g') },
    statusTracking: { citation: ND('15.1.g') },
    statusNotice: {
      fields: ['agency', 'handler', 'receivedAt', 'processedAt', 'returnedAt'],
      onEveryChange: true,
      citation: ND('15.1.g'),
    },
  },
  suspensionNotice: {
    regulationId: 'ND-224-2026',
    leadTime: { kind: 'working-days', days: 7 },
    requiresRestorationTime: true,
    citation: ND('13.1.a'),
  },
});
