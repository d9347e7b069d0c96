import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import {
  createCalendar,
  getDayInfo,
  getHolidays,
  getHolidaysOrThrow,
  getWorkedSaturdays,
  isWorkingDayOrThrow,
} from 'vn-portal-kit/calendar';
import { addCalendarDays, dayOfWeek } from 'vn-portal-kit/core';

interface Block {
  occasion: string;
  from: string;
  to: string;
  weekdaysOff: string[];
}
interface ScheduleYear {
  blocks: Block[];
  workedSaturdays: string[];
  swapBasis?: string;
}
const official = JSON.parse(
  readFileSync('test/fixtures/data/calendar/vn-civil-service-2019-2026.json', 'utf8'),
) as {
  years: Record<string, ScheduleYear>;
};
const offDays = new Set(Object.values(official.years).flatMap((y) => y.blocks.flatMap((b) => b.weekdaysOff)));
const workedSaturdays = new Set(Object.values(official.years).flatMap((y) => y.workedSaturdays));

describe('getHolidays and isWorkingDay against the official schedules 2019–2026', () => {
  it('shipped data equals the vendored source data (test/fixtures/data/calendar)', () => {
    expect(JSON.parse(readFileSync('src/calendar/data/vn-civil-service-2019-2026.json', 'utf8'))).toEqual(
      official,
    );
  });

  it('agrees day by day from 2018-12-29 to 2026-12-31', () => {
    const wrong: string[] = [];
    for (let d = '2018-12-29'; d <= '2026-12-31'; d = addCalendarDays(d, 1)) {
      const dow = dayOfWeek(d);
      const expected = workedSaturdays.has(d) || (dow !== 0 && dow !== 6 && !offDays.has(d));
      if (isWorkingDayOrThrow(d) !== expected) wrong.push(d);
    }
    expect(wrong).toEqual([]);
  });

  it('every weekday off in the data is listed by getHolidays with a name, kind, status and citation', () => {
    for (let year = 2019; year <= 2026; year++) {
      const listed = new Map(getHolidaysOrThrow(year).map((h) => [h.date, h]));
      for (const d of offDays) {
        if (!d.startsWith(String(year))) continue;
        const h = listed.get(d);
        expect(h, d).toBeDefined();
        expect(h?.status).toBe('official');
        expect(h?.name.vi.length).toBeGreaterThan(3);
        expect(h?.name.en.length).toBeGreaterThan(3);
        expect(h?.citation.id).toMatch(
          /^(BLLD-2019\/11[12]\.[13]|BLLD-2012\/115|\d+\/VPCP-KGVX|QD-188-1999\/1|12556)/,
        );
      }
    }
  });

  it('swap days are exactly those of the facts table, each with its worked Saturday', () => {
    const swaps = (y: number): string[] =>
      getHolidaysOrThrow(y)
        .filter((h) => h.kind === 'swap-day-off')
        .map((h) => h.date);
    expect(swaps(2018)).toEqual(['2018-12-31']);
    expect(swaps(2019)).toEqual(['2019-04-29']);
    for (const y of [2020, 2021, 2022, 2023]) expect(swaps(y)).toEqual([]);
    expect(swaps(2024)).toEqual(['2024-04-29']);
    expect(swaps(2025)).toEqual(['2025-05-02']);
    expect(swaps(2026)).toEqual(['2026-01-02', '2026-08-31']);
    const ws = getWorkedSaturdays(2019);
    expect(ws.ok && ws.value.map((w) => [w.date, w.replaces])).toEqual([
      ['2019-01-05', '2018-12-31'],
      ['2019-05-04', '2019-04-29'],
    ]);
    const h2019 = getHolidaysOrThrow(2019).find((h) => h.date === '2019-04-29');
    expect(h2019?.citation.id).toBe('6519/VPCP-KGVX (2018)');
  });

  it('2023: nghỉ bù stacks in order (Giỗ Tổ Sat 29/4 → Tue 2/5, 30/4 Sun → Wed 3/5)', () => {
    const comp = getHolidaysOrThrow(2023).filter((h) => h.kind === 'compensatory');
    expect(comp.map((h) => [h.date, h.compensatesFor, h.citation.id])).toEqual([
      ['2023-01-02', '2023-01-01', 'BLLD-2019/111.3'],
      ['2023-05-02', '2023-04-29', 'BLLD-2019/111.3'],
      ['2023-05-03', '2023-04-30', 'BLLD-2019/111.3'],
      ['2023-09-04', '2023-09-02', 'BLLD-2019/111.3'],
    ]);
  });

  it('Quốc khánh: one day before 2021 (BLLD 2012 Art. 115), two from 2021', () => {
    const national = (y: number) =>
      getHolidaysOrThrow(y).filter((h) => h.occasion === 'national-day' && h.kind === 'statutory');
    expect(national(2020).map((h) => [h.date, h.citation.id])).toEqual([['2020-09-02', 'BLLD-2012/115']]);
    expect(national(2021).map((h) => h.date)).toEqual(['2021-09-02', '2021-09-03']);
    expect(national(2023).map((h) => h.date)).toEqual(['2023-09-01', '2023-09-02']);
    expect(national(2026).map((h) => [h.date, h.citation.id])).toEqual([
      ['2026-09-01', 'BLLD-2019/112.1'],
      ['2026-09-02', 'BLLD-2019/112.1'],
    ]);
  });
});

describe('provisional years', () => {
  const rulesOnly = createCalendar({ officialSchedule: false });

  it('the documented Tết-span and Quốc khánh rules reproduce every official year 2019–2026', () => {
    for (let year = 2019; year <= 2026; year++) {
      const fromRules = getHolidaysOrThrow(year, { calendar: rulesOnly });
      const tet = fromRules.filter((h) => h.occasion === 'tet' && h.kind === 'statutory').map((h) => h.date);
      const officialTet = official.years[String(year)]?.blocks.find((b) =>
        b.occasion.includes('Nguyên đán'),
      )?.weekdaysOff;
      expect(tet, String(year)).toEqual(officialTet);
      expect(fromRules.every((h) => h.status === 'provisional')).toBe(true);
      // Without the swaps, the rules give every official day off except the swap days.
      const swapDays = getHolidaysOrThrow(year)
        .filter((h) => h.kind === 'swap-day-off')
        .map((h) => h.date);
      const officialOff = [...offDays]
        .filter((d) => d.startsWith(String(year)) && !swapDays.includes(d))
        .sort();
      const ruleOff = fromRules
        .filter((h) => !h.onRestDay)
        .map((h) => h.date)
        .sort();
      expect(ruleOff, String(year)).toEqual(officialOff);
    }
  });

  it('never invents swaps, and lists 5 Tết working days, Giỗ Tổ on lunar 10/3', () => {
    for (let year = 2027; year <= 2199; year += 7) {
      const hs = getHolidaysOrThrow(year);
      expect(hs.some((h) => h.kind === 'swap-day-off')).toBe(false);
      expect(hs.every((h) => h.status === 'provisional')).toBe(true);
      const tet = hs.filter((h) => h.occasion === 'tet' && h.kind === 'statutory');
      expect(tet.length).toBe(5);
      // the weekend inside the break is listed too, as a rest day of the break, never compensated
      for (const h of hs.filter((x) => x.occasion === 'tet' && x.kind === 'break')) {
        expect(h.onRestDay).toBe(true);
        expect([0, 6]).toContain(dayOfWeek(h.date));
        expect(hs.some((c) => c.compensatesFor === h.date)).toBe(false);
      }
      expect(tet.every((h) => dayOfWeek(h.date) !== 0 && dayOfWeek(h.date) !== 6)).toBe(true);
      expect(hs.filter((h) => h.occasion === 'national-day' && h.kind === 'statutory').length).toBe(2);
    }
    expect(getHolidaysOrThrow(2027).find((h) => h.occasion === 'hung-kings')?.date).toBe('2027-04-16');
  });

  it('every year 2007–2199: 9 statutory days to 2013 (10 from 2014, 11 from 2021), one nghỉ bù per holiday on a rest day, all days off non-working', () => {
    for (let year = 2007; year <= 2199; year++) {
      const hs = getHolidaysOrThrow(year);
      const statutory = hs.filter((h) => h.kind === 'statutory');
      // 2013: Tết 4 days, Giỗ Tổ and 30/4 under the 1994 Code; 1/5 and 2/9 under the 2012 Code.
      expect(statutory.length, String(year)).toBe(year >= 2021 ? 11 : year >= 2014 ? 10 : 9);
      expect(statutory.filter((h) => h.occasion === 'tet').length, String(year)).toBe(year <= 2013 ? 4 : 5);
      const code = (h: { date: string }): string =>
        h.date < '2013-05-01' ? 'BLLD-1994' : h.date < '2021-01-01' ? 'BLLD-2012' : 'BLLD-2019';
      for (const h of statutory.filter((x) => x.status === 'provisional'))
        expect(h.citation.id.startsWith(code(h)), h.date).toBe(true);
      for (const h of hs.filter((x) => x.kind === 'compensatory'))
        expect(h.citation.id, h.date).toBe(
          h.date < '2013-05-01'
            ? 'BLLD-1994/73.2'
            : h.date < '2021-01-01'
              ? 'BLLD-2012/115'
              : 'BLLD-2019/111.3',
        );
      const onRest = statutory.filter((h) => h.onRestDay).map((h) => h.date);
      const comp = hs.filter((h) => h.kind === 'compensatory');
      const sameDate = statutory.length - new Set(statutory.map((h) => h.date)).size;
      expect(comp.length, String(year)).toBe(onRest.length + sameDate);
      for (const c of comp) {
        expect(c.compensatesFor && c.compensatesFor < c.date).toBe(true);
        expect([0, 6]).not.toContain(dayOfWeek(c.date));
      }
      for (const h of hs) expect(isWorkingDayOrThrow(h.date), h.date).toBe(false);
      expect(new Set(hs.filter((h) => h.kind !== 'statutory').map((h) => h.date)).size).toBe(
        hs.filter((h) => h.kind !== 'statutory').length,
      );
    }
  });

  it('known past official schedules outside the data: Tết 2017 (26/1–1/2) and 2018 (14/2–20/2)', () => {
    expect(
      getHolidaysOrThrow(2017)
        .filter((h) => h.occasion === 'tet' && h.kind === 'statutory')
        .map((h) => h.date),
    ).toEqual(['2017-01-26', '2017-01-27', '2017-01-30', '2017-01-31', '2017-02-01']);
    expect(
      getHolidaysOrThrow(2018)
        .filter((h) => h.occasion === 'tet' && h.kind === 'statutory')
        .map((h) => h.date),
    ).toEqual(['2018-02-14', '2018-02-15', '2018-02-16', '2018-02-19', '2018-02-20']);
  });

  it('nghỉ bù for a provisional year: 2027-05-01 is a Saturday → Monday 3 May off', () => {
    const comp = getHolidaysOrThrow(2027).filter((h) => h.kind === 'compensatory');
    expect(comp.map((h) => [h.date, h.compensatesFor])).toContainEqual(['2027-05-03', '2027-05-01']);
    expect(isWorkingDayOrThrow('2027-05-03')).toBe(false);
  });
});

describe('2007 – April 2013: Bộ luật Lao động 1994 Art. 73 (provisional)', () => {
  /** The Tết days off of a year: [date, kind] of statutory days and their nghỉ bù. */
  const tet = (year: number): [string, string][] =>
    getHolidaysOrThrow(year)
      .filter((h) => h.occasion === 'tet')
      .map((h) => [h.date, h.kind]);

  it('the 2013 Tết span has 4 statutory days (1994 Code), 2014 has 5 (2012 Code)', () => {
    const t13 = getHolidaysOrThrow(2013).filter((h) => h.occasion === 'tet' && h.kind === 'statutory');
    // the eve (29 tháng Chạp, Saturday 9/2) and mùng 1–3
    expect(t13.map((h) => h.date)).toEqual(['2013-02-09', '2013-02-10', '2013-02-11', '2013-02-12']);
    expect(t13.every((h) => h.status === 'provisional' && h.citation.id === 'BLLD-1994/73.1')).toBe(true);
    const t14 = getHolidaysOrThrow(2014).filter((h) => h.occasion === 'tet' && h.kind === 'statutory');
    expect(t14.length).toBe(5);
    expect(t14.every((h) => h.kind === 'statutory' && h.citation.id === 'BLLD-2012/115')).toBe(true);
  });

  it('Tết: the eve and mùng 1–3, nghỉ bù (Art. 73.2) for those on a weekend (hand-checked years)', () => {
    // 2013: eve Sat 9/2, mùng 1 Sun 10/2 → nghỉ bù Wed 13 and Thu 14 (stacked after Mon–Tue 11–12)
    expect(tet(2013)).toEqual([
      ['2013-02-09', 'statutory'],
      ['2013-02-10', 'statutory'],
      ['2013-02-11', 'statutory'],
      ['2013-02-12', 'statutory'],
      ['2013-02-13', 'compensatory'],
      ['2013-02-14', 'compensatory'],
    ]);
    const comp13 = getHolidaysOrThrow(2013).filter((h) => h.occasion === 'tet' && h.kind === 'compensatory');
    expect(comp13.map((h) => [h.compensatesFor, h.citation.id])).toEqual([
      ['2013-02-09', 'BLLD-1994/73.2'],
      ['2013-02-10', 'BLLD-1994/73.2'],
    ]);
    // 2007: eve Fri 16/2, mùng 1–2 Sat/Sun, mùng 3 Mon 19 → nghỉ bù Tue 20, Wed 21
    expect(tet(2007).map(([d]) => d)).toEqual([
      '2007-02-16',
      '2007-02-17',
      '2007-02-18',
      '2007-02-19',
      '2007-02-20',
      '2007-02-21',
    ]);
    // 2011: eve Wed 2/2 (30 tháng Chạp), mùng 3 Sat 5 → nghỉ bù Mon 7
    expect(tet(2011).filter(([, k]) => k === 'compensatory')).toEqual([['2011-02-07', 'compensatory']]);
    // 2012: eve Sun 22/1 (29 tháng Chạp: a 29-day month) → nghỉ bù Thu 26
    expect(tet(2012)[0]).toEqual(['2012-01-22', 'statutory']);
    expect(tet(2012).at(-1)).toEqual(['2012-01-26', 'compensatory']);
  });

  it('the days off equal four working days from the first working day on or after the eve, every year 2007–2013', () => {
    for (let year = 2007; year <= 2013; year++) {
      const off = tet(year).filter(
        ([d]) => isWorkingDayOrThrow(d) === false && ![0, 6].includes(dayOfWeek(d)),
      );
      expect(off.length, String(year)).toBe(4);
      const days = off.map(([d]) => d);
      for (let k = 1; k < days.length; k++) {
        // consecutive working days: no working day between two Tết days off
        let d = addCalendarDays(days[k - 1] as string, 1);
        while (d < (days[k] as string)) {
          expect([0, 6], d).toContain(dayOfWeek(d));
          d = addCalendarDays(d, 1);
        }
      }
    }
  });

  it('9 days a year, Giỗ Tổ from 2007, nghỉ bù under Art. 73.2, no swaps invented', () => {
    const h12 = getHolidaysOrThrow(2012);
    expect(h12.filter((h) => h.kind === 'statutory').length).toBe(9);
    expect(h12.some((h) => h.kind === 'swap-day-off')).toBe(false);
    expect(h12.find((h) => h.occasion === 'hung-kings')?.date).toBe('2012-03-31');
    expect(
      h12.filter((h) => h.kind === 'compensatory').map((h) => [h.date, h.compensatesFor, h.citation.id]),
    ).toEqual([
      ['2012-01-02', '2012-01-01', 'BLLD-1994/73.2'],
      ['2012-01-26', '2012-01-22', 'BLLD-1994/73.2'],
      ['2012-04-02', '2012-03-31', 'BLLD-1994/73.2'],
      ['2012-09-03', '2012-09-02', 'BLLD-1994/73.2'],
    ]);
    expect(getHolidaysOrThrow(2007).find((h) => h.occasion === 'hung-kings')?.date).toBe('2007-04-26');
    // 2011: 30/4 Sat and 1/5 Sun → Mon 2 and Tue 3 May (stacked in order)
    expect(
      getHolidaysOrThrow(2011)
        .filter((h) => h.kind === 'compensatory' && h.occasion !== 'tet')
        .map((h) => h.date),
    ).toEqual(['2011-01-03', '2011-05-02', '2011-05-03']);
    // Quốc khánh one day before 2021, whatever the Code
    expect(
      getHolidaysOrThrow(2013)
        .filter((h) => h.occasion === 'national-day')
        .map((h) => h.citation.id),
    ).toEqual(['BLLD-2012/115']);
  });
});

describe('options', () => {
  it('the pending Ngày Văn hóa Việt Nam (24/11) is off by default and can be switched on', () => {
    expect(getHolidaysOrThrow(2026).some((h) => h.occasion === 'culture-day')).toBe(false);
    expect(isWorkingDayOrThrow('2027-11-24')).toBe(true);
    const cal = createCalendar({ pendingHolidays: { vietnamCultureDay: true } });
    const h = getHolidaysOrThrow(2027, { calendar: cal }).find((x) => x.occasion === 'culture-day');
    expect(h?.date).toBe('2027-11-24');
    expect(h?.citation.note).toContain('pending');
    expect(cal.isWorkingDayOrThrow('2027-11-24')).toBe(false);
    // 2029-11-24 is a Saturday: nghỉ bù on Monday 26th.
    expect(cal.isWorkingDayOrThrow('2029-11-26')).toBe(false);
  });

  it('caller announcements: next year swaps as data', () => {
    const cal = createCalendar({
      announcements: [
        { date: '2027-04-30', type: 'day-off', citation: { id: '9999/VPCP-KGVX' } },
        { date: '2027-05-08', type: 'working-day', name: { vi: 'Làm bù', en: 'Make-up day' } },
      ],
    });
    expect(cal.isWorkingDayOrThrow('2027-05-08')).toBe(true);
    const ws = cal.getWorkedSaturdays(2027);
    expect(ws.ok && ws.value.map((w) => w.date)).toEqual(['2027-05-08']);
    // An announced working day cancels a provisional day off.
    const cancel = createCalendar({ announcements: [{ date: '2027-02-05', type: 'working-day' }] });
    expect(cancel.isWorkingDayOrThrow('2027-02-05')).toBe(true);
  });

  it('bad years: coded issues', () => {
    expect(getHolidays(2006)).toMatchObject({ ok: false, issues: [{ code: 'calendar.year-invalid' }] });
    expect(getHolidays(2006).ok === false && getHolidays(2006).issues[0]?.message.en).toContain('2007');
    expect(getHolidays(2026.5)).toMatchObject({ ok: false });
    expect(getHolidays(Number.NaN)).toMatchObject({ ok: false });
    expect(() => getHolidaysOrThrow(3000)).toThrow(/year-invalid/);
  });
});

describe('weekend days of the Tết break (issue #15)', () => {
  it('2024: Tết itself (Saturday 10/2) and Sunday 11/2 are listed, on a rest day, named, not compensated', () => {
    const hs = getHolidaysOrThrow(2024);
    const weekend = hs.filter((h) => h.kind === 'break');
    expect(weekend.map((h) => [h.date, h.onRestDay, h.occasion, h.name.vi])).toEqual([
      ['2024-02-10', true, 'tet', 'Tết Âm lịch (Tết Nguyên đán), mùng 1 tháng Giêng'],
      ['2024-02-11', true, 'tet', 'Tết Âm lịch (Tết Nguyên đán), mùng 2 tháng Giêng'],
    ]);
    expect(hs.filter((h) => h.compensatesFor === '2024-02-10')).toEqual([]);
    // a trace names Tết before the weekly rest
    const info = getDayInfo('2024-02-10');
    expect(info.ok && info.value.reasons.map((r) => r.kind)).toEqual(['break', 'weekly-rest']);
  });
  it('every year: the break is contiguous from its first to its last day, weekends included', () => {
    for (let year = 2014; year <= 2100; year++) {
      const tet = getHolidaysOrThrow(year)
        .filter((h) => h.occasion === 'tet' && (h.kind === 'statutory' || h.kind === 'break'))
        .map((h) => h.date);
      for (let i = 1; i < tet.length; i++) {
        const gap = (Date.parse(tet[i]!) - Date.parse(tet[i - 1]!)) / 86_400_000;
        expect(gap, `${year} ${tet[i]}`).toBe(1);
      }
    }
  });
});
