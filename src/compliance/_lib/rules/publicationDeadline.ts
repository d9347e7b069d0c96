import type { DeadlineRule } from '../../../calendar/index.js';
import { CATEGORY_NAMES, type CategoryId } from '../../../categories/categoryIds.js';
import type { Citation, CivilDate } from '../../../core/index.js';
import { vnDateTimeParts } from '../../../core/index.js';
import { type DeadlineSource, nationalProfileAt, selectDeadlineRule } from '../../../profiles/index.js';
import { defineRule } from '../../defineRule.js';
import { describeRule } from '../describeRule.js';
import { dueOf, workingDaysBetween } from '../services.js';

/** The Vietnamese civil day of an instant. */
const vnDayOf = (ms: number): CivilDate => vnDateTimeParts(new Date(ms)).date;

/** What the audit knows of an item's deadline: a rule, nothing to check, or a finding to raise. */
type Choice =
  | {
      readonly kind: 'rule';
      readonly rule: DeadlineRule;
      readonly citation: Citation;
      readonly trigger: string;
    }
  | { readonly kind: 'none' }
  | { readonly kind: 'national' }
  | { readonly kind: 'trigger-required'; readonly triggers: readonly string[]; readonly citation: Citation };

/**
 * The deadline chooser of one audit run: `selectDeadlineRule` of `vn-portal-kit/profiles` (the function
 * `deadlineFor` uses), called once per category and trigger (and, when the profile falls back to the national
 * decree, once per national decree), its answers kept on the run. The trigger is the item's `variant` when
 * it names one of the category's triggers, else none (the default or only rule).
 */
export function createDeadlineChooser(source: DeadlineSource) {
  const triggersOf = new Map<CategoryId, ReadonlySet<string>>();
  const choices = new Map<string, Choice>();
  const choose = (category: CategoryId, trigger: string | undefined, on?: CivilDate): Choice => {
    const r = selectDeadlineRule(source, category, {
      trigger,
      ...(on === undefined ? { fallbackToNational: false } : { on }),
    });
    if (r.ok)
      return { kind: 'rule', rule: r.value.rule, citation: r.value.citation, trigger: r.value.trigger };
    const code = r.issues[0]?.code;
    if (code === 'profiles.trigger-required') {
      const rules = source.deadlines.filter((d) => d.category === category);
      return {
        kind: 'trigger-required',
        triggers: rules.map((d) => d.trigger),
        citation: (rules[0] as (typeof rules)[number]).citation,
      };
    }
    if (code === 'profiles.no-deadline-rule' && on === undefined && source.level !== 'national')
      return { kind: 'national' };
    return { kind: 'none' };
  };
  return {
    /** The trigger an item names: its variant, when that is one of the category's triggers. */
    triggerOf(category: CategoryId, variant: string | undefined): string | undefined {
      if (variant === undefined) return undefined;
      let set = triggersOf.get(category);
      if (!set) {
        set = new Set(source.deadlines.filter((d) => d.category === category).map((d) => d.trigger));
        triggersOf.set(category, set);
      }
      return set.has(variant) ? variant : undefined;
    },
    /** The choice for a category, trigger and event day. */
    choose(category: CategoryId, trigger: string | undefined, eventDay: CivilDate | undefined): Choice {
      const key = `${category}\u0000${trigger ?? ''}`;
      let c = choices.get(key);
      if (!c) {
        c = choose(category, trigger);
        choices.set(key, c);
      }
      if (c.kind !== 'national' || eventDay === undefined) return c;
      const national = nationalProfileAt(eventDay);
      if (!national.ok) return { kind: 'none' };
      const nkey = `${key}\u0000${national.value.id}`;
      let n = choices.get(nkey);
      if (!n) {
        n = choose(category, trigger, eventDay);
        choices.set(nkey, n);
      }
      return n;
    },
  };
}

/**
 * `deadline.publication`: every item is published within its deadline, counted by `calendar` from the event
 * that starts it (the profile's rule for the category and trigger, VP-32-2023/6, TN-40-2012/10,
 * ND-43-2011/17, LTCTT-2016/18.4), reporting the due date and the delay in working days. An unpublished item
 * whose deadline has passed on the audit date is overdue.
 */
export const publicationDeadlineRule = defineRule({
  id: 'deadline.publication',
  title: { vi: 'Thông tin được đăng đúng thời hạn', en: 'Information is published on time' },
  severity: 'error',
  create(ctx) {
    const { policy, asOfEnd } = ctx;
    const source = policy.deadlines;
    if (
      source.deadlines.length === 0 &&
      source.defaultDeadline === undefined &&
      source.level === 'national'
    ) {
      ctx.notApplicable({
        vi: 'Quy định không đặt thời hạn đăng thông tin',
        en: 'The regulation sets no publication deadline',
      });
      return {};
    }
    const chooser = createDeadlineChooser(source);
    return {
      item(item, index) {
        const category: CategoryId = item.category;
        const trigger = chooser.triggerOf(category, item.variant);
        const eventDay = item.eventMs === undefined ? undefined : vnDayOf(item.eventMs);
        const choice = chooser.choose(category, trigger, eventDay);
        if (choice.kind === 'none' || choice.kind === 'national') return;
        const name = CATEGORY_NAMES[category];
        const location = { category, item: item.id, field: 'eventAt', path: ['items', index, 'eventAt'] };
        if (choice.kind === 'trigger-required') {
          ctx.report({
            status: 'needs-review',
            severity: 'warning',
            message: {
              vi: `"${name.vi}" có nhiều thời hạn (${choice.triggers.join(', ')}): ghi variant để kiểm tra được thời hạn`,
              en: `"${name.en}" has several deadlines (${choice.triggers.join(', ')}): name the variant so that the deadline can be checked`,
            },
            citation: choice.citation,
            location: { ...location, field: 'variant', path: ['items', index, 'variant'] },
            evidence: { triggers: choice.triggers },
          });
          return;
        }
        const chosen = choice;
        if (item.eventMs === undefined) {
          if (item.publishedAt === undefined) return;
          ctx.report({
            status: 'needs-review',
            severity: 'notice',
            message: {
              vi: `Không có ngày phát sinh (sự kiện, phê duyệt, ban hành) nên không kiểm tra được thời hạn đăng`,
              en: 'No event date (event, approval, issue), so the publication deadline cannot be checked',
            },
            citation: chosen.citation,
            location,
            remediation: {
              vi: 'Ghi ngày phát sinh thông tin (eventAt) trong hệ thống CMS',
              en: 'Record the date the information arose (eventAt) in the CMS',
            },
          });
          return;
        }
        const d = dueOf(new Date(item.eventMs), chosen.rule);
        if (!d) {
          ctx.report({
            status: 'needs-review',
            severity: 'notice',
            message: {
              vi: `Không tính được hạn đăng từ ngày ${item.eventAt}`,
              en: `Could not compute the deadline from ${item.eventAt}`,
            },
            citation: chosen.citation,
            location,
          });
          return;
        }
        const rule = describeRule(chosen.rule);
        if (item.publishedAt !== undefined) {
          const pub = item.publishedMs;
          if (pub === undefined) return;
          if (pub <= d.dueAt.getTime()) {
            ctx.recordTimeliness('onTime');
            return;
          }
          ctx.recordTimeliness('late');
          const publishedOn = vnDateTimeParts(new Date(pub)).date;
          const delay = workingDaysBetween(d.dueDate, publishedOn);
          ctx.report({
            message: {
              vi: `"${name.vi}": đăng ngày ${publishedOn}, hạn là ${d.dueDate} (${rule.vi}), chậm ${delay} ngày làm việc`,
              en: `"${name.en}": published on ${publishedOn}, after the deadline ${d.dueDate} (${rule.en}) by ${delay} working day(s)`,
            },
            citation: chosen.citation,
            location: { ...location, field: 'publishedAt', path: ['items', index, 'publishedAt'] },
            evidence: {
              eventAt: item.eventAt,
              dueDate: d.dueDate,
              publishedAt: item.publishedAt,
              delayWorkingDays: delay,
              rule: chosen.rule,
              trigger: chosen.trigger,
            },
            remediation: {
              vi: `Đăng trong thời hạn ${rule.vi} kể từ ngày phát sinh; rà soát quy trình chuyển tin`,
              en: `Publish within ${rule.en} of the event; review the submission process`,
            },
          });
          return;
        }
        if (asOfEnd.getTime() > d.dueAt.getTime() && d.dueDate < ctx.asOf) {
          ctx.recordTimeliness('overdue');
          const delay = workingDaysBetween(d.dueDate, ctx.asOf);
          ctx.report({
            message: {
              vi: `"${name.vi}": chưa đăng, hạn là ${d.dueDate} (${rule.vi}), đã quá hạn ${delay} ngày làm việc`,
              en: `"${name.en}": not published, overdue since ${d.dueDate} (${rule.en}) by ${delay} working day(s)`,
            },
            citation: chosen.citation,
            location: { ...location, field: 'publishedAt', path: ['items', index, 'publishedAt'] },
            evidence: {
              eventAt: item.eventAt,
              dueDate: d.dueDate,
              asOf: ctx.asOf,
              delayWorkingDays: delay,
              rule: chosen.rule,
              trigger: chosen.trigger,
            },
            remediation: { vi: 'Đăng ngay thông tin này', en: 'Publish this information now' },
          });
        }
      },
    };
  },
});
