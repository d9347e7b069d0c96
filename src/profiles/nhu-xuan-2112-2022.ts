import { cite, deepFreeze } from '../core/index.js';
import type { Profile } from './Profile.js';
import { WORKFLOW_NX_2112_2022 } from './workflow/index.js';

const L = (vi: string, en: string) => ({ vi, en });
const NX = (ref: string, note?: string) => cite(`NX-2112-2022/${ref}`, note);
const DISTRICT = ['district'] as const;

/**
 * Như Xuân district (Thanh Hóa) Quyết định 2112/QĐ-UBND (signed and in force 2022-09-12, replaces 883/QĐ-UBND of
 * 2016-04-19): organisation and operation of the district portal `http://nhuxuan.thanhhoa.gov.vn`. It cites ND
 * 43/2011 although ND 42/2022 was in force when it was signed. Categories of Art. 7.1–7.6 (7.4 lists the
 * leaders with name and phone number), results of one-stop procedures (4.2.e); nothing classified MẬT or above
 * is published (7, last line). It sets no update deadlines: {@link deadlineFor} falls back to the national
 * decree in force on the event date. The district was abolished on 2025-07-01.
 *
 * @example
 * ```ts
 * import { nhuXuan2112_2022 } from 'vn-portal-kit/profiles';
 * nhuXuan2112_2022.level //=> 'district'
 * nhuXuan2112_2022.deadlines.length //=> 0
 * ```
 */
export const nhuXuan2112_2022: Profile = /*#__PURE__*/ deepFreeze({
  id: 'nhu-xuan-2112-2022',
  regulationId: 'NX-2112-2022',
  title: L(
    'Quy chế về tổ chức và hoạt động của Cổng thông tin điện tử huyện Như Xuân',
    'Regulation on the organisation and operation of the Như Xuân district portal',
  ),
  documentNumber: '2112/QĐ-UBND',
  level: 'district',
  issuer: L('Ủy ban nhân dân huyện Như Xuân', 'People’s Committee of Như Xuân district'),
  territory: {
    province: L('Tỉnh Thanh Hóa', 'Thanh Hóa province'),
    district: L('Huyện Như Xuân', 'Như Xuân district'),
  },
  signedOn: '2022-09-12',
  effectiveFrom: '2022-09-12',
  effectiveRule: {
    kind: 'fixed-date',
    citation: cite(
      'NX-2112-2022',
      'Decision Art. 2: "có hiệu lực kể từ 12/9/2022", a stated date (the signing day), not "kể từ ngày ký"',
    ),
  },
  replaces: [
    {
      documentNumber: '883/QĐ-UBND',
      signedOn: '2016-04-19',
      citation: cite('NX-2112-2022', 'Decision Art. 2'),
    },
  ],
  nationalBasis: {
    profileId: 'nd43-2011',
    citation: cite('NX-2112-2022', 'preamble: Căn cứ Nghị định 43/2011/NĐ-CP'),
  },
  categories: [
    { category: 'direction', appliesTo: [...DISTRICT], mandatory: true, citation: NX('7.1') },
    {
      category: 'procedures',
      appliesTo: [...DISTRICT],
      mandatory: true,
      description: L(
        'Trạng thái, hướng dẫn giải quyết thủ tục hành chính và dịch vụ công của bộ phận Một cửa',
        'Status and guidance of procedures and services of the one-stop desk',
      ),
      citation: NX('7.2'),
    },
    { category: 'legal-documents', appliesTo: [...DISTRICT], mandatory: true, citation: NX('7.3') },
    {
      category: 'introduction',
      appliesTo: [...DISTRICT],
      mandatory: true,
      description: L(
        'Vị trí địa lý, kinh tế - xã hội, văn hóa, di tích, danh thắng, chức năng, cơ cấu tổ chức',
        'Geography, economy and society, culture, relics, scenic spots, functions, structure',
      ),
      citation: NX('7.4'),
    },
    {
      category: 'contacts',
      variant: 'name-and-phone',
      appliesTo: [...DISTRICT],
      mandatory: true,
      description: L(
        'Danh sách tên, số điện thoại lãnh đạo Huyện ủy, HĐND, UBND, MTTQ, đoàn thể, thủ trưởng các phòng, ban',
        'Names and phone numbers of the leaders of the Party committee, People’s Council, People’s Committee, Fatherland Front, mass organisations and heads of units',
      ),
      citation: NX('7.4'),
    },
    {
      category: 'news',
      appliesTo: [...DISTRICT],
      mandatory: true,
      description: L(
        'Kinh tế, văn hóa - xã hội, quốc phòng, an ninh không thuộc nội dung bảo mật',
        'Economy, culture and society, defence and security, nothing classified',
      ),
      citation: NX('7.5'),
    },
    {
      category: 'other',
      appliesTo: [...DISTRICT],
      mandatory: true,
      citation: NX('7.6', 'as the district People’s Committee directs'),
    },
    {
      category: 'procedure-results',
      appliesTo: [...DISTRICT],
      mandatory: true,
      description: L(
        'Kết quả giải quyết thủ tục hành chính theo cơ chế một cửa điện tử',
        'Results of procedures under the electronic one-stop mechanism',
      ),
      citation: NX('4.2.e'),
    },
  ],
  updatePolicies: [],
  deadlines: [],
  languages: {
    official: ['vi'],
    citation: NX('11'),
    encoding: { standard: 'TCVN 6909:2001', citation: NX('11', 'only Unicode TCVN 6909-2001') },
    english: {
      status: 'not-stated',
      items: [],
      citation: NX('11', 'main language Vietnamese; English is not mentioned'),
    },
  },
  domain: { portal: { url: 'http://nhuxuan.thanhhoa.gov.vn', citation: NX('3') } },
  operations: {
    reporting: [],
    yearlyDuties: [{ duty: 'budget', citation: NX('6') }],
  },
  workflow: WORKFLOW_NX_2112_2022,
  quotas: [],
  // 13.2.d: "Mức thù lao cho các thành viên Ban Biên tập do Chủ tịch UBND huyện quyết định theo đề nghị của Trưởng
  // Ban Biên tập và theo quy định hiện hành": the chair DECIDES the board's remuneration; the seed names no payer
  // (Art. 16's "cơ chế chi trả nhuận bút" is a budget task), so no `payer` is recorded.
  royalty: {
    regime: 'nd287-2026',
    description: L(
      'Thù lao thành viên Ban Biên tập do Chủ tịch UBND huyện quyết định theo đề nghị của Trưởng Ban và quy định hiện hành (Nghị định 287/2026/NĐ-CP từ 01/9/2026)',
      'Board members’ remuneration decided by the district chair on the head’s proposal and the rules in force (Decree 287/2026 from 2026-09-01)',
    ),
    formerRegime: {
      regime: 'nd18-2014',
      until: '2026-08-31',
      citation: cite('ND-287-2026/19.1', 'work commissioned before 2026-09-01 stays under ND 18/2014'),
    },
    citation: NX('13.2.d', 'the chair decides the amount; it does not name who pays'),
  },
  features: [],
  submissionChannels: [],
  timeline: [
    {
      on: '2025-07-01',
      kind: 'unit-abolished',
      description: L(
        'Cấp huyện chấm dứt hoạt động; các xã trực thuộc tỉnh Thanh Hóa',
        'The district tier ended; its communes sit directly under Thanh Hóa province',
      ),
      successor: L('Tỉnh Thanh Hóa (các xã)', 'Thanh Hóa province (its communes)'),
      citation: cite('NQ-202-2025', 'Resolution 202/2025/QH15; NQ 60-NQ/TW'),
    },
  ],
  readings: [
    {
      citation: cite('NX-2112-2022'),
      text: L(
        'Quy chế ký ngày 12/9/2022 vẫn căn cứ Nghị định 43/2011 dù Nghị định 42/2022 đã có hiệu lực từ 15/8/2022.',
        'Signed on 2022-09-12, the regulation still cites ND 43/2011 although ND 42/2022 had been in force since 2022-08-15.',
      ),
    },
  ],
});
