import { cite, deepFreeze } from '../core/index.js';
import { nd43_2011 } from './nd43-2011.js';
import type { Profile } from './Profile.js';
import { WORKFLOW_HG_1347_2020 } from './workflow/index.js';

const L = (vi: string, en: string) => ({ vi, en });
const HG = (ref: string, note?: string) => cite(`HG-1347-2020/${ref}`, note);
const VIA = HG('11.1', 'adopts ND 43/2011 Art. 10–17');

/**
 * Hậu Giang Quyết định 1347/QĐ-UBND (signed 2020-07-23, in force on signing): organisation and operation of the
 * provincial portal `https://haugiang.gov.vn`, under ND 43/2011. Its categories and deadlines are those of ND
 * 43/2011 Art. 10–17 (Art. 11.1, adopted here with `via`), plus the progress of e-document exchange and of
 * online-service dossiers (Art. 11.2, 12); reports every 3 months (13.4); periodic backups (14.2, no interval);
 * accessibility per TT 32/2017 (Art. 5). Since 2025-07-01 Hậu Giang is part of Cần Thơ city.
 *
 * @example
 * ```ts
 * import { hauGiang1347_2020 } from 'vn-portal-kit/profiles';
 * hauGiang1347_2020.operations.reporting[0]?.everyMonths //=> 3
 * hauGiang1347_2020.nationalBasis?.profileId //=> 'nd43-2011'
 * ```
 */
export const hauGiang1347_2020: Profile = /*#__PURE__*/ deepFreeze({
  id: 'hau-giang-1347-2020',
  regulationId: 'HG-1347-2020',
  title: L(
    'Quy chế tổ chức và hoạt động của Cổng Thông tin điện tử tỉnh Hậu Giang',
    'Regulation on the organisation and operation of the Hậu Giang provincial portal',
  ),
  documentNumber: '1347/QĐ-UBND',
  level: 'province',
  issuer: L('Ủy ban nhân dân tỉnh Hậu Giang', 'People’s Committee of Hậu Giang province'),
  territory: { province: L('Tỉnh Hậu Giang', 'Hậu Giang province') },
  signedOn: '2020-07-23',
  effectiveFrom: '2020-07-23',
  effectiveRule: {
    kind: 'on-signing',
    citation: cite('HG-1347-2020', 'Decision Art. 2: in force on signing'),
  },
  replaces: [],
  nationalBasis: { profileId: 'nd43-2011', citation: HG('11.1') },
  categories: [
    ...nd43_2011.categories
      .filter(
        (c) =>
          c.appliesTo.includes('province') ||
          c.appliesTo.includes('department') ||
          c.appliesTo.includes('district'),
      )
      .map((c) => ({ ...c, appliesTo: c.appliesTo.filter((k) => k !== 'ministry'), via: VIA })),
    {
      category: 'procedure-results',
      appliesTo: ['province'],
      mandatory: true,
      description: L(
        'Tiến độ gửi/nhận văn bản điện tử giữa các cơ quan',
        'Progress of e-document exchange between agencies',
      ),
      citation: HG('11.2'),
    },
    {
      category: 'procedure-results',
      variant: 'online-dossiers',
      appliesTo: ['province'],
      mandatory: true,
      description: L(
        'Tiến độ giải quyết hồ sơ dịch vụ công trực tuyến',
        'Progress of online-service dossiers',
      ),
      citation: HG('12'),
    },
    {
      category: 'consultation',
      variant: 'draft-normative',
      appliesTo: ['province'],
      mandatory: true,
      description: L(
        'Đăng dự thảo văn bản quy phạm pháp luật, tổng hợp ý kiến',
        'Post drafts of legal documents and summarise the comments',
      ),
      citation: HG('8.4', 'also Art. 2.3.d'),
    },
    {
      category: 'qa',
      variant: 'feedback',
      appliesTo: ['province'],
      mandatory: true,
      description: L(
        'Tiếp nhận phản ánh, kiến nghị, đăng tải trả lời',
        'Receive feedback and publish the answers',
      ),
      citation: HG('8.5', 'units answer in their field: Art. 15.2'),
    },
  ],
  updatePolicies: nd43_2011.updatePolicies.map((p) => ({ ...p })),
  deadlines: nd43_2011.deadlines.map((d) => ({ ...d, via: VIA })),
  languages: {
    official: ['vi'],
    citation: HG('4.2'),
    encoding: {
      standard: 'TCVN 6909:2001',
      citation: HG('4.2', 'the text writes "6909:2011"; the standard is TCVN 6909:2001'),
    },
    english: { ...nd43_2011.languages.english },
  },
  domain: { portal: { url: 'https://haugiang.gov.vn', citation: HG('2.1') } },
  operations: {
    availability: { hoursPerDay: 24, daysPerWeek: 7, citation: HG('14.1') },
    backup: { frequency: 'periodic', citation: HG('14.2', 'periodic backups; the text gives no interval') },
    reporting: [
      {
        kind: 'activity-report',
        everyMonths: 3,
        adHoc: true,
        to: L('Ủy ban nhân dân tỉnh', 'Provincial People’s Committee'),
        citation: HG('13.4'),
      },
      {
        kind: 'sub-portal-report',
        adHoc: false,
        to: L('Lãnh đạo cơ quan và UBND tỉnh', 'The agency’s leaders and the provincial People’s Committee'),
        citation: HG('9.4', 'periodic; no interval'),
      },
    ],
    yearlyDuties: [{ duty: 'maintenance-plan', citation: HG('14.4') }],
  },
  workflow: WORKFLOW_HG_1347_2020,
  quotas: [],
  // 10.2: "được hưởng thù lao theo quy định của Nhà nước. Chi phí trả nhuận bút ...": the State's rules, which
  // are ND 287/2026 from 2026-09-01 (ND 18/2014 ended, Art. 20.2), ND 18/2014 for work commissioned before.
  royalty: {
    regime: 'nd287-2026',
    description: L(
      'Thù lao, nhuận bút theo quy định của Nhà nước: Nghị định 287/2026/NĐ-CP (tiền bản quyền) cho tác phẩm đặt hàng từ 01/9/2026',
      'Remuneration and royalties per the State’s rules: Decree 287/2026 (tiền bản quyền) for work commissioned from 2026-09-01',
    ),
    formerRegime: {
      regime: 'nd18-2014',
      until: '2026-08-31',
      citation: cite(
        'ND-287-2026/19.1',
        'the provincial table was made under ND 18/2014; it applies to work commissioned before 2026-09-01',
      ),
    },
    citation: HG(
      '10.2',
      'the provincial table is not in the sources; after 2026-08-31 it needs reissuing under ND 287/2026 Art. 21.2',
    ),
  },
  features: [
    ...nd43_2011.features.map((f) => ({ ...f })),
    { feature: 'feedback', citation: HG('8.5') },
    { feature: 'accessibility', citation: HG('5', 'TT 32/2017 Art. 15–18') },
  ],
  submissionChannels: [],
  timeline: [
    {
      on: '2025-07-01',
      kind: 'unit-merged',
      description: L(
        'Tỉnh Hậu Giang hợp nhất vào thành phố Cần Thơ; cấp huyện chấm dứt',
        'Hậu Giang merged into Cần Thơ city; the district tier ended',
      ),
      successor: L('Thành phố Cần Thơ', 'Cần Thơ city'),
      citation: cite('NQ-202-2025', 'Resolution 202/2025/QH15; NQ 60-NQ/TW'),
    },
  ],
  readings: [
    {
      citation: HG('14.2'),
      text: L('Sao lưu "định kỳ" không có chu kỳ cụ thể.', '"Periodic" backups: no interval is given.'),
    },
  ],
});
