// CommonJS: require the royalty subpath, compute the issue's CLI example, and read a coded bilingual issue.
const assert = require('node:assert/strict');
const { calculateRoyalty, calculateRemuneration } = require('vn-portal-kit/royalty');
const { formatIssue } = require('vn-portal-kit/core');

// Commissioned before 2026-09-01: ND 18/2014 still applies (Nghị định 287/2026 Art. 19.1).
const r = calculateRoyalty({
  genre: 'tin',
  coefficient: 1.5,
  commissionedOn: '2026-08-20',
  publishedOn: '2026-11-25',
});
assert.equal(r.ok && r.value.amount, 379_500);
// Commissioned from 2026-09-01: no national coefficient table; the order/contract amount (Art. 14.1).
const now = calculateRoyalty({
  genre: 'tin',
  coefficient: 1.5,
  commissionedOn: '2026-12-07',
  publishedOn: '2026-12-07',
});
assert.equal(now.ok, false);
const paid = calculateRoyalty({
  genre: 'tin',
  contractAmount: 400_000,
  commissionedOn: '2026-12-07',
  publishedOn: '2026-12-07',
});
assert.equal(paid.ok && paid.value.amount, 400_000);
console.log(r.ok && r.value.breakdown.map((l) => l.text.en).join('\n'));

const max = calculateRoyalty({
  genre: 'media',
  coefficient: 50,
  commissionedOn: '2024-01-10',
  publishedOn: '2024-01-15',
});
assert.equal(max.ok && max.value.amount, 9_000_000);

const bad = calculateRoyalty({
  genre: 'tin',
  coefficient: -1,
  commissionedOn: '2026-08-20',
  publishedOn: '2026-11-25',
});
assert.equal(bad.ok, false);
console.log('royalty (CJS):', formatIssue(bad.issues[0], 'vi'));

const pay = calculateRemuneration({
  role: 'editor',
  coefficient: 0.5,
  commissionedOn: '2026-08-20',
  publishedOn: '2026-11-25',
});
assert.equal(pay.ok && pay.value.amount, 126_500);
