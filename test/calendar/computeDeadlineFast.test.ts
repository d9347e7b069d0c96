import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { computeDeadline, createCalendar, type DeadlineRule } from '../../src/calendar/index.js';
import { addCalendarDays } from '../../src/core/index.js';

const two = (n: number) => String(n).padStart(2, '0');
const ruleArb: fc.Arbitrary<DeadlineRule> = fc.oneof(
  fc.integer({ min: 0, max: 2000 }).map((days) => ({ kind: 'working-days', days }) as const),
  fc
    .tuple(fc.integer({ min: 1, max: 60 }), fc.integer({ min: 0, max: 23 }), fc.constantFrom(0, 30))
    .map(([days, h, m]) => ({ kind: 'working-days', days, clockStartsAt: `${two(h)}:${two(m)}` }) as const),
  fc.integer({ min: 0, max: 3000 }).map((days) => ({ kind: 'calendar-days', days }) as const),
  fc.integer({ min: 0, max: 400 }).map((hours) => ({ kind: 'working-hours', hours }) as const),
  fc.constantFrom<DeadlineRule>({ kind: 'same-day' }, { kind: 'immediately' }),
  fc.integer({ min: 1, max: 31 }).map((day) => ({ kind: 'day-of-month', day }) as const),
);
const startArb = fc
  .tuple(
    fc.integer({ min: 0, max: 5800 }),
    fc.integer({ min: 0, max: 23 }),
    fc.integer({ min: 0, max: 59 }),
    fc.integer({ min: 0, max: 2 }),
  )
  .map(([n, h, m, form]) => {
    const day = addCalendarDays('2011-01-01', n);
    return form === 0
      ? day
      : form === 1
        ? `${day}T${two(h)}:${two(m)}:00+07:00`
        : new Date(`${day}T${two(h)}:${two(m)}:00Z`);
  });

describe('computeDeadline(start, rule, { explain: false })', () => {
  it('gives exactly the explained due date and instant, or the same issue, with an empty trace', () => {
    const saturday = createCalendar({
      saturdayReception: { countsAsWorkingDay: true },
      announcements: [{ date: '2027-02-12', type: 'day-off' }],
    });
    fc.assert(
      fc.property(startArb, ruleArb, fc.boolean(), (start, rule, own) => {
        const options = own ? { calendar: saturday } : {};
        const slow = computeDeadline(start, rule, options);
        const fast = computeDeadline(start, rule, { ...options, explain: false });
        expect(fast.ok).toBe(slow.ok);
        if (!slow.ok || !fast.ok) {
          expect(fast.issues.map((i) => i.code)).toEqual(slow.issues.map((i) => i.code));
          return;
        }
        expect(fast.value.dueDate).toBe(slow.value.dueDate);
        expect(fast.value.dueAt.getTime()).toBe(slow.value.dueAt.getTime());
        expect(fast.value.start).toEqual(slow.value.start);
        expect(fast.value.trace).toEqual([]);
      }),
      { numRuns: 3000 },
    );
  });
});
