import type { DeadlineRule } from '../../../calendar/index.js';
import { CATEGORY_NAMES, type CategoryId } from '../../../categories/categoryIds.js';
import type { Citation } from '../../../core/index.js';
import { vnDateTimeParts } from '../../../core/index.js';
import type { AuditPolicy } from '../../AuditPolicy.js';
import { defineRule } from '../../defineRule.js';
import type { InventoryItem } from '../../InventorySchema.js';
import { describeRule } from '../describeRule.js';
import { instantMs } from '../instant.js';
import { dueOf, workingDaysBetween } from '../services.js';

interface ChosenDeadline {
  readonly rule: DeadlineRule;
  readonly citation: Citation;
  readonly trigger?: string;
}

/** The deadline of an item under a policy: its variant's trigger, the default trigger, or the fallback. */
export function chooseDeadline(policy: AuditPolicy, item: InventoryItem): ChosenDeadline | undefined {
  let only: ChosenDeadline | undefined;
  let count = 0;
  let byDefault: ChosenDeadline | undefined;
  for (const d of policy.deadlines) {
    if (d.category !== item.category) continue;
    const chosen = { rule: d.rule, citation: d.citation, trigger: d.trigger };
    if (item.variant !== undefined && d.trigger === item.variant) return chosen;
    if (d.isDefault) byDefault = chosen;
    only = chosen;
    count++;
  }
  if (byDefault) return byDefault;
  if (count === 1) return only;
  if (count > 1) return undefined;
  if (policy.undatedCategories.includes(item.category)) return undefined;
  return policy.defaultDeadline;
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
    if (policy.deadlines.length === 0 && !policy.defaultDeadline) {
      ctx.notApplicable({
        vi: 'Quy định không đặt thời hạn đăng thông tin',
        en: 'The regulation sets no publication deadline',
      });
      return {};
    }
    const byCategory = new Map<CategoryId, ChosenDeadline | undefined>();
    const pick = (item: InventoryItem): ChosenDeadline | undefined => {
      if (item.variant !== undefined) return chooseDeadline(policy, item);
      if (byCategory.has(item.category)) return byCategory.get(item.category);
      const chosen = chooseDeadline(policy, item);
      byCategory.set(item.category, chosen);
      return chosen;
    };
    const cache = new Map<string, { dueDate: string; dueAt: Date } | undefined>();
    const ruleKeys = new Map<DeadlineRule, number>();
    const due = (eventAt: string, rule: DeadlineRule) => {
      let k = ruleKeys.get(rule);
      if (k === undefined) {
        k = ruleKeys.size;
        ruleKeys.set(rule, k);
      }
      const key = `${k}|${eventAt}`;
      if (cache.has(key)) return cache.get(key);
      const start = instantMs(eventAt);
      const value = start === undefined ? undefined : dueOf(new Date(start), rule);
      if (cache.size > 200_000) cache.clear();
      cache.set(key, value);
      return value;
    };
    return {
      item(item, index) {
        const chosen = pick(item);
        if (!chosen) return;
        const category: CategoryId = item.category;
        const name = CATEGORY_NAMES[category];
        const location = { category, item: item.id, field: 'eventAt', path: ['items', index, 'eventAt'] };
        if (item.eventAt === undefined) {
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
        const d = due(item.eventAt, chosen.rule);
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
          const pub = instantMs(item.publishedAt);
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
              ...(chosen.trigger ? { trigger: chosen.trigger } : {}),
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
              ...(chosen.trigger ? { trigger: chosen.trigger } : {}),
            },
            remediation: { vi: 'Đăng ngay thông tin này', en: 'Publish this information now' },
          });
        }
      },
    };
  },
});
