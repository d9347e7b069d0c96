import { CATEGORY_NAMES } from '../../../categories/categoryIds.js';
import { toCivilDate } from '../../../core/index.js';
import { defineRule } from '../../defineRule.js';
import { auditWindow, completeMonths } from '../period.js';

/**
 * `quotas.monthly`: every supplying unit provides at least the profile's monthly minimum (TN-40-2012/8.3:
 * each department 2 news items a month, each district 3), in every complete month of the audited period.
 * Counts come from the inventory's `newsCounts`; without any, from published items by `supplier`.
 */
export const monthlyQuotasRule = defineRule({
  id: 'quotas.monthly',
  title: { vi: 'Đủ số tin tối thiểu hằng tháng', en: 'Monthly minimum of items supplied' },
  severity: 'warning',
  create(ctx) {
    const quotas = ctx.policy.quotas;
    if (quotas.length === 0) {
      ctx.notApplicable({
        vi: 'Quy định không đặt chỉ tiêu tin hằng tháng',
        en: 'The regulation sets no monthly quota',
      });
      return {};
    }
    const explicit = ctx.inventory.newsCounts.length > 0;
    const counted = new Map<string, number>();
    const key = (unit: string, category: string, month: string) => `${unit}\u0000${category}\u0000${month}`;
    if (explicit) {
      for (const n of ctx.inventory.newsCounts) {
        for (const category of new Set(quotas.map((q) => q.category))) {
          const k = key(n.unit, category, n.month);
          counted.set(k, (counted.get(k) ?? 0) + n.count);
        }
      }
    }
    return {
      item(item) {
        if (explicit || item.supplier === undefined || item.publishedAt === undefined) return;
        const d = toCivilDate(item.publishedAt);
        if (!d.ok) return;
        const k = key(item.supplier, item.category, d.value.slice(0, 7));
        counted.set(k, (counted.get(k) ?? 0) + 1);
      },
      finish() {
        const { from, to } = auditWindow(ctx.inventory, ctx.asOf);
        const months = completeMonths(from, to);
        for (const q of quotas) {
          const units = ctx.inventory.portal.suppliers.filter((s) => s.kind === q.unitKind);
          for (const u of units) {
            for (const month of months) {
              const n = counted.get(key(u.name, q.category, month)) ?? 0;
              if (n >= q.minPerMonth) continue;
              const name = CATEGORY_NAMES[q.category];
              ctx.report({
                message: {
                  vi: `${u.name} cung cấp ${n} tin "${name.vi}" trong tháng ${month}, ít hơn mức tối thiểu ${q.minPerMonth}`,
                  en: `${u.name} supplied ${n} "${name.en}" item(s) in ${month}, below the minimum of ${q.minPerMonth}`,
                },
                citation: q.citation,
                location: { category: q.category, item: `${u.name} ${month}`, field: 'newsCounts' },
                evidence: { unit: u.name, unitKind: u.kind, month, count: n, minimum: q.minPerMonth },
                remediation: {
                  vi: `Nhắc ${u.name} cung cấp đủ ${q.minPerMonth} tin mỗi tháng`,
                  en: `Remind ${u.name} to supply at least ${q.minPerMonth} items a month`,
                },
              });
            }
          }
        }
      },
    };
  },
});
