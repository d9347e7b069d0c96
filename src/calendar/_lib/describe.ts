import { daysToCivilDate, type LocalizedText } from '../../core/index.js';
import type { DayInfo } from '../getDayInfo.js';
import { type Compiled, type NormalOptions, weekday } from './engine.js';

export const WEEKDAY_VI = [
  'Chủ nhật',
  'Thứ Hai',
  'Thứ Ba',
  'Thứ Tư',
  'Thứ Năm',
  'Thứ Sáu',
  'Thứ Bảy',
] as const;
export const WEEKDAY_EN = [
  'Sunday',
  'Monday',
  'Tuesday',
  'Wednesday',
  'Thursday',
  'Friday',
  'Saturday',
] as const;

/** A day written for people: `{ vi: 'Thứ Sáu 24/04/2026', en: 'Friday 2026-04-24' }`. */
export function describeDate(day: number): LocalizedText {
  const s = daysToCivilDate(day);
  const w = weekday(day);
  return {
    vi: `${WEEKDAY_VI[w]} ${s.slice(8, 10)}/${s.slice(5, 7)}/${s.slice(0, 4)}`,
    en: `${WEEKDAY_EN[w]} ${s}`,
  };
}

/** The internals the deadline code needs from a calendar. */
export interface CalendarCore {
  readonly opts: NormalOptions;
  compiled(): Compiled;
  dayInfo(day: number): DayInfo;
}
