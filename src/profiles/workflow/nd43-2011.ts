import { cite, deepFreeze } from '../../core/index.js';
import type { WorkflowPolicies } from '../../workflow/index.js';
import { boardRoles, CONSULTATION_FIELDS, L } from './_common.js';

const ND = (ref: string, note?: string) => cite(`ND-43-2011/${ref}`, note);

/**
 * Workflow policies of Nghị định 43/2011/NĐ-CP (2011-10-01 → 2022-08-14): an editorial board of head,
 * deputies and members (Art. 21; the decree does not route approval: the board's leaders approve is the
 * reading); questions answered, or a reply date given, within 15 working days of receipt, out-of-scope askers
 * told immediately (Art. 17); status tracking (Art. 15); the consultation page of Art. 10.1.i.
 *
 * @example
 * ```ts
 * import { nd43_2011 } from 'vn-portal-kit/profiles';
 * nd43_2011.workflow?.questions?.kinds[0]?.deadline //=> { kind: 'working-days', days: 15 }
 * ```
 */
export const WORKFLOW_ND_43_2011: WorkflowPolicies = /*#__PURE__*/ deepFreeze({
  editorial: {
    regulationId: 'ND-43-2011',
    roles: boardRoles(ND, '21'),
    permissions: [
      {
        action: 'draft',
        roles: ['member', 'deputy', 'head'],
        citation: ND('21', 'the board receives and edits information'),
      },
      { action: 'submit', roles: ['member', 'deputy', 'head'], citation: ND('21') },
      { action: 'review', roles: ['member', 'deputy', 'head'], citation: ND('21') },
      { action: 'edit', roles: ['member', 'deputy', 'head'], citation: ND('21') },
      { action: 'request-changes', roles: ['deputy', 'head'], citation: ND('21') },
      { action: 'reject', roles: ['deputy', 'head'], citation: ND('21') },
      {
        action: 'approve',
        roles: ['head', 'deputy'],
        citation: ND('21', 'reading: the board’s leaders approve; the decree sets no routing'),
      },
      { action: 'schedule', roles: ['head', 'deputy'], citation: ND('21') },
      { action: 'publish', roles: ['head', 'deputy'], citation: ND('21') },
      { action: 'unpublish', roles: ['head', 'deputy'], citation: ND('21') },
      { action: 'correct', roles: ['member', 'deputy', 'head'], citation: ND('21') },
    ],
    approvalRequired: [ND('21', 'the editorial board is responsible for what is published')],
  },
  questions: {
    regulationId: 'ND-43-2011',
    intake: { always: true, citation: ND('27', 'the portal works 24/7') },
    kinds: [
      {
        id: 'standard',
        name: L('Câu hỏi, góp ý', 'Question or feedback'),
        deadline: { kind: 'working-days', days: 15 },
        citation: ND('17', 'answer, or report progress with a reply date, within 15 working days of receipt'),
      },
    ],
    defaultKind: 'standard',
    answerers: {
      roles: ['agency-head'],
      delegable: true,
      citation: ND('17', 'the competent agency answers'),
    },
    handlers: {
      roles: ['operator'],
      citation: ND('15', 'the portal receives questions and tracks their status'),
    },
    outOfScope: {
      notifyAskerImmediately: true,
      citation: ND('17', 'out of scope: tell the asker immediately'),
    },
    extension: {
      requiresAppointment: true,
      citation: ND('17', 'report progress with a reply date (no cap on the new date)'),
    },
    publication: { channels: ['portal', 'email'], citation: ND('15') },
    statusTracking: { citation: ND('15', 'Q&A with status tracking') },
  },
  consultations: {
    regulationId: 'ND-43-2011',
    operators: { roles: ['operator'], citation: ND('10.1.i') },
    requiredFields: { fields: [...CONSULTATION_FIELDS], citation: ND('10.1.i') },
  },
});
