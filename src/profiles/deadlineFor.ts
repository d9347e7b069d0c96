import { type ComputeDeadlineOptions, computeDeadline, type Deadline } from '../calendar/index.js';
import type { CategoryId } from '../categories/categoryIds.js';
import { type Citation, type DateInput, ok, type Result, toCivilDate } from '../core/index.js';
import type { Profile } from './Profile.js';
import {
  type SelectDeadlineRuleOptions,
  type SelectedDeadlineRule,
  selectDeadlineRule,
} from './selectDeadlineRule.js';

/**
 * Options of {@link deadlineFor}: the trigger and national fallback of {@link selectDeadlineRule}, and the
 * `calendar` options (a calendar of your agency, from `createCalendar`).
 *
 * @example
 * ```ts
 * import type { DeadlineForOptions } from 'vn-portal-kit/profiles';
 * const o: DeadlineForOptions = { trigger: 'normative' };
 * o.trigger //=> 'normative'
 * ```
 */
export interface DeadlineForOptions
  extends Omit<SelectDeadlineRuleOptions, 'on'>,
    Omit<ComputeDeadlineOptions, 'citation'> {}

/**
 * A category's deadline under a profile: the rule chosen, the computed `calendar` deadline (due date, due
 * instant and a bilingual trace), and the citation.
 *
 * @example
 * ```ts
 * import { deadlineFor, getProfile } from 'vn-portal-kit/profiles';
 * const r = deadlineFor(getProfile('vinh-phuc-32-2023')!, 'science-technology', '2026-11-25');
 * r.ok && r.value.citation.id //=> 'VP-32-2023/6.5'
 * ```
 */
export interface ProfileDeadline {
  /** The rule and where it comes from. */
  readonly selected: SelectedDeadlineRule;
  /** The computed deadline (`dueDate`, `dueAt`, `trace`). */
  readonly deadline: Deadline;
  /** The provision that sets it. */
  readonly citation: Citation;
}

/**
 * The update deadline of a category under a profile, for an event (publication, signing, approval, receipt):
 * picks the rule ({@link selectDeadlineRule}: the named trigger, the only or default trigger, the profile's
 * default deadline, or the national decree in force on the event date), then computes it with the `calendar`
 * module (state-agency working days, Civil Code counting, office hours). Warnings (`profiles.trigger-assumed`,
 * `profiles.deadline-from-national`) come with a successful result; a category with no day count
 * (`profiles.no-fixed-deadline`) or a bad date fails with coded bilingual issues.
 *
 * @example
 * ```ts
 * import { deadlineFor, getProfile } from 'vn-portal-kit/profiles';
 * const vp = getProfile('vinh-phuc-32-2023')!;
 * // a legal normative document signed on Friday 2026-11-20: 7 working days
 * const r = deadlineFor(vp, 'legal-documents', '2026-11-20', { trigger: 'normative' });
 * r.ok && r.value.deadline.dueDate //=> '2026-12-01'
 * r.ok && r.value.citation.id //=> 'VP-32-2023/6.2'
 * const e = deadlineFor(vp, 'legal-documents', '2026-11-20', { trigger: 'emergency' });
 * e.ok && e.value.deadline.dueDate //=> '2026-11-20'
 * ```
 */
export function deadlineFor(
  profile: Profile,
  category: CategoryId,
  eventDate: DateInput,
  options: DeadlineForOptions = {},
): Result<ProfileDeadline> {
  const day = toCivilDate(eventDate, ['eventDate']);
  if (!day.ok) return day;
  const selected = selectDeadlineRule(profile, category, {
    trigger: options.trigger,
    fallbackToNational: options.fallbackToNational,
    on: eventDate,
  });
  if (!selected.ok) return selected;
  const s = selected.value;
  const computeOptions: ComputeDeadlineOptions =
    options.calendar === undefined
      ? { citation: s.citation }
      : { calendar: options.calendar, citation: s.citation };
  const computed = computeDeadline(eventDate, { rule: s.rule, citation: s.citation }, computeOptions);
  if (!computed.ok) return computed;
  return ok({ selected: s, deadline: computed.value, citation: s.citation }, [
    ...selected.issues,
    ...computed.issues,
  ]);
}
