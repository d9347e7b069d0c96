import { describe, expect, it } from 'vitest';
import {
  WORKFLOW_HG_1347_2020,
  WORKFLOW_ND_224_2026,
  WORKFLOW_VP_32_2023,
} from '../../src/profiles/workflow/index.js';
import {
  buildConsultationMachine,
  checkSuspensionNotice,
  createWorkflow,
  type WorkflowRun,
} from '../../src/workflow/index.js';
import { refusalOf, steps } from './_run.js';

const vn = (s: string): Date => new Date(`${s}+07:00`);

describe('consultations on drafts (Vĩnh Phúc 5.14, 6.6, 7.4; Hậu Giang 8.4)', () => {
  const wf = createWorkflow(buildConsultationMachine(WORKFLOW_VP_32_2023.consultations!));
  const op = { id: 'bbt', roles: ['member'] };
  const public1 = { id: 'nguoi-dan-1', roles: ['public'] };
  const created = (): WorkflowRun => {
    const r = wf.start(op, vn('2026-05-04T08:00'), { attributes: { title: 'Dự thảo Quyết định về …' } });
    if (!r.ok) throw new Error(r.issues[0]!.code);
    return r.value;
  };

  it('cannot open without the page fields of 5.14.d, nor with a deadline in the past', () => {
    const run = created();
    const noFields = wf.send(
      run,
      { type: 'open', payload: { commentDeadline: '2026-06-04T17:00:00+07:00' } },
      op,
      vn('2026-05-04T09:00'),
    );
    expect(refusalOf(noFields)).toBe('workflow.consultation-fields-missing');
    expect(noFields.ok ? null : noFields.issues[0]!.citation?.id).toBe('VP-32-2023/5.14.d');
    const filled = steps(wf, run, [
      [
        'update',
        op,
        vn('2026-05-04T08:30'),
        {
          attributes: {
            fullText: 'Điều 1. …',
            receivingUnitAddress: 'Sở Tư pháp',
            receivingUnitEmail: 'stp@vinhphuc.gov.vn',
          },
        },
      ],
    ]);
    expect(
      refusalOf(
        wf.send(
          filled,
          { type: 'open', payload: { commentDeadline: '2026-05-01T17:00:00+07:00' } },
          op,
          vn('2026-05-04T09:00'),
        ),
      ),
    ).toBe('workflow.comment-deadline-invalid');
    expect(
      refusalOf(
        wf.send(
          filled,
          { type: 'open', payload: { commentDeadline: 'next month' } },
          op,
          vn('2026-05-04T09:00'),
        ),
      ),
    ).toBe('workflow.comment-deadline-invalid');
  });

  it('open → comments until the deadline → close after it → publish the summary', () => {
    const open = steps(wf, created(), [
      [
        'update',
        op,
        vn('2026-05-04T08:30'),
        {
          attributes: {
            fullText: 'Điều 1. …',
            receivingUnitAddress: 'Sở Tư pháp',
            receivingUnitEmail: 'stp@vinhphuc.gov.vn',
          },
        },
      ],
      ['open', op, vn('2026-05-04T09:00'), { commentDeadline: '2026-06-04T17:00:00+07:00' }],
    ]);
    // Posted an hour after the drafting agency's request, where the rule is "immediately" (6.6).
    expect(open.snapshot.context.postedLate).toBe(true);
    const commented = steps(wf, open, [
      ['comment', public1, vn('2026-05-10T20:00'), { comment: 'Đề nghị bổ sung…' }],
      ['comment', { id: 'nguoi-dan-2', roles: ['public'] }, vn('2026-06-04T17:00'), { comment: 'Đồng ý' }],
    ]);
    expect(commented.snapshot.context.commentCount).toBe(2);
    expect(
      refusalOf(
        wf.send(
          commented,
          { type: 'comment', payload: { comment: 'Muộn' } },
          public1,
          vn('2026-06-04T17:01'),
        ),
      ),
    ).toBe('workflow.comment-period-over');
    expect(refusalOf(wf.send(commented, { type: 'comment' }, public1, vn('2026-06-04T17:00')))).toBe(
      'workflow.field-required',
    );
    expect(
      refusalOf(
        wf.send(commented, { type: 'comment', payload: { comment: 'x' } }, public1, vn('2026-06-01T10:00')),
      ),
    ).toBe('workflow.clock-backwards');
    expect(refusalOf(wf.send(open, { type: 'close' }, op, vn('2026-06-04T16:59')))).toBe(
      'workflow.comment-period-running',
    );
    expect(refusalOf(wf.send(commented, { type: 'close' }, public1, vn('2026-06-05T08:00')))).toBe(
      'workflow.role-not-permitted',
    );
    const closed = steps(wf, commented, [['close', op, vn('2026-06-05T08:00')]]);
    expect(refusalOf(wf.send(closed, { type: 'publish-summary' }, op, vn('2026-06-06T08:00')))).toBe(
      'workflow.field-required',
    );
    const done = steps(wf, closed, [
      ['publish-summary', op, vn('2026-06-06T08:00'), { summary: '2 ý kiến: …' }],
    ]);
    expect(done.snapshot.state).toBe('summarised');
    expect(wf.verify(done).ok).toBe(true);
  });

  it('the deadline may be extended, never shortened', () => {
    const open = steps(wf, created(), [
      [
        'update',
        op,
        vn('2026-05-04T08:30'),
        { attributes: { fullText: 'x', receivingUnitAddress: 'y', receivingUnitEmail: 'z@vp.gov.vn' } },
      ],
      ['open', op, vn('2026-05-04T08:40'), { commentDeadline: '2026-06-04T17:00:00+07:00' }],
    ]);
    expect(
      refusalOf(
        wf.send(
          open,
          { type: 'extend', payload: { commentDeadline: '2026-06-01T17:00:00+07:00', reason: 'x' } },
          op,
          vn('2026-05-05T08:00'),
        ),
      ),
    ).toBe('workflow.comment-deadline-invalid');
    const ext = steps(wf, open, [
      [
        'extend',
        op,
        vn('2026-05-05T08:00'),
        { commentDeadline: '2026-06-15T17:00:00+07:00', reason: 'Nhiều ý kiến' },
      ],
    ]);
    expect(ext.snapshot.context.commentDeadline).toBe('2026-06-15T17:00:00+07:00');
  });

  it('Hậu Giang requires the summary of comments (8.4)', () => {
    const m = buildConsultationMachine(WORKFLOW_HG_1347_2020.consultations!);
    expect(m.transitions.find((t) => t.event === 'publish-summary')?.citation.id).toBe('HG-1347-2020/8.4');
  });
});

describe('ND 224/2026 Art. 13.1.a: a planned suspension is announced at least 7 working days ahead', () => {
  const policy = WORKFLOW_ND_224_2026.suspensionNotice!;
  const startsAt = vn('2026-10-24T22:00');
  const restorationAt = vn('2026-10-25T06:00');

  it('Wednesday 14 October is the last day to announce a Saturday 24 October suspension', () => {
    const r = checkSuspensionNotice(policy, { noticeAt: vn('2026-10-14T16:00'), startsAt, restorationAt });
    expect(r.ok && r.value.latestNoticeDate).toBe('2026-10-14');
    const late = checkSuspensionNotice(policy, { noticeAt: vn('2026-10-15T08:00'), startsAt, restorationAt });
    expect(refusalOf(late)).toBe('workflow.suspension-notice-late');
    expect(late.ok ? null : late.issues[0]!.citation?.id).toBe('ND-224-2026/13.1.a');
    expect(late.ok ? null : late.issues[0]!.details?.latestNoticeDate).toBe('2026-10-14');
  });

  it('days off do not count: a suspension on Tuesday 8 September 2026 needs notice by Monday 24 August', () => {
    // 31/8 is a swapped day off (worked on Saturday 22/8), 1–2/9 National Day: the 7 working days before
    // 8/9 are 25, 26, 27, 28/8 and 3, 4, 7/9.
    const r = checkSuspensionNotice(policy, {
      noticeAt: vn('2026-08-20T09:00'),
      startsAt: vn('2026-09-08T01:00'),
      restorationAt: vn('2026-09-08T05:00'),
    });
    expect(r.ok && r.value.latestNoticeDate).toBe('2026-08-24');
  });

  it('the expected restoration time is required, and must follow the start', () => {
    expect(refusalOf(checkSuspensionNotice(policy, { noticeAt: vn('2026-10-01T09:00'), startsAt }))).toBe(
      'workflow.suspension-restoration-missing',
    );
    expect(
      refusalOf(
        checkSuspensionNotice(policy, {
          noticeAt: vn('2026-10-01T09:00'),
          startsAt,
          restorationAt: startsAt,
        }),
      ),
    ).toBe('workflow.suspension-invalid');
    expect(refusalOf(checkSuspensionNotice(policy, { noticeAt: new Date(Number.NaN), startsAt }))).toBe(
      'workflow.suspension-invalid',
    );
    expect(refusalOf(checkSuspensionNotice(policy, null as never))).toBe('workflow.suspension-invalid');
  });
});
