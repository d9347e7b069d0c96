import { describe, expect, it } from 'vitest';
import {
  WORKFLOW_NX_2112_2022,
  WORKFLOW_QN_3069_2021,
  WORKFLOW_TN_40_2012,
  WORKFLOW_VP_32_2023,
} from '../../src/profiles/workflow/index.js';
import {
  buildApprovalMachine,
  createWorkflow,
  type EditorialAction,
  type EditorialPolicy,
  type JsonObject,
  type Workflow,
  type WorkflowActor,
  type WorkflowRun,
} from '../../src/workflow/index.js';
import { at } from './_fixtures.js';

// Regression tests of the findings of issue 13, each on the shipped policies where it was reproduced.

type Step = readonly [string, WorkflowActor, JsonObject?];

function roleFor(policy: EditorialPolicy, action: EditorialAction, topic?: string): string {
  const p = policy.permissions.find(
    (x) =>
      x.action === action &&
      (x.topics === undefined || (topic !== undefined && x.topics.includes(topic))) &&
      (x.exceptTopics === undefined || topic === undefined || !x.exceptTopics.includes(topic)),
  );
  if (!p) throw new Error(`no role may ${action}`);
  return p.roles[0]!;
}

function run(wf: Workflow, first: Step, rest: readonly Step[]): WorkflowRun {
  const s = wf.start(first[1], at(0), first[2] ?? {});
  if (!s.ok) throw new Error(`start: ${s.issues[0]!.code}`);
  let r = s.value;
  rest.forEach(([type, actor, payload], i) => {
    const n = wf.send(r, payload === undefined ? { type } : { type, payload }, actor, at(i + 1));
    if (!n.ok) throw new Error(`${type} by ${actor.id}: ${n.issues[0]!.code}`);
    r = n.value;
  });
  return r;
}

const codeOf = (r: { ok: boolean; issues: readonly { code: string }[] }): string =>
  r.ok ? 'ok' : r.issues.map((i) => i.code).join(',');

const EDITORIAL: Record<string, EditorialPolicy> = {
  'nhu-xuan': WORKFLOW_NX_2112_2022.editorial!,
  'quang-nam': WORKFLOW_QN_3069_2021.editorial!,
  'thai-nguyen': WORKFLOW_TN_40_2012.editorial!,
  'vinh-phuc': WORKFLOW_VP_32_2023.editorial!,
};

const allRoles = (p: EditorialPolicy): string[] => p.roles.map((r) => r.id);

describe('the reopen path: create → submit → reject → reopen (someone else) → submit → review → approve (author)', () => {
  for (const [name, policy] of Object.entries(EDITORIAL)) {
    it(`${name}: the author's approval is refused after a no-change reopen, and nobody else became an author`, () => {
      const wf = createWorkflow(buildApprovalMachine(policy));
      const topic = policy.topics ? 'party' : undefined;
      const author = { id: 'Tac-Gia', roles: allRoles(policy) };
      const rejecter = { id: 'nguoi-tu-choi', roles: [roleFor(policy, 'reject')] };
      const reopener = { id: 'nguoi-mo-lai', roles: [roleFor(policy, 'draft')] };
      const reviewer = { id: 'nguoi-bien-tap', roles: [roleFor(policy, 'review')] };
      const attributes = topic ? { title: 'Tin', topic } : { title: 'Tin' };
      const r = run(
        wf,
        ['create', author, { attributes }],
        [
          ['submit', author],
          ['reject', rejecter, { reason: 'Chưa đạt' }],
          ['reopen', reopener],
          ['submit', reopener],
          ['start-review', reviewer],
        ],
      );
      expect(r.snapshot.context.authors).toEqual(['tac-gia']);
      expect(r.snapshot.context.reopenedBy).toBe('nguoi-mo-lai');
      const refused = wf.send(r, { type: 'approve' }, { id: 'tac-gia', roles: allRoles(policy) }, at(10));
      expect(codeOf(refused)).toContain('workflow.self-approval');
      expect(refused.ok ? undefined : refused.issues[0]!.citation?.id).toMatch(/^(NX|QN|TN|VP)-/);
      // A reopen that changes the content makes the reopener an author.
      const changed = run(
        wf,
        ['create', author, { attributes }],
        [
          ['submit', author],
          ['reject', rejecter, { reason: 'Chưa đạt' }],
          ['reopen', reopener, { attributes: { title: 'Tin (viết lại)' } }],
        ],
      );
      expect(changed.snapshot.context.authors).toEqual(['tac-gia', 'nguoi-mo-lai']);
    });
  }
});

describe('classification by meaning, not spelling', () => {
  const SPELLINGS = [
    'Mật',
    'MAT',
    'Mat',
    ' mat',
    'tối mật',
    'Tuyệt mật',
    'secret',
    'TOP SECRET',
    'toi_mat',
    'Tối  Mật',
  ];
  for (const name of ['quang-nam', 'vinh-phuc', 'thai-nguyen'] as const) {
    const policy = EDITORIAL[name]!;
    const wf = createWorkflow(buildApprovalMachine(policy));
    const writer = { id: 'w', roles: [roleFor(policy, 'draft')] };
    const reviewer = { id: 'v', roles: [roleFor(policy, 'review')] };
    const approver = { id: 'a', roles: [roleFor(policy, 'approve')] };
    const confirmed = (policy.checklist ?? []).map((c) => c.id);
    const inReview = (classification: string): WorkflowRun =>
      run(
        wf,
        ['create', writer, { attributes: { title: 'T', classification } }],
        [
          ['submit', writer],
          ['start-review', reviewer],
        ],
      );
    it(`${name}: every spelling of Mật and above is refused at approval; an unknown mark is refused too`, () => {
      for (const c of SPELLINGS) {
        expect(
          codeOf(wf.send(inReview(c), { type: 'approve', payload: { confirmed } }, approver, at(5))),
        ).toContain('workflow.classified');
      }
      for (const c of ['restricted', 'mật?', 'bí mật nhà nước']) {
        expect(
          codeOf(wf.send(inReview(c), { type: 'approve', payload: { confirmed } }, approver, at(5))),
        ).toContain('workflow.classification-unknown');
      }
      for (const c of ['none', 'Công khai', 'public', '']) {
        expect(
          codeOf(wf.send(inReview(c), { type: 'approve', payload: { confirmed } }, approver, at(5))),
        ).toBe('ok');
      }
    });
  }
  it('a correction that marks the item Mật is never approved nor published (Quảng Nam)', () => {
    const wf = createWorkflow(buildApprovalMachine(EDITORIAL['quang-nam']!));
    const updater = { id: 'u', roles: ['updater'] };
    const member = { id: 'm', roles: ['member'] };
    const member2 = { id: 'm2', roles: ['member'] };
    const head = { id: 'h', roles: ['head'] };
    const revising = run(
      wf,
      ['create', updater, { attributes: { title: 'T' } }],
      [
        ['submit', updater],
        ['start-review', member],
        ['approve', head],
        ['publish', member2],
        ['correct', updater, { reason: 'Bổ sung' }],
        ['update', updater, { attributes: { classification: 'MẬT' } }],
        ['submit', updater],
      ],
    );
    expect(codeOf(wf.send(revising, { type: 'approve' }, head, at(20)))).toBe('workflow.classified');
    // The live version stays the unclassified one.
    expect((revising.snapshot.context.liveAttributes as JsonObject).classification).toBeUndefined();
  });
});

describe('ways around the rules', () => {
  it('Như Xuân: a Deputy may not re-route a Party item to "government" during review (routing fixed)', () => {
    const policy = EDITORIAL['nhu-xuan']!;
    const wf = createWorkflow(buildApprovalMachine(policy));
    const member = { id: 'tv-1', roles: ['member'] };
    const deputy = { id: 'pho-ban', roles: ['deputy'] };
    const r = run(
      wf,
      ['create', member, { attributes: { title: 'Hội nghị Huyện ủy', topic: 'party' } }],
      [
        ['submit', member],
        ['start-review', member],
      ],
    );
    const edit = wf.send(
      r,
      { type: 'edit', payload: { attributes: { topic: 'government' } } },
      deputy,
      at(5),
    );
    expect(codeOf(edit)).toBe('workflow.routing-changed');
    expect(edit.ok ? undefined : edit.issues[0]!.citation?.id).toMatch(/^NX-2112-2022\/14/);
    expect(codeOf(wf.send(r, { type: 'approve' }, deputy, at(5)))).toBe('workflow.role-not-permitted');
    // Sent back, the author may change the topic and resubmit: routing is fixed again at the new submission.
    const back = run(
      wf,
      ['create', member, { attributes: { title: 'x', topic: 'party' } }],
      [
        ['submit', member],
        ['request-changes', deputy, { reason: 'Sai lĩnh vực' }],
        ['update', member, { attributes: { topic: 'government' } }],
        ['submit', member],
        ['start-review', member],
        ['approve', deputy],
      ],
    );
    expect(back.snapshot.state).toBe('approved');
  });

  it('the Head who rewrote the item in review may not approve it (Như Xuân)', () => {
    const wf = createWorkflow(buildApprovalMachine(EDITORIAL['nhu-xuan']!));
    const member = { id: 'tv-1', roles: ['member'] };
    const head = { id: 'truong-ban', roles: ['head'] };
    const r = run(
      wf,
      ['create', member, { attributes: { title: 'x', topic: 'party' } }],
      [
        ['submit', member],
        ['start-review', head],
        ['edit', head, { attributes: { title: 'Viết lại toàn bộ' } }],
      ],
    );
    expect(codeOf(wf.send(r, { type: 'approve' }, head, at(9)))).toBe('workflow.self-approval');
    // An edit that changes nothing makes nobody an author.
    const same = run(
      wf,
      ['create', member, { attributes: { title: 'x', topic: 'party' } }],
      [
        ['submit', member],
        ['start-review', head],
        ['edit', head, { attributes: { title: 'x' } }],
      ],
    );
    expect(codeOf(wf.send(same, { type: 'approve' }, head, at(9)))).toBe('ok');
  });

  it('actor ids are compared after normalisation (Truong-Ban is truong-ban)', () => {
    const wf = createWorkflow(buildApprovalMachine(EDITORIAL['nhu-xuan']!));
    const r = run(
      wf,
      ['create', { id: 'truong-ban', roles: ['head'] }, { attributes: { title: 'x', topic: 'party' } }],
      [
        ['submit', { id: 'truong-ban', roles: ['head'] }],
        ['start-review', { id: 'tv', roles: ['member'] }],
      ],
    );
    for (const id of ['Truong-Ban', ' TRUONG-BAN ', 'ｔｒｕｏｎｇ-ｂａｎ']) {
      expect(codeOf(wf.send(r, { type: 'approve' }, { id, roles: ['head'] }, at(9)))).toBe(
        'workflow.self-approval',
      );
    }
  });

  it('the author may not publish or schedule their own item once someone else approved it', () => {
    for (const [name, policy] of Object.entries(EDITORIAL)) {
      const wf = createWorkflow(buildApprovalMachine(policy));
      const topic = policy.topics ? 'government' : undefined;
      const publisherRole = roleFor(policy, 'publish');
      const author = {
        id: 'author',
        roles: [roleFor(policy, 'draft'), publisherRole, roleFor(policy, 'schedule')],
      };
      const approver = { id: 'approver', roles: [roleFor(policy, 'approve', topic)] };
      const reviewer = { id: 'reviewer', roles: [roleFor(policy, 'review')] };
      const confirmed = (policy.checklist ?? []).map((c) => c.id);
      const approved = run(
        wf,
        ['create', author, { attributes: topic ? { title: 't', topic } : { title: 't' } }],
        [
          ['submit', author],
          ['start-review', reviewer],
          ['approve', approver, { confirmed }],
        ],
      );
      const pub = wf.send(approved, { type: 'publish' }, author, at(9));
      expect(codeOf(pub), name).toContain('workflow.self-publication');
      expect(
        pub.ok ? undefined : pub.issues.find((i) => i.code === 'workflow.self-publication')!.citation?.id,
      ).toBeTruthy();
      const publishAt = new Date(at(9).getTime() + 86_400_000).toISOString();
      expect(
        codeOf(wf.send(approved, { type: 'schedule', payload: { publishAt } }, author, at(9))),
        name,
      ).toContain('workflow.self-publication');
      expect(
        codeOf(wf.send(approved, { type: 'publish' }, { id: 'other', roles: [publisherRole] }, at(9))),
        name,
      ).toBe('ok');
    }
  });
});

describe('approval on behalf of the author (delegation)', () => {
  const validFrom = '2026-03-01';
  const validUntil = '2026-03-10';
  it('Vĩnh Phúc: a member acting for the Head may not approve nor publish the Head’s own item', () => {
    const wf = createWorkflow(buildApprovalMachine(EDITORIAL['vinh-phuc']!));
    const head = { id: 'truong-ban', roles: ['head'] };
    const delegate = {
      id: 'tv-1',
      roles: ['member'],
      delegations: [
        {
          id: 'uq-1',
          fromActorId: 'truong-ban',
          fromRole: 'head',
          toActorId: 'tv-1',
          actions: ['approve', 'publish'],
          validFrom,
          validUntil,
        },
      ],
    };
    const r = run(
      wf,
      ['create', head, { attributes: { title: 'x' } }],
      [
        ['submit', head],
        ['start-review', { id: 'tv-2', roles: ['member'] }],
      ],
    );
    const refused = wf.send(r, { type: 'approve' }, delegate, at(9));
    expect(codeOf(refused)).toBe('workflow.self-approval');
    expect(refused.ok ? undefined : refused.issues[0]!.citation?.id).toBe('VP-32-2023/4.6');
    // The same delegate approves someone else's item for the Head.
    const other = run(
      wf,
      ['create', { id: 'tv-3', roles: ['member'] }, { attributes: { title: 'y' } }],
      [
        ['submit', { id: 'tv-3', roles: ['member'] }],
        ['start-review', { id: 'tv-2', roles: ['member'] }],
      ],
    );
    const ok = wf.send(other, { type: 'approve' }, delegate, at(9));
    expect(codeOf(ok)).toBe('ok');
    expect(ok.ok && ok.value.snapshot.context.approvedOnBehalfOf).toBe('truong-ban');
  });

  it('Như Xuân: the Deputy acting for the Head may not approve the Head’s Party item; a policy may allow it', () => {
    const base = EDITORIAL['nhu-xuan']!;
    const head = { id: 'truong-ban', roles: ['head'] };
    const deputy = {
      id: 'pho-ban',
      roles: ['deputy'],
      delegations: [
        {
          id: 'uq-2',
          fromActorId: 'Truong-Ban',
          fromRole: 'head',
          toActorId: 'pho-ban',
          actions: ['approve'],
          validFrom,
          validUntil,
        },
      ],
    };
    const steps: Step[] = [
      ['submit', head],
      ['start-review', { id: 'tv', roles: ['member'] }],
    ];
    const first: Step = ['create', head, { attributes: { title: 'x', topic: 'party' } }];
    const wf = createWorkflow(buildApprovalMachine(base));
    expect(codeOf(wf.send(run(wf, first, steps), { type: 'approve' }, deputy, at(9)))).toBe(
      'workflow.self-approval',
    );
    const allowing: EditorialPolicy = {
      ...base,
      delegatedSelfApproval: {
        allowed: true,
        citation: { id: 'NX-2112-2022/14.2', note: 'a hypothetical amendment' },
      },
    };
    const wf2 = createWorkflow(buildApprovalMachine(allowing));
    expect(codeOf(wf2.send(run(wf2, first, steps), { type: 'approve' }, deputy, at(9)))).toBe('ok');
  });
});
