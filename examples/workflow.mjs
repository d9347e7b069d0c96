// ESM: the Quảng Nam approval flow (members edit, the Head approves: QN-3069-2021/10.2), a refusal with its
// citation, a Thái Nguyên question due date (5 working days from 08:00: TN-40-2012/14.4), and the audit chain.
import assert from 'node:assert/strict';
import { quangNam3069_2021, thaiNguyen40_2012 } from 'vn-portal-kit/profiles';
import {
  buildApprovalMachine,
  buildQuestionMachine,
  createWorkflow,
  verifyAuditLog,
} from 'vn-portal-kit/workflow';

const at = (s) => new Date(`${s}+07:00`);
const unwrap = (r) => {
  if (!r.ok) throw new Error(r.issues.map((i) => i.message.en).join('; '));
  return r.value;
};

const wf = createWorkflow(buildApprovalMachine(quangNam3069_2021.workflow.editorial));
const agency = { id: 'so-tu-phap', roles: ['updater'] };
const member = { id: 'bt-1', roles: ['member'] };
const head = { id: 'truong-ban', roles: ['head'] };

let run = unwrap(wf.start(agency, at('2026-03-02T08:00'), { attributes: { title: 'Thông báo' } }));
run = unwrap(wf.send(run, { type: 'submit' }, agency, at('2026-03-02T08:05')));
run = unwrap(wf.send(run, { type: 'start-review' }, member, at('2026-03-02T08:30')));
const refused = wf.send(run, { type: 'approve' }, member, at('2026-03-02T09:00'));
assert.equal(refused.ok, false);
assert.equal(refused.issues[0].code, 'workflow.role-not-permitted');
assert.equal(refused.issues[0].citation.id, 'QN-3069-2021/10.2.b');
run = unwrap(wf.send(run, { type: 'approve' }, head, at('2026-03-02T09:10')));
run = unwrap(wf.send(run, { type: 'publish' }, member, at('2026-03-02T09:15')));
assert.equal(run.snapshot.state, 'published');
assert.equal(verifyAuditLog(run.log, { snapshot: run.snapshot }).ok, true);
console.log('workflow (ESM): published after', run.log.map((e) => `${e.event}/${e.role}`).join(' → '));
console.log('refusal:', refused.issues[0].message.vi);

const qa = createWorkflow(buildQuestionMachine(thaiNguyen40_2012.workflow.questions));
let q = unwrap(
  qa.start({ id: 'cong-dan', roles: ['public'] }, at('2026-11-27T15:00'), {
    question: 'Hồ sơ khai sinh gồm những gì?',
  }),
);
q = unwrap(
  qa.send(
    q,
    { type: 'classify', payload: { kind: 'own-competence' } },
    { id: 'kd', roles: ['moderator'] },
    at('2026-11-27T15:30'),
  ),
);
assert.equal(q.snapshot.context.dueAt, '2026-12-04T17:00:00.000Z');
console.log('question due (end of day, UTC):', q.snapshot.context.dueAt);
