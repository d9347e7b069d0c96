import { cite, deepFreeze } from '../../core/index.js';
import type { WorkflowPolicies } from '../../workflow/index.js';
import { boardRoles, CONSULTATION_FIELDS, L, SECRET_MARKS } from './_common.js';

const VP = (ref: string, note?: string) => cite(`VP-32-2023/${ref}`, note);

/**
 * Workflow policies of Vĩnh Phúc 32/2023/QĐ-UBND: everything supplied is reviewed by the board before it goes
 * on the portal (4.6); the board has a head, a deputy and members, and the Head sets the members' working
 * regime (12.3); reused information names the source and the author or the source agency (4.4); questions
 * with status tracking and all interactions published (9.1.a, 9.1.đ); drafts for comment with the page of
 * 5.14.d, posted immediately on the drafting agency's request (6.6, 7.4).
 *
 * @example
 * ```ts
 * import { vinhPhuc32_2023 } from 'vn-portal-kit/profiles';
 * vinhPhuc32_2023.workflow?.editorial?.attribution?.anyOf //=> [['source', 'author'], ['source', 'sourceAgency']]
 * ```
 */
export const WORKFLOW_VP_32_2023: WorkflowPolicies = /*#__PURE__*/ deepFreeze({
  editorial: {
    regulationId: 'VP-32-2023',
    roles: boardRoles(VP, '12.3'),
    permissions: [
      {
        action: 'draft',
        roles: ['member', 'deputy', 'head'],
        citation: VP('12.1', 'receive, process, edit, update'),
      },
      { action: 'submit', roles: ['member', 'deputy', 'head'], citation: VP('4.6') },
      { action: 'review', roles: ['member', 'deputy', 'head'], citation: VP('12.1') },
      { action: 'edit', roles: ['member', 'deputy', 'head'], citation: VP('12.1') },
      { action: 'request-changes', roles: ['deputy', 'head'], citation: VP('4.6') },
      { action: 'reject', roles: ['deputy', 'head'], citation: VP('4.6') },
      {
        action: 'approve',
        roles: ['head', 'deputy'],
        citation: VP('4.6', 'reading: the board’s leaders approve for the board'),
      },
      { action: 'schedule', roles: ['head', 'deputy'], citation: VP('4.6') },
      { action: 'publish', roles: ['head', 'deputy'], citation: VP('4.6') },
      {
        action: 'unpublish',
        roles: ['head', 'deputy'],
        citation: VP('4.5', 'responsibility for information provided'),
      },
      { action: 'correct', roles: ['member', 'deputy', 'head'], citation: VP('6.1', 'timely updates') },
    ],
    delegations: [
      {
        fromRole: 'head',
        toRoles: ['member'],
        actions: ['approve', 'schedule', 'publish'],
        // 12.3: "Chế độ làm việc của các thành viên do Trưởng ban quyết định": the Head sets the members' working
        // regime. Settled reading: that is not a power to hand the approval of 4.6 to a member; no provision of
        // the regulation delegates approval. This entry has no basis in the text (see docs/coverage.md).
        citation: VP(
          '12.3',
          'sets the members’ working regime only; the text delegates no approval (no basis for this delegation)',
        ),
      },
    ],
    approvalRequired: [VP('4.6')],
    attribution: {
      anyOf: [
        ['source', 'author'],
        ['source', 'sourceAgency'],
      ],
      citation: VP('4.4', 'ND 72/2013 Art. 20.2, 21'),
    },
    classification: { neverPublish: [...SECRET_MARKS], citation: VP('4.2', 'state-secret protection') },
  },
  questions: {
    regulationId: 'VP-32-2023',
    intake: { always: true, citation: VP('19.3', 'available 24/7') },
    kinds: [
      {
        id: 'standard',
        name: L('Câu hỏi, ý kiến', 'Question or comment'),
        citation: VP('9.1.a', 'no answer deadline in days (ND 42/2022 sets none)'),
      },
    ],
    defaultKind: 'standard',
    answerers: {
      roles: ['agency-head'],
      delegable: true,
      citation: VP('7.1', 'heads answer for the information'),
    },
    handlers: { roles: ['member'], citation: VP('12.1', 'the board receives and processes') },
    // 9.1.a ("theo dõi tình trạng xử lý câu hỏi hoặc cung cấp địa chỉ thư điện tử tiếp nhận") says nothing of
    // questions outside the agency's field, and no other provision does; ND 43/2011 Art. 17 is the only text that
    // states the duty (superseded on 2022-08-15): kept as that practice, cited as such.
    outOfScope: {
      notifyAskerImmediately: true,
      citation: cite(
        'ND-43-2011/17',
        'Q&A row: tell an out-of-scope asker immediately; superseded, and not restated by VP 32/2023',
      ),
    },
    publication: { channels: ['portal', 'email'], citation: VP('9.1.đ', 'publish all interactions') },
    statusTracking: { citation: VP('9.1.a', 'status tracking, or a receiving e-mail address instead') },
  },
  consultations: {
    regulationId: 'VP-32-2023',
    operators: { roles: ['member', 'drafting-agency'], citation: VP('7.4') },
    postingDeadline: { rule: { kind: 'immediately' }, citation: VP('6.6') },
    requiredFields: { fields: [...CONSULTATION_FIELDS], citation: VP('5.14.d') },
  },
});
