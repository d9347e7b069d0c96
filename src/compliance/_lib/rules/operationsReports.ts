import type { CivilDate } from '../../../core/index.js';
import { defineRule } from '../../defineRule.js';
import { addMonths, auditWindow } from '../period.js';

/**
 * `operations.reports`: the portal's activity report is sent at the profile's cadence throughout the audited
 * period (VP-32-2023/20.3: monthly; HG-1347-2020/13.4: every 3 months; QN-3069-2021/21.6: every 6 months).
 * A stretch longer than the cadence without a report is a finding.
 */
export const operationsReportsRule = defineRule({
  id: 'operations.reports',
  title: { vi: 'Báo cáo định kỳ đúng kỳ hạn', en: 'Periodic reports at the required cadence' },
  severity: 'warning',
  create(ctx) {
    const cadence = ctx.policy.reports;
    if (!cadence) {
      ctx.notApplicable({
        vi: 'Quy định không nêu kỳ báo cáo',
        en: 'The regulation sets no reporting cadence',
      });
      return {};
    }
    return {
      finish() {
        const { from, to } = auditWindow(ctx.inventory, ctx.asOf);
        const dates = [...new Set(ctx.inventory.operations.reports.map((r) => r.sentOn))]
          .filter((d) => d <= to)
          .sort();
        const every = cadence.every;
        let cursor: CivilDate | undefined;
        for (const d of dates) if (d <= from) cursor = d;
        const unit =
          every === 1
            ? { vi: 'hằng tháng', en: 'monthly' }
            : { vi: `${every} tháng một lần`, en: `every ${every} months` };
        const report = (after: CivilDate | undefined, next: CivilDate | undefined) =>
          ctx.report({
            message: {
              vi: `Không có báo cáo từ ${after ?? from} đến ${next ?? to} (yêu cầu báo cáo ${unit.vi})`,
              en: `No report sent between ${after ?? from} and ${next ?? to} (reports are required ${unit.en})`,
            },
            citation: cadence.citation,
            location: { field: 'operations.reports', path: ['operations', 'reports'] },
            evidence: {
              lastReportBefore: after ?? null,
              nextReport: next ?? null,
              everyMonths: every,
              window: { from, to },
            },
            remediation: {
              vi: 'Gửi báo cáo còn thiếu và lập lịch báo cáo định kỳ',
              en: 'Send the missing report and schedule the periodic ones',
            },
          });
        for (const d of dates) {
          if (d <= from) continue;
          if (d > addMonths(cursor ?? from, every)) report(cursor, d);
          cursor = d;
        }
        if (to > addMonths(cursor ?? from, every)) report(cursor, undefined);
      },
    };
  },
});
