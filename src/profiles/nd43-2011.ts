import { cite, deepFreeze } from '../core/index.js';
import { HOSTNAMES_ND_43_2011 } from './hostnames/index.js';
import type { Profile } from './Profile.js';
import { WORKFLOW_ND_43_2011 } from './workflow/index.js';

const L = (vi: string, en: string) => ({ vi, en });

/**
 * Nghị định 43/2011/NĐ-CP (signed 2011-06-13, in force 2011-10-01 → 2022-08-14): information and online public
 * services on state agencies' websites and portals. Art. 10 mandatory sections, Art. 11–13 science, statistics
 * and English, Art. 15 support functions, Art. 17 deadlines (working days), Art. 3.4 online-service levels 1–4,
 * Art. 6 domain names, Art. 21 editorial board, Art. 27 24/7. Replaced by ND 42/2022 on 2022-08-15.
 *
 * Art. 17 gives two deadlines for legal documents (the issuing agency: 2 working days; agencies within the
 * document's scope: 10): trigger `issuing-agency` is the default.
 *
 * @example
 * ```ts
 * import { nd43_2011 } from 'vn-portal-kit/profiles';
 * nd43_2011.effectiveUntil //=> '2022-08-14'
 * nd43_2011.deadlines.find((d) => d.category === 'science-technology')?.rule //=> { kind: 'working-days', days: 20 }
 * ```
 */
export const nd43_2011: Profile = /*#__PURE__*/ deepFreeze({
  id: 'nd43-2011',
  regulationId: 'ND-43-2011',
  title: L(
    'Nghị định quy định về việc cung cấp thông tin và dịch vụ công trực tuyến trên trang thông tin điện tử hoặc cổng thông tin điện tử của cơ quan nhà nước',
    'Decree on providing information and online public services on the websites and portals of state agencies',
  ),
  documentNumber: '43/2011/NĐ-CP',
  level: 'national',
  issuer: L('Chính phủ', 'The Government'),
  signedOn: '2011-06-13',
  effectiveFrom: '2011-10-01',
  effectiveRule: {
    kind: 'fixed-date',
    citation: cite('ND-43-2011', 'in force 2011-10-01'),
  },
  effectiveUntil: '2022-08-14',
  replaces: [],
  replacedBy: {
    documentNumber: '42/2022/NĐ-CP',
    profileId: 'nd42-2022',
    signedOn: '2022-06-24',
    effectiveFrom: '2022-08-15',
    citation: cite('ND-42-2022'),
  },
  categories: [
    {
      category: 'introduction',
      variant: 'department',
      appliesTo: ['ministry', 'department'],
      mandatory: true,
      description: L(
        'Sơ đồ, cơ cấu tổ chức, chức năng, nhiệm vụ, quá trình hình thành, tiểu sử lãnh đạo',
        'Chart, structure, functions, history, leaders’ biographies',
      ),
      citation: cite('ND-43-2011/10.1.a'),
    },
    {
      category: 'introduction',
      variant: 'local-government',
      appliesTo: ['province', 'district'],
      mandatory: true,
      description: L(
        'Tổ chức bộ máy hành chính, bản đồ địa giới hành chính đến cấp xã, điều kiện tự nhiên, lịch sử, văn hóa, di tích, danh thắng, tiểu sử lãnh đạo',
        'Administrative organisation, boundary map down to commune level, natural conditions, history, culture, relics, scenic spots, leaders’ biographies',
      ),
      citation: cite('ND-43-2011/10.1.a'),
    },
    {
      category: 'news',
      appliesTo: ['ministry', 'province', 'department', 'district'],
      mandatory: true,
      citation: cite('ND-43-2011/10.1.b'),
    },
    {
      category: 'direction',
      appliesTo: ['ministry', 'province', 'department', 'district'],
      mandatory: true,
      description: L(
        'Văn bản chỉ đạo, phản hồi kiến nghị, khen thưởng, xử phạt, lịch làm việc của lãnh đạo',
        'Written directives, responses to petitions, rewards and sanctions, leaders’ work schedule',
      ),
      citation: cite('ND-43-2011/10.1.c'),
    },
    {
      category: 'policy-propaganda',
      appliesTo: ['ministry', 'province', 'department', 'district'],
      mandatory: true,
      citation: cite('ND-43-2011/10.1.d'),
    },
    {
      category: 'strategies-plans',
      appliesTo: ['ministry', 'province', 'department', 'district'],
      mandatory: true,
      citation: cite('ND-43-2011/10.1.đ'),
    },
    {
      category: 'legal-documents',
      appliesTo: ['ministry', 'province', 'department', 'district'],
      mandatory: true,
      citation: cite('ND-43-2011/10.1.e'),
    },
    {
      category: 'gazette',
      appliesTo: ['province'],
      mandatory: true,
      citation: cite(
        'ND-43-2011/10.1.g',
        'the electronic Official Gazette: gazette number, issue date, list of documents, summary of each',
      ),
    },
    {
      category: 'projects',
      appliesTo: ['ministry', 'province', 'department', 'district'],
      mandatory: true,
      citation: cite('ND-43-2011/10.1.h'),
    },
    {
      category: 'bidding-procurement',
      appliesTo: ['ministry', 'province', 'department', 'district'],
      mandatory: true,
      citation: cite('ND-43-2011/10.1.h'),
    },
    {
      category: 'consultation',
      appliesTo: ['ministry', 'province', 'department', 'district'],
      mandatory: true,
      citation: cite('ND-43-2011/10.1.i'),
    },
    {
      category: 'contacts',
      appliesTo: ['ministry', 'province', 'department', 'district'],
      mandatory: true,
      citation: cite('ND-43-2011/10.1.k'),
    },
    {
      category: 'other',
      appliesTo: ['ministry', 'province', 'department', 'district'],
      mandatory: true,
      description: L('Thông tin liên hệ của cổng', 'The portal’s own contacts'),
      citation: cite('ND-43-2011/10.1.l'),
    },
    // Art. 11 (science programmes) and Art. 12 (statistics) name the portals of ministries and of provincial
    // People's Committees, not those of departments or districts (review of the articles, issue #15; the
    // vendored summary facts/decrees.md §2 lists their content). A province that extends them to its
    // departments or districts cites its own provision (Quảng Nam 22.4).
    {
      category: 'science-technology',
      appliesTo: ['ministry', 'province'],
      mandatory: true,
      citation: cite('ND-43-2011/11', 'ministry and provincial People’s Committee portals'),
    },
    {
      category: 'finance-statistics',
      appliesTo: ['ministry', 'province'],
      mandatory: true,
      citation: cite('ND-43-2011/12', 'ministry and provincial People’s Committee portals'),
    },
    {
      category: 'english',
      appliesTo: ['ministry', 'province'],
      mandatory: true,
      citation: cite('ND-43-2011/13'),
    },
    {
      category: 'procedures',
      appliesTo: ['ministry', 'province', 'department', 'district'],
      mandatory: true,
      citation: cite('ND-43-2011/18', 'each service shows its level (Art. 3.4 levels 1–4)'),
    },
    {
      category: 'qa',
      appliesTo: ['ministry', 'province', 'department', 'district'],
      mandatory: true,
      citation: cite('ND-43-2011/15'),
    },
  ],
  updatePolicies: [
    {
      categories: ['introduction', 'news', 'direction', 'contacts', 'other'],
      kind: 'regularly',
      citation: cite('ND-43-2011/17', 'Art. 10.1.a, b, c, k, l: regularly and accurately, no day count'),
    },
    {
      categories: ['english'],
      kind: 'on-change',
      citation: cite('ND-43-2011/17', 'English items: review regularly, update on change'),
    },
  ],
  deadlines: [
    {
      category: 'policy-propaganda',
      trigger: 'document-issued',
      label: L('Phổ biến, hướng dẫn văn bản', 'Dissemination of a document'),
      startsAt: L('Ngày ban hành văn bản', 'The day the document is issued'),
      rule: { kind: 'working-days', days: 15 },
      citation: cite('ND-43-2011/17', 'Art. 10.1.d row'),
      isDefault: true,
    },
    {
      category: 'legal-documents',
      trigger: 'issuing-agency',
      label: L('Cơ quan ban hành văn bản', 'The issuing agency'),
      startsAt: L('Ngày ban hành', 'The issue date'),
      rule: { kind: 'working-days', days: 2 },
      citation: cite('ND-43-2011/17', 'Art. 10.1.e row, issuing agency'),
      isDefault: true,
    },
    {
      category: 'legal-documents',
      trigger: 'agency-in-scope',
      label: L('Cơ quan thuộc phạm vi điều chỉnh của văn bản', 'An agency within the document’s scope'),
      startsAt: L('Ngày ban hành', 'The issue date'),
      rule: { kind: 'working-days', days: 10 },
      citation: cite('ND-43-2011/17', 'Art. 10.1.e row, agencies within the scope'),
    },
    ...(['strategies-plans', 'projects', 'bidding-procurement'] as const).map((category) => ({
      category,
      trigger: 'approved',
      label: L('Chiến lược, kế hoạch, dự án, đấu thầu', 'Strategies, plans, projects, bidding'),
      startsAt: L('Ngày được phê duyệt', 'The approval date'),
      rule: { kind: 'working-days', days: 10 } as const,
      citation: cite('ND-43-2011/17', 'Art. 10.1.đ and h rows'),
      isDefault: true,
    })),
    {
      category: 'qa',
      trigger: 'answer',
      label: L('Trả lời, hoặc báo tiến độ kèm ngày trả lời', 'Answer, or progress report with a reply date'),
      startsAt: L('Ngày nhận câu hỏi', 'The day the question is received'),
      rule: { kind: 'working-days', days: 15 },
      citation: cite('ND-43-2011/17', 'Q&A row'),
      isDefault: true,
    },
    {
      category: 'qa',
      trigger: 'out-of-scope',
      label: L('Câu hỏi ngoài thẩm quyền: báo ngay cho người hỏi', 'Out of scope: tell the asker at once'),
      startsAt: L('Lúc nhận câu hỏi', 'Receipt of the question'),
      rule: { kind: 'immediately' },
      citation: cite('ND-43-2011/17', 'Q&A row, out of scope'),
    },
    {
      category: 'science-technology',
      trigger: 'approved-or-accepted',
      label: L('Chương trình, đề tài khoa học', 'Science programmes'),
      startsAt: L('Ngày phê duyệt hoặc nghiệm thu', 'Approval or acceptance'),
      rule: { kind: 'working-days', days: 20 },
      citation: cite('ND-43-2011/17', 'Art. 11 row'),
      isDefault: true,
    },
    {
      category: 'finance-statistics',
      trigger: 'publication-decided',
      label: L('Thông tin thống kê', 'Statistics'),
      startsAt: L('Ngày thủ trưởng quyết định công bố', 'The head decides to publish'),
      rule: { kind: 'working-days', days: 10 },
      citation: cite('ND-43-2011/17', 'Art. 12 row'),
      isDefault: true,
    },
  ],
  languages: {
    official: ['vi'],
    citation: cite('ND-43-2011/13', 'Vietnamese portal with English items'),
    encoding: {
      standard: 'TCVN 6909:2001',
      // Art. 7.1 itself states the standard (TCVN 6909:2001) for the information on the portal; the regulations
      // under the decree restate it (HG-1347-2020/4.2, QN-3069-2021/6.6, TN-40-2012/7.1, NX-2112-2022/11).
      citation: cite(
        'ND-43-2011/7.1',
        'TCVN 6909:2001 stated by the decree itself; Art. 14 is about metadata (TT 24/2011), not the character set',
      ),
    },
    english: {
      status: 'required',
      items: [
        {
          categories: ['introduction'],
          description: L('Thông tin giới thiệu (Điều 10.1.a)', 'Introduction (Art. 10.1.a)'),
          citation: cite('ND-43-2011/13'),
        },
        {
          categories: ['contacts'],
          description: L('Thông tin liên hệ (Điều 10.1.k)', 'Officials’ contacts (Art. 10.1.k)'),
          citation: cite('ND-43-2011/13'),
        },
        {
          categories: ['procedures'],
          description: L('Dịch vụ công dành cho người nước ngoài', 'Services usable by foreigners'),
          citation: cite('ND-43-2011/13'),
        },
      ],
      citation: cite('ND-43-2011/13'),
    },
  },
  hostnames: HOSTNAMES_ND_43_2011,
  operations: {
    availability: { hoursPerDay: 24, daysPerWeek: 7, citation: cite('ND-43-2011/27') },
    reporting: [],
    yearlyDuties: [],
  },
  workflow: WORKFLOW_ND_43_2011,
  quotas: [],
  royalty: {
    regime: 'nd18-2014',
    description: L(
      'Chế độ nhuận bút báo chí (Nghị định 18/2014/NĐ-CP)',
      'Press royalty regime (Decree 18/2014)',
    ),
    citation: cite('ND-43-2011/26'),
  },
  features: [
    { feature: 'search', citation: cite('ND-43-2011/15') },
    { feature: 'links', citation: cite('ND-43-2011/15') },
    { feature: 'print-archive', citation: cite('ND-43-2011/15') },
    { feature: 'qa', citation: cite('ND-43-2011/15') },
    // Art. 15.2: status tracking OR a receiving e-mail address, so status tracking alone is not a duty: it is
    // listed as optional (its absence is a notice), the Q&A function itself stays required.
    {
      feature: 'qa-status-tracking',
      optional: true,
      citation: cite('ND-43-2011/15.2', 'status tracking or a receiving e-mail address'),
    },
    { feature: 'legal-document-search', citation: cite('ND-43-2011/10.1.e') },
    { feature: 'comment-submission', citation: cite('ND-43-2011/10.1.i') },
    { feature: 'metadata', citation: cite('ND-43-2011/14', 'Dublin Core per TT 24/2011') },
    { feature: 'public-services-integration', citation: cite('ND-43-2011/16') },
    { feature: 'sitemap', citation: cite('TT-32-2017/16.4.b', 'TT 32/2017 in force 2018-06-01') },
    { feature: 'accessibility', citation: cite('TT-32-2017/18', 'TT 32/2017 in force 2018-06-01') },
  ],
  submissionChannels: [],
  timeline: [],
  readings: [
    {
      citation: cite('ND-43-2011/17'),
      text: L(
        'Bảng thời hạn Điều 17 (TT 32/2017 Điều 19 nhắc lại) được mã hóa theo ngày làm việc; mục a, b, c, k, l chỉ yêu cầu "thường xuyên".',
        'The Art. 17 table (re-imposed by TT 32/2017 Art. 19) is encoded in working days; items a, b, c, k, l only require "regularly".',
      ),
    },
  ],
});
