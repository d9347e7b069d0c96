import { describe, expect, it } from 'vitest';
import {
  WORKFLOW_HG_1347_2020,
  WORKFLOW_NX_2112_2022,
  WORKFLOW_QN_3069_2021,
  WORKFLOW_TN_40_2012,
  WORKFLOW_VP_32_2023,
} from '../../src/profiles/workflow/index.js';
import {
  buildApprovalMachine,
  checkEditorialAuthority,
  createWorkflow,
  type JsonObject,
  type WorkflowActor,
  type WorkflowRun,
} from '../../src/workflow/index.js';
import { at } from './_fixtures.js';
import { refusalOf, steps } from './_run.js';

function startOrThrow(
  wf: ReturnType<typeof createWorkflow>,
  actor: WorkflowActor,
  attributes: JsonObject = {},
): WorkflowRun {
  const r = wf.start(actor, at(0), { attributes });
  if (!r.ok) throw new Error(r.issues[0]!.code);
  return r.value;
}

describe('Quảng Nam 3069/QĐ-UBND: members edit, the Head approves (10.2)', () => {
  const wf = createWorkflow(buildApprovalMachine(WORKFLOW_QN_3069_2021.editorial!));
  const updater = { id: 'so-tu-phap', roles: ['updater'] };
  const member = { id: 'bt-1', roles: ['member'] };
  const member2 = { id: 'bt-2', roles: ['member'] };
  const head = { id: 'giam-doc-so', roles: ['head'] };
  const inReview = (attrs: JsonObject = {}): WorkflowRun =>
    steps(wf, startOrThrow(wf, updater, { title: 'Văn bản mới', ...attrs }), [
      ['submit', updater, at(1)],
      ['start-review', member, at(2)],
      ['edit', member, at(3), { attributes: { title: 'Văn bản mới (đã biên tập)' } }],
    ]);

  it('a member may not approve; the Head may; the published item records who approved', () => {
    const run = inReview();
    const refused = wf.send(run, { type: 'approve' }, member, at(4));
    expect(refusalOf(refused)).toBe('workflow.role-not-permitted');
    expect(refused.ok ? null : refused.issues[0]!.citation?.id).toBe('QN-3069-2021/10.2.b');
    // bt-1 edited the item: an author now, so the Head or another member publishes it (not bt-1).
    expect(
      refusalOf(wf.send(steps(wf, run, [['approve', head, at(5)]]), { type: 'publish' }, member, at(6))),
    ).toBe('workflow.self-publication');
    const done = steps(wf, run, [
      ['approve', head, at(5)],
      ['publish', member2, at(6)],
    ]);
    expect(done.snapshot.state).toBe('published');
    expect(done.snapshot.context.liveApprovedBy).toBe('giam-doc-so');
    expect(done.snapshot.context.attributes).toEqual({ title: 'Văn bản mới (đã biên tập)' });
    expect(done.log.map((e) => `${e.event}:${e.role}`)).toEqual([
      'create:updater',
      'submit:updater',
      'start-review:member',
      'edit:member',
      'approve:head',
      'publish:member',
    ]);
    expect(wf.verify(done).ok).toBe(true);
  });

  it('a rejection needs a reason, and the reason is in the audit trail', () => {
    const run = inReview();
    expect(refusalOf(wf.send(run, { type: 'reject' }, head, at(4)))).toBe('workflow.field-required');
    expect(refusalOf(wf.send(run, { type: 'reject', payload: { reason: '  ' } }, head, at(4)))).toBe(
      'workflow.field-required',
    );
    const rejected = steps(wf, run, [['reject', head, at(4), { reason: 'Trùng tin đã đăng' }]]);
    expect(rejected.snapshot.state).toBe('rejected');
    expect(rejected.log.at(-1)!.reason).toBe('Trùng tin đã đăng');
    // Back to the author's desk: reopen starts a new version with no approval.
    const reopened = steps(wf, rejected, [['reopen', updater, at(5)]]);
    expect(reopened.snapshot.context.version).toBe(2);
    expect(reopened.snapshot.context.approvedBy).toBeNull();
  });

  it('only approved items reach published: publish before approval is impossible', () => {
    const run = inReview();
    expect(refusalOf(wf.send(run, { type: 'publish' }, head, at(4)))).toBe('workflow.event-not-allowed');
  });

  it('classified items and reused items without author and source are refused at approval (6.2, 6.3)', () => {
    const secret = wf.send(inReview({ classification: 'toi-mat' }), { type: 'approve' }, head, at(4));
    expect(refusalOf(secret)).toBe('workflow.classified');
    const reused = wf.send(
      inReview({ reused: true, source: 'Báo Quảng Nam' }),
      { type: 'approve' },
      head,
      at(4),
    );
    expect(refusalOf(reused)).toBe('workflow.attribution-missing');
    expect(reused.ok ? null : reused.issues[0]!.citation?.id).toBe('QN-3069-2021/6.3');
    const ok = wf.send(
      inReview({ reused: true, source: 'Báo Quảng Nam', author: 'Nguyễn Văn A' }),
      { type: 'approve' },
      head,
      at(4),
    );
    expect(ok.ok).toBe(true);
  });

  it('scheduled publishing: the system publishes at the time set, not before', () => {
    const approved = steps(wf, inReview(), [['approve', head, at(4)]]);
    expect(
      refusalOf(
        wf.send(approved, { type: 'schedule', payload: { publishAt: at(1).toISOString() } }, head, at(5)),
      ),
    ).toBe('workflow.publish-at-invalid');
    const scheduled = steps(wf, approved, [['schedule', head, at(5), { publishAt: at(120).toISOString() }]]);
    const system = { id: 'he-thong', roles: ['system'] };
    expect(refusalOf(wf.send(scheduled, { type: 'publish-due' }, system, at(119)))).toBe(
      'workflow.too-early',
    );
    expect(refusalOf(wf.send(scheduled, { type: 'publish-due' }, member, at(121)))).toBe(
      'workflow.role-not-permitted',
    );
    const published = steps(wf, scheduled, [['publish-due', system, at(120)]]);
    expect(published.snapshot.state).toBe('published');
    expect(published.log.at(-1)!.actorId).toBe('he-thong');
    expect(published.snapshot.context.scheduledBy).toBe('giam-doc-so');
  });

  it('a correction keeps the published version live until the revision is approved and published', () => {
    const live = steps(wf, inReview(), [
      ['approve', head, at(4)],
      ['publish', head, at(5)],
    ]);
    const revising = steps(wf, live, [
      ['correct', member, at(6), { reason: 'Đính chính số liệu' }],
      ['update', member, at(7), { attributes: { title: 'Văn bản mới (đính chính)' } }],
      ['submit', member, at(8)],
    ]);
    expect(revising.snapshot.state).toBe('revision-review');
    expect(revising.snapshot.context.liveVersion).toBe(1);
    expect(revising.snapshot.context.version).toBe(2);
    expect((revising.snapshot.context.liveAttributes as JsonObject).title).toBe('Văn bản mới (đã biên tập)');
    // The reviser may not approve their own correction even as Head: here a member revised, the Head approves.
    const rejected = steps(wf, revising, [['reject', head, at(9), { reason: 'Chưa đúng' }]]);
    expect(rejected.snapshot.state).toBe('published');
    expect(rejected.snapshot.context.attributes).toEqual({ title: 'Văn bản mới (đã biên tập)' });
    expect(rejected.snapshot.context.version).toBe(1);
    const corrected = steps(wf, revising, [
      ['approve', head, at(9)],
      ['publish', member2, at(10)],
    ]);
    expect(corrected.snapshot.context.liveVersion).toBe(2);
    expect((corrected.snapshot.context.liveAttributes as JsonObject).title).toBe('Văn bản mới (đính chính)');
  });

  it('unpublishing needs a reason and takes the item off', () => {
    const live = steps(wf, inReview(), [
      ['approve', head, at(4)],
      ['publish', head, at(5)],
    ]);
    expect(refusalOf(wf.send(live, { type: 'unpublish' }, head, at(6)))).toBe('workflow.field-required');
    expect(refusalOf(wf.send(live, { type: 'unpublish', payload: { reason: 'x' } }, member, at(6)))).toBe(
      'workflow.role-not-permitted',
    );
    const off = steps(wf, live, [['unpublish', head, at(6), { reason: 'Hết hiệu lực' }]]);
    expect(off.snapshot.state).toBe('unpublished');
    expect(off.snapshot.context.liveVersion).toBeNull();
  });

  it('the Head may delegate the system-administration password for a period (12.2)', () => {
    const policy = WORKFLOW_QN_3069_2021.editorial!;
    expect(checkEditorialAuthority(policy, head, 'administer', at(0)).ok).toBe(true);
    const it = {
      id: 'ky-thuat-vien',
      roles: ['member'],
      delegations: [
        {
          id: 'uq-2026-01',
          fromActorId: 'giam-doc-so',
          fromRole: 'head',
          toActorId: 'ky-thuat-vien',
          actions: ['administer', 'approve'],
          validFrom: '2026-03-02',
          validUntil: '2026-03-16',
        },
      ],
    };
    const during = checkEditorialAuthority(policy, it, 'administer', new Date('2026-03-10T03:00:00Z'));
    expect(during.ok && during.value).toEqual({
      role: 'head',
      delegationId: 'uq-2026-01',
      onBehalfOf: 'giam-doc-so',
      citation: {
        id: 'QN-3069-2021/12.2',
        note: 'the Head may authorise another person to manage the password',
      },
    });
    expect(
      refusalOf(checkEditorialAuthority(policy, it, 'administer', new Date('2026-03-16T00:00:00+07:00'))),
    ).toBe('workflow.delegation-expired');
    expect(
      refusalOf(checkEditorialAuthority(policy, it, 'administer', new Date('2026-03-01T23:59:00+07:00'))),
    ).toBe('workflow.delegation-expired');
    // The regulation allows delegating the password, not the approval.
    expect(refusalOf(checkEditorialAuthority(policy, it, 'approve', new Date('2026-03-10T03:00:00Z')))).toBe(
      'workflow.delegation-not-allowed',
    );
    expect(
      refusalOf(checkEditorialAuthority(policy, { id: 'x', roles: ['member'] }, 'administer', at(0))),
    ).toBe('workflow.role-not-permitted');
  });
});

describe('Như Xuân 2112/QĐ-UBND: approval routed by topic (14.1–14.2), MẬT never published (7)', () => {
  const wf = createWorkflow(buildApprovalMachine(WORKFLOW_NX_2112_2022.editorial!));
  const member = { id: 'tv-1', roles: ['member'] };
  const member2 = { id: 'tv-2', roles: ['member'] };
  const head = { id: 'truong-ban', roles: ['head'] };
  const deputy = { id: 'pho-ban', roles: ['deputy'] };
  const inReview = (attrs: JsonObject, author: WorkflowActor = member): WorkflowRun =>
    steps(wf, startOrThrow(wf, author, { title: 'Tin', ...attrs }), [
      ['submit', author, at(1)],
      ['start-review', member2, at(2)],
    ]);

  it('Party matters go to the Head, government matters to the Deputy', () => {
    const party = inReview({ topic: 'party' });
    const byDeputy = wf.send(party, { type: 'approve' }, deputy, at(3));
    expect(refusalOf(byDeputy)).toBe('workflow.role-not-permitted');
    expect(byDeputy.ok ? '' : byDeputy.issues[0]!.message.en).toContain('for this content');
    expect(wf.send(party, { type: 'approve' }, head, at(3)).ok).toBe(true);
    const gov = inReview({ topic: 'government' });
    expect(refusalOf(wf.send(gov, { type: 'approve' }, head, at(3)))).toBe('workflow.role-not-permitted');
    const ok = wf.send(gov, { type: 'approve' }, deputy, at(3));
    expect(ok.ok && ok.value.log.at(-1)!.citations).toEqual(['NX-2112-2022/14.2', 'NX-2112-2022/14']);
    // Untagged items: the Head (reading of 14.1: the Head answers for all content).
    expect(wf.send(inReview({}), { type: 'approve' }, head, at(3)).ok).toBe(true);
  });

  it('the Deputy acts for the Head while authorised, and the record says on whose behalf', () => {
    const acting = {
      ...deputy,
      delegations: [
        {
          id: 'uq-14-2',
          fromActorId: 'truong-ban',
          fromRole: 'head',
          toActorId: 'pho-ban',
          actions: ['approve'],
          validFrom: '2026-03-02T00:00:00+07:00',
          validUntil: '2026-03-02T12:00:00+07:00',
        },
      ],
    };
    const party = inReview({ topic: 'party' });
    const r = wf.send(party, { type: 'approve' }, acting, at(3));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const e = r.value.log.at(-1)!;
    expect([e.actorId, e.role, e.onBehalfOf, e.delegationId]).toEqual([
      'pho-ban',
      'head',
      'truong-ban',
      'uq-14-2',
    ]);
    expect(r.value.snapshot.context.approvedOnBehalfOf).toBe('truong-ban');
    // After the authorisation ends (12:00 = 05:00 UTC), the Deputy is back to government matters only.
    expect(refusalOf(wf.send(party, { type: 'approve' }, acting, new Date('2026-03-02T05:00:00Z')))).toBe(
      'workflow.delegation-expired',
    );
    // availableEvents shows the delegated power while it lasts.
    const offered = wf.available(party, acting, at(3)).find((x) => x.event === 'approve');
    expect(offered && [offered.role, offered.delegationId, offered.citation.id]).toEqual([
      'head',
      'uq-14-2',
      'NX-2112-2022/14.1',
    ]);
    expect(
      wf.available(party, acting, new Date('2026-03-02T05:00:00Z')).some((x) => x.event === 'approve'),
    ).toBe(false);
    // The rule names the Deputy: a member holding the same paper is refused.
    const memberActing = { ...member2, delegations: [{ ...acting.delegations[0]!, toActorId: 'tv-2' }] };
    expect(refusalOf(wf.send(party, { type: 'approve' }, memberActing, at(3)))).toBe(
      'workflow.delegation-not-allowed',
    );
  });

  it('nobody approves their own item (9), and MẬT or above is never approved nor published (7#mat)', () => {
    const own = inReview({ topic: 'party' }, head);
    const r = wf.send(own, { type: 'approve' }, head, at(3));
    expect(refusalOf(r)).toBe('workflow.self-approval');
    expect(r.ok ? null : r.issues[0]!.citation?.id).toBe('NX-2112-2022/9');
    const secret = wf.send(
      inReview({ topic: 'party', classification: 'mat' }),
      { type: 'approve' },
      head,
      at(3),
    );
    expect(refusalOf(secret)).toBe('workflow.classified');
    expect(secret.ok ? null : secret.issues[0]!.citation?.id).toBe('NX-2112-2022/7#mat');
    // Marked secret after approval (during editing of a correction, say): publishing is refused too.
    const approved = steps(wf, inReview({ topic: 'party' }), [['approve', head, at(3)]]);
    const live = steps(wf, approved, [['publish', head, at(4)]]);
    const revising = steps(wf, live, [
      ['correct', member, at(5), { reason: 'Bổ sung' }],
      ['update', member, at(6), { attributes: { classification: 'tuyet-mat' } }],
      ['submit', member, at(7)],
    ]);
    expect(refusalOf(wf.send(revising, { type: 'approve' }, head, at(8)))).toBe('workflow.classified');
  });
});

describe('Thái Nguyên 40/2012/QĐ-UBND: updater, moderator, Editor-in-Chief (17.2, 6.3)', () => {
  const policy = WORKFLOW_TN_40_2012.editorial!;
  const wf = createWorkflow(buildApprovalMachine(policy));
  const updater = { id: 'cap-nhat', roles: ['updater'] };
  const moderator = { id: 'kiem-duyet', roles: ['moderator'] };
  const chief = { id: 'tong-bien-tap', roles: ['editor-in-chief'] };
  const admin = { id: 'quan-tri', roles: ['administrator'] };
  const all = policy.checklist!.map((c) => c.id);

  it('the Editor-in-Chief approves after confirming the prohibited-content checklist (5.1)', () => {
    const run = steps(wf, startOrThrow(wf, updater, { title: 'Tin' }), [
      ['submit', updater, at(1)],
      ['start-review', moderator, at(2)],
    ]);
    expect(refusalOf(wf.send(run, { type: 'approve', payload: { confirmed: all } }, moderator, at(3)))).toBe(
      'workflow.role-not-permitted',
    );
    expect(refusalOf(wf.send(run, { type: 'start-review' }, admin, at(3)))).toBe(
      'workflow.event-not-allowed',
    );
    expect(refusalOf(wf.send(run, { type: 'edit' }, admin, at(3)))).toBe('workflow.role-not-permitted');
    const partial = wf.send(run, { type: 'approve', payload: { confirmed: all.slice(1) } }, chief, at(3));
    expect(refusalOf(partial)).toBe('workflow.checklist-incomplete');
    const done = steps(wf, run, [
      ['approve', chief, at(3), { confirmed: all }],
      ['publish', moderator, at(4)],
    ]);
    expect(done.snapshot.state).toBe('published');
    expect(checkEditorialAuthority(policy, admin, 'administer', at(5)).ok).toBe(true);
    expect(checkEditorialAuthority(policy, chief, 'administer', at(5)).ok).toBe(false);
  });
});

describe('attribution of reused items: Vĩnh Phúc (4.4: source + author or source agency), Hậu Giang (3.3: author + source)', () => {
  const approveWith = (bundle: typeof WORKFLOW_VP_32_2023, attrs: JsonObject): string => {
    const wf = createWorkflow(buildApprovalMachine(bundle.editorial!));
    const member = { id: 'tv', roles: ['member'] };
    const run = steps(wf, startOrThrow(wf, member, { reused: true, ...attrs }), [
      ['submit', member, at(1)],
      ['start-review', member, at(2)],
    ]);
    const confirmed = (bundle.editorial!.checklist ?? []).map((c) => c.id);
    return refusalOf(
      wf.send(run, { type: 'approve', payload: { confirmed } }, { id: 'tb', roles: ['head'] }, at(3)),
    );
  };
  it('Vĩnh Phúc accepts the source agency instead of the author', () => {
    expect(approveWith(WORKFLOW_VP_32_2023, { source: 'TTXVN', sourceAgency: 'Thông tấn xã Việt Nam' })).toBe(
      'ok',
    );
    expect(approveWith(WORKFLOW_VP_32_2023, { source: 'TTXVN', author: 'Lê B' })).toBe('ok');
    expect(approveWith(WORKFLOW_VP_32_2023, { author: 'Lê B', sourceAgency: 'TTXVN' })).toBe(
      'workflow.attribution-missing',
    );
  });
  it('Hậu Giang needs both author and source', () => {
    expect(approveWith(WORKFLOW_HG_1347_2020, { source: 'Báo Hậu Giang', author: 'Trần C' })).toBe('ok');
    expect(
      approveWith(WORKFLOW_HG_1347_2020, { source: 'Báo Hậu Giang', sourceAgency: 'Báo Hậu Giang' }),
    ).toBe('workflow.attribution-missing');
    expect(approveWith(WORKFLOW_HG_1347_2020, { source: 'Báo Hậu Giang', author: '   ' })).toBe(
      'workflow.attribution-missing',
    );
  });
  it('Vĩnh Phúc: the Head may authorise a member to approve (12.3 reading)', () => {
    const wf = createWorkflow(buildApprovalMachine(WORKFLOW_VP_32_2023.editorial!));
    const author = { id: 'tv-1', roles: ['member'] };
    const run = steps(wf, startOrThrow(wf, author), [
      ['submit', author, at(1)],
      ['start-review', author, at(2)],
    ]);
    const delegate = {
      id: 'tv-2',
      roles: ['member'],
      delegations: [
        {
          id: 'uq',
          fromActorId: 'tb',
          fromRole: 'head',
          toActorId: 'tv-2',
          actions: ['approve'],
          validFrom: '2026-03-01',
          validUntil: '2026-04-01',
        },
      ],
    };
    expect(wf.send(run, { type: 'approve' }, delegate, at(3)).ok).toBe(true);
    // Even with a delegation, the author does not approve their own item.
    const selfDelegate = {
      ...delegate,
      id: 'tv-1',
      delegations: [{ ...delegate.delegations[0]!, toActorId: 'tv-1' }],
    };
    expect(refusalOf(wf.send(run, { type: 'approve' }, selfDelegate, at(3)))).toBe('workflow.self-approval');
  });
});
