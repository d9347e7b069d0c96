import { describe, expect, it } from 'vitest';
import { auditPortal, createAuditLogRule } from '../../src/compliance/index.js';
import { getProfile } from '../../src/profiles/index.js';
import {
  type AuditEntry,
  appendAuditEntry,
  auditLogHead,
  buildApprovalMachine,
  createWorkflow,
  type WorkflowRun,
} from '../../src/workflow/index.js';
import { AS_OF, cleanInventory, type Json, PROFILE } from './_fixtures.js';

const RULE = 'editorial.audit-log';
const statuses = (
  inv: Json,
  rules: (string | ReturnType<typeof createAuditLogRule>)[] = [RULE],
  id = RULE,
) => {
  const f = auditPortal(inv, { profile: PROFILE, asOf: AS_OF, rules: rules as never }).findings.filter(
    (x) => x.ruleId === id,
  );
  return {
    status: [...new Set(f.map((x) => x.status))].sort(),
    codes: f.map((x) => (x.evidence as { code?: string } | undefined)?.code),
  };
};

function vinhPhucRun(): WorkflowRun {
  const wf = createWorkflow(buildApprovalMachine(getProfile(PROFILE)!.workflow!.editorial!));
  const member = { id: 'tv-1', roles: ['member'] };
  const deputy = { id: 'pho-ban', roles: ['deputy'] };
  const at = (m: number) => new Date(Date.parse('2026-11-02T01:00:00Z') + m * 60_000);
  let r = wf.start(member, at(0), { attributes: { title: 'Tin' } });
  for (const [i, [type, actor]] of (
    [
      ['submit', member],
      ['start-review', member],
      ['approve', deputy],
      ['publish', deputy],
    ] as const
  ).entries()) {
    if (!r.ok) break;
    r = wf.send(r.value, { type }, actor, at(i + 1));
  }
  if (!r.ok) throw new Error(r.issues[0]!.code);
  return r.value;
}

const strip = ({ hash: _h, index: _i, snapshotHash: _s, prevHash: _p, ...rec }: AuditEntry) => rec;

describe('editorial.audit-log', () => {
  it('passes a genuine run of the profile’s approval machine and fails a tampered one', () => {
    const run = vinhPhucRun();
    const inv = cleanInventory();
    inv.auditLog = run.log;
    expect(statuses(inv).status).toEqual(['pass']);
    inv.auditLog = [run.log[0], { ...run.log[1], actorId: 'someone-else' }, ...run.log.slice(2)];
    expect(statuses(inv)).toEqual({ status: ['fail'], codes: ['workflow.audit-hash-mismatch'] });
    inv.auditLog = [run.log[1], run.log[0], ...run.log.slice(2)];
    expect(statuses(inv).status).toEqual(['fail']);
  });

  it('fails a log forged with appendAuditEntry (approve from draft by role superuser), though its chain verifies', () => {
    const run = vinhPhucRun();
    const first = strip(run.log[0]!);
    let forged = appendAuditEntry([], first, run.snapshot);
    forged = appendAuditEntry(
      forged,
      { ...first, seq: 2, event: 'approve', from: 'draft', to: 'approved', role: 'superuser' },
      run.snapshot,
    );
    const inv = cleanInventory();
    inv.auditLog = forged;
    expect(statuses(inv)).toEqual({ status: ['fail'], codes: ['workflow.audit-step-invalid'] });
  });

  it('accepts a known head: a rewrite of the anchored part fails, the genuine log passes', () => {
    const run = vinhPhucRun();
    const anchor = auditLogHead(run.log.slice(0, 3));
    const rule = createAuditLogRule({ anchor });
    const inv = cleanInventory();
    inv.auditLog = run.log;
    const ANCHORED = 'editorial.audit-log.anchored';
    expect(rule.id).toBe(ANCHORED);
    expect(statuses(inv, [RULE, rule], ANCHORED).status).toEqual(['pass']);
    let rewritten: AuditEntry[] = [];
    for (const e of run.log)
      rewritten = appendAuditEntry(
        rewritten,
        { ...strip(e), at: e.at.replace('01:0', '01:1') },
        run.snapshot,
      );
    inv.auditLog = rewritten;
    expect(statuses(inv, [RULE]).status).toEqual(['pass']);
    expect(statuses(inv, [RULE, rule], ANCHORED)).toEqual({
      status: ['fail'],
      codes: ['workflow.audit-anchor-missing'],
    });
  });

  it('is not applicable without a log', () => {
    expect(statuses(cleanInventory()).status).toEqual(['not-applicable']);
  });
});
