import { cite, deepFreeze } from '../../core/index.js';
import type { WorkflowPolicies } from '../../workflow/index.js';
import { boardRoles, CONSULTATION_FIELDS, L, SECRET_MARKS } from './_common.js';

const HG = (ref: string, note?: string) => cite(`HG-1347-2020/${ref}`, note);
const ND43 = (ref: string, note?: string) => cite(`ND-43-2011/${ref}`, note);

/**
 * Workflow policies of Hậu Giang 1347/QĐ-UBND (2020): a part-time board at the Office of the People's
 * Committee (7.1) that receives, processes, edits and updates information (8.2); a reused item names its author
 * and source (3.3); prohibited content (6.1); drafts of legal documents posted for comment and the comments
 * summarised (8.4); readers' feedback received, forwarded and the answers published (8.5), units answering in
 * their field (15.2) within ND 43/2011 Art. 17 (11.1).
 *
 * @example
 * ```ts
 * import { hauGiang1347_2020 } from 'vn-portal-kit/profiles';
 * hauGiang1347_2020.workflow?.editorial?.attribution?.anyOf //=> [['author', 'source']]
 * ```
 */
export const WORKFLOW_HG_1347_2020: WorkflowPolicies = /*#__PURE__*/ deepFreeze({
  editorial: {
    regulationId: 'HG-1347-2020',
    roles: boardRoles((ref, note) => ND43(ref, note ?? 'board structure via HG-1347-2020/9.5'), '21'),
    permissions: [
      { action: 'draft', roles: ['member', 'deputy', 'head'], citation: HG('8.2') },
      { action: 'submit', roles: ['member', 'deputy', 'head'], citation: HG('8.2') },
      { action: 'review', roles: ['member', 'deputy', 'head'], citation: HG('8.2') },
      { action: 'edit', roles: ['member', 'deputy', 'head'], citation: HG('8.2') },
      { action: 'request-changes', roles: ['deputy', 'head'], citation: HG('8.1') },
      { action: 'reject', roles: ['deputy', 'head'], citation: HG('8.1') },
      {
        action: 'approve',
        roles: ['head', 'deputy'],
        citation: HG('8.1', 'reading: the board’s leaders direct and approve'),
      },
      { action: 'schedule', roles: ['head', 'deputy'], citation: HG('8.1') },
      { action: 'publish', roles: ['head', 'deputy'], citation: HG('8.2') },
      { action: 'unpublish', roles: ['head', 'deputy'], citation: HG('8.1') },
      { action: 'correct', roles: ['member', 'deputy', 'head'], citation: HG('8.2') },
    ],
    approvalRequired: [HG('8.1', 'the board directs the portal’s content')],
    attribution: { anyOf: [['author', 'source']], citation: HG('3.3') },
    classification: { neverPublish: [...SECRET_MARKS], citation: HG('6.1.b') },
    checklist: [
      {
        id: 'against-state',
        text: L(
          'Không chống Nhà nước, không kích động bạo lực, đồi trụy, mê tín',
          'Nothing against the State, no incitement, obscenity or superstition',
        ),
        citation: HG('6.1.a'),
      },
      {
        id: 'secrets-falsehood',
        text: L(
          'Không tiết lộ bí mật nhà nước; không sai sự thật, bôi nhọ',
          'No state secrets; nothing false or defamatory',
        ),
        citation: HG('6.1.b'),
      },
      {
        id: 'advertising',
        text: L('Không quảng cáo trái pháp luật', 'No unlawful advertising'),
        citation: HG('6.1.c'),
      },
    ],
  },
  questions: {
    regulationId: 'HG-1347-2020',
    intake: { always: true, citation: HG('14.1', 'available 24/7') },
    kinds: [
      {
        id: 'standard',
        name: L('Phản ánh, kiến nghị, câu hỏi', 'Feedback or question'),
        deadline: { kind: 'working-days', days: 15 },
        citation: HG('11.1', 'ND 43/2011 Art. 17: 15 working days from receipt'),
      },
    ],
    defaultKind: 'standard',
    answerers: { roles: ['agency-head'], delegable: true, citation: HG('15.2') },
    handlers: { roles: ['member'], citation: HG('8.5') },
    outOfScope: { notifyAskerImmediately: true, citation: ND43('17', 'via HG-1347-2020/11.1') },
    extension: { requiresAppointment: true, citation: ND43('17', 'via HG-1347-2020/11.1: a reply date') },
    publication: { channels: ['portal'], citation: HG('8.5', 'publish the answers') },
    statusTracking: { citation: ND43('15', 'via HG-1347-2020/11.1') },
  },
  consultations: {
    regulationId: 'HG-1347-2020',
    operators: { roles: ['member'], citation: HG('8.4') },
    requiredFields: { fields: [...CONSULTATION_FIELDS], citation: ND43('10.1.i', 'via HG-1347-2020/11.1') },
    summary: { required: true, citation: HG('8.4') },
  },
});
