// CommonJS: require the royalty subpath, compute the issue's CLI example, and read a coded bilingual issue.
const assert = require('node:assert/strict');
const { calculateRoyalty, calculateRemuneration } = require('vn-portal-kit/royalty');
const { formatIssue } = require('vn-portal-kit/core');

const r = calculateRoyalty({ genre: 'tin', coefficient: 1.5, publishedOn: '2026-11-25' });
assert.equal(r.ok && r.value.amount, 379_500);
console.log(r.ok && r.value.breakdown.map((l) => l.text.en).join('\n'));

const max = calculateRoyalty({ genre: 'media', coefficient: 50, publishedOn: '2024-01-15' });
assert.equal(max.ok && max.value.amount, 9_000_000);

const bad = calculateRoyalty({ genre: 'tin', coefficient: -1, publishedOn: '2026-11-25' });
assert.equal(bad.ok, false);
console.log('royalty (CJS):', formatIssue(bad.issues[0], 'vi'));

const pay = calculateRemuneration({ role: 'editor', coefficient: 0.5, publishedOn: '2026-11-25' });
assert.equal(pay.ok && pay.value.amount, 126_500);
