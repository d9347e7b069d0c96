import type { Citation, LocalizedText } from '../core/index.js';

/**
 * One type of document (loại văn bản) with the exact abbreviation (chữ viết tắt) used in its number-symbol.
 *
 * @example
 * ```ts
 * import { DOCUMENT_TYPES } from 'vn-portal-kit/documents';
 * DOCUMENT_TYPES.find((t) => t.code === 'QyĐ')?.name.vi //=> 'Quy định'
 * ```
 */
export interface DocumentType {
  /** The abbreviation exactly as the table writes it (`'QĐ'`, `'QyĐ'`, `'TTr'`, `'CTr'`). */
  readonly code: string;
  /** Vietnamese and English names. */
  readonly name: LocalizedText;
  /** Listed in ND 30/2020 Appendix III (administrative documents of State agencies). */
  readonly administrative: boolean;
  /** A legal normative document type (văn bản quy phạm pháp luật): its number carries the year. */
  readonly normative: boolean;
  /** Issued jointly by several agencies (liên tịch): the symbol lists two or more issuers. */
  readonly joint: boolean;
  /** Used in Communist Party documents (`60-NQ/TW`). */
  readonly party: boolean;
  /** Where the abbreviation comes from. */
  readonly citation: Citation;
}

const PL3: Citation = { id: 'ND-30-2020/PL-III' };
const NORMATIVE: Citation = {
  id: 'ND-30-2020/PL-I',
  note: 'normative documents are numbered number/year/TYPE-ISSUER (ND 30/2020 Appendix I)',
};
const PARTY: Citation = {
  id: 'HD-36-VPTW-2018',
  note: 'Party documents follow the Party Central Office guide, written number-TYPE/ISSUER',
};

type Flags = 'a' | 'n' | 'an' | 'anp' | 'ap' | 'nj' | 'p';
function t(code: string, vi: string, en: string, flags: Flags, citation: Citation = PL3): DocumentType {
  return {
    code,
    name: { vi, en },
    administrative: flags.includes('a'),
    normative: flags.includes('n'),
    joint: flags.includes('j'),
    party: flags.includes('p'),
    citation,
  };
}

/**
 * The document types and their abbreviations: the 30 of ND 30/2020/NĐ-CP Appendix III (administrative
 * documents and copies), the legal normative types (Nghị định, Thông tư, Thông tư liên tịch, Nghị quyết liên
 * tịch; Nghị quyết and Quyết định are both), and the Party types that State portals also publish (Kết luận,
 * Quy định `QĐi`, Công văn `CV`). Laws and resolutions of the National Assembly have no type in their
 * symbol (`80/2015/QH13`): see `parseDocumentNumber`.
 *
 * @see ND-30-2020/PL-III
 * @example
 * ```ts
 * import { DOCUMENT_TYPES } from 'vn-portal-kit/documents';
 * DOCUMENT_TYPES.filter((t) => t.administrative).length //=> 30
 * DOCUMENT_TYPES.find((t) => t.code === 'TTLT')?.name.en //=> 'Joint circular'
 * ```
 */
export const DOCUMENT_TYPES: readonly DocumentType[] = [
  t('NQ', 'Nghị quyết', 'Resolution', 'anp'),
  t('QĐ', 'Quyết định', 'Decision', 'anp'),
  t('CT', 'Chỉ thị', 'Directive', 'ap'),
  t('QC', 'Quy chế', 'Rules', 'ap'),
  t('QyĐ', 'Quy định', 'Regulation', 'a'),
  t('TC', 'Thông cáo', 'Communiqué', 'a'),
  t('TB', 'Thông báo', 'Notice', 'ap'),
  t('HD', 'Hướng dẫn', 'Guidance', 'ap'),
  t('CTr', 'Chương trình', 'Programme', 'ap'),
  t('KH', 'Kế hoạch', 'Plan', 'ap'),
  t('PA', 'Phương án', 'Scheme', 'a'),
  t('ĐA', 'Đề án', 'Proposal (đề án)', 'ap'),
  t('DA', 'Dự án', 'Project', 'a'),
  t('BC', 'Báo cáo', 'Report', 'ap'),
  t('BB', 'Biên bản', 'Minutes', 'a'),
  t('TTr', 'Tờ trình', 'Submission', 'ap'),
  t('HĐ', 'Hợp đồng', 'Contract', 'a'),
  t('CĐ', 'Công điện', 'Official dispatch (telegram)', 'a'),
  t('BGN', 'Bản ghi nhớ', 'Memorandum of understanding', 'a'),
  t('BTT', 'Bản thỏa thuận', 'Agreement', 'a'),
  t('GUQ', 'Giấy ủy quyền', 'Power of attorney', 'a'),
  t('GM', 'Giấy mời', 'Invitation', 'a'),
  t('GGT', 'Giấy giới thiệu', 'Letter of introduction', 'a'),
  t('GNP', 'Giấy nghỉ phép', 'Leave permit', 'a'),
  t('PG', 'Phiếu gửi', 'Dispatch slip', 'a'),
  t('PC', 'Phiếu chuyển', 'Transfer slip', 'a'),
  t('PB', 'Phiếu báo', 'Advice slip', 'a'),
  t('SY', 'Bản sao y', 'True copy', 'a'),
  t('TrS', 'Bản trích sao', 'Extract copy', 'a'),
  t('SL', 'Bản sao lục', 'Transcribed copy', 'a'),
  t('NĐ', 'Nghị định', 'Decree', 'n', NORMATIVE),
  t('TT', 'Thông tư', 'Circular', 'n', NORMATIVE),
  t('TTLT', 'Thông tư liên tịch', 'Joint circular', 'nj', NORMATIVE),
  t('NQLT', 'Nghị quyết liên tịch', 'Joint resolution', 'nj', NORMATIVE),
  t('KL', 'Kết luận', 'Conclusion', 'p', PARTY),
  t('QĐi', 'Quy định (của Đảng)', 'Regulation (Party)', 'p', PARTY),
  t('CV', 'Công văn', 'Official letter (Party)', 'p', PARTY),
];
