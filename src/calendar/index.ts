/**
 * The Vietnamese calendar for state agencies: the lunar calendar (âm lịch, UTC+07:00), public holidays with
 * nghỉ bù and official swaps, working days, office hours, and regulatory deadlines counted by the Civil Code
 * (Bộ luật Dân sự 2015 Art. 144–148) with a bilingual trace.
 *
 * @packageDocumentation
 * @module calendar
 */
export { addWorkingDays, addWorkingDaysOrThrow } from './addWorkingDays.js';
export { checkDeadlineRule } from './checkDeadlineRule.js';
export {
  type ComputeDeadlineOptions,
  computeDeadline,
  computeDeadlineOrThrow,
  type Deadline,
  type DeadlineTraceStep,
  type RemainingWorkingTime,
} from './computeDeadline.js';
export { countWorkingDays, countWorkingDaysOrThrow } from './countWorkingDays.js';
export {
  type CalendarAnnouncement,
  type CalendarOptions,
  createCalendar,
  MAX_DAY_COUNT,
  type OfficeHoursPeriod,
  type OfficeHoursWindow,
  tryCreateCalendar,
  type VnCalendar,
} from './createCalendar.js';
export type {
  CalendarDaysRule,
  CitedDeadlineRule,
  DayOfMonthRule,
  DeadlineRule,
  DeadlineRuleKind,
  ImmediatelyRule,
  SameDayRule,
  WorkingDaysRule,
  WorkingHoursRule,
} from './DeadlineRule.js';
export { type DayInfo, type DayReason, getDayInfo } from './getDayInfo.js';
export {
  getHolidays,
  getHolidaysOrThrow,
  getWorkedSaturdays,
  type Holiday,
  type WorkedDay,
} from './getHolidays.js';
export {
  getLunarYear,
  getLunarYearOrThrow,
  type LunarMonth,
  type LunarYear,
  lunarNewYear,
  lunarYearName,
} from './getLunarYear.js';
export {
  type HolidayOccasion,
  type HolidayRule,
  NATIONAL_DAY_ADJACENT_RULE,
  TET_SPAN_RULE,
  TET_SPAN_RULE_LC1994,
  type TetSpanRule,
  VN_HOLIDAY_RULES,
} from './holidayRules.js';
export { isOverdue } from './isOverdue.js';
export { isWorkingDay, isWorkingDayOrThrow } from './isWorkingDay.js';
export { type LunarDateInput, lunarToSolar, lunarToSolarOrThrow } from './lunarToSolar.js';
export { nextWorkingDay, previousWorkingDay } from './nextWorkingDay.js';
export { isOfficeOpen, officeHours, officeHoursOrThrow } from './officeHours.js';
export { remainingWorkingTime } from './remainingWorkingTime.js';
export { LUNAR_SUPPORTED_RANGE, type LunarDate, solarToLunar, solarToLunarOrThrow } from './solarToLunar.js';
export { type CalendarChoice, stateAgencyCalendar } from './stateAgencyCalendar.js';
