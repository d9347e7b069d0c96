import type { Citation, LocalizedText } from '../core/index.js';

/** Which public holiday a statutory day belongs to. */
export type HolidayOccasion =
  | 'new-year'
  | 'tet'
  | 'hung-kings'
  | 'victory-day'
  | 'labour-day'
  | 'national-day'
  | 'culture-day';

/**
 * A public holiday of the Labor Code as data: its date (solar, lunar, or the Tết span), how many days, the
 * years it applies to and the provision.
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
  /** Solar or lunar month/day; `'tet-span'` = the Tết days fixed each year (see {@link TET_SPAN_RULE}). */
  readonly date:
    | { readonly calendar: 'solar'; readonly month: number; readonly day: number }
    | { readonly calendar: 'lunar'; readonly month: number; readonly day: number }
    | { readonly calendar: 'tet-span' };
  /** Number of statutory days (Tết: 5; Quốc khánh: 2 from 2021, 1 before). */
  readonly days: number;
  /** First and last year the rule applies (inclusive). */
  readonly fromYear: number;
  readonly toYear?: number;
  /** Pending rules (not enacted) apply only when the calendar switches them on. */
  readonly pending?: boolean;
  readonly citation: Citation;
}

const LC2012 = (note?: string): Citation => (note ? { id: 'BLLD-2012/115', note } : { id: 'BLLD-2012/115' });
const LC2019 = (note?: string): Citation =>
  note ? { id: 'BLLD-2019/112.1', note } : { id: 'BLLD-2019/112.1' };

/**
 * The public holidays (ngày nghỉ lễ, Tết) of Bộ luật Lao động 2019 Art. 112.1 (from 2021) and 2012 Art. 115
 * (2014–2020: Quốc khánh one day). First year supported: 2014 (the 2012 Code took effect on 2013-05-01).
 *
 * @example
 * ```ts
 * import { VN_HOLIDAY_RULES } from 'vn-portal-kit/calendar';
 * VN_HOLIDAY_RULES.filter((r) => r.occasion === 'national-day').map((r) => r.days) //=> [1, 2]
 * ```
 */
export const VN_HOLIDAY_RULES: readonly HolidayRule[] = [
  ...[LC2012, LC2019].flatMap((c, i): HolidayRule[] => {
    const range = i === 0 ? { fromYear: 2014, toYear: 2020 } : { fromYear: 2021 };
    return [
      {
        occasion: 'new-year',
        name: { vi: 'Tết Dương lịch', en: "New Year's Day" },
        date: { calendar: 'solar', month: 1, day: 1 },
        days: 1,
        ...range,
        citation: c(),
      },
      {
        occasion: 'tet',
        name: { vi: 'Tết Âm lịch (Tết Nguyên đán)', en: 'Lunar New Year (Tết)' },
        date: { calendar: 'tet-span' },
        days: 5,
        ...range,
        citation: c(),
      },
      {
        occasion: 'hung-kings',
        name: { vi: 'Giỗ Tổ Hùng Vương (10/3 âm lịch)', en: "Hùng Kings' Commemoration (lunar 10/3)" },
        date: { calendar: 'lunar', month: 3, day: 10 },
        days: 1,
        ...range,
        citation: c(),
      },
      {
        occasion: 'victory-day',
        name: { vi: 'Ngày Chiến thắng (30/4)', en: 'Victory Day (30 April)' },
        date: { calendar: 'solar', month: 4, day: 30 },
        days: 1,
        ...range,
        citation: c(),
      },
      {
        occasion: 'labour-day',
        name: { vi: 'Ngày Quốc tế Lao động (1/5)', en: "International Workers' Day (1 May)" },
        date: { calendar: 'solar', month: 5, day: 1 },
        days: 1,
        ...range,
        citation: c(),
      },
      {
        occasion: 'national-day',
        name: { vi: 'Quốc khánh (2/9)', en: 'National Day (2 September)' },
        date: { calendar: 'solar', month: 9, day: 2 },
        days: i === 0 ? 1 : 2,
        ...range,
        citation: i === 0 ? c() : c('2/9 and one adjacent day (1/9 or 3/9) chosen each year'),
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
    citation: LC2019(
      'pending: NQ 80-NQ/TW (2026-01-07) and NQ 30/NQ-CP (2026-02) order Art. 112 amended; no enactment known',
    ),
  },
];

/**
 * The provisional Tết span for a year with no official schedule (the Prime Minister fixes it each year).
 * Reproduces every official span 2019–2026: five working days starting on the first working day on or
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
export const TET_SPAN_RULE: {
  readonly days: number;
  readonly anchorDayOfLastMonth: number;
  readonly preferRestToRestBreak: boolean;
  readonly citation: Citation;
} = {
  days: 5,
  anchorDayOfLastMonth: 29,
  preferRestToRestBreak: true,
  citation: {
    id: 'BLLD-2019/112.1',
    note: 'provisional span: 5 working days from 29 tháng Chạp, or one day earlier for a rest-to-rest break',
  },
};

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
