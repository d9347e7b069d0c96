// CommonJS: stream items into the audit (an async iterable), as a province would for a large inventory.
const assert = require('node:assert/strict');
const { readFileSync } = require('node:fs');
const { auditPortal, renderAuditMarkdown } = require('vn-portal-kit/compliance');

const inventory = JSON.parse(readFileSync('examples/inventory/vinh-phuc-portal.json', 'utf8'));
async function* stream(items) {
  for (const item of items) yield item;
}

auditPortal(
  { ...inventory, items: stream(inventory.items) },
  { profile: 'vinh-phuc-32-2023', asOf: '2026-11-25' },
).then((report) => {
  assert.equal(report.summary.items, inventory.items.length);
  assert.ok(report.summary.bySeverity.error > 0);
  console.log(renderAuditMarkdown(report, { language: 'en' }).split('\n').slice(0, 6).join('\n'));
});
