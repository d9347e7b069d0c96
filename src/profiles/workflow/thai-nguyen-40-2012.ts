import { cite, deepFreeze } from '../../core/index.js';
import type { WorkflowPolicies } from '../../workflow/index.js';
import { CONSULTATION_FIELDS, L, SECRET_MARKS } from './_common.js';

const TN = (ref: string, note?: string) => cite(`TN-40-2012/${ref}`, note);
const ND43 = (ref: string, note?: string) => cite(`ND-43-2011/${ref}`, note);
const AT_8 = '08:00';

/**
 * Workflow policies of Thái Nguyên 40/2012/QĐ-UBND: access levels administrator (quản trị), moderator (kiểm
 * duyệt) and updater (cập nhật) (17.2); everything passes the Editor-in-Chief (Tổng Biên tập, the director of
 * the Information Centre, 16.2) (6.3); prohibited content (5.1). Questions: intake 24 h a day, every day
 * (14.1); answered by the head of the agency or a person the head authorises (14.3); 5 working days within the
 * agency's competence, 10 with cross-sector coordination, at most 15 with an appointment in special cases,
 * counted from 08:00 in state-agency working days (14.4.a–c: the 08:00 anchor applied to a and b too is the
 * reading); answers published or e-mailed (14.2); answers are guidance, not a legal basis (14.5).
 *
 * @example
 * ```ts
 * import { thaiNguyen40_2012 } from 'vn-portal-kit/profiles';
 * thaiNguyen40_2012.workflow?.questions?.kinds.map((k) => k.deadline) //=> [{ kind: 'working-days', days: 5, clockStartsAt: '08:00' }, { kind: 'working-days', days: 10, clockStartsAt: '08:00' }]
 * ```
 */
export const WORKFLOW_TN_40_2012: WorkflowPolicies = /*#__PURE__*/ deepFreeze({
  editorial: {
    regulationId: 'TN-40-2012',
    roles: [
      { id: 'editor-in-chief', name: L('Tổng Biên tập', 'Editor-in-Chief'), citation: TN('16.2') },
      { id: 'administrator', name: L('Quản trị', 'Administrator'), citation: TN('17.2') },
      { id: 'moderator', name: L('Kiểm duyệt', 'Moderator'), citation: TN('17.2') },
      { id: 'updater', name: L('Cập nhật', 'Updater'), citation: TN('17.2') },
    ],
    permissions: [
      { action: 'draft', roles: ['updater'], citation: TN('17.2', 'the updating level') },
      { action: 'submit', roles: ['updater'], citation: TN('17.2') },
      { action: 'review', roles: ['moderator'], citation: TN('17.2', 'the moderating level') },
      {
        action: 'edit',
        roles: ['moderator'],
        citation: TN('16.1.c', 'collect, process, edit, update, review'),
      },
      { action: 'request-changes', roles: ['moderator', 'editor-in-chief'], citation: TN('17.2') },
      { action: 'reject', roles: ['moderator', 'editor-in-chief'], citation: TN('6.3') },
      {
        action: 'approve',
        roles: ['editor-in-chief'],
        citation: TN('6.3', 'the Editor-in-Chief reviews everything'),
      },
      {
        action: 'schedule',
        roles: ['editor-in-chief', 'moderator'],
        citation: TN('17.2', 'after the Editor-in-Chief’s approval'),
      },
      {
        action: 'publish',
        roles: ['editor-in-chief', 'moderator'],
        citation: TN('17.2', 'after the Editor-in-Chief’s approval'),
      },
      { action: 'unpublish', roles: ['editor-in-chief'], citation: TN('6.3') },
      {
        action: 'correct',
        roles: ['updater', 'moderator'],
        citation: TN('10.4', 'changed information is updated promptly'),
      },
      { action: 'administer', roles: ['administrator'], citation: TN('17.2') },
    ],
    approvalRequired: [TN('6.3')],
    separationOfDuties: TN('6.3', 'the review is by the Editor-in-Chief, not by the updater'),
    classification: { neverPublish: [...SECRET_MARKS], citation: TN('5.1.b') },
    checklist: [
      {
        id: 'against-state',
        text: L(
          'Không chống Nhà nước, không kích động bạo lực, đồi trụy, mê tín',
          'Nothing against the State, no incitement, obscenity or superstition',
        ),
        citation: TN('5.1.a'),
      },
      {
        id: 'secrets',
        text: L(
          'Không tiết lộ bí mật nhà nước, quân sự, an ninh, kinh tế, đối ngoại',
          'No state, military, security, economic or foreign-affairs secrets',
        ),
        citation: TN('5.1.b'),
      },
      {
        id: 'defamation',
        text: L('Không xuyên tạc, vu khống, xúc phạm tổ chức, cá nhân', 'No distortion, slander or insult'),
        citation: TN('5.1.c'),
      },
      {
        id: 'press-publishing',
        text: L('Không vi phạm quy định về báo chí, xuất bản', 'No press or publishing violations'),
        citation: TN('5.1.d'),
      },
      {
        id: 'unlawful-links',
        text: L('Không liên kết đến thông tin vi phạm', 'No links to unlawful information'),
        citation: TN('5.1.e'),
      },
      {
        id: 'advertising',
        text: L('Không quảng cáo hàng hóa, dịch vụ bị cấm', 'No advertising of banned goods or services'),
        citation: TN('5.2'),
      },
      {
        id: 'personal-images',
        text: L(
          'Không sử dụng trái phép thông tin, hình ảnh cá nhân',
          'No misuse of personal information or images',
        ),
        citation: TN('5.5'),
      },
      {
        id: 'intellectual-property',
        text: L('Không vi phạm sở hữu trí tuệ', 'No intellectual-property violations'),
        citation: TN('5.6'),
      },
    ],
  },
  questions: {
    regulationId: 'TN-40-2012',
    intake: { always: true, citation: TN('14.1') },
    kinds: [
      {
        id: 'own-competence',
        name: L('Thuộc thẩm quyền giải quyết', 'Within the agency’s competence'),
        deadline: { kind: 'working-days', days: 5, clockStartsAt: AT_8 },
        citation: TN('14.4.a', 'counted from 08:00 in working days, per 14.4.c (reading)'),
      },
      {
        id: 'cross-sector',
        name: L('Có sự phối hợp liên ngành', 'Needs cross-sector coordination'),
        deadline: { kind: 'working-days', days: 10, clockStartsAt: AT_8 },
        citation: TN('14.4.b', 'counted from 08:00 in working days, per 14.4.c (reading)'),
      },
    ],
    defaultKind: 'own-competence',
    answerers: { roles: ['agency-head'], delegable: true, citation: TN('14.3') },
    handlers: {
      roles: ['moderator'],
      citation: TN('16.1.d', 'receives feedback and forwards it to the competent agency'),
    },
    outOfScope: {
      notifyAskerImmediately: true,
      citation: ND43('17', 'TN-40-2012/16.1.d forwards; ND 43/2011 Art. 17 tells the asker immediately'),
    },
    extension: {
      requiresAppointment: true,
      maxTotal: { kind: 'working-days', days: 15, clockStartsAt: AT_8 },
      citation: TN('14.4.c'),
    },
    publication: { channels: ['portal', 'email'], citation: TN('14.2') },
    statusTracking: { citation: ND43('15', 'Q&A with status tracking') },
    disclaimer: {
      text: L(
        'Nội dung trả lời nhằm phổ biến, hướng dẫn, không phải là cơ sở pháp lý trực tiếp để giải quyết các quan hệ dân sự, hành chính.',
        'Answers disseminate and explain the rules; they are not a direct legal basis for civil or administrative matters.',
      ),
      citation: TN('14.5'),
    },
  },
  consultations: {
    regulationId: 'TN-40-2012',
    operators: { roles: ['moderator', 'drafting-agency'], citation: TN('8.5') },
    requiredFields: { fields: [...CONSULTATION_FIELDS], citation: ND43('10.1.i') },
  },
});
