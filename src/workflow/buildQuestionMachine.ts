import type { DeadlineRule } from '../calendar/index.js';
import { type Citation, localized } from '../core/index.js';
import { COMPILED, compile } from './_lib/compile.js';
import type {
  GuardDefinition,
  MachineDefinition,
  MachineDelegationRule,
  RequiredField,
  StateDefinition,
  TransitionDefinition,
} from './MachineDefinition.js';
import type { QuestionPolicy } from './QuestionPolicy.js';

/**
 * The role of members of the public (người dân, tổ chức) who ask questions or comment on drafts.
 *
 * @example
 * ```ts
 * import { PUBLIC_ROLE } from 'vn-portal-kit/workflow';
 * PUBLIC_ROLE //=> 'public'
 * ```
 */
export const PUBLIC_ROLE = 'public';

/**
 * The states of every question-and-feedback machine.
 *
 * @example
 * ```ts
 * import { QUESTION_STATES } from 'vn-portal-kit/workflow';
 * QUESTION_STATES.map((s) => s.id) //=> ['received', 'classified', 'assigned', 'forwarded', 'answered', 'published']
 * ```
 */
export const QUESTION_STATES: readonly StateDefinition[] = [
  { id: 'received', name: localized('Đã tiếp nhận', 'Received') },
  { id: 'classified', name: localized('Đã phân loại', 'Classified') },
  { id: 'assigned', name: localized('Đã chuyển cơ quan trả lời', 'Assigned to an agency') },
  {
    id: 'forwarded',
    name: localized('Chuyển cơ quan có thẩm quyền, đã báo người hỏi', 'Forwarded out of scope, asker told'),
    tags: ['final'],
  },
  { id: 'answered', name: localized('Đã trả lời', 'Answered') },
  {
    id: 'published',
    name: localized('Đã công khai trả lời', 'Answer published'),
    tags: ['published', 'final'],
  },
];

const field = (
  name: string,
  vi: string,
  en: string,
  citation: Citation,
  maxLength = 20_000,
): RequiredField => ({
  field: name,
  name: localized(vi, en),
  maxLength,
  citation,
});

/**
 * Builds the question-and-feedback machine of a policy: received (any hour, any day) → classified (the kind
 * sets the due date, counted from receipt by the calendar) → assigned to an agency, or forwarded when out of
 * scope (the asker is told at once) → answered by an authorised answerer (or a delegate) → published. An
 * extension with an appointment (giấy hẹn) moves the due date, within the policy's cap. Late answers are
 * flagged (`answeredLate`).
 *
 * Context fields: `askerId`, `receivedAt`, `kind`, `dueAt`, `agency`, `forwardedTo`, `askerNotifiedAt`,
 * `appointment`, `extensions`, `answeredBy`, `answeredAs`, `answeredOnBehalfOf`, `answeredAt`, `answeredLate`,
 * `channel`, `publishedAt`, `attributes` (the question, the asker's e-mail, ...).
 *
 * @example
 * ```ts
 * import { buildQuestionMachine, type QuestionPolicy } from 'vn-portal-kit/workflow';
 * const tn = (ref: string) => ({ id: `TN-40-2012/${ref}` });
 * const policy: QuestionPolicy = {
 *   regulationId: 'TN-40-2012',
 *   intake: { always: true, citation: tn('14.1') },
 *   kinds: [{ id: 'own', name: { vi: 'Thuộc thẩm quyền', en: 'Own competence' }, deadline: { kind: 'working-days', days: 5, clockStartsAt: '08:00' }, citation: tn('14.4.a') }],
 *   defaultKind: 'own',
 *   answerers: { roles: ['agency-head'], delegable: true, citation: tn('14.3') },
 *   handlers: { roles: ['moderator'], citation: tn('16.1.d') },
 *   outOfScope: { notifyAskerImmediately: true, citation: { id: 'ND-43-2011/17' } },
 *   publication: { channels: ['portal', 'email'], citation: tn('14.2') },
 *   statusTracking: { citation: { id: 'ND-43-2011/15' } },
 * };
 * const m = buildQuestionMachine(policy);
 * m.transitions.find((t) => t.event === 'answer')?.permissions[0]?.citation.id //=> 'TN-40-2012/14.3'
 * ```
 */
export function buildQuestionMachine(policy: QuestionPolicy): MachineDefinition {
  const handlers = [{ roles: policy.handlers.roles, citation: policy.handlers.citation }];
  const answerers = [{ roles: policy.answerers.roles, citation: policy.answerers.citation }];
  const rules: Record<string, DeadlineRule> = {};
  for (const k of policy.kinds) if (k.deadline !== undefined) rules[k.id] = k.deadline;
  const defaultRule: DeadlineRule | undefined = rules[policy.defaultKind];
  const timed = defaultRule !== undefined;
  const firstKindCitation =
    policy.kinds.find((k) => k.id === policy.defaultKind)?.citation ?? policy.kinds[0]!.citation;
  const roles = [...new Set([PUBLIC_ROLE, ...policy.handlers.roles, ...policy.answerers.roles])];

  const extension: TransitionDefinition[] = [];
  if (policy.extension && timed) {
    const ext = policy.extension;
    const guards: GuardDefinition[] = [
      {
        kind: 'now-not-after',
        field: 'dueAt',
        code: 'workflow.extension-too-late',
        message: localized(
          'Phải hẹn lại trước khi hết hạn trả lời',
          'An extension must be given before the due date',
        ),
        citation: ext.citation,
      },
      {
        kind: 'payload-instant-after-field',
        field: 'newDueAt',
        after: 'dueAt',
        ...(ext.maxTotal !== undefined ? { notAfter: { from: 'receivedAt', rule: ext.maxTotal } } : {}),
        code: 'workflow.extension-invalid',
        message: localized(
          'Hạn mới phải sau hạn cũ và không vượt quá thời hạn tối đa tính từ khi tiếp nhận',
          'The new due date must be after the old one and within the maximum counted from receipt',
        ),
        citation: ext.citation,
      },
    ];
    extension.push({
      event: 'extend',
      from: ['assigned'],
      to: 'assigned',
      permissions: [...answerers, ...handlers],
      requires: ext.requiresAppointment
        ? [
            field(
              'appointment',
              'nội dung giấy hẹn trả lời',
              'appointment (reply date notice)',
              ext.citation,
              5000,
            ),
          ]
        : [],
      guards,
      assign: [
        { set: 'dueAt', from: 'payload.newDueAt' },
        { set: 'appointment', from: 'payload.appointment' },
        { set: 'extendedAt', from: 'at' },
        { increment: 'extensions' },
      ],
      citation: ext.citation,
    });
  }

  const transitions: TransitionDefinition[] = [
    {
      event: 'classify',
      from: ['received'],
      to: 'classified',
      permissions: handlers,
      guards: [
        {
          kind: 'payload-one-of',
          field: 'kind',
          values: policy.kinds.map((k) => k.id),
          code: 'workflow.question-kind-unknown',
          message: localized(
            `Loại câu hỏi phải là một trong: ${policy.kinds.map((k) => k.name.vi).join('; ')}`,
            `The kind must be one of: ${policy.kinds.map((k) => k.id).join(', ')}`,
          ),
          citation: firstKindCitation,
        },
      ],
      assign: [
        { set: 'kind', from: 'payload.kind' },
        ...(timed
          ? [{ set: 'dueAt', deadline: { from: 'receivedAt', rules, keyFrom: 'payload.kind' } } as const]
          : []),
        { set: 'classifiedAt', from: 'at' },
        { set: 'classifiedBy', from: 'actor' },
      ],
      citation: firstKindCitation,
    },
    {
      event: 'assign',
      from: ['classified'],
      to: 'assigned',
      permissions: handlers,
      requires: [field('agency', 'cơ quan trả lời', 'answering agency', policy.handlers.citation, 500)],
      assign: [
        { set: 'agency', from: 'payload.agency' },
        { set: 'assignedAt', from: 'at' },
        { set: 'assignedBy', from: 'actor' },
      ],
      citation: policy.handlers.citation,
    },
    {
      event: 'forward',
      from: ['received', 'classified'],
      to: 'forwarded',
      permissions: handlers,
      requires: [
        field(
          'forwardTo',
          'cơ quan có thẩm quyền được chuyển đến',
          'competent agency forwarded to',
          policy.outOfScope.citation,
          500,
        ),
        field('reason', 'lý do (ngoài phạm vi)', 'reason (out of scope)', policy.outOfScope.citation, 5000),
      ],
      assign: [
        { set: 'forwardedTo', from: 'payload.forwardTo' },
        { set: 'forwardedAt', from: 'at' },
        { set: 'forwardedBy', from: 'actor' },
        ...(policy.outOfScope.notifyAskerImmediately
          ? [{ set: 'askerNotifiedAt', from: 'at' } as const]
          : []),
      ],
      citation: policy.outOfScope.citation,
    },
    ...extension,
    {
      event: 'answer',
      from: ['assigned'],
      to: 'answered',
      permissions: answerers,
      requires: [field('answer', 'nội dung trả lời', 'answer', policy.answerers.citation, 100_000)],
      assign: [
        { set: 'answeredBy', from: 'actor' },
        { set: 'answeredAs', from: 'role' },
        { set: 'answeredOnBehalfOf', from: 'delegator' },
        { set: 'answeredAt', from: 'at' },
        ...(timed ? [{ set: 'answeredLate', later: { than: 'dueAt' } } as const] : []),
      ],
      citation: policy.answerers.citation,
    },
    {
      event: 'publish',
      from: ['answered'],
      to: 'published',
      permissions: handlers,
      guards: [
        {
          kind: 'payload-one-of',
          field: 'channel',
          values: policy.publication.channels,
          code: 'workflow.channel-invalid',
          message: localized(
            `Kênh công khai phải là: ${policy.publication.channels.join(', ')}`,
            `The channel must be: ${policy.publication.channels.join(', ')}`,
          ),
          citation: policy.publication.citation,
        },
      ],
      assign: [
        { set: 'channel', from: 'payload.channel' },
        { set: 'publishedAt', from: 'at' },
      ],
      citation: policy.publication.citation,
    },
  ];

  const delegations: MachineDelegationRule[] = policy.answerers.delegable
    ? policy.answerers.roles.map((r) => ({
        fromRole: r,
        actions: ['answer', 'extend'],
        citation: policy.answerers.citation,
      }))
    : [];

  const definition: MachineDefinition = {
    id: `questions:${policy.regulationId}`,
    title: localized(
      `Hỏi đáp, phản ánh (${policy.regulationId})`,
      `Questions and feedback (${policy.regulationId})`,
    ),
    roles,
    states: QUESTION_STATES,
    start: {
      event: 'receive',
      to: 'received',
      permissions: [{ roles: [PUBLIC_ROLE, ...policy.handlers.roles], citation: policy.intake.citation }],
      requires: [field('question', 'nội dung câu hỏi', 'question', policy.intake.citation, 20_000)],
      assign: [
        { mergeAttributes: true },
        { set: 'question', from: 'payload.question' },
        { set: 'askerId', from: 'actor' },
        { set: 'receivedAt', from: 'at' },
        { set: 'kind', value: policy.defaultKind },
        ...(defaultRule !== undefined
          ? [{ set: 'dueAt', deadline: { from: 'at', rule: defaultRule } } as const]
          : []),
      ],
      citation: policy.intake.citation,
    },
    transitions,
    delegations,
    citation: { id: policy.statusTracking.citation.id, note: 'the processing steps of a question' },
  };
  const copy = { ...definition };
  Object.defineProperty(copy, COMPILED, { value: compile(definition), enumerable: false });
  return Object.freeze(copy);
}
