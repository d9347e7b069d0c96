import { CATEGORY_NAMES } from '../categories/categoryIds.js';
import type { Language } from '../core/index.js';
import { escapeXml as e } from './_lib/escape.js';
import { groupFindings } from './_lib/groupFindings.js';
import type { AuditReport, CategoryTally } from './AuditReport.js';
import { type Finding, isProblem } from './Finding.js';

/**
 * Options of {@link renderAuditHtml}.
 *
 * @example
 * ```ts
 * import type { RenderAuditHtmlOptions } from 'vn-portal-kit/compliance';
 * const o: RenderAuditHtmlOptions = { language: 'en', includePassed: true };
 * o.language //=> 'en'
 * ```
 */
export interface RenderAuditHtmlOptions {
  /** Main language; the other is shown beside it. Default `'vi'`. */
  readonly language?: Language;
  /** List passing and not-applicable rules among the findings too. Default `false`. */
  readonly includePassed?: boolean;
}

const CSS = `
body{font:15px/1.5 system-ui,-apple-system,"Segoe UI",Roboto,"Noto Sans",sans-serif;margin:0;color:#1b1f24;background:#f6f7f9}
main{max-width:1100px;margin:0 auto;padding:24px}
h1{font-size:26px;margin:0 0 4px}h2{font-size:20px;margin:28px 0 8px;border-bottom:1px solid #d6dae0;padding-bottom:4px}
h3{font-size:17px;margin:18px 0 6px}h4{font-size:15px;margin:10px 0 4px;color:#444}
.verdict{display:inline-block;padding:4px 12px;border-radius:4px;font-weight:700;color:#fff}
.verdict.pass{background:#1a7f37}.verdict.fail{background:#cf222e}
table{border-collapse:collapse;width:100%;background:#fff}th,td{border:1px solid #d6dae0;padding:4px 8px;text-align:left;vertical-align:top}
th{background:#eef1f4}.num{text-align:right}
ul.findings{list-style:none;padding:0;margin:0}
li.finding{background:#fff;border:1px solid #d6dae0;border-left:5px solid #8c959f;border-radius:4px;padding:8px 12px;margin:6px 0}
li.finding.error{border-left-color:#cf222e}li.finding.warning{border-left-color:#bf8700}li.finding.notice{border-left-color:#0969da}
.tag{font:12px ui-monospace,monospace;background:#eef1f4;border-radius:3px;padding:1px 5px;margin-right:4px}
.other{color:#57606a;font-size:13px}.fix{margin-top:4px}.muted{color:#57606a}
.legend span{display:inline-block;width:12px;height:12px;margin:0 4px 0 12px;vertical-align:middle}
figure.shot{margin:6px 0 0}figure.shot img{max-width:240px;border:1px solid #d6dae0}
`;

/** A screenshot the browser checks attach as evidence: only a base64 PNG or JPEG `data:` URI is shown. */
const SCREENSHOT = /^data:image\/(?:png|jpeg);base64,[A-Za-z0-9+/]+={0,2}$/;

function screenshot(f: Finding, lang: Language): string {
  const shot = f.evidence?.screenshot;
  if (typeof shot !== 'string' || !SCREENSHOT.test(shot)) return '';
  const alt = lang === 'en' ? 'Screenshot of the page' : 'Ảnh chụp màn hình trang';
  return `<figure class="shot"><img src="${shot}" alt="${alt}"><figcaption class="muted">${alt}</figcaption></figure>`;
}

function chart(categories: readonly CategoryTally[], lang: Language): string {
  const rows = categories.filter((c) => c.onTime + c.late + c.overdue > 0);
  const en = lang === 'en';
  if (rows.length === 0) {
    return `<p class="muted" id="chart-empty">${en ? 'No item with a deadline that has passed.' : 'Không có tin bài nào có thời hạn đã đến.'}</p>`;
  }
  const max = Math.max(...rows.map((c) => c.onTime + c.late + c.overdue));
  const label = 360;
  const width = 520;
  const rowH = 26;
  const h = rows.length * rowH + 10;
  const bars = rows
    .map((c, i) => {
      const y = i * rowH + 5;
      const wOn = (c.onTime / max) * width;
      const wLate = ((c.late + c.overdue) / max) * width;
      const name = CATEGORY_NAMES[c.category][lang];
      const short = name.length > 48 ? `${name.slice(0, 47)}…` : name;
      return (
        `<g data-category="${e(c.category)}"><title>${e(name)}: ${c.onTime} ${en ? 'on time' : 'đúng hạn'}, ${c.late + c.overdue} ${en ? 'late' : 'trễ hạn'}</title>` +
        `<text x="${label - 8}" y="${y + 16}" text-anchor="end" font-size="12">${e(short)}</text>` +
        `<rect x="${label}" y="${y}" width="${wOn.toFixed(1)}" height="${rowH - 8}" fill="#2da44e"/>` +
        `<rect x="${(label + wOn).toFixed(1)}" y="${y}" width="${wLate.toFixed(1)}" height="${rowH - 8}" fill="#cf222e"/>` +
        `<text x="${(label + wOn + wLate + 6).toFixed(1)}" y="${y + 14}" font-size="12">${c.onTime} / ${c.late + c.overdue}</text></g>`
      );
    })
    .join('');
  return (
    `<p class="legend"><span style="background:#2da44e"></span>${en ? 'on time' : 'đúng hạn'}<span style="background:#cf222e"></span>${en ? 'late or overdue' : 'trễ hoặc quá hạn'}</p>` +
    `<svg xmlns="http://www.w3.org/2000/svg" role="img" aria-label="${en ? 'On-time vs late publication by category' : 'Tin bài đúng hạn và trễ hạn theo chuyên mục'}" width="${label + width + 80}" height="${h}" viewBox="0 0 ${label + width + 80} ${h}">${bars}</svg>`
  );
}

/**
 * The report as one self-contained HTML page: no script, no external asset (a Content-Security-Policy
 * forbids them), every value HTML-escaped. It shows the verdict and totals, an inline-SVG chart of on-time vs
 * late publication by category, the rules table, and the findings grouped by category and article, in
 * Vietnamese with English beside it (or the reverse).
 *
 * @example
 * ```ts
 * import { auditPortal, renderAuditHtml } from 'vn-portal-kit/compliance';
 * const report = auditPortal({ schemaVersion: 1, portal: { name: '<Cổng>', unit: { name: 'U', kind: 'commune' } } }, { profile: 'vinh-phuc-32-2023', asOf: '2026-11-25' });
 * const html = renderAuditHtml(report);
 * html.includes('&lt;Cổng&gt;') && !html.includes('<Cổng>') //=> true
 * ```
 */
export function renderAuditHtml(report: AuditReport, options: RenderAuditHtmlOptions = {}): string {
  const lang = options.language ?? 'vi';
  const other: Language = lang === 'vi' ? 'en' : 'vi';
  const en = lang === 'en';
  const s = report.summary;
  const t = (vi: string, enText: string) => (en ? enText : vi);
  const problems = report.findings.filter((f) => options.includePassed === true || isProblem(f));
  const out: string[] = [];
  out.push(
    '<!DOCTYPE html>',
    `<html lang="${lang}"><head><meta charset="utf-8">`,
    `<meta http-equiv="Content-Security-Policy" content="default-src 'none'; style-src 'unsafe-inline'; img-src data:">`,
    '<meta name="viewport" content="width=device-width,initial-scale=1">',
    `<meta name="generator" content="vn-portal-kit ${e(report.format)}@${report.version}">`,
    `<title>${e(t('Kiểm tra tuân thủ', 'Compliance audit'))}: ${e(report.portal.name)}</title>`,
    `<style>${CSS}</style></head><body><main>`,
  );
  out.push(
    '<header>',
    `<h1>${e(t('Báo cáo kiểm tra tuân thủ', 'Compliance audit report'))}: ${e(report.portal.name)}</h1>`,
    `<p class="muted">${e(report.portal.unit)} · ${e(report.portal.hostnames.join(', '))}</p>`,
    '</header>',
  );
  out.push(
    `<section id="summary"><h2>${e(t('Tóm tắt', 'Summary'))}</h2>`,
    `<p><span class="verdict ${s.passed ? 'pass' : 'fail'}" id="verdict">${s.passed ? t('ĐẠT', 'PASS') : t('KHÔNG ĐẠT', 'FAIL')}</span></p>`,
    '<table><tbody>',
    `<tr><th>${e(t('Quy định', 'Regulation'))}</th><td><span class="tag">${e(report.profile.id)}</span>${e(report.profile.title[lang])}</td></tr>`,
    `<tr><th>${e(t('Tại ngày', 'As of'))}</th><td>${e(report.asOf)}</td></tr>`,
    `<tr><th>${e(t('Tin bài', 'Items'))}</th><td>${s.items} (${s.invalidItems} ${e(t('không hợp lệ', 'invalid'))})</td></tr>`,
    `<tr><th>${e(t('Lỗi', 'Errors'))}</th><td id="count-error">${s.bySeverity.error}</td></tr>`,
    `<tr><th>${e(t('Cảnh báo', 'Warnings'))}</th><td id="count-warning">${s.bySeverity.warning}</td></tr>`,
    `<tr><th>${e(t('Lưu ý', 'Notices'))}</th><td id="count-notice">${s.bySeverity.notice}</td></tr>`,
    `<tr><th>${e(t('Quy tắc đạt / không áp dụng', 'Rules passed / not applicable'))}</th><td>${s.byStatus.pass} / ${s.byStatus['not-applicable']}</td></tr>`,
    '</tbody></table></section>',
  );
  out.push(
    `<section id="chart"><h2>${e(t('Đăng tin đúng hạn và trễ hạn theo chuyên mục', 'On-time vs late publication by category'))}</h2>`,
    chart(s.categories, lang),
    '</section>',
  );
  out.push(
    `<section id="rules"><h2>${e(t('Quy tắc', 'Rules'))}</h2><table><thead><tr><th>${e(t('Quy tắc', 'Rule'))}</th><th>${e(t('Kết quả', 'Status'))}</th><th class="num">${e(t('Vấn đề', 'Problems'))}</th></tr></thead><tbody>`,
  );
  for (const r of s.rules) {
    out.push(
      `<tr data-rule="${e(r.id)}"><td><span class="tag">${e(r.id)}</span>${e(r.title[lang])}</td><td>${e(r.status)}</td><td class="num">${r.problems}${r.truncated ? ` (${r.truncated} ${e(t('không liệt kê', 'not listed'))})` : ''}</td></tr>`,
    );
  }
  out.push('</tbody></table></section>');
  out.push(`<section id="findings"><h2>${e(t('Phát hiện', 'Findings'))} (${problems.length})</h2>`);
  if (problems.length === 0) out.push(`<p>${e(t('Không phát hiện vấn đề.', 'No problems found.'))}</p>`);
  for (const g of groupFindings(problems)) {
    const title = g.category ? CATEGORY_NAMES[g.category][lang] : t('Toàn cổng', 'Portal-wide');
    out.push(`<section class="category" data-category="${e(g.category ?? 'portal')}"><h3>${e(title)}</h3>`);
    for (const a of g.articles) {
      out.push(`<section class="article"><h4>${e(a.article)}</h4><ul class="findings">`);
      for (const f of a.findings) {
        const where = [f.location.item, f.location.field].filter((x): x is string => x !== undefined);
        out.push(
          `<li class="finding ${e(f.severity)} ${e(f.status)}" data-rule="${e(f.ruleId)}">`,
          `<div><span class="tag">${e(f.severity)}</span><span class="tag">${e(f.status)}</span><span class="tag">${e(f.ruleId)}</span>${where.map((w) => `<span class="tag">${e(w)}</span>`).join('')}</div>`,
          `<div class="message">${e(f.message[lang])}${f.citation ? ` <span class="muted">(${e(f.citation.id)})</span>` : ''}</div>`,
          `<div class="other">${e(f.message[other])}</div>`,
          f.remediation
            ? `<div class="fix"><strong>${e(t('Khắc phục', 'Fix'))}:</strong> ${e(f.remediation[lang])}</div>`
            : '',
          screenshot(f, lang),
          '</li>',
        );
      }
      out.push('</ul></section>');
    }
    out.push('</section>');
  }
  out.push('</section>', '</main></body></html>', '');
  return out.join('\n');
}
