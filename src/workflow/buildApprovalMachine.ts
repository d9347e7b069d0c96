import { type Citation, localized } from '../core/index.js';
import { COMPILED, compile } from './_lib/compile.js';
import type { EditorialAction, EditorialPermission, EditorialPolicy } from './EditorialPolicy.js';
import {
  type Assignment,
  type GuardDefinition,
  type MachineDefinition,
  type RequiredField,
  type StateDefinition,
  SYSTEM_ROLE,
  type TransitionDefinition,
  type TransitionPermission,
} from './MachineDefinition.js';

/**
 * The states of every content-approval machine. `published`, `revising`, `revision-review` and
 * `revision-approved` keep the last approved version live (`liveVersion`) while a correction (đính chính) is
 * worked on.
 *
 * @example
 * ```ts
 * import { APPROVAL_STATES } from 'vn-portal-kit/workflow';
 * APPROVAL_STATES.find((s) => s.id === 'published')?.name.vi //=> 'Đã xuất bản'
 * ```
 */
export const APPROVAL_STATES: readonly StateDefinition[] = [
  { id: 'draft', name: localized('Bản nháp', 'Draft') },
  { id: 'submitted', name: localized('Đã gửi Ban Biên tập', 'Submitted to the board') },
  { id: 'in-review', name: localized('Đang biên tập, kiểm duyệt', 'In editing and review') },
  { id: 'rejected', name: localized('Bị từ chối', 'Rejected') },
  { id: 'approved', name: localized('Đã duyệt', 'Approved'), tags: ['approved'] },
  { id: 'scheduled', name: localized('Hẹn giờ xuất bản', 'Scheduled'), tags: ['approved'] },
  { id: 'published', name: localized('Đã xuất bản', 'Published'), tags: ['published', 'live'] },
  {
    id: 'revising',
    name: localized('Đang đính chính (bản cũ vẫn hiển thị)', 'Correction in progress (live)'),
    tags: ['live'],
  },
  {
    id: 'revision-review',
    name: localized('Bản đính chính chờ duyệt (bản cũ vẫn hiển thị)', 'Correction in review (live)'),
    tags: ['live'],
  },
  {
    id: 'revision-approved',
    name: localized('Bản đính chính đã duyệt (bản cũ vẫn hiển thị)', 'Correction approved (live)'),
    tags: ['live', 'approved'],
  },
  { id: 'unpublished', name: localized('Đã gỡ xuống', 'Unpublished') },
];

/** The procedure-level citation of refusals "not possible in this state" (library reading). */
function procedureCitation(policy: EditorialPolicy): Citation {
  const first = policy.approvalRequired[0];
  return {
    id: first?.id ?? policy.regulationId,
    note: 'the approval procedure: draft → submitted → editing/review → approved → published',
  };
}

function toPermission(p: EditorialPermission): TransitionPermission {
  if (p.topics === undefined && p.exceptTopics === undefined) return { roles: p.roles, citation: p.citation };
  const when: { attribute: string; in?: readonly string[]; notIn?: readonly string[] } = {
    attribute: 'topic',
  };
  if (p.topics !== undefined) when.in = p.topics;
  if (p.exceptTopics !== undefined) when.notIn = p.exceptTopics;
  return { roles: p.roles, when, citation: p.citation };
}

const REASON = (citation: Citation): RequiredField => ({
  field: 'reason',
  name: localized('lý do', 'reason'),
  maxLength: 5000,
  citation,
});

const CLEAR_APPROVAL: readonly Assignment[] = [
  { unset: 'approvedBy' },
  { unset: 'approvedOnBehalfOf' },
  { unset: 'approvedAt' },
  { unset: 'publishAt' },
];

/**
 * Builds the content-approval machine of an editorial policy: draft → submitted → in review (editing) →
 * approved → (scheduled →) published; rejection and requests for changes need a reason; unpublishing needs a
 * reason; a correction (đính chính) keeps the published version live while the revision is reviewed; approval
 * follows the policy's routing by role and topic, honours its delegations, and refuses self-approval,
 * classified items (Mật and above, where the policy says so), reused items without attribution, and an
 * unconfirmed checklist.
 *
 * Context fields (the current status; the audit log keeps the history of who did what and when): `authorId`
 * (author of the version in the workflow), `originalAuthorId`, `version`, `approvedBy`, `approvedOnBehalfOf`,
 * `approvedAt`, `publishAt`, `scheduledBy`, `liveVersion`, `liveAuthorId`, `liveApprovedBy`, `liveAttributes`
 * (the attributes of the live version), `publishedAt`, `lastReason` (each `null` until set), and `attributes`
 * (title, topic, classification, reused, author, source, sourceAgency, ...).
 *
 * @example
 * ```ts
 * import { buildApprovalMachine } from 'vn-portal-kit/workflow';
 * import type { EditorialPolicy } from 'vn-portal-kit/workflow';
 * const c = { id: 'QN-3069-2021/10.2' };
 * const policy: EditorialPolicy = {
 *   regulationId: 'QN-3069-2021',
 *   roles: [{ id: 'member', name: { vi: 'Thành viên', en: 'Member' }, citation: c }, { id: 'head', name: { vi: 'Trưởng Ban', en: 'Head' }, citation: c }],
 *   permissions: [
 *     { action: 'draft', roles: ['member'], citation: c }, { action: 'submit', roles: ['member'], citation: c },
 *     { action: 'review', roles: ['member'], citation: c }, { action: 'approve', roles: ['head'], citation: c },
 *     { action: 'publish', roles: ['head'], citation: c },
 *   ],
 *   approvalRequired: [c],
 * };
 * const m = buildApprovalMachine(policy);
 * m.transitions.find((t) => t.event === 'approve')?.permissions[0]?.roles //=> ['head']
 * ```
 */
export function buildApprovalMachine(policy: EditorialPolicy): MachineDefinition {
  const permsOf = (action: EditorialAction): TransitionPermission[] =>
    policy.permissions.filter((p) => p.action === action).map(toPermission);
  const citeOf = (action: EditorialAction): Citation =>
    policy.permissions.find((p) => p.action === action)?.citation ?? procedureCitation(policy);
  const approvalCitation = policy.approvalRequired[0] ?? procedureCitation(policy);
  const sod = policy.separationOfDuties ?? approvalCitation;

  const delegated = policy.delegatedSelfApproval;
  const delegateMayApproveForAuthor = delegated?.allowed === true;
  const sodNote = (note: string): Citation => ({
    id: sod.id,
    note: sod.note ? `${sod.note}; ${note}` : note,
  });
  // Nobody who wrote or changed the item, in any round, approves it; nor does anyone acting for them.
  const selfApproval: GuardDefinition = {
    kind: 'actor-not-among',
    field: 'authors',
    delegator: !delegateMayApproveForAuthor,
    code: 'workflow.self-approval',
    message: localized(
      'Người đã viết hoặc sửa nội dung tin, bài (ở bất kỳ vòng nào), hoặc người được họ ủy quyền, không được duyệt tin, bài đó',
      'Nobody who wrote or changed the item (in any round), nor anyone acting on their behalf, may approve it',
    ),
    citation: delegateMayApproveForAuthor
      ? sod
      : (delegated?.citation ?? sodNote('approval on behalf of an author is the author’s own approval')),
  };
  // Publishing (and scheduling) is a duty separate from writing: the board puts on the portal what someone
  // other than its authors approved, and none of its authors does it (see docs/workflow.md).
  const publisherNotAuthor: GuardDefinition = {
    kind: 'actor-not-among',
    field: 'authors',
    delegator: !delegateMayApproveForAuthor,
    code: 'workflow.self-publication',
    message: localized(
      'Người đã viết hoặc sửa nội dung tin, bài không được tự đưa tin, bài đó lên Cổng',
      'Nobody who wrote or changed the item may publish or schedule it',
    ),
    citation: sodNote(
      'publishing is separate from writing: the author does not put their own item on the portal',
    ),
  };
  const approvedByOther: GuardDefinition = {
    kind: 'field-not-among',
    field: 'approvedBy',
    among: 'authors',
    code: 'workflow.not-approved',
    message: localized(
      'Chỉ xuất bản nội dung đã được người có thẩm quyền không phải tác giả phê duyệt',
      'Only items approved by an authorised person who is not among their authors may be published',
    ),
    citation: approvalCitation,
  };
  const approvalNotForAuthor: GuardDefinition[] = delegateMayApproveForAuthor
    ? []
    : [
        {
          kind: 'field-not-among',
          field: 'approvedOnBehalfOf',
          among: 'authors',
          optional: true,
          code: 'workflow.self-approval',
          message: localized(
            'Tin, bài được duyệt thay mặt cho chính tác giả của nó',
            'The item was approved on behalf of one of its authors',
          ),
          citation: selfApproval.citation,
        },
      ];
  const scheduledByOther: GuardDefinition = {
    kind: 'field-not-among',
    field: 'scheduledBy',
    among: 'authors',
    code: 'workflow.self-publication',
    message: publisherNotAuthor.message,
    citation: publisherNotAuthor.citation,
  };
  // Routing (the attributes that choose who approves) is fixed once the item is submitted.
  const routed = [
    ...new Set(
      policy.permissions
        .filter((p) => p.topics !== undefined || p.exceptTopics !== undefined)
        .map(() => 'topic'),
    ),
  ];
  const routingPermission = policy.permissions.find(
    (p) => p.topics !== undefined || p.exceptTopics !== undefined,
  );
  const routingFixed: GuardDefinition[] =
    routingPermission === undefined
      ? []
      : [
          {
            kind: 'attributes-unchanged',
            attributes: routed,
            code: 'workflow.routing-changed',
            message: localized(
              'Không được đổi lĩnh vực (quyết định người duyệt) sau khi đã gửi duyệt; hãy trả lại để tác giả sửa và gửi lại',
              'The topic (which decides who approves) cannot change after submission; request changes so the author resubmits',
            ),
            citation: routingPermission.citation,
          },
        ];
  const extra: GuardDefinition[] = [];
  // Never published, whatever the policy lists: Mật and above (the policy's provision, else its approval one).
  extra.push({
    kind: 'classification-publishable',
    attribute: 'classification',
    neverPublish: ['mat', 'toi-mat', 'tuyet-mat'],
    code: 'workflow.classified',
    message: localized(
      'Thông tin có độ mật (Mật, Tối mật, Tuyệt mật) không được đưa lên Cổng',
      'Classified information (Mật and above) may not be put on the portal',
    ),
    citation: policy.classification?.citation ?? {
      id: approvalCitation.id,
      note: 'state secrets (Mật and above) are never put on a portal (Law on State Secret Protection 2018)',
    },
  });
  if (policy.attribution) {
    extra.push({
      kind: 'attribution',
      flag: 'reused',
      anyOf: policy.attribution.anyOf,
      code: 'workflow.attribution-missing',
      message: localized(
        `Tin, bài sử dụng lại phải ghi rõ ${policy.attribution.anyOf.map((s) => s.map(fieldVi).join(' và ')).join(' hoặc ')}`,
        `A reused item must name ${policy.attribution.anyOf.map((s) => s.join(' and ')).join(' or ')}`,
      ),
      citation: policy.attribution.citation,
    });
  }
  const checklist: GuardDefinition[] =
    policy.checklist && policy.checklist.length > 0
      ? [
          {
            kind: 'checklist',
            items: policy.checklist.map((c) => c.id),
            code: 'workflow.checklist-incomplete',
            message: localized(
              'Người duyệt phải xác nhận đủ các điểm kiểm duyệt (nội dung bị cấm)',
              'The approver must confirm every point of the moderation checklist (prohibited content)',
            ),
            citation: policy.checklist[0]!.citation,
          },
        ]
      : [];
  const onlyAuthor = (action: EditorialAction): GuardDefinition => ({
    kind: 'actor-equals',
    field: 'authorId',
    code: 'workflow.not-author',
    message: localized(
      'Chỉ tác giả của bản này mới làm được việc này',
      'Only the author of this version may do this',
    ),
    citation: citeOf(action),
  });
  const approveAssign: Assignment[] = [
    { set: 'approvedBy', from: 'actor' },
    { set: 'approvedOnBehalfOf', from: 'delegator' },
    { set: 'approvedAt', from: 'at' },
  ];
  const publishAssign: Assignment[] = [
    { set: 'liveVersion', from: 'context.version' },
    { set: 'liveAuthorId', from: 'context.authorId' },
    { set: 'liveApprovedBy', from: 'context.approvedBy' },
    { set: 'liveAttributes', from: 'context.attributes' },
    { set: 'publishedAt', from: 'at' },
    { unset: 'publishAt' },
  ];
  const scheduleCitation = citeOf('schedule');
  const t = (
    def: Omit<TransitionDefinition, 'permissions'> & { action: EditorialAction },
  ): TransitionDefinition => ({
    ...def,
    permissions: permsOf(def.action),
  });

  const transitions: TransitionDefinition[] = [
    t({
      event: 'update',
      action: 'draft',
      from: ['draft'],
      to: 'draft',
      guards: [onlyAuthor('draft')],
      assign: [{ mergeAttributes: true, authors: 'authors' }],
      citation: citeOf('draft'),
    }),
    t({
      event: 'update',
      action: 'draft',
      from: ['revising'],
      to: 'revising',
      guards: [onlyAuthor('draft')],
      assign: [{ mergeAttributes: true, authors: 'authors' }],
      citation: citeOf('draft'),
    }),
    t({
      event: 'submit',
      action: 'submit',
      from: ['draft'],
      to: 'submitted',
      guards: [onlyAuthor('submit')],
      citation: citeOf('submit'),
    }),
    t({
      event: 'submit',
      action: 'submit',
      from: ['revising'],
      to: 'revision-review',
      guards: [onlyAuthor('submit')],
      citation: citeOf('submit'),
    }),
    t({
      event: 'withdraw',
      action: 'submit',
      from: ['submitted'],
      to: 'draft',
      guards: [onlyAuthor('submit')],
      citation: citeOf('submit'),
    }),
    t({
      event: 'start-review',
      action: 'review',
      from: ['submitted'],
      to: 'in-review',
      citation: citeOf('review'),
    }),
    t({
      event: 'edit',
      action: 'edit',
      from: ['in-review'],
      to: 'in-review',
      guards: routingFixed,
      assign: [{ mergeAttributes: true, authors: 'authors' }],
      citation: citeOf('edit'),
    }),
    t({
      event: 'edit',
      action: 'edit',
      from: ['revision-review'],
      to: 'revision-review',
      guards: routingFixed,
      assign: [{ mergeAttributes: true, authors: 'authors' }],
      citation: citeOf('edit'),
    }),
    t({
      event: 'request-changes',
      action: 'request-changes',
      from: ['submitted', 'in-review'],
      to: 'draft',
      requires: [REASON(citeOf('request-changes'))],
      assign: [{ set: 'lastReason', from: 'payload.reason' }],
      citation: citeOf('request-changes'),
    }),
    t({
      event: 'request-changes',
      action: 'request-changes',
      from: ['revision-review'],
      to: 'revising',
      requires: [REASON(citeOf('request-changes'))],
      assign: [{ set: 'lastReason', from: 'payload.reason' }],
      citation: citeOf('request-changes'),
    }),
    t({
      event: 'reject',
      action: 'reject',
      from: ['submitted', 'in-review'],
      to: 'rejected',
      requires: [REASON(citeOf('reject'))],
      assign: [{ set: 'lastReason', from: 'payload.reason' }],
      citation: citeOf('reject'),
    }),
    t({
      event: 'reject',
      action: 'reject',
      from: ['revision-review'],
      to: 'published',
      requires: [REASON(citeOf('reject'))],
      assign: [
        { set: 'lastReason', from: 'payload.reason' },
        { set: 'version', from: 'context.liveVersion' },
        { set: 'authorId', from: 'context.liveAuthorId' },
        { set: 'attributes', from: 'context.liveAttributes' },
        ...CLEAR_APPROVAL,
      ],
      citation: citeOf('reject'),
    }),
    t({
      event: 'reopen',
      action: 'draft',
      from: ['rejected', 'unpublished'],
      to: 'draft',
      // The reopener holds the new draft; they become an author only if they change its content.
      assign: [
        { set: 'authorId', from: 'actor' },
        { set: 'reopenedBy', from: 'actor' },
        { mergeAttributes: true, authors: 'authors' },
        { increment: 'version' },
        ...CLEAR_APPROVAL,
      ],
      citation: citeOf('draft'),
    }),
    t({
      event: 'approve',
      action: 'approve',
      from: ['in-review'],
      to: 'approved',
      guards: [selfApproval, ...extra, ...checklist],
      assign: approveAssign,
      citation: approvalCitation,
    }),
    t({
      event: 'approve',
      action: 'approve',
      from: ['revision-review'],
      to: 'revision-approved',
      guards: [selfApproval, ...extra, ...checklist],
      assign: approveAssign,
      citation: approvalCitation,
    }),
    t({
      event: 'schedule',
      action: 'schedule',
      from: ['approved'],
      to: 'scheduled',
      guards: [
        approvedByOther,
        ...approvalNotForAuthor,
        publisherNotAuthor,
        ...extra,
        {
          kind: 'payload-instant-after-now',
          field: 'publishAt',
          code: 'workflow.publish-at-invalid',
          message: localized(
            'Thời điểm hẹn xuất bản phải là ngày giờ ISO 8601 sau thời điểm hiện tại',
            'The scheduled time must be an ISO 8601 date-time after now',
          ),
          citation: scheduleCitation,
        },
      ],
      assign: [
        { set: 'publishAt', from: 'payload.publishAt' },
        { set: 'scheduledBy', from: 'actor' },
      ],
      citation: scheduleCitation,
    }),
    t({
      event: 'unschedule',
      action: 'schedule',
      from: ['scheduled'],
      to: 'approved',
      assign: [{ unset: 'publishAt' }],
      citation: scheduleCitation,
    }),
    t({
      event: 'publish',
      action: 'publish',
      from: ['approved', 'revision-approved'],
      to: 'published',
      guards: [approvedByOther, ...approvalNotForAuthor, publisherNotAuthor, ...extra],
      assign: publishAssign,
      citation: citeOf('publish'),
    }),
    {
      event: 'publish-due',
      action: 'publish',
      from: ['scheduled'],
      to: 'published',
      permissions: [
        {
          roles: [SYSTEM_ROLE],
          citation: {
            id: scheduleCitation.id,
            note: 'the system publishes at the time the authorised person scheduled',
          },
        },
      ],
      guards: [
        approvedByOther,
        ...approvalNotForAuthor,
        scheduledByOther,
        ...extra,
        {
          kind: 'now-at-or-after',
          field: 'publishAt',
          code: 'workflow.too-early',
          message: localized('Chưa đến giờ hẹn xuất bản', 'The scheduled time has not come'),
          citation: scheduleCitation,
        },
      ],
      assign: publishAssign,
      citation: scheduleCitation,
    } satisfies TransitionDefinition,
    t({
      event: 'unpublish',
      action: 'unpublish',
      from: ['published', 'revising', 'revision-review', 'revision-approved'],
      to: 'unpublished',
      requires: [REASON(citeOf('unpublish'))],
      assign: [
        { set: 'lastReason', from: 'payload.reason' },
        { unset: 'liveVersion' },
        { unset: 'liveAuthorId' },
        { unset: 'liveApprovedBy' },
        { unset: 'liveAttributes' },
      ],
      citation: citeOf('unpublish'),
    }),
    t({
      event: 'correct',
      action: 'correct',
      from: ['published'],
      to: 'revising',
      requires: [REASON(citeOf('correct'))],
      assign: [
        { set: 'authorId', from: 'actor' },
        { increment: 'version' },
        { set: 'lastReason', from: 'payload.reason' },
        ...CLEAR_APPROVAL,
      ],
      citation: citeOf('correct'),
    }),
  ].filter((x) => x.permissions.length > 0);

  const definition: MachineDefinition = {
    id: `approval:${policy.regulationId}`,
    title: localized(
      `Quy trình duyệt tin, bài (${policy.regulationId})`,
      `Content approval (${policy.regulationId})`,
    ),
    roles: [...policy.roles.map((r) => r.id), SYSTEM_ROLE],
    states: APPROVAL_STATES,
    start: {
      event: 'create',
      action: 'draft',
      to: 'draft',
      permissions: permsOf('draft'),
      assign: [
        { mergeAttributes: true },
        { addActorTo: 'authors' },
        { set: 'authorId', from: 'actor' },
        { set: 'originalAuthorId', from: 'actor' },
        { set: 'version', value: 1 },
      ],
      citation: citeOf('draft'),
    },
    transitions,
    delegations: policy.delegations ?? [],
    citation: procedureCitation(policy),
  };
  const copy = { ...definition };
  Object.defineProperty(copy, COMPILED, { value: compile(definition), enumerable: false });
  return Object.freeze(copy);
}

function fieldVi(f: string): string {
  return f === 'author'
    ? 'tác giả'
    : f === 'source'
      ? 'nguồn tin'
      : f === 'sourceAgency'
        ? 'cơ quan của nguồn tin'
        : f;
}
