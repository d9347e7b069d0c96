import type { FindingStatus } from '../compliance/index.js';
import type { Language } from '../core/index.js';
import type { SiteSummaryRecord } from './portalList.js';
import { SITE_RULE_GROUPS } from './SiteRule.js';

/**
 * Options of {@link renderSiteSummary}.
 *
 * @example
 * ```ts
 * import type { RenderSiteSummaryOptions } from 'vn-portal-kit/site';
 * const o: RenderSiteSummaryOptions = { format: 'md', language: 'vi' };
 * o.format //=> 'md'
 * ```
 */
export interface RenderSiteSummaryOptions {
  readonly format?: 'md' | 'html' | 'csv' | 'text';
  readonly language?: Language;
}

const MARK: Record<FindingStatus | 'none', string> = {
  fail: '✗',
  'needs-review': '?',
  pass: '✓',
  'not-applicable': '–',
  none: '·',
};

const esc = (s: string) =>
  s.replace(
    /[&<>"']/g,
    (c) => ({ '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&#39;' })[c] as string,
  );

/**
 * The table of portals × rule groups a provincial or national evaluation needs: one row per portal (its
 * verdict, error and warning counts, then ✓ pass, ✗ fail, ? needs review, – not applicable, · not checked per
 * group), in Markdown, HTML, CSV or plain text, rows sorted by portal key. Group columns are those any record
 * has.
 *
 * @example
 * ```ts
 * import { renderSiteSummary } from 'vn-portal-kit/site';
 * const md = renderSiteSummary([{ format: 'vn-portal-kit/site-summary', url: 'https://a.gov.vn/', key: 'a.gov.vn', portal: 'A', profile: 'nd224-2026', asOf: '2026-12-07', passed: false, errors: 2, warnings: 0, notices: 0, groups: { layout: 'fail', net: 'pass' } }], { format: 'md', language: 'en' });
 * md.split('\n')[0] //=> '| Portal | Verdict | Errors | Warnings | layout | net |'
 * ```
 */
export function renderSiteSummary(
  records: readonly SiteSummaryRecord[],
  options: RenderSiteSummaryOptions = {},
): string {
  const lang = options.language ?? 'vi';
  const format = options.format ?? 'md';
  const present = new Set(records.flatMap((r) => Object.keys(r.groups)));
  const groups = [...SITE_RULE_GROUPS, 'content', 'other'].filter((g) => present.has(g));
  const rows = [...records].sort((a, b) => (a.key < b.key ? -1 : a.key > b.key ? 1 : 0));
  const t = (vi: string, en: string) => (lang === 'en' ? en : vi);
  const verdict = (r: SiteSummaryRecord) =>
    r.passed === undefined ? t('LỖI', 'ERROR') : r.passed ? t('ĐẠT', 'PASS') : t('KHÔNG ĐẠT', 'FAIL');
  const head = [
    t('Cổng', 'Portal'),
    t('Kết quả', 'Verdict'),
    t('Lỗi', 'Errors'),
    t('Cảnh báo', 'Warnings'),
    ...groups,
  ];
  const cells = (r: SiteSummaryRecord) => [
    r.portal ? `${r.portal} (${r.key})` : r.key,
    verdict(r),
    String(r.errors),
    String(r.warnings),
    ...groups.map((g) => MARK[r.groups[g] ?? 'none']),
  ];
  const passed = rows.filter((r) => r.passed === true).length;
  const footer = t(
    `${rows.length} cổng: ${passed} đạt, ${rows.length - passed} không đạt hoặc lỗi. ✓ đạt · ✗ không đạt · ? cần xem xét · – không áp dụng · · chưa kiểm tra`,
    `${rows.length} portals: ${passed} pass, ${rows.length - passed} fail or error. ✓ pass · ✗ fail · ? needs review · – not applicable · · not checked`,
  );
  switch (format) {
    case 'csv': {
      const q = (s: string) => (/[",\n]/.test(s) ? `"${s.replace(/"/g, '""')}"` : s);
      const csvCells = (r: SiteSummaryRecord) => [
        r.url,
        r.portal,
        verdict(r),
        String(r.errors),
        String(r.warnings),
        ...groups.map((g) => r.groups[g] ?? ''),
      ];
      return `${['url', 'portal', 'verdict', 'errors', 'warnings', ...groups].join(',')}\n${rows.map((r) => csvCells(r).map(q).join(',')).join('\n')}\n`;
    }
    case 'html':
      return `<!DOCTYPE html><html lang="${lang}"><head><meta charset="utf-8"><title>${esc(t('Tổng hợp kiểm tra cổng', 'Portal checks summary'))}</title><style>body{font-family:system-ui,sans-serif;margin:2rem}table{border-collapse:collapse}th,td{border:1px solid #ccc;padding:.3rem .6rem;text-align:center}td:first-child{text-align:left}.fail{color:#b00020}.pass{color:#0a7a0a}</style></head><body><h1>${esc(t('Tổng hợp kiểm tra cổng', 'Portal checks summary'))}</h1><table><thead><tr>${head.map((h) => `<th scope="col">${esc(h)}</th>`).join('')}</tr></thead><tbody>${rows
        .map(
          (r) =>
            `<tr class="${r.passed ? 'pass' : 'fail'}">${cells(r)
              .map((c, i) =>
                i === 0 ? `<th scope="row"><a href="${esc(r.url)}">${esc(c)}</a></th>` : `<td>${esc(c)}</td>`,
              )
              .join('')}</tr>`,
        )
        .join('')}</tbody></table><p>${esc(footer)}</p></body></html>\n`;
    case 'text':
      return `${rows.map((r) => cells(r).join('  ')).join('\n')}\n${footer}\n`;
    default:
      return `| ${head.join(' | ')} |\n|${head.map(() => ' --- ').join('|')}|\n${rows
        .map(
          (r) =>
            `| ${cells(r)
              .map((c) => c.replace(/\|/g, '\\|'))
              .join(' | ')} |`,
        )
        .join('\n')}\n\n${footer}\n`;
  }
}
