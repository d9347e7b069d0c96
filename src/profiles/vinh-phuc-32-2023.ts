import { cite, deepFreeze } from '../core/index.js';
import { HOSTNAMES_VP_32_2023 } from './hostnames/index.js';
import type { Profile } from './Profile.js';
import { WORKFLOW_VP_32_2023 } from './workflow/index.js';

const L = (vi: string, en: string) => ({ vi, en });
const ALL = ['province', 'department', 'district', 'commune'] as const;
const LOCAL = ['province', 'district', 'commune'] as const;
const VP = (ref: string, note?: string) => cite(`VP-32-2023/${ref}`, note);

/**
 * Vĩnh Phúc Quyết định 32/2023/QĐ-UBND (signed 2023-09-12, in force 2023-10-01, replaces 26/2017/QĐ-UBND):
 * management and provision of information on the portals of all state administrative agencies of the
 * province (province, departments, districts, communes), under ND 42/2022. The 18 categories of Art. 5, the
 * update deadlines of Art. 6, support and interaction functions (Art. 8–9), daily backups (11.2), monthly
 * reports (20.3), royalties per Vĩnh Phúc QĐ 37/2020 (16.1).
 *
 * Art. 6.2 is read as four triggers: administrative documents 2 working days, normative documents (VBQPPL) 7
 * working days, and the same day for (i) emergency-measure documents and (ii) documents effective on
 * publication or signing: the text separates (i) and (ii) with ";", so they are two triggers, not one.
 * Art. 6.3 says "15 ngày" where the other limits say "ngày làm việc": calendar days.
 *
 * @example
 * ```ts
 * import { vinhPhuc32_2023 } from 'vn-portal-kit/profiles';
 * vinhPhuc32_2023.deadlines.filter((d) => d.category === 'legal-documents').map((d) => d.trigger)
 * //=> ['administrative', 'normative', 'emergency', 'effective-on-signing']
 * ```
 */
export const vinhPhuc32_2023: Profile = /*#__PURE__*/ deepFreeze({
  id: 'vinh-phuc-32-2023',
  regulationId: 'VP-32-2023',
  title: L(
    'Quy chế quản lý, cung cấp thông tin trên Cổng Thông tin điện tử các cơ quan hành chính nhà nước tỉnh Vĩnh Phúc',
    'Regulation on managing and providing information on the portals of the state administrative agencies of Vĩnh Phúc province',
  ),
  documentNumber: '32/2023/QĐ-UBND',
  level: 'province',
  issuer: L('Ủy ban nhân dân tỉnh Vĩnh Phúc', 'People’s Committee of Vĩnh Phúc province'),
  territory: { province: L('Tỉnh Vĩnh Phúc', 'Vĩnh Phúc province') },
  signedOn: '2023-09-12',
  effectiveFrom: '2023-10-01',
  effectiveRule: {
    kind: 'fixed-date',
    citation: cite('VP-32-2023', 'Decision Art. 2: in force from 2023-10-01'),
  },
  replaces: [
    {
      documentNumber: '26/2017/QĐ-UBND',
      signedOn: '2017-08-17',
      citation: cite('VP-32-2023', 'Decision Art. 2'),
    },
  ],
  nationalBasis: {
    profileId: 'nd42-2022',
    citation: cite('VP-32-2023', 'Art. 5 rests on ND 42/2022 Art. 4 and LTCTT Art. 17, 19'),
  },
  categories: [
    {
      category: 'introduction',
      variant: 'local-government',
      appliesTo: [...LOCAL],
      mandatory: true,
      citation: VP('5.1.a'),
    },
    {
      category: 'contacts',
      variant: 'local-government',
      appliesTo: [...LOCAL],
      mandatory: true,
      description: L(
        'Họ tên, chức vụ, đơn vị công tác, điện thoại/fax, thư điện tử công vụ',
        'Name, position, unit, phone/fax, official e-mail',
      ),
      citation: VP('5.1.a'),
    },
    {
      category: 'introduction',
      variant: 'department',
      appliesTo: ['department'],
      mandatory: true,
      citation: VP('5.1.b'),
    },
    {
      category: 'contacts',
      variant: 'department',
      appliesTo: ['department'],
      mandatory: true,
      description: L(
        'Họ tên, chức vụ, đơn vị, điện thoại, thư điện tử chính thức của đầu mối liên hệ',
        'Contact person: name, position, unit, phone, official e-mail',
      ),
      citation: VP('5.1.b'),
    },
    {
      category: 'news',
      variant: 'local-government',
      appliesTo: [...LOCAL],
      mandatory: true,
      citation: VP('5.2'),
    },
    {
      category: 'news',
      variant: 'department',
      appliesTo: ['department'],
      mandatory: true,
      citation: VP('5.2'),
    },
    { category: 'direction', appliesTo: [...ALL], mandatory: true, citation: VP('5.3') },
    { category: 'policy-propaganda', appliesTo: [...ALL], mandatory: true, citation: VP('5.4') },
    { category: 'legal-documents', appliesTo: [...ALL], mandatory: true, citation: VP('5.5') },
    {
      category: 'procedures',
      appliesTo: [...ALL],
      mandatory: true,
      description: L(
        'Liên kết trực tiếp Cổng dịch vụ công tỉnh',
        'Linked directly to the provincial public-service portal',
      ),
      citation: VP('5.6'),
    },
    { category: 'strategies-plans', appliesTo: [...ALL], mandatory: true, citation: VP('5.7') },
    { category: 'projects', appliesTo: [...ALL], mandatory: true, citation: VP('5.8') },
    { category: 'bidding-procurement', appliesTo: [...ALL], mandatory: true, citation: VP('5.9') },
    { category: 'loans-aid', appliesTo: [...ALL], mandatory: true, citation: VP('5.10') },
    { category: 'science-technology', appliesTo: [...ALL], mandatory: true, citation: VP('5.11') },
    { category: 'finance-statistics', appliesTo: [...ALL], mandatory: true, citation: VP('5.12') },
    { category: 'epidemics', appliesTo: [...ALL], mandatory: true, citation: VP('5.13') },
    { category: 'consultation', appliesTo: [...ALL], mandatory: true, citation: VP('5.14') },
    { category: 'treaties', appliesTo: [...ALL], mandatory: true, citation: VP('5.15') },
    { category: 'information-catalogue', appliesTo: [...ALL], mandatory: true, citation: VP('5.16') },
    { category: 'other', appliesTo: [...ALL], mandatory: true, citation: VP('5.17') },
    {
      category: 'gazette',
      appliesTo: ['province'],
      mandatory: true,
      description: L('Liên kết trang công báo tỉnh', 'Link to the provincial gazette'),
      citation: VP('5.18.a'),
    },
    { category: 'english', appliesTo: ['province'], mandatory: true, citation: VP('5.18.b') },
    {
      category: 'english',
      variant: 'agency',
      appliesTo: ['department', 'district', 'commune'],
      mandatory: true,
      citation: cite('ND-42-2022/7', 'restated for every portal by VP-32-2023 Art. 8.2.a'),
    },
    {
      category: 'qa',
      appliesTo: ['department', 'district', 'commune'],
      mandatory: true,
      citation: VP('9.1.a'),
    },
  ],
  updatePolicies: [
    {
      categories: ['introduction', 'contacts', 'news', 'direction', 'policy-propaganda'],
      kind: 'regularly',
      citation: VP('6.1', 'categories 5.1–5.4: timely and regular, no fixed count'),
    },
    { categories: ['english'], kind: 'on-change', citation: VP('5.18.c', 'also Art. 8.2.c') },
  ],
  deadlines: [
    {
      category: 'legal-documents',
      trigger: 'administrative',
      label: L('Văn bản hành chính', 'Administrative document'),
      startsAt: L('Ngày công bố hoặc ký ban hành', 'Day of publication or signing'),
      rule: { kind: 'working-days', days: 2 },
      citation: VP('6.2', 'first indent'),
      isDefault: true,
    },
    {
      category: 'legal-documents',
      trigger: 'normative',
      label: L('Văn bản quy phạm pháp luật', 'Legal normative document (VBQPPL)'),
      startsAt: L('Ngày công bố hoặc ký ban hành', 'Day of publication or signing'),
      rule: { kind: 'working-days', days: 7 },
      citation: VP('6.2', 'second indent'),
    },
    {
      category: 'legal-documents',
      trigger: 'emergency',
      label: L(
        'Văn bản quy định biện pháp thi hành trong tình trạng khẩn cấp (thiên tai, dịch bệnh)',
        'Document on emergency measures (disaster, epidemic)',
      ),
      startsAt: L('Ngày công bố hoặc ký ban hành', 'Day of publication or signing'),
      rule: { kind: 'same-day' },
      citation: VP('6.2', 'third indent, first trigger: the text separates the two triggers with ";"'),
    },
    {
      category: 'legal-documents',
      trigger: 'effective-on-signing',
      label: L(
        'Văn bản có hiệu lực kể từ ngày công bố hoặc ký ban hành',
        'Document effective on publication or signing',
      ),
      startsAt: L('Ngày công bố hoặc ký ban hành', 'Day of publication or signing'),
      rule: { kind: 'same-day' },
      citation: VP('6.2', 'third indent, second trigger: the text separates the two triggers with ";"'),
    },
    {
      category: 'strategies-plans',
      trigger: 'planning',
      label: L('Quy hoạch (theo Luật Quy hoạch)', 'Planning (under the Planning Law)'),
      startsAt: L('Ngày quy hoạch được phê duyệt', 'Approval of the planning'),
      rule: { kind: 'calendar-days', days: 15 },
      citation: VP(
        '6.3',
        'the text says "ngày" where other limits say "ngày làm việc": calendar days; state secrets excepted',
      ),
      isDefault: true,
    },
    {
      category: 'strategies-plans',
      trigger: 'strategy-plan',
      label: L('Chiến lược, chương trình, đề án, kế hoạch', 'Strategies, programmes, schemes, plans'),
      startsAt: L('Ngày ban hành', 'Issue'),
      rule: { kind: 'working-days', days: 5 },
      citation: VP('6.7', 'Art. 6.3 covers planning only; the rest of 5.7 falls under 6.7'),
    },
    ...(['projects', 'bidding-procurement', 'loans-aid'] as const).map((category) => ({
      category,
      trigger: 'approved',
      label: L(
        'Dự án; đấu thầu, mua sắm công, đất đai; vốn vay, viện trợ, quỹ',
        'Projects; bidding, procurement, land; loans, aid, funds',
      ),
      startsAt: L('Ngày được phê duyệt', 'Approval'),
      rule: { kind: 'working-days', days: 2 } as const,
      citation: VP('6.4'),
      isDefault: true,
    })),
    {
      category: 'science-technology',
      trigger: 'approved-or-accepted',
      label: L('Chương trình, nhiệm vụ, đề tài khoa học và công nghệ', 'Science and technology programmes'),
      startsAt: L('Ngày phê duyệt hoặc nghiệm thu', 'Approval or acceptance'),
      rule: { kind: 'working-days', days: 10 },
      citation: VP('6.5'),
      isDefault: true,
    },
    {
      category: 'consultation',
      trigger: 'draft-received',
      label: L('Dự thảo cần lấy ý kiến', 'Draft for comment'),
      startsAt: L(
        'Khi nhận được văn bản của cơ quan chủ trì dự thảo',
        'Receipt of the drafting agency’s document',
      ),
      rule: { kind: 'immediately' },
      citation: VP('6.6'),
      isDefault: true,
    },
  ],
  defaultDeadline: {
    rule: { kind: 'working-days', days: 5 },
    citation: VP('6.7', 'unless other law sets a time'),
    label: L('Thông tin khác', 'Any other information'),
  },
  languages: {
    official: ['vi'],
    citation: VP('3.3', 'a Vietnamese and an English channel'),
    encoding: {
      standard: 'TCVN 6909:2001',
      citation: VP('3.1', 'the text writes "6909:2011"; the standard is TCVN 6909:2001'),
    },
    english: {
      status: 'required',
      channel: 'http://english.vinhphuc.gov.vn',
      items: [
        {
          categories: ['introduction'],
          description: L(
            'Điều kiện tự nhiên, lịch sử, văn hóa, di tích, danh thắng',
            'Natural conditions, history, culture, relics, scenic spots',
          ),
          citation: VP('5.18.b'),
        },
        {
          categories: ['introduction'],
          description: L(
            'Hệ thống chính trị, cơ cấu tổ chức, chức năng, lịch sử các cơ quan, tiểu sử lãnh đạo',
            'Political system, organisation, functions, history of agencies, leaders’ biographies',
          ),
          citation: VP('5.18.b'),
        },
        {
          categories: ['contacts'],
          description: L('Thông tin liên hệ của cán bộ có thẩm quyền', 'Officials’ contacts'),
          citation: VP('5.18.b'),
        },
        {
          categories: ['policy-propaganda'],
          description: L('Tuyên truyền chủ trương, chính sách', 'Policy propaganda'),
          citation: VP('5.18.b'),
        },
        {
          categories: ['business-promotion'],
          description: L(
            'Xúc tiến đầu tư, thành tựu kinh tế - xã hội',
            'Investment promotion, socio-economic achievements',
          ),
          citation: VP('5.18.b'),
        },
        {
          categories: ['introduction', 'contacts', 'policy-propaganda'],
          description: L(
            'Mọi cổng: cơ cấu, chức năng; liên hệ; tuyên truyền lĩnh vực quản lý',
            'Every portal: structure and functions; contacts; its field’s propaganda',
          ),
          citation: cite('ND-42-2022/7', 'restated by VP-32-2023 Art. 8.2.a'),
        },
      ],
      citation: VP('5.18.b'),
    },
    otherLanguages: { policy: 'encouraged', citation: VP('5.18.d', 'also Art. 8.2.b') },
  },
  domain: {
    portal: { url: 'http://www.vinhphuc.gov.vn', citation: VP('3.3') },
    english: { url: 'http://english.vinhphuc.gov.vn', citation: VP('3.3') },
    publicServices: { url: 'https://dichvucong.vinhphuc.gov.vn', citation: VP('5.6') },
    gazette: { url: 'http://congbao.vinhphuc.gov.vn', citation: VP('5.18.a') },
  },
  hostnames: HOSTNAMES_VP_32_2023,
  operations: {
    availability: { hoursPerDay: 24, daysPerWeek: 7, citation: VP('19.3') },
    backup: {
      frequency: 'daily',
      maxIntervalDays: 1,
      scope: [
        L('Thông tin cấu hình', 'Configuration'),
        L(
          'Tập tin nhật ký của thiết bị mạng, bảo mật, hệ điều hành',
          'Log files of network, security and operating-system devices',
        ),
        L('Phần mềm ứng dụng', 'Application software'),
        L('Cơ sở dữ liệu', 'Databases'),
      ],
      tested: VP('11.3'),
      citation: VP('11.2'),
    },
    reporting: [
      {
        kind: 'activity-report',
        everyMonths: 1,
        adHoc: false,
        to: L('Sở Thông tin và Truyền thông', 'Department of Information and Communications'),
        citation: VP('20.3'),
      },
    ],
    yearlyDuties: [
      { duty: 'maintenance-plan', citation: VP('15.2') },
      { duty: 'budget', citation: VP('14.2') },
    ],
  },
  workflow: WORKFLOW_VP_32_2023,
  quotas: [],
  // 16.1: "Chế độ thù lao, nhuận bút ... thực hiện theo Quyết định số 37/2020/QĐ-UBND": a table made under
  // ND 18/2014, which lost its basis on 2026-09-01 (ND 287/2026 Art. 20.2, 21.2; facts/royalty.md §6). From then
  // the province's (now Phú Thọ's) table under Art. 21.2, or the order amount, applies; QĐ 37/2020 stays for work
  // commissioned before (Art. 19.1).
  royalty: {
    regime: 'nd287-2026',
    description: L(
      'Tiền bản quyền theo Nghị định 287/2026/NĐ-CP từ 01/9/2026 (bảng của UBND tỉnh theo Điều 21.2, do người dùng nhập, hoặc số tiền đặt hàng); Quyết định 37/2020/QĐ-UBND cho tác phẩm đặt hàng trước ngày đó',
      'Royalties (tiền bản quyền) under Decree 287/2026 from 2026-09-01 (the provincial table under Art. 21.2, entered by the user, or the order amount); Decision 37/2020/QĐ-UBND for work commissioned before',
    ),
    formerRegime: {
      regime: 'vinh-phuc-37-2020',
      until: '2026-08-31',
      citation: cite(
        'ND-287-2026/19.1',
        'QĐ 37/2020 (made under ND 18/2014) for work commissioned before 2026-09-01',
      ),
    },
    citation: VP('16.1'),
  },
  features: [
    { feature: 'search', citation: VP('8.1.a') },
    { feature: 'links', citation: VP('8.1.b') },
    { feature: 'print-archive', citation: VP('8.1.c') },
    { feature: 'legal-document-search', citation: VP('5.5') },
    { feature: 'qa', citation: VP('9.1.a') },
    // 9.1.a: "theo dõi tình trạng xử lý câu hỏi hoặc cung cấp địa chỉ thư điện tử tiếp nhận": tracking OR an
    // e-mail address, so tracking alone is optional (a notice when absent); the Q&A function stays required.
    {
      feature: 'qa-status-tracking',
      optional: true,
      citation: VP('9.1.a', 'or a receiving e-mail address instead'),
    },
    { feature: 'social-sharing', citation: VP('9.1.b') },
    { feature: 'law-making-participation', citation: VP('9.1.c') },
    { feature: 'rating', citation: VP('9.1.d') },
    { feature: 'publish-interactions', citation: VP('9.1.đ') },
    { feature: 'comment-submission', citation: VP('5.14.d') },
    { feature: 'machine-readable-data', citation: VP('10.2') },
    { feature: 'personal-data-protection', citation: VP('19.1') },
    { feature: 'public-services-integration', citation: VP('5.6') },
  ],
  submissionChannels: [
    {
      kind: 'official-letter',
      description: L(
        'Cơ quan chủ trì gửi văn bản đề nghị đăng tải dự thảo',
        'The drafting agency sends a written request to post the draft',
      ),
      citation: VP('7.4'),
    },
  ],
  timeline: [
    {
      on: '2025-07-01',
      kind: 'unit-merged',
      description: L(
        'Tỉnh Vĩnh Phúc hợp nhất vào tỉnh Phú Thọ; cấp huyện chấm dứt',
        'Vĩnh Phúc merged into Phú Thọ province; the district tier ended',
      ),
      successor: L('Tỉnh Phú Thọ', 'Phú Thọ province'),
      citation: cite('NQ-202-2025', 'Resolution 202/2025/QH15; NQ 60-NQ/TW'),
    },
  ],
  readings: [
    {
      citation: VP('6.2'),
      text: L(
        'Hai trường hợp "trong ngày" (biện pháp khẩn cấp; văn bản có hiệu lực từ ngày công bố/ký) được ngăn bằng dấu ";" nên là hai căn cứ riêng.',
        'The two same-day cases (emergency measures; documents effective on publication/signing) are separated by ";": two separate triggers.',
      ),
    },
    {
      citation: VP('6.3'),
      text: L('"15 ngày" được hiểu là ngày lịch.', '"15 ngày" is read as calendar days.'),
    },
  ],
});
