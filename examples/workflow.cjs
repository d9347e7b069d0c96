// CommonJS: Như Xuân topic routing (NX-2112-2022/14.1–14.2): a government item goes to the Deputy, and MẬT is
// never approved (NX-2112-2022/7).
const assert = require('node:assert/strict');
const { nhuXuan2112_2022 } = require('vn-portal-kit/profiles');
const { buildApprovalMachine, createWorkflow, toMermaid } = require('vn-portal-kit/workflow');

const machine = buildApprovalMachine(nhuXuan2112_2022.workflow.editorial);
const wf = createWorkflow(machine);
const at = (m) => new Date(Date.parse('2026-03-02T01:00:00Z') + m * 60_000);
const member = { id: 'tv', roles: ['member'] };
const head = { id: 'truong-ban', roles: ['head'] };
const deputy = { id: 'pho-ban', roles: ['deputy'] };

function inReview(attributes) {
  let r = wf.start(member, at(0), { attributes });
  r = wf.send(r.value, { type: 'submit' }, member, at(1));
  r = wf.send(r.value, { type: 'start-review' }, member, at(2));
  return r.value;
}

const gov = inReview({ title: 'Kết luận của Chủ tịch UBND huyện', topic: 'government' });
assert.equal(wf.send(gov, { type: 'approve' }, head, at(3)).issues[0].code, 'workflow.role-not-permitted');
assert.equal(wf.send(gov, { type: 'approve' }, deputy, at(3)).ok, true);
const secret = inReview({ title: 'Tài liệu', topic: 'party', classification: 'mat' });
const refused = wf.send(secret, { type: 'approve' }, head, at(3));
assert.equal(refused.issues[0].code, 'workflow.classified');
console.log('workflow (CJS):', refused.issues[0].message.vi, `(${refused.issues[0].citation.id})`);
console.log(toMermaid(machine).split('\n').slice(0, 3).join('\n'));
