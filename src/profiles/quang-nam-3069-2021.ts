import { cite, deepFreeze } from '../core/index.js';
import { nd43_2011 } from './nd43-2011.js';
import type { Profile } from './Profile.js';
import { WORKFLOW_QN_3069_2021 } from './workflow/index.js';

const L = (vi: string, en: string) => ({ vi, en });
const QN = (ref: string, note?: string) => cite(`QN-3069-2021/${ref}`, note);
const VIA = QN('8.1', 'deadlines of ND 43/2011 Art. 17');
const PROVINCE = ['province'] as const;

/**
 * Quảng Nam Quyết định 3069/QĐ-UBND (signed 2021-10-25, in force on signing, replaces 3857/QĐ-UBND of
 * 2009-11-12): operation of the provincial portal `https://quangnam.gov.vn`, under ND 43/2011. Official
 * languages Vietnamese and English (4.3); deadlines of ND 43/2011 Art. 17 (8.1); which agency supplies which
 * category (7.2.a–n) on the provincial portal, while each department's and district's sub-portal carries the
 * information of ND 43/2011 Chapter II itself (22.4); reports every 6 months and yearly (21.6). Since
 * 2025-07-01 Quảng Nam is part of Đà Nẵng.
 *
 * @example
 * ```ts
 * import { quangNam3069_2021 } from 'vn-portal-kit/profiles';
 * quangNam3069_2021.replaces[0]?.documentNumber //=> '3857/QĐ-UBND'
 * ```
 */
export const quangNam3069_2021: Profile = /*#__PURE__*/ deepFreeze({
  id: 'quang-nam-3069-2021',
  regulationId: 'QN-3069-2021',
  title: L(
    'Quy chế hoạt động Cổng thông tin điện tử tỉnh Quảng Nam',
    'Regulation on the operation of the Quảng Nam provincial portal',
  ),
  documentNumber: '3069/QĐ-UBND',
  level: 'province',
  issuer: L('Ủy ban nhân dân tỉnh Quảng Nam', 'People’s Committee of Quảng Nam province'),
  territory: { province: L('Tỉnh Quảng Nam', 'Quảng Nam province') },
  signedOn: '2021-10-25',
  effectiveFrom: '2021-10-25',
  effectiveRule: {
    kind: 'on-signing',
    citation: cite('QN-3069-2021', 'Decision Art. 2: in force on signing'),
  },
  replaces: [
    {
      documentNumber: '3857/QĐ-UBND',
      signedOn: '2009-11-12',
      citation: cite('QN-3069-2021', 'Decision Art. 2'),
    },
  ],
  nationalBasis: { profileId: 'nd43-2011', citation: QN('8.1') },
  categories: [
    {
      category: 'introduction',
      appliesTo: [...PROVINCE],
      mandatory: true,
      supplier: L('Văn phòng UBND tỉnh', 'Office of the People’s Committee'),
      description: L(
        'Danh sách, tiểu sử, nhiệm vụ lãnh đạo UBND tỉnh',
        'Leaders of the People’s Committee: list, biographies, duties',
      ),
      citation: QN('7.2.a'),
    },
    {
      category: 'direction',
      appliesTo: [...PROVINCE],
      mandatory: true,
      supplier: L('Văn phòng UBND tỉnh', 'Office of the People’s Committee'),
      description: L(
        'Chỉ đạo điều hành (không thuộc bí mật nhà nước), phản hồi kiến nghị, khen thưởng, xử phạt, lịch làm việc và lịch tiếp công dân',
        'Directions (no state secrets), responses to petitions, rewards and sanctions, work and citizen-reception schedules',
      ),
      citation: QN('7.2.a', 'other items need the Chair’s approval on the board’s proposal'),
    },
    {
      category: 'introduction',
      variant: 'boundary-map',
      appliesTo: [...PROVINCE],
      mandatory: true,
      supplier: L('Sở Tài nguyên và Môi trường', 'Department of Natural Resources and Environment'),
      description: L(
        'Tập tin ảnh bản đồ địa giới hành chính từ cấp tỉnh đến cấp xã',
        'Image file of the administrative boundary map from province to commune',
      ),
      citation: QN('7.2.b'),
    },
    {
      category: 'strategies-plans',
      variant: 'environment',
      appliesTo: [...PROVINCE],
      mandatory: true,
      supplier: L('Sở Tài nguyên và Môi trường', 'Department of Natural Resources and Environment'),
      citation: QN('7.2.b'),
    },
    {
      category: 'legal-documents',
      appliesTo: [...PROVINCE],
      mandatory: true,
      supplier: L('Sở Tư pháp', 'Department of Justice'),
      citation: QN('7.2.c'),
    },
    {
      category: 'policy-propaganda',
      appliesTo: [...PROVINCE],
      mandatory: true,
      supplier: L('Sở Tư pháp', 'Department of Justice'),
      citation: QN('7.2.c'),
    },
    {
      category: 'business-promotion',
      appliesTo: [...PROVINCE],
      mandatory: true,
      supplier: L('Sở Kế hoạch và Đầu tư', 'Department of Planning and Investment'),
      citation: QN('7.2.d'),
    },
    {
      category: 'projects',
      variant: 'public-investment',
      appliesTo: [...PROVINCE],
      mandatory: true,
      supplier: L('Sở Kế hoạch và Đầu tư', 'Department of Planning and Investment'),
      description: L(
        'Dự án chuẩn bị đầu tư, đang triển khai: tên, mục tiêu, lĩnh vực, nhóm dự án, thời gian, nguồn vốn',
        'Projects in preparation and in progress: name, objective, field, group, duration, capital source',
      ),
      citation: QN('7.2.d'),
    },
    {
      category: 'finance-statistics',
      variant: 'budget',
      appliesTo: [...PROVINCE],
      mandatory: true,
      supplier: L('Sở Tài chính', 'Department of Finance'),
      citation: QN('7.2.đ'),
    },
    {
      category: 'strategies-plans',
      variant: 'construction',
      appliesTo: [...PROVINCE],
      mandatory: true,
      supplier: L('Sở Xây dựng', 'Department of Construction'),
      citation: QN('7.2.e'),
    },
    {
      category: 'science-technology',
      appliesTo: [...PROVINCE],
      mandatory: true,
      supplier: L('Sở Khoa học và Công nghệ', 'Department of Science and Technology'),
      citation: QN('7.2.g'),
    },
    {
      category: 'introduction',
      variant: 'culture-tourism',
      appliesTo: [...PROVINCE],
      mandatory: true,
      supplier: L('Sở Văn hóa, Thể thao và Du lịch', 'Department of Culture, Sports and Tourism'),
      citation: QN('7.2.h'),
    },
    {
      category: 'strategies-plans',
      variant: 'economic-zones',
      appliesTo: [...PROVINCE],
      mandatory: true,
      supplier: L('Ban Quản lý các Khu kinh tế và Khu công nghiệp', 'Economic Zones board'),
      citation: QN('7.2.i'),
    },
    {
      category: 'legal-documents',
      variant: 'tax',
      appliesTo: [...PROVINCE],
      mandatory: true,
      supplier: L('Cục Thuế tỉnh', 'Provincial Tax Department'),
      citation: QN('7.2.k'),
    },
    {
      category: 'finance-statistics',
      appliesTo: [...PROVINCE],
      mandatory: true,
      supplier: L('Cục Thống kê tỉnh', 'Provincial Statistics Office'),
      description: L(
        'Số liệu, báo cáo, phương pháp, phân tích, thời gian thực hiện thống kê',
        'Data, reports, methods, analysis, the period',
      ),
      citation: QN('7.2.l'),
    },
    {
      category: 'finance-statistics',
      variant: 'disbursement',
      appliesTo: [...PROVINCE],
      mandatory: true,
      supplier: L('Kho bạc Nhà nước tỉnh', 'Provincial State Treasury'),
      citation: QN('7.2.m'),
    },
    {
      category: 'consultation',
      appliesTo: ['province', 'department', 'district'],
      mandatory: true,
      supplier: L('Các sở, ban, ngành, UBND cấp huyện', 'All departments and districts'),
      citation: QN('7.2.n'),
    },
    ...nd43_2011.categories
      .filter((c) =>
        [
          'news',
          'contacts',
          'gazette',
          'bidding-procurement',
          'english',
          'procedures',
          'qa',
          'other',
        ].includes(c.category),
      )
      .map((c) => ({
        ...c,
        appliesTo: c.appliesTo.filter((k) => k !== 'ministry'),
        via: cite('QN-3069-2021', 'Art. 4.2 and 7.1 adopt ND 43/2011 Chapter II'),
      })),
    // Art. 22.4: each department's and district's sub-portal carries "đầy đủ các thông tin ... theo quy định
    // tại Chương II, Nghị định số 43/2011/NĐ-CP"; Art. 7.2 assigns the provincial portal's copy of these
    // categories to named agencies (above), so here they apply to the sub-portals only.
    ...nd43_2011.categories
      .filter((c) =>
        [
          'introduction',
          'direction',
          'policy-propaganda',
          'strategies-plans',
          'legal-documents',
          'projects',
          'science-technology',
          'finance-statistics',
        ].includes(c.category),
      )
      .map((c) => ({
        ...c,
        appliesTo: c.appliesTo.filter((k) => k === 'department' || k === 'district'),
        via: cite('QN-3069-2021', 'Art. 22.4: sub-portals carry the information of ND 43/2011 Chapter II'),
      }))
      .filter((c) => c.appliesTo.length > 0),
    // ND 43/2011 Art. 11 and 12 name ministry and provincial portals only; 22.4 ("Cập nhật đầy đủ các thông tin trên
    // trang TTĐT thành phần của đơn vị theo quy định tại Chương II, Nghị định số 43/2011/NĐ-CP") extends the whole
    // of Chapter II, these two articles included, to the departments' and districts' sub-portals: the duty rests
    // on 22.4, which is cited.
    {
      category: 'science-technology',
      appliesTo: ['department', 'district'],
      mandatory: true,
      citation: QN('22.4', 'extends ND 43/2011 Art. 11 (science programmes) to the sub-portals'),
    },
    {
      category: 'finance-statistics',
      appliesTo: ['department', 'district'],
      mandatory: true,
      citation: QN('22.4', 'extends ND 43/2011 Art. 12 (statistics) to the sub-portals'),
    },
  ],
  updatePolicies: nd43_2011.updatePolicies.map((p) => ({ ...p })),
  deadlines: nd43_2011.deadlines.map((d) => ({ ...d, via: VIA })),
  languages: {
    official: ['vi', 'en'],
    citation: QN('4.3'),
    encoding: { standard: 'TCVN 6909:2001', citation: QN('6.6') },
    english: { ...nd43_2011.languages.english, status: 'required', citation: QN('4.3') },
    otherLanguages: {
      policy: 'with-permission',
      citation: QN('4.3', 'with the provincial People’s Committee’s permission'),
    },
  },
  domain: {
    portal: { url: 'https://quangnam.gov.vn', citation: QN('3.3') },
    operator: {
      name: L('Trung tâm CNTT và Truyền thông Quảng Nam', 'Quảng Nam IT and Communications Centre'),
      citation: QN('21.1'),
    },
  },
  operations: {
    availability: { hoursPerDay: 24, daysPerWeek: 7, citation: QN('5.1', 'also Art. 17.2') },
    reporting: [
      {
        kind: 'activity-report',
        everyMonths: 6,
        yearly: true,
        adHoc: false,
        to: L('Sở Thông tin và Truyền thông', 'Department of Information and Communications'),
        citation: QN('21.6'),
      },
    ],
    yearlyDuties: [
      { duty: 'review', citation: QN('17.3') },
      { duty: 'training', citation: QN('18') },
      { duty: 'budget', citation: QN('15.3') },
    ],
  },
  workflow: WORKFLOW_QN_3069_2021,
  quotas: [],
  // Điều 16: "Mức chi, chế độ chi nhuận bút, thù lao được thực hiện theo quy định hiện hành": the rules in force,
  // ND 287/2026 from 2026-09-01 (ND 18/2014 for work commissioned before, Art. 19.1).
  royalty: {
    regime: 'nd287-2026',
    description: L(
      'Theo quy định hiện hành: Nghị định 287/2026/NĐ-CP (tiền bản quyền) từ 01/9/2026',
      'Per the rules in force: Decree 287/2026 (tiền bản quyền) from 2026-09-01',
    ),
    formerRegime: {
      regime: 'nd18-2014',
      until: '2026-08-31',
      citation: cite('ND-287-2026/19.1', 'work commissioned before 2026-09-01 stays under ND 18/2014'),
    },
    payer: {
      name: L('Trung tâm CNTT và Truyền thông Quảng Nam', 'Quảng Nam IT and Communications Centre'),
      citation: QN('21.5'),
    },
    citation: QN('16', 'nhuận bút and thù lao are defined in Art. 2.5–2.6'),
  },
  features: [
    ...nd43_2011.features.map((f) => ({ ...f })),
    { feature: 'feedback', citation: QN('11') },
    { feature: 'personal-data-protection', citation: QN('5.3') },
    { feature: 'security-level', citation: QN('17.1', 'ND 85/2016 levels') },
  ],
  submissionChannels: [
    {
      kind: 'document-system',
      value: 'Qoffice',
      description: L(
        'Hệ thống Quản lý văn bản và điều hành Qoffice',
        'The Qoffice document-management system',
      ),
      citation: QN('8.3'),
    },
    {
      kind: 'email',
      value: 'banbientap@quangnam.gov.vn',
      description: L('Hộp thư Ban Biên tập', 'The editorial board’s mailbox'),
      citation: QN('8.3'),
    },
    {
      kind: 'direct-posting',
      description: L('Đăng trực tiếp theo chuyên mục được giao', 'Direct posting in the assigned section'),
      citation: QN('8.2'),
    },
    {
      kind: 'link',
      description: L(
        'Liên kết đến tin của trang thành phần (Sở TT&TT kiểm tra liên kết)',
        'A link to the sub-portal’s item (the department checks the link)',
      ),
      citation: QN('8.2'),
    },
  ],
  timeline: [
    {
      on: '2025-07-01',
      kind: 'unit-merged',
      description: L(
        'Tỉnh Quảng Nam hợp nhất vào thành phố Đà Nẵng; cấp huyện chấm dứt',
        'Quảng Nam merged into Đà Nẵng city; the district tier ended',
      ),
      successor: L('Thành phố Đà Nẵng', 'Đà Nẵng city'),
      citation: cite('NQ-202-2025', 'Resolution 202/2025/QH15; NQ 60-NQ/TW'),
    },
  ],
  readings: [
    {
      citation: QN('4.3'),
      text: L(
        'Tiếng Anh là ngôn ngữ chính thức cùng tiếng Việt.',
        'English is an official language together with Vietnamese.',
      ),
    },
  ],
});
