import { cite, deepFreeze } from '../../core/index.js';
import type { WorkflowPolicies } from '../../workflow/index.js';
import { CONSULTATION_FIELDS, L } from './_common.js';

const ND = (ref: string, note?: string) => cite(`ND-42-2022/${ref}`, note);

/**
 * Workflow policies of Nghị định 42/2022/NĐ-CP (2022-08-15 → 2026-06-30): Art. 8 interaction — questions and
 * feedback with online status tracking, participation in law-making, all interactions published. The decree
 * sets no answer deadline in days, so its question kind carries none.
 *
 * @example
 * ```ts
 * import { nd42_2022 } from 'vn-portal-kit/profiles';
 * nd42_2022.workflow?.questions?.kinds[0]?.deadline //=> undefined
 * ```
 */
export const WORKFLOW_ND_42_2022: WorkflowPolicies = /*#__PURE__*/ deepFreeze({
  questions: {
    regulationId: 'ND-42-2022',
    intake: { always: true, citation: ND('8', 'online interaction') },
    kinds: [
      {
        id: 'standard',
        name: L('Câu hỏi, phản ánh', 'Question or feedback'),
        citation: ND('8', 'no answer deadline in days'),
      },
    ],
    defaultKind: 'standard',
    answerers: { roles: ['agency-head'], delegable: true, citation: ND('8') },
    handlers: { roles: ['operator'], citation: ND('8') },
    outOfScope: {
      notifyAskerImmediately: true,
      citation: ND('8', 'reading: status tracking tells the asker at once'),
    },
    publication: { channels: ['portal', 'email'], citation: ND('8', 'publish all interactions') },
    statusTracking: { citation: ND('8', 'questions and feedback with online status tracking') },
  },
  consultations: {
    regulationId: 'ND-42-2022',
    operators: { roles: ['operator'], citation: ND('8', 'participation in law-making') },
    requiredFields: {
      fields: [...CONSULTATION_FIELDS],
      citation: ND('8', 'the page of ND 43/2011 Art. 10.1.i, kept by practice'),
    },
  },
});
