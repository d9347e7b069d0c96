import type { Citation, CivilDate, DateInput, LocalizedText, Result } from '../core/index.js';
import { type CalendarChoice, stateAgencyCalendar } from './stateAgencyCalendar.js';

/**
 * One reason why a day is (not) a working day.
 *
 * @example
 * ```ts
 * import { getDayInfo, type DayReason } from 'vn-portal-kit/calendar';
 * const r = getDayInfo('2026-04-27');
 * const reason: DayReason | undefined = r.ok ? r.value.reasons[0] : undefined;
 * reason?.kind //=> 'compensatory'
 * ```
 */
export interface DayReason {
  readonly kind:
    | 'statutory'
    | 'break'
    | 'compensatory'
    | 'swap-day-off'
    | 'worked-day'
    | 'weekly-rest'
    | 'saturday-reception';
  readonly name: LocalizedText;
  readonly status: 'official' | 'provisional';
  readonly citation: Citation;
}

/**
 * A day of the state-agency calendar with the reasons behind its status.
 *
 * @example
 * ```ts
 * import { getDayInfo, type DayInfo } from 'vn-portal-kit/calendar';
 * const r = getDayInfo('2026-08-22');
 * const info: DayInfo | undefined = r.ok ? r.value : undefined;
 * info?.working //=> true
 * ```
 */
export interface DayInfo {
  readonly date: CivilDate;
  /** 0 = Sunday … 6 = Saturday. */
  readonly dayOfWeek: number;
  /** The day for people, e.g. `{ vi: 'Thứ Hai 27/04/2026', en: 'Monday 2026-04-27' }`. */
  readonly label: LocalizedText;
  readonly working: boolean;
  readonly reasons: readonly DayReason[];
}

/**
 * Why a day is or is not a working day: holidays, nghỉ bù, swaps, worked Saturdays, weekly rest.
 *
 * @example
 * ```ts
 * import { getDayInfo } from 'vn-portal-kit/calendar';
 * const r = getDayInfo('2023-05-03');
 * r.ok && r.value.reasons.map((x) => x.citation.id) //=> ['BLLD-2019/111.3']
 * ```
 */
export function getDayInfo(date: DateInput, options: CalendarChoice = {}): Result<DayInfo> {
  return (options.calendar ?? stateAgencyCalendar).getDayInfo(date);
}
