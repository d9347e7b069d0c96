// ESM: parse a real-world number-symbol, validate a legal document's metadata, and validate a category item.

import assert from 'node:assert/strict';
import { categoryById, categoryJsonSchema, validateCategoryItem } from 'vn-portal-kit/categories';
import { formatDocumentNumber, parseDocumentNumber, validateLegalDocument } from 'vn-portal-kit/documents';

const n = parseDocumentNumber('Số: 1347 /QĐ-UBND');
assert.equal(n.ok && n.value.text, '1347/QĐ-UBND');
assert.deepEqual(
  n.issues.map((i) => i.code),
  ['docnum.prefix-removed', 'docnum.whitespace-removed'],
);
assert.equal(formatDocumentNumber({ number: 5, issuer: 'BNV', units: ['VP'] }), '05/BNV-VP');

const doc = validateLegalDocument({
  form: 'Quyết định',
  issuingAuthority: 'UBND tỉnh Thái Nguyên',
  numberSymbol: '40/2012/QĐ-UBND',
  issuedOn: '2012-11-06',
  effectiveRule: { kind: 'days-after-signing', days: 10 },
  summary: 'Ban hành Quy chế quản lý, cung cấp thông tin trên Cổng thông tin điện tử tỉnh Thái Nguyên',
  files: [{ url: 'https://thainguyen.gov.vn/vb/40-2012.pdf' }],
});
assert.equal(doc.ok && doc.value.effectiveOn, '2012-11-16');

const project = {
  title: 'Đường tỉnh 925',
  name: 'Đường tỉnh 925',
  objective: 'Kết nối',
  field: 'Giao thông',
  duration: '2024–2027',
};
const r = validateCategoryItem('projects', project, { requiredBy: ['QN-3069-2021/7.2.d'] });
assert.equal(r.ok, false);
assert.equal(categoryById('projects').fieldLists.length, 3);
assert.equal(categoryJsonSchema('projects').properties.sponsor.title, 'Sponsor');
console.log('documents (ESM):', n.ok && n.value.text, '|', r.issues.map((i) => i.message.vi).join('; '));
