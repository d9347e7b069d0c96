import type { DeadlineRule } from '../calendar/index.js';
import type { CategoryId } from '../categories/categoryIds.js';
import { CATEGORY_IDS } from '../categories/categoryIds.js';
import {
  type Citation,
  createIssue,
  type DateInput,
  err,
  type Issue,
  type LocalizedText,
  localized,
  ok,
  type Result,
  toCivilDate,
} from '../core/index.js';
import { nationalProfileAt } from './nationalProfileAt.js';
import type { Profile } from './Profile.js';

/**
 * What {@link selectDeadlineRule} reads of a profile: its id and level, its deadline rules, its update
 * policies and its default deadline. A `Profile` is one; so is the `deadlines` of a compliance `AuditPolicy`,
 * so that the audit and `deadlineFor` choose a rule by the same function.
 *
 * @example
 * ```ts
 * import { getProfile, type DeadlineSource } from 'vn-portal-kit/profiles';
 * const s: DeadlineSource = getProfile('nd224-2026')!;
 * s.defaultDeadline?.rule //=> { kind: 'working-days', days: 5 }
 * ```
 */
export type DeadlineSource = Pick<
  Profile,
  'id' | 'level' | 'deadlines' | 'updatePolicies' | 'defaultDeadline'
>;

/**
 * The deadline rule a profile gives one category, chosen by {@link selectDeadlineRule}.
 *
 * @example
 * ```ts
 * import { getProfile, selectDeadlineRule } from 'vn-portal-kit/profiles';
 * const r = selectDeadlineRule(getProfile('vinh-phuc-32-2023')!, 'legal-documents', { trigger: 'normative' });
 * r.ok && r.value.rule //=> { kind: 'working-days', days: 7 }
 * r.ok && r.value.alternatives //=> ['administrative', 'emergency', 'effective-on-signing']
 * ```
 */
export interface SelectedDeadlineRule {
  /** The profile whose rule applies (the national one on a fallback). */
  readonly profileId: string;
  readonly category: CategoryId;
  /** The trigger id; `'default'` for the profile's default deadline. */
  readonly trigger: string;
  readonly label: LocalizedText;
  /** The event that starts the clock, when the rule says. */
  readonly startsAt?: LocalizedText | undefined;
  readonly rule: DeadlineRule;
  readonly citation: Citation;
  /** The local provision that adopts a national rule. */
  readonly via?: Citation | undefined;
  /** The other triggers of the category. */
  readonly alternatives: readonly string[];
  /** `category` (a rule of the category), `default` (the profile's default), `national` (the national fallback). */
  readonly source: 'category' | 'default' | 'national';
}

/**
 * Options of {@link selectDeadlineRule} and `deadlineFor`.
 *
 * @example
 * ```ts
 * import type { SelectDeadlineRuleOptions } from 'vn-portal-kit/profiles';
 * const o: SelectDeadlineRuleOptions = { trigger: 'emergency' };
 * o.trigger //=> 'emergency'
 * ```
 */
export interface SelectDeadlineRuleOptions {
  /** The trigger id, for a category with several rules (VP-32-2023/6.2). */
  readonly trigger?: string | undefined;
  /**
   * When the profile has no rule for the category: use the national decree in force on `on` (default `true`;
   * needs `on`). National profiles never fall back.
   */
  readonly fallbackToNational?: boolean | undefined;
  /** The event date, for the national fallback. */
  readonly on?: DateInput | undefined;
}

/**
 * Picks the deadline rule a profile gives a category: the rule of the named trigger; else the only rule, or
 * the default trigger (with a `profiles.trigger-assumed` warning listing the others); else, when the category
 * is only to be updated "regularly" (`profiles.no-fixed-deadline`, an error with the citation); else the
 * profile's default deadline (VP-32-2023/6.7, LTCTT-2016/18.4); else the national decree in force on the event
 * date (a `profiles.deadline-from-national` warning). Issue codes: `profiles.unknown-category`,
 * `profiles.unknown-trigger`, `profiles.trigger-required`, `profiles.no-fixed-deadline`,
 * `profiles.no-deadline-rule`.
 *
 * @example
 * ```ts
 * import { getProfile, selectDeadlineRule } from 'vn-portal-kit/profiles';
 * const vp = getProfile('vinh-phuc-32-2023')!;
 * const a = selectDeadlineRule(vp, 'legal-documents');
 * a.ok && [a.value.trigger, a.issues[0]?.code] //=> ['administrative', 'profiles.trigger-assumed']
 * const news = selectDeadlineRule(vp, 'news');
 * news.ok //=> false
 * news.issues[0]?.citation?.id //=> 'VP-32-2023/6.1'
 * const other = selectDeadlineRule(vp, 'treaties');
 * other.ok && other.value.citation.id //=> 'VP-32-2023/6.7'
 * ```
 */
export function selectDeadlineRule(
  profile: DeadlineSource,
  category: CategoryId,
  options: SelectDeadlineRuleOptions = {},
): Result<SelectedDeadlineRule> {
  if (!(CATEGORY_IDS as readonly string[]).includes(category)) {
    return err([
      createIssue(
        'profiles.unknown-category',
        localized(
          `Không có nhóm thông tin "${String(category).slice(0, 60)}"`,
          `Unknown category "${String(category).slice(0, 60)}"`,
        ),
        {
          path: ['category'],
        },
      ),
    ]);
  }
  const rules = profile.deadlines.filter((d) => d.category === category);
  const triggers = rules.map((d) => d.trigger);
  const pick = (i: number, issues: Issue[] = []): Result<SelectedDeadlineRule> => {
    const d = rules[i]!;
    return ok(
      {
        profileId: profile.id,
        category,
        trigger: d.trigger,
        label: d.label,
        startsAt: d.startsAt,
        rule: d.rule,
        citation: d.citation,
        via: d.via,
        alternatives: triggers.filter((t) => t !== d.trigger),
        source: 'category',
      },
      issues,
    );
  };
  if (options.trigger !== undefined) {
    const at = triggers.indexOf(options.trigger);
    if (at !== -1) return pick(at);
    return err([
      createIssue(
        'profiles.unknown-trigger',
        localized(
          `${profile.id} không có căn cứ tính hạn "${options.trigger.slice(0, 60)}" cho nhóm ${category}; có: ${triggers.join(', ') || '(không)'}`,
          `${profile.id} has no trigger "${options.trigger.slice(0, 60)}" for ${category}; available: ${triggers.join(', ') || '(none)'}`,
        ),
        { path: ['trigger'], details: { available: triggers } },
      ),
    ]);
  }
  if (rules.length === 1) return pick(0);
  if (rules.length > 1) {
    const at = rules.findIndex((d) => d.isDefault === true);
    if (at === -1) {
      return err([
        createIssue(
          'profiles.trigger-required',
          localized(
            `Nhóm ${category} có nhiều thời hạn: chọn một trong ${triggers.join(', ')}`,
            `${category} has several deadlines: choose one of ${triggers.join(', ')}`,
          ),
          { path: ['trigger'], details: { available: triggers } },
        ),
      ]);
    }
    const chosen = rules[at]!;
    return pick(at, [
      createIssue(
        'profiles.trigger-assumed',
        localized(
          `Dùng thời hạn mặc định "${chosen.trigger}" (${chosen.label.vi}); các trường hợp khác: ${triggers.filter((t) => t !== chosen.trigger).join(', ')}`,
          `Using the default trigger "${chosen.trigger}" (${chosen.label.en}); others: ${triggers.filter((t) => t !== chosen.trigger).join(', ')}`,
        ),
        {
          path: ['trigger'],
          severity: 'warning',
          citation: chosen.citation,
          details: { available: triggers },
        },
      ),
    ]);
  }
  const regular = profile.updatePolicies.find(
    (p) => p.kind === 'regularly' && p.categories.includes(category),
  );
  if (regular !== undefined) {
    return err([
      createIssue(
        'profiles.no-fixed-deadline',
        localized(
          `${profile.id}: nhóm ${category} cập nhật "thường xuyên, kịp thời", không có thời hạn tính bằng ngày`,
          `${profile.id}: ${category} is updated "regularly and promptly", with no deadline in days`,
        ),
        { path: ['category'], citation: regular.citation },
      ),
    ]);
  }
  if (profile.defaultDeadline !== undefined) {
    const d = profile.defaultDeadline;
    return ok({
      profileId: profile.id,
      category,
      trigger: 'default',
      label: d.label,
      rule: d.rule,
      citation: d.citation,
      alternatives: [],
      source: 'default',
    });
  }
  if (profile.level !== 'national' && options.fallbackToNational !== false && options.on !== undefined) {
    const day = toCivilDate(options.on, ['eventDate']);
    if (!day.ok) return day;
    const national = nationalProfileAt(day.value);
    if (national.ok) {
      const inner = selectDeadlineRule(national.value, category, { fallbackToNational: false });
      if (inner.ok) {
        return ok({ ...inner.value, source: 'national' }, [
          createIssue(
            'profiles.deadline-from-national',
            localized(
              `${profile.id} không quy định thời hạn cho nhóm ${category}: áp dụng ${national.value.documentNumber} có hiệu lực ngày ${day.value}`,
              `${profile.id} sets no deadline for ${category}: applying ${national.value.documentNumber}, in force on ${day.value}`,
            ),
            { path: ['category'], severity: 'warning', citation: inner.value.citation },
          ),
          ...inner.issues,
        ]);
      }
      return inner;
    }
  }
  return err([
    createIssue(
      'profiles.no-deadline-rule',
      localized(
        `${profile.id} không có thời hạn cho nhóm ${category}`,
        `${profile.id} has no deadline for ${category}`,
      ),
      { path: ['category'] },
    ),
  ]);
}
