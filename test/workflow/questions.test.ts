import { describe, expect, it } from 'vitest';
import { computeDeadline } from '../../src/calendar/index.js';
import {
  WORKFLOW_ND_43_2011,
  WORKFLOW_ND_224_2026,
  WORKFLOW_TN_40_2012,
  WORKFLOW_VP_32_2023,
} from '../../src/profiles/workflow/index.js';
import {
  buildQuestionMachine,
  buildStatusNotice,
  createWorkflow,
  questionStatus,
  type WorkflowRun,
} from '../../src/workflow/index.js';
import { refusalOf, steps } from './_run.js';

const vn = (s: string): Date => new Date(`${s}+07:00`);
const citizen = { id: 'cong-dan', roles: ['public'] };

describe('Thái Nguyên 40/2012 Q&A: 5/10 working days from 08:00, at most 15 with an appointment (14.4)', () => {
  const wf = createWorkflow(buildQuestionMachine(WORKFLOW_TN_40_2012.questions!));
  const moderator = { id: 'kiem-duyet', roles: ['moderator'] };
  const director = { id: 'giam-doc-so-tu-phap', roles: ['agency-head'] };
  const receive = (when: string): WorkflowRun => {
    const r = wf.start(citizen, vn(when), {
      question: 'Thủ tục đăng ký khai sinh?',
      attributes: { email: 'a@b.vn' },
    });
    if (!r.ok) throw new Error(r.issues[0]!.code);
    return r.value;
  };

  it('is received at any hour of any day (14.1): Sunday 23:30', () => {
    const run = receive('2026-11-29T23:30');
    expect(run.snapshot.state).toBe('received');
    expect(run.snapshot.context.receivedAt).toBe('2026-11-29T16:30:00.000Z');
  });

  it('own competence: Friday 15:00 → counted from Monday 08:00 → due at the end of Friday 2026-12-04', () => {
    const run = steps(wf, receive('2026-11-27T15:00'), [
      ['classify', moderator, vn('2026-11-28T09:00'), { kind: 'own-competence' }],
    ]);
    expect(run.snapshot.context.dueAt).toBe('2026-12-04T17:00:00.000Z');
    const cross = steps(wf, receive('2026-11-27T15:00'), [
      ['classify', moderator, vn('2026-11-28T09:00'), { kind: 'cross-sector' }],
    ]);
    expect(cross.snapshot.context.dueAt).toBe('2026-12-11T17:00:00.000Z');
  });

  it('skips the Hùng Kings compensatory day and 30/4–1/5 (received Thursday 2026-04-23 10:00 → due 2026-05-05)', () => {
    const run = steps(wf, receive('2026-04-23T10:00'), [
      ['classify', moderator, vn('2026-04-23T11:00'), { kind: 'own-competence' }],
    ]);
    expect(run.snapshot.context.dueAt).toBe(vn('2026-05-06T00:00').toISOString());
  });

  it('an unknown kind is refused, citing the kinds of 14.4', () => {
    const r = wf.send(
      receive('2026-11-27T15:00'),
      { type: 'classify', payload: { kind: 'urgent' } },
      moderator,
      vn('2026-11-28T09:00'),
    );
    expect(refusalOf(r)).toBe('workflow.question-kind-unknown');
    expect(r.ok ? null : r.issues[0]!.citation?.id).toBe('TN-40-2012/14.4.a');
  });

  const assigned = (): WorkflowRun =>
    steps(wf, receive('2026-11-27T15:00'), [
      ['classify', moderator, vn('2026-11-28T09:00'), { kind: 'own-competence' }],
      ['assign', moderator, vn('2026-11-30T08:30'), { agency: 'Sở Tư pháp' }],
    ]);

  it('only the head of the agency, or a person the head authorises, answers (14.3)', () => {
    const run = assigned();
    const byModerator = wf.send(
      run,
      { type: 'answer', payload: { answer: 'Trả lời' } },
      moderator,
      vn('2026-12-01T10:00'),
    );
    expect(refusalOf(byModerator)).toBe('workflow.role-not-permitted');
    expect(byModerator.ok ? null : byModerator.issues[0]!.citation?.id).toBe('TN-40-2012/14.3');
    expect(refusalOf(wf.send(run, { type: 'answer' }, director, vn('2026-12-01T10:00')))).toBe(
      'workflow.field-required',
    );
    const deputyDirector = {
      id: 'pho-giam-doc',
      roles: ['moderator'],
      delegations: [
        {
          id: 'uq-tl',
          fromActorId: 'giam-doc-so-tu-phap',
          fromRole: 'agency-head',
          toActorId: 'pho-giam-doc',
          actions: ['answer'],
          validFrom: '2026-11-30',
          validUntil: '2026-12-31',
        },
      ],
    };
    const answered = steps(wf, run, [
      ['answer', deputyDirector, vn('2026-12-02T10:00'), { answer: 'Hồ sơ gồm…' }],
    ]);
    expect(answered.snapshot.context.answeredOnBehalfOf).toBe('giam-doc-so-tu-phap');
    expect(answered.snapshot.context.answeredLate).toBe(false);
    const published = steps(wf, answered, [
      ['publish', moderator, vn('2026-12-02T11:00'), { channel: 'email' }],
    ]);
    expect(published.snapshot.state).toBe('published');
    expect(
      refusalOf(
        wf.send(
          answered,
          { type: 'publish', payload: { channel: 'fax' } },
          moderator,
          vn('2026-12-02T11:00'),
        ),
      ),
    ).toBe('workflow.channel-invalid');
  });

  it('overdue detection and late answers', () => {
    const run = assigned();
    expect(questionStatus(run.snapshot, vn('2026-12-04T23:59')).overdue).toBe(false);
    const late = questionStatus(run.snapshot, vn('2026-12-05T00:01'));
    expect(late.overdue).toBe(true);
    expect(late.remainingMs).toBe(-60_000);
    const answered = steps(wf, run, [['answer', director, vn('2026-12-07T08:00'), { answer: 'Muộn' }]]);
    expect(answered.snapshot.context.answeredLate).toBe(true);
    const s = questionStatus(answered.snapshot, vn('2026-12-08T08:00'));
    expect([s.open, s.overdue, s.answeredLate]).toEqual([false, false, true]);
  });

  it('an extension with an appointment, before the due date, up to 15 working days from receipt (14.4.c)', () => {
    const run = assigned();
    const cap = computeDeadline(vn('2026-11-27T15:00'), {
      kind: 'working-days',
      days: 15,
      clockStartsAt: '08:00',
    });
    if (!cap.ok) throw new Error('calendar');
    const capIso = cap.value.dueAt.toISOString();
    expect(capIso).toBe('2026-12-18T17:00:00.000Z');
    const tooFar = new Date(cap.value.dueAt.getTime() + 1).toISOString();
    const r1 = wf.send(
      run,
      { type: 'extend', payload: { newDueAt: tooFar, appointment: 'Hẹn' } },
      director,
      vn('2026-12-03T09:00'),
    );
    expect(refusalOf(r1)).toBe('workflow.extension-invalid');
    expect(r1.ok ? null : r1.issues[0]!.citation?.id).toBe('TN-40-2012/14.4.c');
    expect(
      refusalOf(
        wf.send(run, { type: 'extend', payload: { newDueAt: capIso } }, director, vn('2026-12-03T09:00')),
      ),
    ).toBe('workflow.field-required');
    const tooLate = wf.send(
      run,
      { type: 'extend', payload: { newDueAt: capIso, appointment: 'Hẹn' } },
      director,
      vn('2026-12-05T09:00'),
    );
    expect(refusalOf(tooLate)).toBe('workflow.extension-too-late');
    const ok = steps(wf, run, [
      [
        'extend',
        director,
        vn('2026-12-03T09:00'),
        { newDueAt: capIso, appointment: 'Hẹn trả lời trước 18/12/2026' },
      ],
    ]);
    expect(ok.snapshot.context.dueAt).toBe(capIso);
    expect(ok.snapshot.context.extensions).toBe(1);
    expect(questionStatus(ok.snapshot, vn('2026-12-10T09:00')).overdue).toBe(false);
  });

  it('out of scope: forwarded, and the asker is told at once', () => {
    const run = steps(wf, receive('2026-11-27T15:00'), [
      [
        'forward',
        moderator,
        vn('2026-11-27T15:05'),
        { forwardTo: 'Bộ Tư pháp', reason: 'Ngoài thẩm quyền của tỉnh' },
      ],
    ]);
    expect(run.snapshot.state).toBe('forwarded');
    expect(run.snapshot.context.askerNotifiedAt).toBe(vn('2026-11-27T15:05').toISOString());
    expect(
      refusalOf(
        wf.send(run, { type: 'assign', payload: { agency: 'x' } }, moderator, vn('2026-11-27T16:00')),
      ),
    ).toBe('workflow.event-not-allowed');
  });
});

describe('ND 43/2011 Art. 17 and the national rules after it', () => {
  it('ND 43/2011: 15 working days from receipt (Civil Code counting: the day of receipt excluded)', () => {
    const wf = createWorkflow(buildQuestionMachine(WORKFLOW_ND_43_2011.questions!));
    const r = wf.start(citizen, vn('2021-03-01T10:00'), { question: 'Hỏi' });
    expect(r.ok && r.value.snapshot.context.dueAt).toBe(vn('2021-03-23T00:00').toISOString());
    // The extension of ND 43/2011 is a reply date with no cap.
    const handler = { id: 'op', roles: ['operator'] };
    const head = { id: 'thu-truong', roles: ['agency-head'] };
    if (!r.ok) return;
    const run = steps(wf, r.value, [
      ['classify', handler, vn('2021-03-01T11:00'), { kind: 'standard' }],
      ['assign', handler, vn('2021-03-01T11:30'), { agency: 'Sở Xây dựng' }],
      [
        'extend',
        head,
        vn('2021-03-20T09:00'),
        { newDueAt: '2021-05-31T17:00:00+07:00', appointment: 'Hẹn 31/5' },
      ],
    ]);
    expect(run.snapshot.context.dueAt).toBe('2021-05-31T17:00:00+07:00');
  });

  it('ND 42/2022 and Vĩnh Phúc set no answer deadline: no due date, never overdue', () => {
    const wf = createWorkflow(buildQuestionMachine(WORKFLOW_VP_32_2023.questions!));
    const r = wf.start(citizen, vn('2024-03-01T10:00'), { question: 'Hỏi' });
    expect(r.ok && r.value.snapshot.context.dueAt).toBeUndefined();
    if (!r.ok) return;
    expect(questionStatus(r.value.snapshot, vn('2030-01-01T00:00')).overdue).toBe(false);
    expect(wf.machine.transitions.some((t) => t.event === 'extend')).toBe(false);
  });

  it('ND 224/2026 Art. 15.1.g: each status change carries agency, handler and the times', () => {
    const policy = WORKFLOW_ND_224_2026.questions!;
    const wf = createWorkflow(buildQuestionMachine(policy));
    const op = { id: 'can-bo-tiep-nhan', roles: ['operator'] };
    const r = wf.start(citizen, vn('2026-07-02T10:00'), { question: 'Hỏi' });
    if (!r.ok) throw new Error('start');
    expect(buildStatusNotice(policy, r.value.snapshot).missing).toEqual(['agency', 'handler']);
    const run = steps(wf, r.value, [
      ['classify', op, vn('2026-07-02T10:30'), { kind: 'standard' }],
      ['assign', op, vn('2026-07-02T11:00'), { agency: 'Sở Nội vụ' }],
      ['answer', { id: 'giam-doc', roles: ['agency-head'] }, vn('2026-07-03T09:00'), { answer: 'Trả lời' }],
    ]);
    const notice = buildStatusNotice(policy, run.snapshot);
    expect(notice.missing).toEqual([]);
    expect(notice.stateName.vi).toBe('Đã trả lời');
    expect(notice.fields).toEqual({
      agency: 'Sở Nội vụ',
      handler: 'giam-doc',
      receivedAt: vn('2026-07-02T10:00').toISOString(),
      processedAt: vn('2026-07-02T11:00').toISOString(),
      returnedAt: vn('2026-07-03T09:00').toISOString(),
    });
  });
});
