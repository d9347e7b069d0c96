import { readFileSync } from 'node:fs';
import type { AuditReport, Finding } from '../../src/compliance/index.js';

// biome-ignore lint/suspicious/noExplicitAny: fixtures are raw JSON mutated freely.
export type Json = any;

const EXAMPLE = readFileSync(
  new URL('../../examples/inventory/vinh-phuc-portal.json', import.meta.url),
  'utf8',
);

/** The bundled example inventory (a fresh deep copy). */
export function exampleInventory(): Json {
  return JSON.parse(EXAMPLE);
}

export const PROFILE = 'vinh-phuc-32-2023';
export const AS_OF = '2026-11-25';

/** The defects planted in the example, as rule id + location key; every one must be found, nothing else. */
export const PLANTED: readonly { ruleId: string; key: string; what: string }[] = [
  { ruleId: 'categories.required', key: 'treaties', what: 'no International treaties category' },
  {
    ruleId: 'consultation.period',
    key: 'du-thao-gia-nuoc',
    what: 'comments closed before the announced deadline',
  },
  {
    ruleId: 'deadline.publication',
    key: 'qd-2345-2026',
    what: 'administrative decision never published, overdue',
  },
  {
    ruleId: 'deadline.publication',
    key: 'qd-41-2026',
    what: 'normative decision published 4 working days late',
  },
  { ruleId: 'editorial.approval', key: 'tin-le-hoi-tay-thien', what: 'news published without approval' },
  { ruleId: 'editorial.classified', key: 'tin-an-ninh-noi-bo', what: 'item classified Mật published' },
  { ruleId: 'english.items', key: 'business-promotion', what: 'no English investment-promotion item' },
  { ruleId: 'features.required', key: 'portal.features.rating', what: 'no rating function' },
  { ruleId: 'fields.required', key: 'qd-2210-2026', what: 'legal document without its downloadable file' },
  { ruleId: 'hostnames.scheme', key: 'congthongtin.vinhphuc.com.vn', what: 'alias host outside .gov.vn' },
  { ruleId: 'operations.backups', key: 'operations.backups', what: 'no backup 2026-10-10 to 2026-10-12' },
  {
    ruleId: 'operations.suspension-notice',
    key: 'nang-cap-2026-10',
    what: 'suspension announced 4 days ahead',
  },
  { ruleId: 'qa.answerer', key: 'hd-2026-123', what: 'answer by an unauthorised person' },
  { ruleId: 'text.unicode', key: 'tin-tong-ket-nong-nghiep', what: 'TCVN3-encoded title' },
  { ruleId: 'documents.number', key: 'cv-1502-2026', what: 'number-symbol "Số: 1502 /ubnd-vx"' },
  { ruleId: 'operations.reports', key: 'operations.reports', what: 'no monthly report for October' },
  // Not planted in the data: the profile itself on 2026-11-25 (its decree superseded, its province merged).
  {
    ruleId: 'basis.superseded',
    key: 'ND-42-2022',
    what: 'VP 32/2023 rests on ND 42/2022, superseded 2026-07-01',
  },
  { ruleId: 'basis.superseded', key: '2025-07-01', what: 'Vĩnh Phúc merged into Phú Thọ' },
];

/** The key a planted defect is identified by in a finding. */
export function keyOf(f: Finding): string {
  const ev = (f.evidence ?? {}) as Record<string, unknown>;
  if (f.ruleId === 'basis.superseded') return typeof ev.on === 'string' ? ev.on : 'ND-42-2022';
  if (f.ruleId === 'categories.required' || f.ruleId === 'english.items') return f.location.category ?? '';
  if (
    f.ruleId === 'operations.backups' ||
    f.ruleId === 'operations.reports' ||
    f.ruleId === 'features.required'
  ) {
    return f.location.field ?? '';
  }
  return f.location.item ?? '';
}

export function problems(report: AuditReport): Finding[] {
  return report.findings.filter((f) => f.status === 'fail' || f.status === 'needs-review');
}

const withApproval = (it: Json, at: string) => {
  it.approval = { by: 'Trần Văn Hùng', role: 'head', at };
};

/** Undoes every planted data defect: the example as a compliant portal would export it. */
export const FIXES: Readonly<Record<string, (inv: Json) => void>> = {
  'categories.required': (inv) => {
    inv.items.push({
      id: 'dieu-uoc-vn-lao',
      category: 'treaties',
      title: 'Thỏa thuận hợp tác giữa tỉnh Vĩnh Phúc và tỉnh Luang Prabang',
      publishedAt: '2026-09-12T08:00:00+07:00',
      eventAt: '2026-09-10',
      approval: { by: 'Trần Văn Hùng', role: 'head', at: '2026-09-12T07:00:00+07:00' },
      author: 'Nguyễn Thị Lan',
      fields: {
        name: 'Thỏa thuận hợp tác Vĩnh Phúc – Luang Prabang',
        kind: 'bilateral',
        parties: ['UBND tỉnh Vĩnh Phúc', 'Chính quyền tỉnh Luang Prabang'],
        files: [{ url: 'https://vinhphuc.gov.vn/dieu-uoc/luang-prabang.pdf' }],
      },
    });
  },
  'consultation.period': (inv) => {
    delete inv.consultations.find((c: Json) => c.id === 'du-thao-gia-nuoc').closedOn;
  },
  'deadline.publication': (inv) => {
    const late = inv.items.find((i: Json) => i.id === 'qd-41-2026');
    late.publishedAt = '2026-10-09T09:00:00+07:00';
    withApproval(late, '2026-10-09T08:00:00+07:00');
    const missing = inv.items.find((i: Json) => i.id === 'qd-2345-2026');
    missing.publishedAt = '2026-11-03T09:00:00+07:00';
    withApproval(missing, '2026-11-03T08:00:00+07:00');
  },
  'editorial.approval': (inv) => {
    withApproval(
      inv.items.find((i: Json) => i.id === 'tin-le-hoi-tay-thien'),
      '2026-10-05T08:30:00+07:00',
    );
  },
  'editorial.classified': (inv) => {
    inv.items.find((i: Json) => i.id === 'tin-an-ninh-noi-bo').classification = 'none';
  },
  'english.items': (inv) => {
    inv.items.push({
      id: 'en-investment',
      category: 'business-promotion',
      title: 'Invest in Vinh Phuc',
      language: 'en',
      publishedAt: '2026-09-18T08:00:00+07:00',
      eventAt: '2026-09-17',
      approval: { by: 'Trần Văn Hùng', role: 'head', at: '2026-09-18T07:00:00+07:00' },
      author: 'Nguyễn Thị Lan',
      fields: { kind: 'investment', body: 'Industrial parks and incentives for investors.' },
    });
  },
  'features.required': (inv) => {
    inv.portal.features.rating = true;
  },
  'fields.required': (inv) => {
    inv.items.find((i: Json) => i.id === 'qd-2210-2026').fields.files = [
      { url: 'https://vinhphuc.gov.vn/van-ban/2210-QD-UBND.pdf' },
    ];
  },
  'hostnames.scheme': (inv) => {
    inv.portal.hostnames = inv.portal.hostnames.filter((h: Json) => h.purpose !== 'alias');
  },
  'operations.backups': (inv) => {
    for (const d of ['10', '11', '12']) inv.operations.backups.push({ at: `2026-10-${d}T23:00:00+07:00` });
  },
  'operations.suspension-notice': (inv) => {
    inv.operations.suspensions.find((s: Json) => s.id === 'nang-cap-2026-10').announcedAt =
      '2026-10-12T08:00:00+07:00';
  },
  'qa.answerer': (inv) => {
    inv.qa.find((q: Json) => q.id === 'hd-2026-123').answeredBy = 'Nguyễn Văn Khước';
  },
  'text.unicode': (inv) => {
    inv.items.find((i: Json) => i.id === 'tin-tong-ket-nong-nghiep').title =
      'Hội nghị tổng kết ngành nông nghiệp';
  },
  'documents.number': (inv) => {
    inv.items.find((i: Json) => i.id === 'cv-1502-2026').fields.numberSymbol = '1502/UBND-VX';
  },
  'operations.reports': (inv) => {
    inv.operations.reports.push({ sentOn: '2026-10-05', period: '2026-09' });
  },
};

/** The example with every planted data defect fixed. */
export function cleanInventory(): Json {
  const inv = exampleInventory();
  for (const fix of Object.values(FIXES)) fix(inv);
  return inv;
}
