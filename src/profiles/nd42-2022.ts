import { cite, deepFreeze } from '../core/index.js';
import type { Profile } from './Profile.js';
import { WORKFLOW_ND_42_2022 } from './workflow/index.js';

const L = (vi: string, en: string) => ({ vi, en });
const ALL = ['ministry', 'province', 'department', 'district', 'commune'] as const;

/**
 * Nghị định 42/2022/NĐ-CP (signed 2022-06-24, in force 2022-08-15 → 2026-06-30): information and online public
 * services of state agencies on the network. Art. 4.1 the information list (documents with their seven fields,
 * treaties, procedures, dissemination, strategies, the agency's own information, financial reports,
 * statistics, the catalogue), updated "promptly on any change" with no day count; Art. 7 support functions;
 * Art. 8 interaction; Art. 11 services "toàn trình" / "một phần". Where no day count is set, the access to
 * information law's default of 5 working days applies (LTCTT-2016/18.4).
 *
 * @example
 * ```ts
 * import { nd42_2022 } from 'vn-portal-kit/profiles';
 * nd42_2022.effectiveFrom //=> '2022-08-15'
 * nd42_2022.defaultDeadline?.rule //=> { kind: 'working-days', days: 5 }
 * ```
 */
export const nd42_2022: Profile = /*#__PURE__*/ deepFreeze({
  id: 'nd42-2022',
  regulationId: 'ND-42-2022',
  title: L(
    'Nghị định quy định về việc cung cấp thông tin và dịch vụ công trực tuyến của cơ quan nhà nước trên môi trường mạng',
    'Decree on providing information and online public services of state agencies on the network',
  ),
  documentNumber: '42/2022/NĐ-CP',
  level: 'national',
  issuer: L('Chính phủ', 'The Government'),
  signedOn: '2022-06-24',
  effectiveFrom: '2022-08-15',
  effectiveRule: {
    kind: 'fixed-date',
    citation: cite('ND-42-2022', 'in force 2022-08-15; replaced ND 43/2011'),
  },
  effectiveUntil: '2026-06-30',
  replaces: [
    {
      documentNumber: '43/2011/NĐ-CP',
      profileId: 'nd43-2011',
      signedOn: '2011-06-13',
      citation: cite('ND-42-2022'),
    },
  ],
  replacedBy: {
    documentNumber: '224/2026/NĐ-CP',
    profileId: 'nd224-2026',
    effectiveFrom: '2026-07-01',
    citation: cite('ND-224-2026/90', 'repeals ND 42/2022'),
  },
  categories: [
    {
      category: 'legal-documents',
      appliesTo: [...ALL],
      mandatory: true,
      description: L(
        'Hình thức, thẩm quyền ban hành, số ký hiệu, ngày ban hành, ngày hiệu lực, trích yếu, tệp tải về',
        'Form, issuing authority, number-symbol, issue date, effective date, summary, downloadable file',
      ),
      citation: cite('ND-42-2022/4.1.a'),
    },
    { category: 'treaties', appliesTo: [...ALL], mandatory: true, citation: cite('ND-42-2022/4.1.b') },
    {
      category: 'procedures',
      appliesTo: [...ALL],
      mandatory: true,
      citation: cite('ND-42-2022/4.1.c', 'integrated from the national public-service portal'),
    },
    {
      category: 'policy-propaganda',
      appliesTo: [...ALL],
      mandatory: true,
      citation: cite('ND-42-2022/4.1.d'),
    },
    {
      category: 'strategies-plans',
      appliesTo: [...ALL],
      mandatory: true,
      citation: cite('ND-42-2022/4.1.đ'),
    },
    {
      category: 'projects',
      appliesTo: [...ALL],
      mandatory: true,
      citation: cite('ND-42-2022/4.1.đ', 'programmes, projects and their results'),
    },
    {
      category: 'introduction',
      variant: 'department',
      appliesTo: [...ALL],
      mandatory: true,
      citation: cite('ND-42-2022/4.1.e'),
    },
    { category: 'contacts', appliesTo: [...ALL], mandatory: true, citation: cite('ND-42-2022/4.1.e') },
    {
      category: 'finance-statistics',
      appliesTo: [...ALL],
      mandatory: true,
      citation: cite('ND-42-2022/4.1', 'annual financial report and sector statistics'),
    },
    {
      category: 'information-catalogue',
      appliesTo: [...ALL],
      mandatory: true,
      citation: cite('ND-42-2022/4.1'),
    },
    {
      category: 'other',
      appliesTo: [...ALL],
      mandatory: true,
      description: L('Thông tin khác pháp luật yêu cầu', 'Other information the law requires'),
      citation: cite('ND-42-2022/4.1'),
    },
    { category: 'english', appliesTo: [...ALL], mandatory: true, citation: cite('ND-42-2022/7') },
    { category: 'qa', appliesTo: [...ALL], mandatory: true, citation: cite('ND-42-2022/8') },
    {
      category: 'consultation',
      appliesTo: [...ALL],
      mandatory: true,
      citation: cite('ND-42-2022/8', 'participation in law-making'),
    },
  ],
  updatePolicies: [
    {
      categories: [
        'legal-documents',
        'treaties',
        'procedures',
        'policy-propaganda',
        'strategies-plans',
        'projects',
        'introduction',
        'contacts',
        'english',
      ],
      kind: 'on-change',
      citation: cite('ND-42-2022/4.1', 'updated promptly on any change; no day count'),
    },
  ],
  deadlines: [],
  defaultDeadline: {
    rule: { kind: 'working-days', days: 5 },
    citation: cite(
      'LTCTT-2016/18.4',
      'default when no other law sets a time: 5 working days from creating the information',
    ),
    label: L('Thông tin không có thời hạn riêng', 'Information with no specific deadline'),
  },
  languages: {
    official: ['vi'],
    citation: cite('ND-42-2022/7'),
    encoding: {
      standard: 'TCVN 6909:2001',
      citation: cite(
        'ND-42-2022',
        'the technical-standards list, Thông tư 39/2017/TT-BTTTT, keeps TCVN 6909:2001 (VP-32-2023/3.1); Art. 7 is about support functions and English, not the character set',
      ),
    },
    english: {
      status: 'required',
      items: [
        {
          categories: ['introduction'],
          description: L(
            'Cơ cấu tổ chức, chức năng, nhiệm vụ, quyền hạn của cơ quan và từng đơn vị',
            'Structure, functions, duties, powers of the agency and each unit',
          ),
          citation: cite('ND-42-2022/7'),
        },
        {
          categories: ['contacts'],
          description: L('Thông tin liên hệ của cán bộ có thẩm quyền', 'Competent officials’ contacts'),
          citation: cite('ND-42-2022/7'),
        },
      ],
      citation: cite('ND-42-2022/7'),
    },
    otherLanguages: { policy: 'encouraged', citation: cite('ND-42-2022/7') },
  },
  operations: { reporting: [], yearlyDuties: [] },
  workflow: WORKFLOW_ND_42_2022,
  quotas: [],
  royalty: {
    regime: 'nd18-2014',
    description: L(
      'Chế độ nhuận bút báo chí (Nghị định 18/2014/NĐ-CP)',
      'Press royalty regime (Decree 18/2014)',
    ),
    citation: cite('ND-42-2022/22.1'),
  },
  features: [
    { feature: 'search', citation: cite('ND-42-2022/7') },
    { feature: 'links', citation: cite('ND-42-2022/7') },
    { feature: 'print-archive', citation: cite('ND-42-2022/7') },
    { feature: 'legal-document-search', citation: cite('ND-42-2022/4.1.a') },
    { feature: 'qa', citation: cite('ND-42-2022/8') },
    { feature: 'qa-status-tracking', citation: cite('ND-42-2022/8') },
    { feature: 'social-sharing', citation: cite('ND-42-2022/8') },
    { feature: 'law-making-participation', citation: cite('ND-42-2022/8') },
    { feature: 'rating', citation: cite('ND-42-2022/8') },
    { feature: 'publish-interactions', citation: cite('ND-42-2022/8') },
    { feature: 'public-services-integration', citation: cite('ND-42-2022/11') },
    { feature: 'sitemap', citation: cite('TT-32-2017/16.4.b') },
    { feature: 'accessibility', citation: cite('TT-32-2017/18') },
  ],
  submissionChannels: [],
  timeline: [],
  readings: [
    {
      citation: cite('LTCTT-2016/18.4'),
      text: L(
        'Nghị định 42/2022 không đặt số ngày; thời hạn mặc định 5 ngày làm việc của Luật Tiếp cận thông tin được dùng khi cần một ngày cụ thể.',
        'ND 42/2022 sets no day count; the access-to-information law’s 5-working-day default is used when a date is needed.',
      ),
    },
  ],
});
