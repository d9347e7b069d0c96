// ESM: audit the bundled example inventory against the Vĩnh Phúc regulation, then build a category feed.
import assert from 'node:assert/strict';
import { readFileSync } from 'node:fs';
import { auditPortal, parseInventoryJson, renderAuditSarif, renderAuditText } from 'vn-portal-kit/compliance';
import { buildRssFeed, parseFeed } from 'vn-portal-kit/feeds';

const json = parseInventoryJson(readFileSync('examples/inventory/vinh-phuc-portal.json', 'utf8'));
assert.ok(json.ok);
const report = auditPortal(json.value, { profile: 'vinh-phuc-32-2023', asOf: '2026-11-25' });
assert.equal(report.summary.passed, false);
const late = report.findings.find(
  (f) => f.ruleId === 'deadline.publication' && f.location.item === 'qd-41-2026',
);
assert.equal(late?.evidence?.dueDate, '2026-10-12');
assert.equal(JSON.parse(renderAuditSarif(report)).version, '2.1.0');
console.log(renderAuditText(report, { language: 'en', minSeverity: 'error', limit: 5 }));

const rss = buildRssFeed(json.value.items, {
  channel: { title: 'Tin tức', link: 'https://vinhphuc.gov.vn/tin-tuc' },
  category: 'news',
});
const back = parseFeed(rss, { supplier: 'UBND tỉnh Vĩnh Phúc' });
assert.ok(back.ok && back.value.items.length === 3);
console.log('feeds (ESM):', back.value.items.map((i) => i.id).join(', '));
