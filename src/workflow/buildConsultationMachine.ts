import { localized } from '../core/index.js';
import { COMPILED, compile } from './_lib/compile.js';
import { PUBLIC_ROLE } from './buildQuestionMachine.js';
import type { ConsultationField, ConsultationPolicy } from './ConsultationPolicy.js';
import type {
  Assignment,
  GuardDefinition,
  MachineDefinition,
  StateDefinition,
  TransitionDefinition,
} from './MachineDefinition.js';

/**
 * The states of every consultation machine.
 *
 * @example
 * ```ts
 * import { CONSULTATION_STATES } from 'vn-portal-kit/workflow';
 * CONSULTATION_STATES.map((s) => s.id) //=> ['draft', 'open', 'closed', 'summarised']
 * ```
 */
export const CONSULTATION_STATES: readonly StateDefinition[] = [
  { id: 'draft', name: localized('Chuẩn bị đăng tải', 'Being prepared') },
  { id: 'open', name: localized('Đang lấy ý kiến', 'Open for comments'), tags: ['live'] },
  { id: 'closed', name: localized('Hết hạn góp ý', 'Closed'), tags: ['live'] },
  {
    id: 'summarised',
    name: localized('Đã công khai tổng hợp ý kiến', 'Summary of comments published'),
    tags: ['published', 'final'],
  },
];

/** Page fields that are attributes of the consultation (the others are features of the page or the event). */
const ATTRIBUTE_FIELDS: Partial<Record<ConsultationField, string>> = {
  fullText: 'fullText',
  receivingUnitAddress: 'receivingUnitAddress',
  receivingUnitEmail: 'receivingUnitEmail',
};

/**
 * Builds the consultation machine of a policy: a draft for comment is prepared (`create`, `update`), opened
 * with a comment deadline (`open`, refused without the page's required fields or with a deadline shorter than
 * the policy's minimum), receives comments until the deadline (`comment`), may have its deadline extended
 * (`extend`), closes once the deadline has passed (`close`), and ends with the published summary of comments
 * (`publish-summary`). `postedLate` records whether it was opened after the policy's posting deadline.
 *
 * @example
 * ```ts
 * import { buildConsultationMachine } from 'vn-portal-kit/workflow';
 * const m = buildConsultationMachine({
 *   regulationId: 'VP-32-2023',
 *   operators: { roles: ['member'], citation: { id: 'VP-32-2023/7.4' } },
 *   postingDeadline: { rule: { kind: 'immediately' }, citation: { id: 'VP-32-2023/6.6' } },
 *   requiredFields: { fields: ['fullText', 'commentDeadline', 'receivingUnitEmail'], citation: { id: 'VP-32-2023/5.14.d' } },
 * });
 * m.transitions.map((t) => t.event) //=> ['update', 'open', 'comment', 'extend', 'close', 'publish-summary']
 * ```
 */
export function buildConsultationMachine(policy: ConsultationPolicy): MachineDefinition {
  const operators = [{ roles: policy.operators.roles, citation: policy.operators.citation }];
  const required = policy.requiredFields.fields
    .map((f) => ATTRIBUTE_FIELDS[f])
    .filter((f): f is string => f !== undefined);
  const openGuards: GuardDefinition[] = [];
  if (required.length > 0) {
    openGuards.push({
      kind: 'attributes-present',
      attributes: required,
      code: 'workflow.consultation-fields-missing',
      message: localized(
        'Thiếu toàn văn dự thảo hoặc địa chỉ, thư điện tử của đơn vị tiếp nhận ý kiến',
        "The draft's full text or the receiving unit's address or e-mail is missing",
      ),
      citation: policy.requiredFields.citation,
    });
  }
  const min = policy.minimumCommentPeriod;
  openGuards.push({
    kind: 'payload-instant-after-now',
    field: 'commentDeadline',
    ...(min !== undefined ? { atLeast: min.rule } : {}),
    code: 'workflow.comment-deadline-invalid',
    message: localized(
      'Thời hạn nhận góp ý phải là ngày giờ ISO 8601 sau thời điểm đăng tải (và không ngắn hơn thời gian tối thiểu)',
      'The comment deadline must be an ISO 8601 date-time after opening (and no shorter than the minimum)',
    ),
    citation: min?.citation ?? policy.requiredFields.citation,
  });
  const startAssign: Assignment[] = [
    { mergeAttributes: true },
    { set: 'createdBy', from: 'actor' },
    { set: 'receivedAt', from: 'at' },
    { set: 'commentCount', value: 0 },
  ];
  if (policy.postingDeadline)
    startAssign.push({ set: 'postDueAt', deadline: { from: 'at', rule: policy.postingDeadline.rule } });
  const openAssign: Assignment[] = [
    { set: 'commentDeadline', from: 'payload.commentDeadline' },
    { set: 'openedAt', from: 'at' },
  ];
  if (policy.postingDeadline) openAssign.push({ set: 'postedLate', later: { than: 'postDueAt' } });

  const transitions: TransitionDefinition[] = [
    {
      event: 'update',
      from: ['draft'],
      to: 'draft',
      permissions: operators,
      assign: [{ mergeAttributes: true }],
      citation: policy.operators.citation,
    },
    {
      event: 'open',
      from: ['draft'],
      to: 'open',
      permissions: operators,
      guards: openGuards,
      assign: openAssign,
      citation: policy.postingDeadline?.citation ?? policy.operators.citation,
    },
    {
      event: 'comment',
      from: ['open'],
      to: 'open',
      permissions: [{ roles: [PUBLIC_ROLE], citation: policy.requiredFields.citation }],
      requires: [
        {
          field: 'comment',
          name: localized('nội dung góp ý', 'comment'),
          maxLength: 50_000,
          citation: policy.requiredFields.citation,
        },
      ],
      guards: [
        {
          kind: 'now-not-after',
          field: 'commentDeadline',
          code: 'workflow.comment-period-over',
          message: localized('Đã hết thời hạn nhận góp ý', 'The comment period is over'),
          citation: policy.requiredFields.citation,
        },
      ],
      assign: [{ increment: 'commentCount' }, { set: 'lastCommentAt', from: 'at' }],
      citation: policy.requiredFields.citation,
    },
    {
      event: 'extend',
      from: ['open'],
      to: 'open',
      permissions: operators,
      requires: [
        {
          field: 'reason',
          name: localized('lý do gia hạn', 'reason for the extension'),
          maxLength: 5000,
          citation: policy.operators.citation,
        },
      ],
      guards: [
        {
          kind: 'payload-instant-after-field',
          field: 'commentDeadline',
          after: 'commentDeadline',
          code: 'workflow.comment-deadline-invalid',
          message: localized(
            'Thời hạn mới phải sau thời hạn cũ',
            'The new deadline must be after the old one',
          ),
          citation: policy.requiredFields.citation,
        },
      ],
      assign: [{ set: 'commentDeadline', from: 'payload.commentDeadline' }],
      citation: policy.operators.citation,
    },
    {
      event: 'close',
      from: ['open'],
      to: 'closed',
      permissions: operators,
      guards: [
        {
          kind: 'now-at-or-after',
          field: 'commentDeadline',
          code: 'workflow.comment-period-running',
          message: localized(
            'Chưa hết thời hạn nhận góp ý đã công bố',
            'The announced comment period has not ended',
          ),
          citation: policy.requiredFields.citation,
        },
      ],
      assign: [{ set: 'closedAt', from: 'at' }],
      citation: policy.requiredFields.citation,
    },
    {
      event: 'publish-summary',
      from: ['closed'],
      to: 'summarised',
      permissions: operators,
      requires: [
        {
          field: 'summary',
          name: localized('bản tổng hợp ý kiến góp ý', 'summary of comments'),
          maxLength: 200_000,
          citation: policy.summary?.citation ?? policy.operators.citation,
        },
      ],
      assign: [
        { set: 'summary', from: 'payload.summary' },
        { set: 'summarisedAt', from: 'at' },
      ],
      citation: policy.summary?.citation ?? policy.operators.citation,
    },
  ];

  const definition: MachineDefinition = {
    id: `consultation:${policy.regulationId}`,
    title: localized(
      `Lấy ý kiến dự thảo (${policy.regulationId})`,
      `Consultation on drafts (${policy.regulationId})`,
    ),
    roles: [...new Set([PUBLIC_ROLE, ...policy.operators.roles])],
    states: CONSULTATION_STATES,
    start: {
      event: 'create',
      to: 'draft',
      permissions: operators,
      assign: startAssign,
      citation: policy.operators.citation,
    },
    transitions,
    citation: { id: policy.requiredFields.citation.id, note: 'the consultation procedure' },
  };
  const copy = { ...definition };
  Object.defineProperty(copy, COMPILED, { value: compile(definition), enumerable: false });
  return Object.freeze(copy);
}
