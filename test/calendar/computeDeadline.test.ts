import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  computeDeadline,
  computeDeadlineOrThrow,
  createCalendar,
  type DeadlineRule,
  isOverdue,
  isWorkingDayOrThrow,
  remainingWorkingTime,
} from 'vn-portal-kit/calendar';
import { daysFromCivil, daysToCivilDate, formatVnDateTime } from 'vn-portal-kit/core';

const due = (start: string, rule: DeadlineRule): string => computeDeadlineOrThrow(start, rule).dueDate;

describe('computeDeadline: worked examples (facts/calendar.md §3)', () => {
  it('Wed 2026-02-11 + 5 working days → Wed 2026-02-25 (Tết block 14–22/2)', () => {
    const d = computeDeadlineOrThrow('2026-02-11', { kind: 'working-days', days: 5 });
    expect(d.dueDate).toBe('2026-02-25');
    expect(formatVnDateTime(d.dueAt)).toBe('2026-02-26T00:00:00+07:00');
    const skipped = d.trace.filter((s) => s.kind === 'skip').map((s) => s.date);
    expect(skipped).toEqual([
      '2026-02-14',
      '2026-02-15',
      '2026-02-16',
      '2026-02-17',
      '2026-02-18',
      '2026-02-19',
      '2026-02-20',
      '2026-02-21',
      '2026-02-22',
    ]);
    const tetStep = d.trace.find((s) => s.date === '2026-02-17');
    expect(tetStep?.message.vi).toContain('Tết Nguyên đán');
    expect(tetStep?.message.en).toContain('Lunar New Year');
    // the day of the event is not counted (BLDS 2015 Art. 147.3), the limit ends at the end of its last day (148.1)
    expect(d.trace[0]?.citation?.id).toBe('BLDS-2015/147.3');
    expect(d.trace[0]?.citation?.note).toContain('147.2');
    expect(d.trace.at(-1)?.citation?.id).toBe('BLDS-2015/148.1');
    expect(d.trace.at(-1)?.citation?.note).toContain('148.6');
  });

  it('Fri 2026-08-28 + 3 working days → Mon 2026-09-07 (swap 31/8, then 1–2/9)', () => {
    const d = computeDeadlineOrThrow('2026-08-28', { kind: 'working-days', days: 3 });
    expect(d.dueDate).toBe('2026-09-07');
    const swap = d.trace.find((s) => s.date === '2026-08-31');
    expect(swap?.kind).toBe('skip');
    expect(swap?.citation?.id).toContain('VPCP-KGVX');
  });

  it('Mon 2026-08-17 + 5 working days → Sat 2026-08-22 (the worked Saturday counts)', () => {
    const d = computeDeadlineOrThrow('2026-08-17', { kind: 'working-days', days: 5 });
    expect(d.dueDate).toBe('2026-08-22');
    expect(d.trace.find((s) => s.date === '2026-08-22')?.message.vi).toContain('Thứ Bảy làm việc bù');
  });

  it('Fri 2024-04-26 + 2 working days → Fri 2024-05-03', () => {
    expect(due('2024-04-26', { kind: 'working-days', days: 2 })).toBe('2024-05-03');
  });

  it('Sun 2026-04-12 + 15 calendar days → Tue 2026-04-28 (27/4 is nghỉ bù for Giỗ Tổ)', () => {
    const d = computeDeadlineOrThrow('2026-04-12', { kind: 'calendar-days', days: 15 });
    expect(d.dueDate).toBe('2026-04-28');
    const roll = d.trace.find((s) => s.kind === 'roll-forward');
    expect(roll?.date).toBe('2026-04-27');
    expect(roll?.citation?.id).toBe('BLDS-2015/148.5');
    expect(roll?.message.vi).toContain('Nghỉ bù Giỗ Tổ Hùng Vương');
  });
});

describe('computeDeadline: every rule kind', () => {
  it('working hours: received Fri 14:00, 8 office hours → next working day 14:00 (TN-40-2012/10.2)', () => {
    const d = computeDeadlineOrThrow('2026-11-27T14:00:00+07:00', { kind: 'working-hours', hours: 8 });
    // an hour limit starts at the stated moment (BLDS 2015 Art. 147.1)
    expect(d.trace[0]?.citation?.id).toBe('BLDS-2015/147.1');
    expect(formatVnDateTime(d.dueAt)).toBe('2026-11-30T14:00:00+07:00');
    expect(d.dueDate).toBe('2026-11-30');
    // Received during the lunch break / after hours: the clock starts at the next window.
    expect(
      formatVnDateTime(
        computeDeadlineOrThrow('2026-11-25T12:30:00+07:00', { kind: 'working-hours', hours: 1 }).dueAt,
      ),
    ).toBe('2026-11-25T14:00:00+07:00');
    expect(
      formatVnDateTime(
        computeDeadlineOrThrow('2026-11-25T18:00:00+07:00', { kind: 'working-hours', hours: 4 }).dueAt,
      ),
    ).toBe('2026-11-26T12:00:00+07:00');
    // Over Tết: Friday 13 Feb 2026 16:00 + 2 h → Monday 23 Feb 09:00.
    expect(
      formatVnDateTime(
        computeDeadlineOrThrow('2026-02-13T16:00:00+07:00', { kind: 'working-hours', hours: 2 }).dueAt,
      ),
    ).toBe('2026-02-23T09:00:00+07:00');
  });

  it('working hours with an agency office-hour schedule (Thừa Thiên Huế 08:00–11:30 / 13:00–17:30)', () => {
    const hue = createCalendar({
      officeHours: [
        { start: '08:00', end: '11:30' },
        { start: '13:00', end: '17:30' },
      ],
    });
    const d = hue.computeDeadlineOrThrow('2026-11-27T14:00:00+07:00', { kind: 'working-hours', hours: 8 });
    // Fri 14:00–17:30 = 3.5 h, Mon 08:00–11:30 = 3.5 h, 13:00–14:00 = 1 h.
    expect(formatVnDateTime(d.dueAt)).toBe('2026-11-30T14:00:00+07:00');
  });

  it('clockStartsAt 08:00 (TN-40-2012/14.4.c): day 1 is the first working day from 08:00', () => {
    const rule: DeadlineRule = { kind: 'working-days', days: 5, clockStartsAt: '08:00' };
    // Received Wed 2026-11-25 10:00 → clock starts Thu 26 08:00 (day 1) → day 5 = Wed 2 Dec.
    const d = computeDeadlineOrThrow('2026-11-25T10:00:00+07:00', rule);
    expect(d.dueDate).toBe('2026-12-02');
    // The engine names no regulation: the anchor step cites the rule's own provision when the rule carries one.
    expect(d.trace.find((s) => s.kind === 'anchor')?.citation).toBeUndefined();
    const cited = computeDeadlineOrThrow('2026-11-25T10:00:00+07:00', {
      rule,
      citation: { id: 'TN-40-2012/14.4.c' },
    });
    expect(cited.dueDate).toBe('2026-12-02');
    expect(cited.trace.find((s) => s.kind === 'anchor')?.citation?.id).toBe('TN-40-2012/14.4.c');
    // Received before 08:00 on a working day → that day is day 1.
    expect(due('2026-11-25T07:15:00+07:00', rule)).toBe('2026-12-01');
    // Received on Saturday → Monday is day 1.
    expect(due('2026-11-28T09:00:00+07:00', rule)).toBe('2026-12-04');
    // Civil Code counting of the same receipt: start day excluded → Wed 2 Dec as well for a 10:00 receipt.
    expect(due('2026-11-25T10:00:00+07:00', { kind: 'working-days', days: 5 })).toBe('2026-12-02');
    // The anchor hour is an option of the rule.
    expect(due('2026-11-25T07:15:00+07:00', { kind: 'working-days', days: 5, clockStartsAt: '07:00' })).toBe(
      '2026-12-02',
    );
  });

  it('same-day, immediately', () => {
    const s = computeDeadlineOrThrow('2026-11-25T15:00:00+07:00', { kind: 'same-day' });
    expect(formatVnDateTime(s.dueAt)).toBe('2026-11-26T00:00:00+07:00');
    const i = computeDeadlineOrThrow('2026-11-25T15:00:00+07:00', { kind: 'immediately' });
    expect(formatVnDateTime(i.dueAt)).toBe('2026-11-25T15:00:00+07:00');
    expect(isOverdue(i, '2026-11-25T15:00:01+07:00')).toMatchObject({ ok: true, value: true });
  });

  it('day-of-month 30: February → its last day, rolled forward off a day off', () => {
    expect(due('2026-01-12', { kind: 'day-of-month', day: 30 })).toBe('2026-01-30');
    // 2026-02-28 is a Saturday: the limit ends on Monday 2 March.
    const feb = computeDeadlineOrThrow('2026-02-10', { kind: 'day-of-month', day: 30 });
    expect(feb.dueDate).toBe('2026-03-02');
    expect(feb.trace.find((s) => s.kind === 'nominal')?.date).toBe('2026-02-28');
    expect(due('2028-02-10', { kind: 'day-of-month', day: 30 })).toBe('2028-02-29');
    // After the 30th: next month's, 30/4 and 1/5 are holidays and 2–3/5 a weekend → Monday 4 May.
    expect(due('2026-03-31', { kind: 'day-of-month', day: 30 })).toBe('2026-05-04');
    // On the day itself: that day.
    expect(due('2026-06-30', { kind: 'day-of-month', day: 30 })).toBe('2026-06-30');
  });

  it('a cited rule (as profiles store it) carries its citation', () => {
    const d = computeDeadlineOrThrow('2026-04-24', {
      rule: { kind: 'working-days', days: 7 },
      citation: { id: 'VP-32-2023/6.2' },
    });
    expect(d.citation).toEqual({ id: 'VP-32-2023/6.2' });
    expect(d.dueDate).toBe('2026-05-08');
  });

  it('property: a day-based deadline never lands on a non-working day (2000 runs)', () => {
    const kinds = fc.oneof(
      fc.integer({ min: 0, max: 400 }).map((days): DeadlineRule => ({ kind: 'working-days', days })),
      fc
        .integer({ min: 1, max: 400 })
        .map((days): DeadlineRule => ({ kind: 'working-days', days, clockStartsAt: '08:00' })),
      fc.integer({ min: 0, max: 400 }).map((days): DeadlineRule => ({ kind: 'calendar-days', days })),
      fc.integer({ min: 1, max: 31 }).map((day): DeadlineRule => ({ kind: 'day-of-month', day })),
      fc.integer({ min: 1, max: 200 }).map((hours): DeadlineRule => ({ kind: 'working-hours', hours })),
    );
    const start = fc
      .integer({ min: daysFromCivil(2007, 1, 1), max: daysFromCivil(2197, 12, 31) })
      .map(daysToCivilDate);
    fc.assert(
      fc.property(start, fc.integer({ min: 0, max: 1439 }), kinds, (date, minute, rule) => {
        const at = `${date}T${String(Math.floor(minute / 60)).padStart(2, '0')}:${String(minute % 60).padStart(2, '0')}:00+07:00`;
        const d = computeDeadlineOrThrow(at, rule);
        const zeroDays = rule.kind === 'working-days' && rule.days === 0;
        if (!zeroDays) expect(isWorkingDayOrThrow(d.dueDate)).toBe(true);
        expect(d.dueDate >= date).toBe(true);
        expect(d.trace.length).toBeGreaterThan(1);
      }),
      { numRuns: 2000 },
    );
  });

  it('isOverdue and remainingWorkingTime', () => {
    const d = computeDeadlineOrThrow('2026-04-24', { kind: 'working-days', days: 7 });
    expect(isOverdue(d, '2026-05-08T23:59:59+07:00')).toMatchObject({ ok: true, value: false });
    expect(isOverdue(d, new Date('2026-05-08T17:00:01Z'))).toMatchObject({ ok: true, value: true });
    expect(isOverdue(d, 'soon')).toMatchObject({ ok: false, issues: [{ code: 'calendar.date-invalid' }] });
    const left = remainingWorkingTime(d, '2026-05-06T10:00:00+07:00');
    // Wed 6 May from 10:00: 2 h + 4 h; Thu 7 and Fri 8: 8 h each.
    expect(left).toMatchObject({
      ok: true,
      value: { overdue: false, workingDays: 2, workingMinutes: (6 + 16) * 60 },
    });
    const late = remainingWorkingTime(d, '2026-05-12T10:00:00+07:00');
    expect(late).toMatchObject({ ok: true, value: { overdue: true, workingDays: -2, workingMinutes: 0 } });
  });

  it('hostile input is rejected quickly (10 MB strings, lone surrogates, control characters)', () => {
    const huge = `2026-04-24${'\u0000\ud800'.repeat(5_000_000)}`;
    for (const bad of [huge, '\ud800\udc00-04-24', '2026-04-2\u0000', ' 2026-04-24', '2026-04-24T25:00']) {
      expect(computeDeadline(bad, { kind: 'working-days', days: 2 })).toMatchObject({
        ok: false,
        issues: [{ code: 'calendar.date-invalid' }],
      });
    }
    const issue = computeDeadline(huge, { kind: 'same-day' });
    expect(issue.ok === false && JSON.stringify(issue.issues).length).toBeLessThan(2000);
  });

  it('bad input: unknown kinds, bad counts, invalid dates → coded issues; OrThrow throws', () => {
    expect(
      computeDeadline('2026-04-24', { kind: 'weeks', days: 2 } as unknown as DeadlineRule),
    ).toMatchObject({
      ok: false,
      issues: [{ code: 'calendar.rule-invalid', path: ['rule', 'kind'] }],
    });
    expect(computeDeadline('2026-04-24', { kind: 'working-days', days: -1 })).toMatchObject({
      ok: false,
      issues: [{ code: 'calendar.count-invalid' }],
    });
    expect(computeDeadline('2026-04-24', { kind: 'working-days', days: 2.5 })).toMatchObject({ ok: false });
    expect(computeDeadline('2026-04-24', { kind: 'working-days', days: 1e12 })).toMatchObject({ ok: false });
    expect(computeDeadline('2026-04-24', { kind: 'working-hours', hours: Number.NaN })).toMatchObject({
      ok: false,
    });
    expect(computeDeadline('2026-04-24', { kind: 'day-of-month', day: 0 })).toMatchObject({ ok: false });
    expect(
      computeDeadline('2026-04-24', { kind: 'working-days', days: 2, clockStartsAt: '8h' }),
    ).toMatchObject({ ok: false });
    expect(computeDeadline('2026-02-30', { kind: 'same-day' })).toMatchObject({
      ok: false,
      issues: [{ code: 'calendar.date-invalid' }],
    });
    expect(computeDeadline(null as unknown as string, { kind: 'same-day' })).toMatchObject({ ok: false });
    expect(computeDeadline('2026-04-24', null as unknown as DeadlineRule)).toMatchObject({ ok: false });
    expect(computeDeadline('2199-12-20', { kind: 'working-days', days: 30 })).toMatchObject({
      ok: false,
      issues: [{ code: 'calendar.out-of-range' }],
    });
    expect(() => computeDeadlineOrThrow('2026-04-24', { kind: 'x' } as unknown as DeadlineRule)).toThrow(
      /rule-invalid/,
    );
  });
});

describe('computeDeadline before the 2012 Labor Code (BLLĐ 1994 Art. 73, provisional, no swaps)', () => {
  // Worked by hand from the encoded rules: Tết 2013 = Sun 10/2; the eve (29 tháng Chạp) is Sat 9/2; the 4 Tết
  // days are the eve and mùng 1–3 (Sat 9 – Tue 12) with nghỉ bù for Sat 9 and Sun 10 (Art. 73.2) on the next
  // days that are neither rest days nor holidays: Wed 13 and Thu 14. Working days off: Mon 11 – Thu 14.
  it('Fri 2013-02-08 + 5 working days → Thu 2013-02-21 (Tết 2013: Mon 11 – Thu 14 off)', () => {
    const d = computeDeadlineOrThrow('2013-02-08', { kind: 'working-days', days: 5 });
    expect(d.dueDate).toBe('2013-02-21');
    const skipped = d.trace.filter((s) => s.kind === 'skip').map((s) => s.date);
    expect(skipped).toEqual([
      '2013-02-09',
      '2013-02-10',
      '2013-02-11',
      '2013-02-12',
      '2013-02-13',
      '2013-02-14',
      '2013-02-16',
      '2013-02-17',
    ]);
    expect(d.trace.find((s) => s.date === '2013-02-12')?.citation?.id).toBe('BLLD-1994/73.1');
    expect(d.trace.find((s) => s.date === '2013-02-13')?.citation?.id).toBe('BLLD-1994/73.2');
    expect(d.trace.find((s) => s.date === '2013-02-13')?.message.vi).toContain('Nghỉ bù Tết Âm lịch');
    expect(d.trace[0]?.citation?.id).toBe('BLDS-2015/147.3');
  });

  it('Thu 2012-04-26 + 5 working days → Mon 2012-05-07 (30/4 Mon and 1/5 Tue off)', () => {
    expect(due('2012-04-26', { kind: 'working-days', days: 5 })).toBe('2012-05-07');
    // one working day fewer: Fri 4 May
    expect(due('2012-04-26', { kind: 'working-days', days: 4 })).toBe('2012-05-04');
  });

  it('the switch of Codes on 2013-05-01: 30/4/2013 under the 1994 Code, 1/5/2013 under the 2012 Code', () => {
    const d = computeDeadlineOrThrow('2013-04-29', { kind: 'working-days', days: 3 });
    expect(d.dueDate).toBe('2013-05-06');
    expect(d.trace.find((s) => s.date === '2013-04-30')?.citation?.id).toBe('BLLD-1994/73.1');
    expect(d.trace.find((s) => s.date === '2013-05-01')?.citation?.id).toBe('BLLD-2012/115');
  });

  it('calendar days: Thu 2011-12-22 + 10 → nominal Sun 1/1/2012, nghỉ bù Mon 2/1 (Art. 73.2) → due Tue 3/1', () => {
    const d = computeDeadlineOrThrow('2011-12-22', { kind: 'calendar-days', days: 10 });
    expect(d.dueDate).toBe('2012-01-03');
    const rolls = d.trace.filter((s) => s.kind === 'roll-forward');
    expect(rolls.map((s) => s.date)).toEqual(['2012-01-01', '2012-01-02']);
    expect(rolls.every((s) => s.citation?.id === 'BLDS-2015/148.5')).toBe(true);
    expect(rolls[1]?.message.vi).toContain('Nghỉ bù Tết Dương lịch');
  });

  it('ND 43/2011 from 2011-10-01: a deadline counted in 2011 works; before 2007 is out of range', () => {
    // Thu 2011-09-01 + 2 working days: Fri 2/9 Quốc khánh, Mon 5 (1), Tue 6 (2)
    expect(due('2011-09-01', { kind: 'working-days', days: 2 })).toBe('2011-09-06');
    expect(computeDeadline('2006-12-29', { kind: 'working-days', days: 1 })).toMatchObject({
      ok: false,
      issues: [{ code: 'calendar.out-of-range' }],
    });
  });
});
