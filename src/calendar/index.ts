/**
 * The Vietnamese calendar for state agencies: the lunar calendar (âm lịch, UTC+07:00), public holidays with
 * nghỉ bù and official swaps, working days, office hours, and regulatory deadlines counted by the Civil Code
 * (Bộ luật Dân sự 2015 Art. 144–148) with a bilingual trace.
 *
 * @packageDocumentation
 * @module calendar
 */
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
