import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deadlineRuleSchema } from '../../src/calendar/deadlineRuleSchema.js';
import { checkDeadlineRule, computeDeadline } from '../../src/calendar/index.js';
import { defineProfile, getProfile } from '../../src/profiles/index.js';
import { SuspensionNoticePolicySchema } from '../../src/workflow/index.js';

/** Rule-like values, valid or not. */
const ruleArb = fc.oneof(
  fc.record({
    kind: fc.constantFrom('working-days', 'calendar-days', 'working-hours', 'day-of-month', 'same-day', 'x'),
    days: fc.oneof(fc.integer({ min: -5, max: 200_000 }), fc.double(), fc.constant('3')),
    hours: fc.oneof(fc.integer({ min: -5, max: 200_000 }), fc.double({ min: 0, max: 10 })),
    day: fc.integer({ min: -1, max: 40 }),
    clockStartsAt: fc.constantFrom(undefined, '08:00', '24:00', '8:00', '25:00'),
  }),
  fc.anything(),
);

describe('one DeadlineRule definition for calendar, workflow and profiles', () => {
  it('computeDeadline, the zod schema, workflow policies and profiles accept exactly the same rules', () => {
    const schema = deadlineRuleSchema();
    const nd224 = getProfile('nd224-2026');
    fc.assert(
      fc.property(ruleArb, (rule) => {
        const valid = checkDeadlineRule(rule).ok;
        expect(schema.safeParse(rule).success).toBe(valid);
        const calendarIssue = computeDeadline('2026-01-05', rule as never).issues[0]?.code;
        expect(calendarIssue === 'calendar.rule-invalid' || calendarIssue === 'calendar.count-invalid').toBe(
          !valid,
        );
        const policy = {
          regulationId: 'X-1-2026',
          leadTime: rule,
          requiresRestorationTime: true,
          citation: { id: 'X-1-2026/1' },
        };
        expect(SuspensionNoticePolicySchema.safeParse(policy).success).toBe(valid);
        if (nd224?.defaultDeadline) {
          const p = { ...nd224, id: 'x-1-2026', defaultDeadline: { ...nd224.defaultDeadline, rule } };
          const codes = defineProfile(p as never).issues.filter((i) => i.path.includes('defaultDeadline'));
          expect(codes.length === 0).toBe(valid);
        }
      }),
      { numRuns: 400 },
    );
  });
});
