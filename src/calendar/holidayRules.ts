import type { Citation, LocalizedText } from '../core/index.js';

/**
 * Which public holiday a statutory day belongs to.
 *
 * @example
 * ```ts
 * import type { HolidayOccasion } from 'vn-portal-kit/calendar';
 * const occasions: HolidayOccasion[] = ['tet', 'hung-kings', 'national-day'];
 * occasions.length //=> 3
 * ```
 */
export type HolidayOccasion =
  | 'new-year'
  | 'tet'
  | 'hung-kings'
  | 'victory-day'
  | 'labour-day'
  | 'national-day'
  | 'culture-day';

/**
 * How a provisional Tết span is chosen for a year with no official schedule: `days` working days starting on
 * the first working day on or after day `anchorDayOfLastMonth` of the last lunar month (clamped to that
 * month's last day, so `30` means the eve, ngày cuối năm, in a 29-day month too); with
 * `preferRestToRestBreak`, one working day earlier when that makes the break run from a weekly rest day to a
 * weekly rest day while still covering the eve and the first three days of the year. With
 * `countsCalendarDays`, the span is `days` consecutive calendar days from the anchor instead, and those that
 * fall on a weekly rest day get nghỉ bù like any other holiday.
 *
 * @example
 * ```ts
 * import { TET_SPAN_RULE, type TetSpanRule } from 'vn-portal-kit/calendar';
 * const r: TetSpanRule = TET_SPAN_RULE;
 * r.anchorDayOfLastMonth //=> 29
 * ```
 */
export interface TetSpanRule {
  /** Number of working days of the span. */
  readonly days: number;
  /** Day of the last lunar month (tháng Chạp) the span starts on or after; clamped to the month's length. */
  readonly anchorDayOfLastMonth: number;
  /** Take one working day earlier when that gives a rest-day-to-rest-day break (the 2025 choice). */
  readonly preferRestToRestBreak: boolean;
  /** `days` consecutive calendar days from the anchor (weekend days included, then compensated). */
  readonly countsCalendarDays: boolean;
  readonly citation: Citation;
}

/**
 * A public holiday of the Labor Code as data: its date (solar, lunar, or the Tết span), how many days, the
 * years and dates it applies to, the provision, and the provision of its nghỉ bù.
 *
 * @example
 * ```ts
 * import { VN_HOLIDAY_RULES, type HolidayRule } from 'vn-portal-kit/calendar';
 * const gioTo: HolidayRule | undefined = VN_HOLIDAY_RULES.find((r) => r.occasion === 'hung-kings');
 * gioTo?.date //=> { calendar: 'lunar', month: 3, day: 10 }
 * ```
 */
export interface HolidayRule {
  readonly occasion: HolidayOccasion;
  readonly name: LocalizedText;
  /** Solar or lunar month/day; `'tet-span'` = the Tết days fixed each year, chosen provisionally by `span`. */
  readonly date:
    | { readonly calendar: 'solar'; readonly month: number; readonly day: number }
    | { readonly calendar: 'lunar'; readonly month: number; readonly day: number }
    | { readonly calendar: 'tet-span'; readonly span: TetSpanRule };
  /** Number of statutory days (Tết: 4 before 2013-05-01, then 5; Quốc khánh: 2 from 2021, 1 before). */
  readonly days: number;
  /** First and last year the rule applies (inclusive). */
  readonly fromYear: number;
  readonly toYear?: number;
  /**
   * The Code's dates of effect (`'YYYY-MM-DD'`): a statutory day before `inForceFrom` or on or after
   * `inForceUntil` does not come from this rule (2013: the 1994 Code until 30 April, the 2012 Code from 1 May).
   */
  readonly inForceFrom?: string;
  readonly inForceUntil?: string;
  /** Pending rules (not enacted) apply only when the calendar switches them on. */
  readonly pending?: boolean;
  readonly citation: Citation;
  /** The provision giving the next working day off when the holiday falls on a weekly rest day (nghỉ bù). */
  readonly compensatoryCitation: Citation;
}

/** A Labor Code's holidays: its citations, years, dates of effect and the number of days that differ. */
interface LaborCode {
  readonly cite: (note?: string) => Citation;
  readonly compensatory: Citation;
  readonly range: Pick<HolidayRule, 'fromYear' | 'toYear' | 'inForceFrom' | 'inForceUntil'>;
  readonly tet: TetSpanRule;
  readonly nationalDays: number;
}

const citeAs =
  (id: string) =>
  (note?: string): Citation =>
    note ? { id, note } : { id };

/**
 * The provisional Tết span under Bộ luật Lao động 2012 and 2019 (from 2013-05-01, the first such Tết being
 * 2014). Reproduces every official span 2019–2026: five working days starting on the first working day on or
 * after the 29th of the last lunar month (29 tháng Chạp); if starting one working day earlier instead makes
 * the whole break run from a weekly rest day to a weekly rest day (a 9-day break) while still covering the
 * eve and the first three days of the year, that earlier start is taken (2025).
 *
 * @example
 * ```ts
 * import { TET_SPAN_RULE } from 'vn-portal-kit/calendar';
 * TET_SPAN_RULE.days //=> 5
 * ```
 */
export const TET_SPAN_RULE: TetSpanRule = {
  days: 5,
  anchorDayOfLastMonth: 29,
  preferRestToRestBreak: true,
  countsCalendarDays: false,
  citation: {
    id: 'BLLD-2019/112.1',
    note: 'provisional span: 5 working days from 29 tháng Chạp, or one day earlier for a rest-to-rest break',
  },
};

/**
 * The provisional Tết span under Bộ luật Lao động 1994 Art. 73.1 (Tết âm lịch 4 ngày; until 2013-04-30, the
 * last such Tết being 2013): the method of {@link TET_SPAN_RULE} adapted to four days, "one day at the end of
 * the year and three at the start": the eve (the last day of tháng Chạp, 29th or 30th) and mùng 1–3 as
 * calendar days, each one on a Saturday or Sunday compensated on the next working day (Art. 73.2), no
 * earlier start. The days off are the same as four working days from the first working day on or after the
 * eve; listing the eve and mùng 1–3 keeps the reason (nghỉ bù) a clerk would read in that year's notice.
 *
 * @example
 * ```ts
 * import { TET_SPAN_RULE_LC1994 } from 'vn-portal-kit/calendar';
 * TET_SPAN_RULE_LC1994.days //=> 4
 * ```
 */
export const TET_SPAN_RULE_LC1994: TetSpanRule = {
  days: 4,
  anchorDayOfLastMonth: 30,
  preferRestToRestBreak: false,
  countsCalendarDays: true,
  citation: {
    id: 'BLLD-1994/73.1',
    note: 'provisional span: the eve (last day of tháng Chạp) and mùng 1–3; no official schedule shipped',
  },
};

const CODES: readonly LaborCode[] = [
  {
    cite: citeAs('BLLD-1994/73.1'),
    compensatory: { id: 'BLLD-1994/73.2' },
    range: { fromYear: 2007, toYear: 2013, inForceUntil: '2013-05-01' },
    tet: TET_SPAN_RULE_LC1994,
    nationalDays: 1,
  },
  {
    cite: citeAs('BLLD-2012/115'),
    compensatory: { id: 'BLLD-2012/115', note: 'Art. 115.3 (nghỉ bù)' },
    range: { fromYear: 2013, toYear: 2020, inForceFrom: '2013-05-01' },
    tet: { ...TET_SPAN_RULE, citation: { ...TET_SPAN_RULE.citation, id: 'BLLD-2012/115' } },
    nationalDays: 1,
  },
  {
    cite: citeAs('BLLD-2019/112.1'),
    compensatory: { id: 'BLLD-2019/111.3' },
    range: { fromYear: 2021 },
    tet: TET_SPAN_RULE,
    nationalDays: 2,
  },
];

/**
 * The public holidays (ngày nghỉ lễ, Tết) of the Labor Codes, by date of effect: Bộ luật Lao động 1994 Art. 73
 * as amended (Luật 84/2007/QH11 added Giỗ Tổ Hùng Vương; 9 days, Tết 4) from 2007 to 2013-04-30; Bộ luật Lao
 * động 2012 Art. 115 (10 days, Tết 5) from 2013-05-01; Bộ luật Lao động 2019 Art. 112.1 (11 days, Quốc khánh
 * 2) from 2021. First year supported: 2007.
 *
 * @example
 * ```ts
 * import { VN_HOLIDAY_RULES } from 'vn-portal-kit/calendar';
 * VN_HOLIDAY_RULES.filter((r) => r.occasion === 'national-day').map((r) => r.days) //=> [1, 1, 2]
 * VN_HOLIDAY_RULES.filter((r) => r.occasion === 'tet').map((r) => r.days) //=> [4, 5, 5]
 * ```
 */
export const VN_HOLIDAY_RULES: readonly HolidayRule[] = [
  ...CODES.flatMap((code): HolidayRule[] => {
    const c = code.cite;
    const common = { ...code.range, compensatoryCitation: code.compensatory };
    return [
      {
        occasion: 'new-year',
        name: { vi: 'Tết Dương lịch', en: "New Year's Day" },
        date: { calendar: 'solar', month: 1, day: 1 },
        days: 1,
        ...common,
        citation: c(),
      },
      {
        occasion: 'tet',
        name: { vi: 'Tết Âm lịch (Tết Nguyên đán)', en: 'Lunar New Year (Tết)' },
        date: { calendar: 'tet-span', span: code.tet },
        days: code.tet.days,
        ...common,
        citation: c(),
      },
      {
        occasion: 'hung-kings',
        name: { vi: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', en: "Hùng Kings' Commemoration (lunar 10/3)" },
        date: { calendar: 'lunar', month: 3, day: 10 },
        days: 1,
        ...common,
        citation: c(),
      },
      {
        occasion: 'victory-day',
        name: { vi: 'Ngày Chiến thắng (30/4)', en: 'Victory Day (30 April)' },
        date: { calendar: 'solar', month: 4, day: 30 },
        days: 1,
        ...common,
        citation: c(),
      },
      {
        occasion: 'labour-day',
        name: { vi: 'Ngày Quốc tế Lao động (1/5)', en: "International Workers' Day (1 May)" },
        date: { calendar: 'solar', month: 5, day: 1 },
        days: 1,
        ...common,
        citation: c(),
      },
      {
        occasion: 'national-day',
        name: { vi: 'Quốc khánh (2/9)', en: 'National Day (2 September)' },
        date: { calendar: 'solar', month: 9, day: 2 },
        days: code.nationalDays,
        ...common,
        citation: code.nationalDays === 1 ? c() : c('2/9 and one adjacent day (1/9 or 3/9) chosen each year'),
      },
    ];
  }),
  {
    occasion: 'culture-day',
    name: { vi: 'Ngày Văn hóa Việt Nam (24/11)', en: 'Vietnam Culture Day (24 November)' },
    date: { calendar: 'solar', month: 11, day: 24 },
    days: 1,
    fromYear: 2026,
    pending: true,
    citation: {
      id: 'BLLD-2019/112.1',
      note: 'pending: NQ 80-NQ/TW (2026-01-07) and NQ 30/NQ-CP (2026-02) order Art. 112 amended; no enactment known',
    },
    compensatoryCitation: { id: 'BLLD-2019/111.3' },
  },
];

/**
 * The provisional second Quốc khánh day (from 2021) by the weekday of 2 September (0 = Sunday): the
 * adjacent day that is a working day, the one next to a weekend when both are; for a Wednesday 1 September
 * (the 2026 choice). Reproduces 2021–2026.
 *
 * @example
 * ```ts
 * import { NATIONAL_DAY_ADJACENT_RULE } from 'vn-portal-kit/calendar';
 * NATIONAL_DAY_ADJACENT_RULE.dayByWeekday[1] //=> 3
 * ```
 */
export const NATIONAL_DAY_ADJACENT_RULE: {
  readonly dayByWeekday: readonly [number, number, number, number, number, number, number];
  readonly citation: Citation;
} = {
  dayByWeekday: [3, 3, 1, 1, 3, 1, 1],
  citation: {
    id: 'BLLD-2019/112.1',
    note: 'provisional adjacent day: the working-day neighbour of 2/9, the one next to a weekend; Wednesday → 1/9',
  },
};
