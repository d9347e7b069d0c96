import type { LocalizedText } from '../../core/index.js';
import type { WorkflowRole } from '../../workflow/index.js';

/** Builds a localized text (internal helper of the workflow policy data). */
export const L = (vi: string, en: string): LocalizedText => ({ vi, en });

/** Role names shared by several regulations' boards (Trưởng Ban, Phó Trưởng Ban, thành viên). */
export const boardRoles = (
  cite: (ref: string, note?: string) => { id: string; note?: string },
  ref: string,
): WorkflowRole[] => [
  { id: 'head', name: L('Trưởng Ban Biên tập', 'Head of the editorial board'), citation: cite(ref) },
  {
    id: 'deputy',
    name: L('Phó Trưởng Ban Biên tập', 'Deputy head of the editorial board'),
    citation: cite(ref),
  },
  { id: 'member', name: L('Thành viên Ban Biên tập', 'Member of the editorial board'), citation: cite(ref) },
];

/** The three marks of state secrets (Mật, Tối mật, Tuyệt mật): "từ độ MẬT trở lên". */
export const SECRET_MARKS = ['mat', 'toi-mat', 'tuyet-mat'] as const;

/** Consultation page fields of ND 43/2011 Art. 10.1.i (repeated by VP-32-2023/5.14.d). */
export const CONSULTATION_FIELDS = [
  'fullText',
  'commentDeadline',
  'comments',
  'commentForm',
  'receivingUnitAddress',
  'receivingUnitEmail',
] as const;
