// CommonJS: require the documents and categories subpaths by name.
const assert = require('node:assert/strict');
const { parseDocumentNumber, LegalDocumentSchema } = require('vn-portal-kit/documents');
const { ContactsItemSchema } = require('vn-portal-kit/categories');
const { formatIssue } = require('vn-portal-kit/core');

const bad = parseDocumentNumber('Quyết định 1347');
assert.equal(bad.ok, false);
assert.equal(bad.issues[0].code, 'docnum.number-missing');
assert.equal(
  LegalDocumentSchema.safeParse({
    form: 'Luật',
    issuingAuthority: 'Quốc hội',
    numberSymbol: '80/2015/QH13',
    issuedOn: '2015-06-22',
    effectiveOn: '2016-07-01',
    summary: 'Luật Ban hành văn bản quy phạm pháp luật',
    files: [{ url: 'https://vbpl.vn/80-2015-qh13.pdf' }],
  }).success,
  true,
);
assert.equal(
  ContactsItemSchema.safeParse({ title: 'x', name: 'Lê Văn C', phone: '0237 3848 000', email: 'c@gmail.com' })
    .success,
  false,
);
console.log('documents (CJS):', formatIssue(bad.issues[0], 'en'));
