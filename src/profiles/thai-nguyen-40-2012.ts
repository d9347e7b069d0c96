import { cite, deepFreeze } from '../core/index.js';
import { HOSTNAMES_TN_40_2012 } from './hostnames/index.js';
import type { Profile } from './Profile.js';
import { WORKFLOW_TN_40_2012 } from './workflow/index.js';

const L = (vi: string, en: string) => ({ vi, en });
const TN = (ref: string, note?: string) => cite(`TN-40-2012/${ref}`, note);
const PROVINCE = ['province'] as const;

/**
 * Thái Nguyên Quyết định 40/2012/QĐ-UBND (signed 2012-11-06, in force 10 days after signing: 2012-11-16),
 * management and provision of information on the provincial portal, under ND 43/2011. The 13 categories of
 * Art. 4; its own deadlines (Art. 10: news within 8 administrative hours, the province's normative documents
 * within 2 working days, conferences within 3 days, statistics by the 30th of each month; Art. 10.3
 * procedures within 2 working days of taking effect); Q&A answered in 5 / 10 / 15 working days counted from
 * 08:00 (Art. 14.4); monthly news quotas (Art. 8.3); weekly backups (Art. 11.2); a review meeting every 6
 * months (Art. 16.2.f).
 *
 * "03 ngày" in Art. 10.2 (conferences) is read as calendar days, as "ngày" elsewhere without "làm việc";
 * "ngày 30 hàng tháng" in a month with fewer days falls on its last day (the `calendar` day-of-month rule).
 *
 * @example
 * ```ts
 * import { thaiNguyen40_2012 } from 'vn-portal-kit/profiles';
 * thaiNguyen40_2012.effectiveFrom //=> '2012-11-16'
 * thaiNguyen40_2012.quotas.map((q) => [q.unit, q.minimum]) //=> [['department', 2], ['district', 3]]
 * ```
 */
export const thaiNguyen40_2012: Profile = /*#__PURE__*/ deepFreeze({
  id: 'thai-nguyen-40-2012',
  regulationId: 'TN-40-2012',
  title: L(
    'Quy chế quản lý hoạt động và cung cấp thông tin của Cổng thông tin điện tử tỉnh Thái Nguyên',
    'Regulation on the operation of and information on the Thái Nguyên provincial portal',
  ),
  documentNumber: '40/2012/QĐ-UBND',
  level: 'province',
  issuer: L('Ủy ban nhân dân tỉnh Thái Nguyên', 'People’s Committee of Thái Nguyên province'),
  territory: { province: L('Tỉnh Thái Nguyên', 'Thái Nguyên province') },
  signedOn: '2012-11-06',
  effectiveFrom: '2012-11-16',
  effectiveRule: {
    kind: 'days-after-signing',
    days: 10,
    citation: cite('TN-40-2012', 'Decision Art. 2: in force 10 days after signing'),
  },
  replaces: [],
  nationalBasis: {
    profileId: 'nd43-2011',
    citation: cite('TN-40-2012', 'preamble: Căn cứ Nghị định 43/2011/NĐ-CP'),
  },
  categories: [
    {
      category: 'introduction',
      appliesTo: [...PROVINCE],
      mandatory: true,
      description: L(
        'Tổ chức bộ máy, bản đồ địa giới hành chính đến cấp phường, xã, điều kiện tự nhiên, kinh tế - xã hội, lịch sử, văn hóa, du lịch, khu công nghiệp, làng nghề',
        'Organisation, boundary map down to wards and communes, natural and socio-economic conditions, history, culture, tourism, industrial zones, craft villages',
      ),
      citation: TN('4.1'),
    },
    {
      category: 'direction',
      appliesTo: [...PROVINCE],
      mandatory: true,
      description: L(
        'Chỉ đạo điều hành, phản hồi kiến nghị, khen thưởng, xử phạt, nhân sự mới, văn bản và chính sách mới, lịch làm việc',
        'Directions, responses to petitions, rewards and sanctions, new personnel, new documents and policies, work schedule',
      ),
      citation: TN('4.2'),
    },
    { category: 'policy-propaganda', appliesTo: [...PROVINCE], mandatory: true, citation: TN('4.3') },
    { category: 'procedures', appliesTo: [...PROVINCE], mandatory: true, citation: TN('4.4') },
    { category: 'news', appliesTo: [...PROVINCE], mandatory: true, citation: TN('4.5') },
    { category: 'strategies-plans', appliesTo: [...PROVINCE], mandatory: true, citation: TN('4.6') },
    { category: 'projects', appliesTo: [...PROVINCE], mandatory: true, citation: TN('4.6') },
    { category: 'bidding-procurement', appliesTo: [...PROVINCE], mandatory: true, citation: TN('4.6') },
    { category: 'legal-documents', appliesTo: [...PROVINCE], mandatory: true, citation: TN('4.7') },
    { category: 'consultation', appliesTo: [...PROVINCE], mandatory: true, citation: TN('4.7') },
    {
      category: 'contacts',
      appliesTo: [...PROVINCE],
      mandatory: true,
      description: L(
        'Họ tên, chức vụ, đơn vị công tác, điện thoại/fax, thư điện tử chính thức',
        'Name, position, unit, phone/fax, official e-mail',
      ),
      citation: TN('4.8'),
    },
    { category: 'finance-statistics', appliesTo: [...PROVINCE], mandatory: true, citation: TN('4.9') },
    { category: 'qa', appliesTo: [...PROVINCE], mandatory: true, citation: TN('4.10') },
    { category: 'business-promotion', appliesTo: [...PROVINCE], mandatory: true, citation: TN('4.11') },
    { category: 'public-utilities', appliesTo: [...PROVINCE], mandatory: true, citation: TN('4.12') },
    {
      category: 'english',
      appliesTo: [...PROVINCE],
      mandatory: true,
      citation: TN('4.13', 'translated when conditions allow (Art. 7.1)'),
    },
    {
      category: 'procedures',
      variant: 'full-list',
      appliesTo: ['department', 'district'],
      mandatory: true,
      description: L(
        'Toàn bộ danh mục và quy định về thủ tục hành chính thuộc thẩm quyền',
        'The full list of administrative procedures in the agency’s competence',
      ),
      citation: TN('13.1'),
    },
  ],
  updatePolicies: [
    {
      categories: ['news', 'direction', 'introduction', 'policy-propaganda', 'contacts'],
      kind: 'daily',
      citation: TN('10.1', 'the portal as a whole is updated daily'),
    },
    { categories: ['procedures'], kind: 'on-change', citation: TN('13.3') },
    { categories: ['introduction', 'contacts', 'english'], kind: 'on-change', citation: TN('10.4') },
  ],
  deadlines: [
    {
      category: 'news',
      trigger: 'event',
      label: L('Tin tức, sự kiện', 'News and events'),
      startsAt: L('Khi diễn ra hoạt động, sự kiện', 'When the activity or event takes place'),
      rule: { kind: 'working-hours', hours: 8 },
      citation: TN('10.2', 'right after the event and within 8 administrative hours'),
      isDefault: true,
    },
    {
      category: 'news',
      trigger: 'conference',
      label: L(
        'Hội nghị sơ kết, tổng kết, chuyên đề, sự kiện quan trọng',
        'Review conferences, thematic conferences, important events',
      ),
      startsAt: L('Ngày diễn ra sự kiện', 'The day of the event'),
      rule: { kind: 'calendar-days', days: 3 },
      citation: TN('10.2', '"03 ngày" without "làm việc": calendar days'),
    },
    {
      category: 'legal-documents',
      trigger: 'normative',
      label: L('Văn bản quy phạm pháp luật của tỉnh', 'The province’s normative documents'),
      startsAt: L('Ngày ban hành', 'The issue date'),
      rule: { kind: 'working-days', days: 2 },
      citation: TN('10.2'),
      isDefault: true,
    },
    {
      category: 'finance-statistics',
      trigger: 'monthly',
      label: L('Thông tin thống kê (tháng, quý, năm)', 'Statistics (monthly, quarterly, yearly)'),
      startsAt: L('Tháng của kỳ thống kê', 'The month of the period'),
      rule: { kind: 'day-of-month', day: 30 },
      citation: TN('10.2', 'at the latest on the 30th of each month; in February the last day of the month'),
      isDefault: true,
    },
    {
      category: 'procedures',
      trigger: 'rule-effective',
      label: L('Quy định về thủ tục hành chính', 'Rules on administrative procedures'),
      startsAt: L('Ngày quy định có hiệu lực', 'The day the rule takes effect'),
      rule: { kind: 'working-days', days: 2 },
      citation: TN('10.3'),
      isDefault: true,
    },
    {
      category: 'qa',
      trigger: 'own-competence',
      label: L('Câu hỏi thuộc thẩm quyền giải quyết', 'Question within the agency’s competence'),
      startsAt: L('Ngày nhận câu hỏi (tính từ 08:00)', 'Receipt (counted from 08:00)'),
      rule: { kind: 'working-days', days: 5, clockStartsAt: '08:00' },
      citation: TN('14.4.a', 'point c’s 08:00 start and working days applied to a and b too'),
      isDefault: true,
    },
    {
      category: 'qa',
      trigger: 'cross-sector',
      label: L('Câu hỏi cần phối hợp liên ngành', 'Question needing cross-sector coordination'),
      startsAt: L('Ngày nhận câu hỏi (tính từ 08:00)', 'Receipt (counted from 08:00)'),
      rule: { kind: 'working-days', days: 10, clockStartsAt: '08:00' },
      citation: TN('14.4.b', 'point c’s 08:00 start and working days applied'),
    },
    {
      category: 'qa',
      trigger: 'special',
      label: L('Trường hợp đặc biệt, có hẹn trả lời', 'Special case, with an appointment'),
      startsAt: L('Ngày nhận câu hỏi (tính từ 08:00)', 'Receipt (counted from 08:00)'),
      rule: { kind: 'working-days', days: 15, clockStartsAt: '08:00' },
      citation: TN('14.4.c'),
    },
  ],
  languages: {
    official: ['vi'],
    citation: TN('7.1'),
    encoding: { standard: 'TCVN 6909:2001', citation: TN('7.1') },
    english: {
      status: 'when-conditions-allow',
      items: [
        {
          categories: ['english'],
          description: L(
            'Phần tiếng Anh biên dịch từ thông tin tiếng Việt',
            'An English part translated from the Vietnamese',
          ),
          citation: TN('4.13'),
        },
      ],
      citation: TN('7.1'),
    },
  },
  domain: { portal: { url: 'http://www.thainguyen.gov.vn', citation: TN('7.2') } },
  hostnames: HOSTNAMES_TN_40_2012,
  operations: {
    availability: { hoursPerDay: 24, daysPerWeek: 7, citation: TN('21.2') },
    dailyUpdate: TN('10.1'),
    backup: {
      frequency: 'weekly',
      maxIntervalDays: 7,
      media: [L('Ổ đĩa cứng', 'Hard disk'), L('Đĩa quang', 'Optical disc'), L('Băng từ', 'Magnetic tape')],
      citation: TN('11.2'),
    },
    archive: TN('11.1'),
    reporting: [
      {
        kind: 'review-meeting',
        everyMonths: 6,
        adHoc: true,
        to: L('Ủy ban nhân dân tỉnh', 'Provincial People’s Committee'),
        citation: TN('16.2.f', 'a meeting to review information supply, every 6 months or ad hoc'),
      },
      {
        kind: 'sub-portal-report',
        adHoc: true,
        to: L('UBND tỉnh và Tổng Biên tập', 'Provincial People’s Committee and the Editor-in-Chief'),
        citation: TN('19.d2', 'periodic and ad hoc; no interval'),
      },
    ],
    yearlyDuties: [
      { duty: 'review', citation: TN('21.3', 'infrastructure changes need the provincial chair’s consent') },
      {
        duty: 'budget',
        citation: TN(
          '16.2',
          'point g: the Editor-in-Chief draws up the yearly budget estimate (also 19.d1 for each sub-portal board)',
        ),
      },
    ],
  },
  workflow: WORKFLOW_TN_40_2012,
  quotas: [
    { category: 'news', per: 'month', unit: 'department', minimum: 2, citation: TN('8.3') },
    { category: 'news', per: 'month', unit: 'district', minimum: 3, citation: TN('8.3') },
  ],
  // 24.1: "được hưởng thù lao và nhuận bút theo quy định của Nhà nước. Giao Giám đốc Trung tâm Thông tin - Tổng
  // Biên tập ... thực hiện chế độ chi trả": the State's rules are ND 287/2026 from 2026-09-01.
  royalty: {
    regime: 'nd287-2026',
    description: L(
      'Theo quy định của Nhà nước: Nghị định 287/2026/NĐ-CP (tiền bản quyền) từ 01/9/2026',
      'Per the State’s rules: Decree 287/2026 (tiền bản quyền) from 2026-09-01',
    ),
    formerRegime: {
      regime: 'nd18-2014',
      until: '2026-08-31',
      citation: cite('ND-287-2026/19.1', 'work commissioned before 2026-09-01 stays under ND 18/2014'),
    },
    payer: {
      name: L(
        'Giám đốc Trung tâm Thông tin tỉnh - Tổng Biên tập',
        'Director of the Information Centre, the Editor-in-Chief',
      ),
      citation: TN('24.1'),
    },
    citation: TN('24.1'),
  },
  features: [
    { feature: 'qa', citation: TN('14.1', 'intake 24 hours a day, every day') },
    { feature: 'comment-submission', citation: TN('8.5') },
    { feature: 'public-services-integration', citation: TN('12.2', 'minimum fields of each service') },
  ],
  submissionChannels: [
    {
      kind: 'email',
      value: 'portal@thainguyen.gov.vn',
      description: L(
        'Văn bản và thư điện tử gửi Trung tâm Thông tin',
        'Letters and e-mail to the Information Centre',
      ),
      citation: TN('9.1'),
    },
    {
      kind: 'document-system',
      value: 'ethainguyen.gov.vn',
      description: L(
        'Văn bản có Trung tâm Thông tin ở "Nơi nhận" gửi vào tài khoản Giám đốc',
        'Documents listing the Information Centre among recipients, to its director’s account',
      ),
      citation: TN('8.1'),
    },
  ],
  timeline: [
    {
      on: '2025-07-01',
      kind: 'unit-merged',
      description: L(
        'Tỉnh Thái Nguyên và tỉnh Bắc Kạn hợp nhất thành tỉnh Thái Nguyên; cấp huyện chấm dứt',
        'Thái Nguyên and Bắc Kạn merged as Thái Nguyên province; the district tier ended',
      ),
      successor: L('Tỉnh Thái Nguyên (mới)', 'Thái Nguyên province (merged)'),
      citation: cite('NQ-202-2025', 'Resolution 202/2025/QH15; NQ 60-NQ/TW'),
    },
  ],
  readings: [
    {
      // 4.1: "Tổ chức bộ máy hành chính, bản đồ địa giới hành chính đến cấp phường xã; điều kiện tự nhiên, kinh tế
      // - xã hội, lịch sử, văn hoá, du lịch; các khu công nghiệp, các làng nghề truyền thống": nine subjects.
      citation: TN('4.1'),
      text: L(
        'Điều 4.1 nêu chín nội dung giới thiệu; năm nội dung có trường riêng được kiểm tra (tổ chức bộ máy, bản đồ địa giới, điều kiện tự nhiên, lịch sử, văn hóa); kinh tế - xã hội, du lịch, khu công nghiệp, làng nghề là văn bản tự do, người duyệt kiểm tra.',
        'Art. 4.1 lists nine introduction subjects; the five with fields of their own are checked (organisation, boundary map, natural conditions, history, culture); socio-economic conditions, tourism, industrial zones and craft villages are free text the approver checks.',
      ),
    },
    {
      citation: TN('10.2'),
      text: L(
        '"Ngày 30 hàng tháng": tháng 2 là ngày cuối tháng.',
        '"The 30th of each month": in February, the last day of the month.',
      ),
    },
    {
      citation: TN('14.4.c'),
      text: L(
        'Mốc 08:00 và ngày làm việc của điểm c áp dụng cho cả điểm a và b.',
        'Point c’s 08:00 start and working days also apply to points a and b.',
      ),
    },
    {
      citation: TN('10.2'),
      text: L('"03 ngày" (hội nghị) là ngày lịch.', '"03 ngày" (conferences) is read as calendar days.'),
    },
  ],
});
