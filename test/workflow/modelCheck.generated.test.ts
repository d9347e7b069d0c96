import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { defineProfile, getProfile } from '../../src/profiles/index.js';
import {
  buildApprovalMachine,
  type EditorialAction,
  type EditorialPolicy,
} from '../../src/workflow/index.js';
import { modelCheck } from './_modelCheck.js';

// Policies generated with fast-check, validated through defineProfile (as a vendor would encode a new
// regulation), then model-checked like the shipped ones.

const ROLE_POOL = ['head', 'deputy', 'member', 'updater'] as const;
const cite = { id: 'VP-32-2023/4.6' };
const name = { vi: 'Vai trò', en: 'Role' };

const policyArb: fc.Arbitrary<EditorialPolicy> = fc
  .record({
    roles: fc.shuffledSubarray([...ROLE_POOL], { minLength: 2, maxLength: 3 }),
    picks: fc.array(fc.nat(), { minLength: 12, maxLength: 12 }),
    routed: fc.boolean(),
    delegation: fc.boolean(),
    classification: fc.boolean(),
  })
  .map(({ roles, picks, routed, delegation, classification }) => {
    const subset = (n: number): string[] => {
      const s = roles.filter((_, i) => ((n >> i) & 1) === 1);
      return s.length > 0 ? s : [roles[n % roles.length]!];
    };
    const actions: EditorialAction[] = [
      'draft',
      'submit',
      'review',
      'edit',
      'request-changes',
      'reject',
      'approve',
      'schedule',
      'publish',
      'unpublish',
      'correct',
    ];
    const permissions: EditorialPolicy['permissions'][number][] = actions.flatMap((action, i) => {
      if (action === 'approve' && routed) {
        return [
          { action, roles: [roles[0]!], exceptTopics: ['government'], citation: cite },
          { action, roles: [roles[1]!], topics: ['government'], citation: cite },
        ];
      }
      return [{ action, roles: subset(picks[i]!), citation: cite }];
    });
    const p: EditorialPolicy = {
      regulationId: 'VP-32-2023',
      roles: roles.map((id) => ({ id, name, citation: cite })),
      ...(routed
        ? {
            topics: [
              { id: 'party', name, citation: cite },
              { id: 'government', name, citation: cite },
            ],
          }
        : {}),
      permissions,
      ...(delegation
        ? {
            delegations: [
              {
                fromRole: roles[0]!,
                toRoles: [roles[1]!],
                actions: ['approve', 'publish'] as EditorialAction[],
                citation: cite,
              },
            ],
          }
        : {}),
      approvalRequired: [cite],
      ...(classification
        ? { classification: { neverPublish: ['mat', 'toi-mat', 'tuyet-mat'] as const, citation: cite } }
        : {}),
    } as EditorialPolicy;
    return p;
  });

describe('model check of generated policies (fast-check, through defineProfile)', () => {
  it('every generated policy keeps the invariants', () => {
    const base = getProfile('vinh-phuc-32-2023')!;
    const counts: number[] = [];
    fc.assert(
      fc.property(policyArb, fc.integer({ min: 0, max: 999 }), (policy, n) => {
        const r = defineProfile({
          ...base,
          id: `generated-${n}-2026`,
          workflow: { ...base.workflow, editorial: policy },
        });
        expect(r.ok, r.ok ? '' : JSON.stringify(r.issues.slice(0, 2))).toBe(true);
        if (!r.ok) return;
        const editorial = r.value.workflow!.editorial!;
        expect(Object.isFrozen(editorial.permissions)).toBe(true);
        const m = modelCheck(buildApprovalMachine(editorial), editorial, 6, {
          spelling: n % 2 === 0 ? 'Tối mật' : 'MAT',
        });
        counts.push(m.states);
        expect(m.violations).toEqual([]);
      }),
      { numRuns: 8, seed: 13 },
    );
    console.log(`model check of generated policies: ${counts.join(', ')} states`);
  }, 120_000);
});

describe('the model check is not vacuous', () => {
  it('finds an author approving on a machine whose approval compares the approver with the current author only (the old guard)', async () => {
    const { WORKFLOW_NX_2112_2022 } = await import('../../src/profiles/workflow/index.js');
    const { defineMachine } = await import('../../src/workflow/index.js');
    const policy = WORKFLOW_NX_2112_2022.editorial!;
    const m = buildApprovalMachine(policy);
    const old = {
      ...m,
      transitions: m.transitions.map((t) =>
        t.event !== 'approve'
          ? t
          : {
              ...t,
              guards: (t.guards ?? []).map((g) =>
                g.kind === 'actor-not-among' || g.kind === 'field-not-among'
                  ? {
                      kind: 'actor-differs' as const,
                      field: 'authorId',
                      code: g.code,
                      message: g.message,
                      citation: g.citation,
                    }
                  : g,
              ),
            },
      ),
    };
    const defined = defineMachine(old);
    expect(defined.ok).toBe(true);
    if (!defined.ok) return;
    const r = modelCheck(defined.value, policy, 7, { stopAtFirst: true });
    expect(r.violations).toEqual([expect.stringMatching(/approve (by|on behalf of) an author/)]);
  }, 120_000);
});
