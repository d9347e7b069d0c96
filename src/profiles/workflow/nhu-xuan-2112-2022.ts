import { cite, deepFreeze } from '../../core/index.js';
import type { WorkflowPolicies } from '../../workflow/index.js';
import { L, SECRET_MARKS } from './_common.js';

const NX = (ref: string, note?: string) => cite(`NX-2112-2022/${ref}`, note);

/**
 * Workflow policies of Như Xuân district 2112/QĐ-UBND (2022): a board of head, deputy and members (12);
 * approval routed by topic — the Head approves conclusions of the district Party Standing Committee and items
 * on Party committees, the Fatherland Front, mass organisations and associations (14.1); the Deputy approves
 * conclusions of the People's Council/Committee leaders and items on the district and grassroots government,
 * and acts for the Head when authorised (14.2); members do what the Head assigns (14.3); the person who signs
 * off answers for the content (9); nothing from "Mật" up is put on the website (7).
 *
 * @example
 * ```ts
 * import { nhuXuan2112_2022 } from 'vn-portal-kit/profiles';
 * nhuXuan2112_2022.workflow?.editorial?.permissions.filter((p) => p.action === 'approve').map((p) => p.roles[0]) //=> ['head', 'deputy']
 * ```
 */
export const WORKFLOW_NX_2112_2022: WorkflowPolicies = /*#__PURE__*/ deepFreeze({
  editorial: {
    regulationId: 'NX-2112-2022',
    roles: [
      { id: 'head', name: L('Trưởng Ban Biên tập', 'Head of the editorial board'), citation: NX('12') },
      {
        id: 'deputy',
        name: L('Phó Trưởng Ban Biên tập', 'Deputy head of the editorial board'),
        citation: NX('12'),
      },
      {
        id: 'member',
        name: L('Thành viên Ban Biên tập', 'Member of the editorial board'),
        citation: NX('12'),
      },
    ],
    topics: [
      {
        id: 'party',
        name: L(
          'Cấp ủy, MTTQ, đoàn thể, hội, tổ chức Đảng; kết luận của Thường trực Huyện ủy',
          'Party committees, Fatherland Front, mass organisations, associations; Party Standing Committee conclusions',
        ),
        citation: NX('14.1'),
      },
      {
        id: 'government',
        name: L(
          'Chính quyền cấp huyện, cơ sở; kết luận của lãnh đạo HĐND, UBND huyện',
          'District and grassroots government; conclusions of People’s Council/Committee leaders',
        ),
        citation: NX('14.2'),
      },
    ],
    permissions: [
      {
        action: 'draft',
        roles: ['member', 'deputy', 'head'],
        citation: NX('13.2.a', 'writing news and articles'),
      },
      { action: 'submit', roles: ['member', 'deputy', 'head'], citation: NX('14.3') },
      { action: 'review', roles: ['member', 'deputy', 'head'], citation: NX('14.3', 'as the Head assigns') },
      {
        action: 'edit',
        roles: ['member', 'deputy', 'head'],
        citation: NX('13.1', 'the board writes and edits'),
      },
      { action: 'request-changes', roles: ['deputy', 'head'], citation: NX('14.2') },
      { action: 'reject', roles: ['deputy', 'head'], citation: NX('14.1') },
      {
        action: 'approve',
        roles: ['head'],
        exceptTopics: ['government'],
        citation: NX('14.1', 'Party matters; other topics by reading: the Head answers for all content'),
      },
      { action: 'approve', roles: ['deputy'], topics: ['government'], citation: NX('14.2') },
      {
        action: 'schedule',
        roles: ['head', 'deputy'],
        citation: NX('9', 'the signer answers for the content'),
      },
      { action: 'publish', roles: ['head', 'deputy'], citation: NX('9') },
      {
        action: 'unpublish',
        roles: ['head', 'deputy'],
        citation: NX('14.1', 'the Head answers for all content'),
      },
      { action: 'correct', roles: ['member', 'deputy', 'head'], citation: NX('9') },
    ],
    delegations: [
      {
        fromRole: 'head',
        toRoles: ['deputy'],
        actions: ['approve', 'schedule', 'publish', 'unpublish'],
        citation: NX('14.2', 'the Deputy acts for the Head when authorised'),
      },
    ],
    approvalRequired: [NX('14', 'the Head and the Deputy approve items before they go on the portal')],
    separationOfDuties: NX('9', 'the person who signs off answers for the content'),
    classification: { neverPublish: [...SECRET_MARKS], citation: NX('7#mat') },
  },
});
