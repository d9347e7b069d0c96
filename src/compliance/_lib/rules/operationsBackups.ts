import { addCalendarDays, type CivilDate, civilDateToDays, toCivilDate } from '../../../core/index.js';
import { defineRule } from '../../defineRule.js';
import { auditWindow } from '../period.js';

/**
 * `operations.backups`: important data is backed up at the profile's frequency throughout the audited period
 * (VP-32-2023/11.2: daily; TN-40-2012/11.2: at least weekly). Each gap longer than the interval is a finding.
 */
export const operationsBackupsRule = defineRule({
  id: 'operations.backups',
  title: { vi: 'Sao lưu dữ liệu đúng tần suất', en: 'Backups at the required frequency' },
  severity: 'error',
  create(ctx) {
    const cadence = ctx.policy.backups;
    if (!cadence) {
      ctx.notApplicable({
        vi: 'Quy định không nêu tần suất sao lưu',
        en: 'The regulation sets no backup interval',
      });
      return {};
    }
    return {
      finish() {
        const { from, to } = auditWindow(ctx.inventory, ctx.asOf);
        const days = new Set<CivilDate>();
        for (const b of ctx.inventory.operations.backups) {
          const d = toCivilDate(b.at);
          if (d.ok && d.value <= to) days.add(d.value);
        }
        const sorted = [...days].sort();
        const every = cadence.every;
        let previous: CivilDate | undefined;
        for (const d of sorted) if (d <= from) previous = d;
        const gaps: { after: CivilDate | undefined; next: CivilDate | undefined }[] = [];
        let cursor = previous;
        for (const d of sorted) {
          if (d <= from) continue;
          const start = cursor ?? from;
          if (civilDateToDays(d) - civilDateToDays(start) > every) gaps.push({ after: cursor, next: d });
          cursor = d;
        }
        if (civilDateToDays(to) - civilDateToDays(cursor ?? from) > every)
          gaps.push({ after: cursor, next: undefined });
        const unit =
          every === 1
            ? { vi: 'hằng ngày', en: 'daily' }
            : { vi: `${every} ngày một lần`, en: `every ${every} days` };
        for (const g of gaps) {
          const gapFrom = g.after ? addCalendarDays(g.after, 1) : from;
          const gapTo = g.next ? addCalendarDays(g.next, -1) : to;
          ctx.report({
            message: {
              vi: `Không có bản sao lưu từ ${gapFrom} đến ${gapTo} (yêu cầu sao lưu ${unit.vi})`,
              en: `No backup from ${gapFrom} to ${gapTo} (backups are required ${unit.en})`,
            },
            citation: cadence.citation,
            location: { field: 'operations.backups', path: ['operations', 'backups'] },
            evidence: {
              lastBackupBefore: g.after ?? null,
              nextBackup: g.next ?? null,
              everyDays: every,
              window: { from, to },
            },
            remediation: {
              vi: 'Lập lịch sao lưu tự động và kiểm tra nhật ký sao lưu',
              en: 'Schedule automatic backups and check the backup log',
            },
          });
        }
      },
    };
  },
});
