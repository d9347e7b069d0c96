import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  createCalendar,
  getDayInfo,
  isOfficeOpen,
  officeHours,
  officeHoursOrThrow,
  stateAgencyCalendar,
  tryCreateCalendar,
} from 'vn-portal-kit/calendar';
import { formatVnDateTime } from 'vn-portal-kit/core';

describe('createCalendar', () => {
  it('default office hours 08:00–12:00 / 13:00–17:00; closed on days off', () => {
    expect(officeHoursOrThrow('2026-11-25')).toEqual([
      { start: '08:00', end: '12:00' },
      { start: '13:00', end: '17:00' },
    ]);
    expect(officeHoursOrThrow('2026-04-27')).toEqual([]);
    expect(officeHoursOrThrow('2026-08-22')).toHaveLength(2);
    expect(isOfficeOpen('2026-11-25T08:00:00+07:00')).toMatchObject({ ok: true, value: true });
    expect(isOfficeOpen('2026-11-25T17:00:00+07:00')).toMatchObject({ ok: true, value: false });
    // 01:30Z is 08:30 in Vietnam whatever the host time zone.
    expect(isOfficeOpen(new Date('2026-11-25T01:30:00Z'))).toMatchObject({ ok: true, value: true });
    expect(officeHours('nope')).toMatchObject({ ok: false, issues: [{ code: 'calendar.date-invalid' }] });
  });

  it('per-agency and seasonal office hours (Phú Yên 07:30–12:00 / 13:30–17:00; a winter schedule)', () => {
    const phuYen = createCalendar({
      officeHours: [
        { start: '07:30', end: '12:00' },
        { start: '13:30', end: '17:00' },
      ],
      seasonalOfficeHours: [
        {
          from: '11-01',
          to: '03-31',
          windows: [
            { start: '07:45', end: '11:45' },
            { start: '13:15', end: '17:15' },
          ],
        },
        { from: '2026-06-01', to: '2026-06-05', windows: [{ start: '09:00', end: '12:00' }] },
      ],
    });
    expect(phuYen.officeHoursOrThrow('2026-07-01')).toEqual([
      { start: '07:30', end: '12:00' },
      { start: '13:30', end: '17:00' },
    ]);
    expect(phuYen.officeHoursOrThrow('2026-12-01')[0]).toEqual({ start: '07:45', end: '11:45' });
    expect(phuYen.officeHoursOrThrow('2027-01-05')[0]).toEqual({ start: '07:45', end: '11:45' });
    expect(phuYen.officeHoursOrThrow('2026-06-03')).toEqual([{ start: '09:00', end: '12:00' }]);
    // 8 office hours from Wed 2026-06-03 09:00 with 3-hour days: Wed, Thu, then 2 h on Fri → Fri 11:00.
    const d = phuYen.computeDeadlineOrThrow('2026-06-03T09:00:00+07:00', { kind: 'working-hours', hours: 8 });
    expect(formatVnDateTime(d.dueAt)).toBe('2026-06-05T11:00:00+07:00');
  });

  it('QĐ 14/2010 Saturday reception: open, but not a working day unless asked', () => {
    const reception = createCalendar({ saturdayReception: true });
    expect(reception.officeHoursOrThrow('2026-11-28')).toEqual([{ start: '08:00', end: '12:00' }]);
    expect(reception.isWorkingDayOrThrow('2026-11-28')).toBe(false);
    expect(reception.addWorkingDaysOrThrow('2026-11-27', 1)).toBe('2026-11-30');
    const info = reception.getDayInfo('2026-11-28');
    expect(info.ok && info.value.reasons.map((r) => r.citation.id)).toContain('QD-14-2010');
    // Not on a holiday Saturday? 2026-02-14 (Tết block) is a normal Saturday off: reception applies only to
    // Saturdays without a holiday entry; the Tết Saturday has none, so the office receives.
    const counted = createCalendar({ saturdayReception: { countsAsWorkingDay: true } });
    expect(counted.isWorkingDayOrThrow('2026-11-28')).toBe(true);
    expect(counted.addWorkingDaysOrThrow('2026-11-27', 1)).toBe('2026-11-28');
    const d = counted.computeDeadlineOrThrow('2026-11-27T16:00:00+07:00', {
      kind: 'working-hours',
      hours: 3,
    });
    expect(formatVnDateTime(d.dueAt)).toBe('2026-11-28T10:00:00+07:00');
  });

  it('weekly rest days: a unit resting on Sunday and Monday (QĐ 188/1999 Art. 2)', () => {
    const cal = createCalendar({ restDays: [0, 1] });
    expect(cal.isWorkingDayOrThrow('2026-11-28')).toBe(true);
    expect(cal.isWorkingDayOrThrow('2026-11-30')).toBe(false);
    const info = cal.getDayInfo('2026-11-30');
    expect(info.ok && info.value.reasons[0]?.citation.id).toBe('QD-188-1999/2');
    // A holiday on its rest day (Sunday 26/4/2026) → nghỉ bù on its next working day (Tuesday 28/4).
    expect(cal.isWorkingDayOrThrow('2026-04-28')).toBe(false);
  });

  it('day info explains a day', () => {
    const r = getDayInfo('2026-04-26');
    expect(r.ok && r.value.reasons.map((x) => x.kind)).toEqual(['statutory', 'weekly-rest']);
    expect(r.ok && r.value.label).toEqual({ vi: 'Chủ nhật 26/04/2026', en: 'Sunday 2026-04-26' });
    const worked = getDayInfo('2026-08-22');
    expect(worked.ok && worked.value.working).toBe(true);
    expect(worked.ok && worked.value.reasons[0]?.kind).toBe('worked-day');
  });

  it('invalid options: coded issues (tryCreateCalendar) or a throw (createCalendar)', () => {
    const bad = tryCreateCalendar({
      restDays: [9],
      officeHours: [{ start: '13:00', end: '12:00' }],
      announcements: [{ date: '2026-02-30', type: 'day-off' }],
      seasonalOfficeHours: [{ from: 'winter', to: 'spring', windows: [] }],
    });
    expect(bad.ok).toBe(false);
    expect(bad.ok === false && bad.issues.map((i) => i.path.join('.'))).toEqual([
      'restDays.0',
      'announcements.0.date',
      'officeHours.0',
      'seasonalOfficeHours.0',
    ]);
    expect(
      bad.ok === false &&
        bad.issues.every((i) => i.code === 'calendar.option-invalid' && i.message.vi.length > 0),
    ).toBe(true);
    expect(() => createCalendar({ officeHours: [{ start: '25:00', end: '26:00' }] })).toThrow();
    expect(() => createCalendar({ restDays: [0, 1, 2, 3, 4, 5, 6] })).toThrow();
  });

  it('options of the wrong shape (e.g. loaded from JSON): coded issues, never a TypeError', () => {
    const bad = tryCreateCalendar({
      announcements: 'x',
      seasonalOfficeHours: { from: '06-01' },
      saturdayReception: 5,
    } as unknown as Parameters<typeof tryCreateCalendar>[0]);
    expect(bad.ok === false && bad.issues.map((i) => [i.code, i.path.join('.')])).toEqual([
      ['calendar.option-invalid', 'announcements'],
      ['calendar.option-invalid', 'seasonalOfficeHours'],
      ['calendar.option-invalid', 'saturdayReception'],
    ]);
    expect(tryCreateCalendar({ saturdayReception: false }).ok).toBe(true);
  });

  it('property: every calendar keeps deadlines on its working days (300 runs)', () => {
    const restDaysArb = fc.constantFrom([0, 6], [0], [0, 1], [5, 6], [3], [0, 3, 6]);
    const calendars = new Map<string, ReturnType<typeof createCalendar>>();
    fc.assert(
      fc.property(
        restDaysArb,
        fc.integer({ min: 1, max: 60 }),
        fc.integer({ min: 0, max: 3000 }),
        (restDays, n, offset) => {
          const key = [...restDays].sort().join(',');
          const cal = calendars.get(key) ?? createCalendar({ restDays });
          calendars.set(key, cal);
          const start = new Date(Date.UTC(2020, 0, 1) + offset * 86_400_000).toISOString().slice(0, 10);
          const due = cal.computeDeadlineOrThrow(start, { kind: 'working-days', days: n }).dueDate;
          expect(cal.isWorkingDayOrThrow(due)).toBe(true);
          expect(cal.countWorkingDaysOrThrow(start, due)).toBe(n);
        },
      ),
      { numRuns: 300 },
    );
    expect(stateAgencyCalendar.options).toEqual({});
  });
});
