import { cite, deepFreeze } from '../../core/index.js';
import type { WorkflowPolicies } from '../../workflow/index.js';
import { CONSULTATION_FIELDS, L, SECRET_MARKS } from './_common.js';

const QN = (ref: string, note?: string) => cite(`QN-3069-2021/${ref}`, note);
const ND43 = (ref: string, note?: string) => cite(`ND-43-2011/${ref}`, note);

/**
 * Workflow policies of Quảng Nam 3069/QĐ-UBND (2021): board members research and edit, the edited item goes
 * to the Head of the board, who approves publication (10.2.a–b); agencies update their categories through
 * per-category accounts (7.2, 21.4); nothing is published without the board's approval (6.4); reused items
 * name author and source (6.3); the Head holds the system-administration password and may delegate it
 * (12.2). Questions: the operator collects them and sends them to the competent agency, whose head answers
 * (11.2–11.3); what exceeds its competence goes to the Department of Information and Communications (11.4);
 * deadlines of ND 43/2011 Art. 17 (8.1).
 *
 * @example
 * ```ts
 * import { quangNam3069_2021 } from 'vn-portal-kit/profiles';
 * quangNam3069_2021.workflow?.editorial?.permissions.find((p) => p.action === 'approve')?.roles //=> ['head']
 * ```
 */
export const WORKFLOW_QN_3069_2021: WorkflowPolicies = /*#__PURE__*/ deepFreeze({
  editorial: {
    regulationId: 'QN-3069-2021',
    roles: [
      { id: 'head', name: L('Trưởng Ban Biên tập', 'Head of the editorial board'), citation: QN('19.1') },
      {
        id: 'member',
        name: L('Thành viên Ban Biên tập', 'Member of the editorial board'),
        citation: QN('19.1'),
      },
      {
        id: 'updater',
        name: L('Tài khoản cập nhật của cơ quan cung cấp', 'Supplying agency’s update account'),
        citation: QN('7.2'),
      },
    ],
    permissions: [
      { action: 'draft', roles: ['updater', 'member'], citation: QN('10.2.a', 'from the sources collected') },
      {
        action: 'submit',
        roles: ['updater', 'member'],
        citation: QN('10.1', 'information is subject to the board’s review'),
      },
      { action: 'review', roles: ['member'], citation: QN('10.2.a') },
      { action: 'edit', roles: ['member'], citation: QN('10.2.a', 'members research and edit') },
      { action: 'request-changes', roles: ['member', 'head'], citation: QN('10.2.a') },
      { action: 'reject', roles: ['member', 'head'], citation: QN('10.1') },
      { action: 'approve', roles: ['head'], citation: QN('10.2.b', 'the Head approves publication') },
      { action: 'schedule', roles: ['head'], citation: QN('10.2.b') },
      { action: 'publish', roles: ['head', 'member'], citation: QN('10.2.b', 'after the Head’s approval') },
      {
        action: 'unpublish',
        roles: ['head'],
        citation: QN('19.2', 'the board answers for everything published'),
      },
      {
        action: 'correct',
        roles: ['member', 'updater'],
        citation: QN('9.1', 'the board answers for published content'),
      },
      { action: 'administer', roles: ['head'], citation: QN('12.2') },
    ],
    delegations: [
      {
        fromRole: 'head',
        actions: ['administer'],
        citation: QN('12.2', 'the Head may authorise another person to manage the password'),
      },
    ],
    approvalRequired: [QN('6.4'), QN('10.1')],
    separationOfDuties: QN(
      '10.2.b',
      'edited items go to the Head: the editor is not the approver of their own item',
    ),
    attribution: { anyOf: [['author', 'source']], citation: QN('6.3') },
    classification: {
      neverPublish: [...SECRET_MARKS],
      citation: QN('6.2', 'state-secret protection; 7.2.a: only what is not a state secret'),
    },
  },
  questions: {
    regulationId: 'QN-3069-2021',
    intake: { always: true, citation: QN('5.1', 'the portal runs 24/7') },
    kinds: [
      {
        id: 'standard',
        name: L('Câu hỏi, phản ánh', 'Question or feedback'),
        deadline: { kind: 'working-days', days: 15 },
        citation: QN('8.1', 'ND 43/2011 Art. 17: 15 working days from receipt'),
      },
    ],
    defaultKind: 'standard',
    answerers: {
      roles: ['agency-head'],
      delegable: true,
      // 11.3: "trả lời bằng văn bản các câu hỏi liên quan thuộc thẩm quyền giải quyết khi có yêu cầu trong thời gian
      // sớm nhất": a written answer ("văn bản", an official document), on request, as soon as possible.
      citation: QN(
        '11.3',
        'directors and chairs answer in writing (văn bản), on request, within their competence',
      ),
    },
    handlers: { roles: ['operator'], citation: QN('11.2') },
    outOfScope: {
      notifyAskerImmediately: true,
      forwardTo: L('Sở Thông tin và Truyền thông', 'Department of Information and Communications'),
      citation: QN('11.4', 'and ND 43/2011 Art. 17: the asker is told immediately'),
    },
    extension: { requiresAppointment: true, citation: ND43('17', 'via QN-3069-2021/8.1: a reply date') },
    // 11.3 requires the written answer; it names no channel. The portal and e-mail are where the answer is made
    // public or sent (the Q&A function of 4.2 via ND 43/2011 Art. 15), not what 11.3 says: the citation notes it.
    publication: {
      channels: ['portal', 'email'],
      citation: QN('11.3', 'a written answer on request; the channels are the portal’s, 11.3 names none'),
    },
    statusTracking: { citation: ND43('15', 'via QN-3069-2021/4.2') },
  },
  consultations: {
    regulationId: 'QN-3069-2021',
    operators: { roles: ['operator'], citation: QN('4.2', 'the information of ND 43/2011 Chapter II') },
    requiredFields: { fields: [...CONSULTATION_FIELDS], citation: ND43('10.1.i', 'via QN-3069-2021/4.2') },
  },
});
