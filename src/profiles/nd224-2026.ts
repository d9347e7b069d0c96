import { cite, deepFreeze } from '../core/index.js';
import { HOSTNAMES_ND_224_2026 } from './hostnames/index.js';
import type { Profile } from './Profile.js';
import { WORKFLOW_ND_224_2026 } from './workflow/index.js';

const L = (vi: string, en: string) => ({ vi, en });
const ALL = ['ministry', 'province', 'department', 'commune'] as const;

/**
 * Nghị định 224/2026/NĐ-CP (details the Digital Transformation Law 148/2025/QH15; in force from 2026-07-01,
 * repeals ND 42/2022, Art. 90). Art. 9 information (procedures; the department and the provincial/commune
 * introduction variants; the access-to-information law's list), updated promptly on change (Art. 9.3);
 * Art. 10 channels (mobile, satisfaction rating with the rater's privacy, accessibility); Art. 11.4 domain
 * names (communes at the 4th level under the province); Art. 13.1.a a planned suspension is announced at least
 * 7 working days ahead; Art. 14–16 services.
 *
 * The signing date and the official title are not in the sources available to this library: `signedOn` is
 * absent and the title is descriptive. Art. 90 repeals ND 42/2022 and ND 64/2007.
 *
 * @example
 * ```ts
 * import { nd224_2026 } from 'vn-portal-kit/profiles';
 * nd224_2026.operations.suspensionNotice?.workingDaysBefore //=> 7
 * ```
 */
export const nd224_2026: Profile = /*#__PURE__*/ deepFreeze({
  id: 'nd224-2026',
  regulationId: 'ND-224-2026',
  title: L(
    'Nghị định quy định chi tiết một số điều của Luật Chuyển đổi số về cung cấp thông tin và dịch vụ công trực tuyến',
    'Decree detailing the Digital Transformation Law on providing information and online public services',
  ),
  documentNumber: '224/2026/NĐ-CP',
  level: 'national',
  issuer: L('Chính phủ', 'The Government'),
  effectiveFrom: '2026-07-01',
  effectiveRule: {
    kind: 'fixed-date',
    citation: cite('ND-224-2026', 'in force 2026-07-01; repeals ND 42/2022 (Art. 90)'),
  },
  // Art. 90 (facts/decrees.md §1): "repeals ND 42/2022 and ND 64/2007". The review also named a signing date
  // (2026-06-24) and a third decree ended (ND 45/2026); neither is in the vendored text, so neither is encoded
  // until that text is vendored. The official title is not quoted there either: the title below is descriptive.
  replaces: [
    {
      documentNumber: '42/2022/NĐ-CP',
      profileId: 'nd42-2022',
      signedOn: '2022-06-24',
      citation: cite('ND-224-2026/90'),
    },
    { documentNumber: '64/2007/NĐ-CP', citation: cite('ND-224-2026/90') },
  ],
  categories: [
    {
      category: 'procedures',
      appliesTo: [...ALL],
      mandatory: true,
      citation: cite('ND-224-2026/9.1.a', 'integrated from the national public-service portal'),
    },
    {
      category: 'introduction',
      variant: 'department',
      appliesTo: ['ministry', 'department'],
      mandatory: true,
      citation: cite('ND-224-2026/9.1.b'),
    },
    {
      category: 'introduction',
      variant: 'local-government',
      appliesTo: ['province', 'commune'],
      mandatory: true,
      citation: cite('ND-224-2026/9.1.c'),
    },
    ...(
      [
        'legal-documents',
        'strategies-plans',
        'finance-statistics',
        'information-catalogue',
        'contacts',
      ] as const
    ).map((category) => ({
      category,
      appliesTo: [...ALL],
      mandatory: true,
      citation: cite(
        'ND-224-2026/9.1.d',
        'through Luật Tiếp cận thông tin Art. 19 and Luật Chuyển đổi số Art. 34.2',
      ),
    })),
    // No `qa` category: Art. 10 is about channels (the portal and VNeID; mobile, rating, accessibility) and sets
    // no question-and-answer duty; Art. 15.1.g is about case-status notices of dossiers, not questions.
  ],
  updatePolicies: [
    {
      categories: [
        'procedures',
        'introduction',
        'legal-documents',
        'strategies-plans',
        'finance-statistics',
        'information-catalogue',
        'contacts',
      ],
      kind: 'on-change',
      citation: cite('ND-224-2026/9.3'),
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
    citation: cite('ND-224-2026/10'),
    encoding: {
      standard: 'TCVN 6909:2001',
      citation: cite(
        'ND-224-2026',
        'TCVN 6909:2001 stays the standard for Vietnamese text; Art. 11.5 is about metadata, not the character set',
      ),
    },
    english: { status: 'not-stated', items: [], citation: cite('ND-224-2026/9.1') },
  },
  hostnames: HOSTNAMES_ND_224_2026,
  operations: {
    reporting: [],
    yearlyDuties: [],
    suspensionNotice: {
      workingDaysBefore: 7,
      announceRestoration: true,
      citation: cite('ND-224-2026/13.1.a'),
    },
  },
  workflow: WORKFLOW_ND_224_2026,
  quotas: [],
  // Art. 20.3.a points to the press royalty rules. Those are Nghị định 287/2026/NĐ-CP from 2026-09-01 ("tiền bản
  // quyền"; Art. 20.2 ends ND 18/2014): print and online press creation is paid "theo quy định về giao nhiệm vụ,
  // đặt hàng, đấu thầu" (Art. 14.1) and the tables are set by ministers and provincial chairs (Art. 21.2); work
  // commissioned before stays under ND 18/2014 (Art. 19.1). facts/royalty.md §6 notes that whether a portal's own
  // articles are "báo chí điện tử" is not settled; both paths end in an agency-set table or the order amount.
  royalty: {
    regime: 'nd287-2026',
    description: L(
      'Tiền bản quyền theo Nghị định 287/2026/NĐ-CP (từ 01/9/2026): theo giao nhiệm vụ, đặt hàng, đấu thầu hoặc bảng do Bộ trưởng, Chủ tịch UBND tỉnh ban hành; thủ trưởng quyết định mức cụ thể',
      'Royalties (tiền bản quyền) under Decree 287/2026 (from 2026-09-01): per the assignment, order or bid, or the table a minister or provincial chair sets; the head sets concrete rates',
    ),
    formerRegime: {
      regime: 'nd18-2014',
      until: '2026-08-31',
      citation: cite('ND-287-2026/19.1', 'work commissioned before 2026-09-01 stays under ND 18/2014'),
    },
    citation: cite(
      'ND-224-2026/20.3.a',
      'press royalty rules, now ND 287/2026 (Art. 14.1, 21.2); Art. 20.3.b: the head sets concrete rates',
    ),
  },
  features: [
    { feature: 'mobile', citation: cite('ND-224-2026/10.3.a') },
    {
      feature: 'rating',
      citation: cite('ND-224-2026/10.3.b', 'online satisfaction rating, rater’s privacy protected'),
    },
    { feature: 'accessibility', citation: cite('ND-224-2026/10.3.c') },
    { feature: 'metadata', citation: cite('ND-224-2026/11.5') },
    { feature: 'public-services-integration', citation: cite('ND-224-2026/14') },
    {
      feature: 'government-portal-connection',
      citation: cite('ND-224-2026/11.3', 'connected to the Government portal and the monitoring platform'),
    },
    { feature: 'ipv6', citation: cite('ND-224-2026/11.4', 'domain names under ".vn", reachable over IPv6') },
    {
      feature: 'sitemap',
      citation: cite('TT-32-2017/16.4.b', 'TT 32/2017; whether TT 22/2023 survives ND 224/2026 is open'),
    },
  ],
  submissionChannels: [],
  timeline: [],
  readings: [
    {
      citation: cite('ND-224-2026/11.4'),
      text: L(
        'Điều 11.4 yêu cầu tên miền ".vn" và IPv6; Điều 11.3 yêu cầu kết nối Cổng Thông tin điện tử Chính phủ và nền tảng giám sát: cả hai là chức năng bắt buộc (ipv6, government-portal-connection).',
        'Art. 11.4 requires ".vn" domain names and IPv6; Art. 11.3 requires the connection to the Government portal and the monitoring platform: both are required features (ipv6, government-portal-connection).',
      ),
    },
    {
      citation: cite('ND-224-2026/13.1.a'),
      text: L(
        'Thông báo tạm dừng ít nhất 7 ngày làm việc trước ngày dừng, kèm thời gian dự kiến khôi phục.',
        'A planned suspension is announced at least 7 working days before it starts, with the expected restoration time.',
      ),
    },
  ],
});
