// ESM: royalties with the exact worked examples of the guide, a statement, and a TT 194/2012 cost.
import assert from 'node:assert/strict';
import {
  baseSalaryOn,
  calculateCreationCost,
  calculateRoyalty,
  royaltyStatement,
  royaltyStatementToCsv,
} from 'vn-portal-kit/royalty';

const before = baseSalaryOn('2026-06-30');
const after = baseSalaryOn('2026-07-01');
assert.deepEqual([before.ok && before.value.amount, after.ok && after.value.amount], [2_340_000, 2_530_000]);

const portal = calculateRoyalty({
  regime: 'ninh-thuan-23-2020',
  genre: 'tin-co-anh',
  commissionedOn: '2026-06-20',
  publishedOn: '2026-06-30',
});
const department = calculateRoyalty({
  regime: 'ninh-thuan-23-2020',
  genre: 'tin-co-anh',
  commissionedOn: '2026-06-20',
  publishedOn: '2026-06-30',
  site: 'department',
});
assert.equal(portal.ok && portal.value.amount, 351_000);
assert.equal(department.ok && department.value.amount, 70_200);
for (const line of department.ok ? department.value.breakdown : []) console.log(line.text.vi);

const statement = royaltyStatement(
  [
    {
      author: 'Nguyễn Văn A',
      genre: 'tin-co-anh',
      amount: 351_000,
      publishedOn: '2026-06-30',
      paidOn: '2026-07-20',
    },
    { author: 'Trần Thị B', genre: 'tin-co-anh', amount: 70_200, publishedOn: '2026-06-02' },
  ],
  '2026-06',
);
assert.equal(statement.ok && statement.value.total, 421_200);
console.log(statement.ok ? royaltyStatementToCsv(statement.value, { part: 'authors' }) : statement.issues);

const cost = calculateCreationCost([{ work: 'page-text', quantity: 10, method: 'ocr' }], {
  date: '2026-03-01',
});
assert.equal(cost.ok && cost.value.total, 28_500);
console.log('royalty (ESM): ok');
