import { toCivilDate } from '../../../core/index.js';
import { defineRule } from '../../defineRule.js';
import { shiftWorkingDays } from '../services.js';

/**
 * `operations.suspension-notice`: a planned suspension is announced at least the required number of working
 * days before it starts, with the expected restoration time (ND-224-2026/13.1.a: 7 working days, for
 * suspensions from 2026-07-01; the duty in force on the suspension's start date applies).
 */
export const operationsSuspensionsRule = defineRule({
  id: 'operations.suspension-notice',
  title: { vi: 'Thông báo trước khi tạm ngừng cổng', en: 'Planned suspensions are announced in time' },
  severity: 'error',
  create(ctx) {
    const duties = ctx.policy.suspensionNotices;
    if (duties.length === 0) {
      ctx.notApplicable({
        vi: 'Không có quy định về thông báo tạm ngừng',
        en: 'No suspension-notice duty applies',
      });
      return {};
    }
    return {
      finish() {
        const list = ctx.inventory.operations.suspensions;
        for (let i = 0; i < list.length; i++) {
          const s = list[i];
          if (!s) continue;
          const start = toCivilDate(s.startsAt);
          if (!start.ok) continue;
          const applicable = duties.filter((d) => d.from === undefined || d.from <= start.value);
          if (applicable.length === 0) continue;
          const duty = applicable.reduce((a, b) => (b.workingDays > a.workingDays ? b : a));
          const id = s.id ?? `suspension-${i + 1}`;
          const base = { item: id, path: ['operations', 'suspensions', i] };
          const latest = shiftWorkingDays(start.value, -duty.workingDays);
          const announced = s.announcedAt === undefined ? undefined : toCivilDate(s.announcedAt);
          if (!announced?.ok || latest === undefined || announced.value > latest) {
            ctx.report({
              message: announced?.ok
                ? {
                    vi: `Tạm ngừng từ ${start.value} nhưng thông báo ngày ${announced.value}, muộn hơn hạn ${latest ?? '?'} (${duty.workingDays} ngày làm việc trước)`,
                    en: `Suspension from ${start.value} announced on ${announced.value}, later than ${latest ?? '?'} (${duty.workingDays} working days before)`,
                  }
                : {
                    vi: `Tạm ngừng từ ${start.value} mà không thông báo trước`,
                    en: `Suspension from ${start.value} was not announced`,
                  },
              citation: duty.citation,
              location: { ...base, field: 'announcedAt' },
              evidence: {
                startsAt: s.startsAt,
                announcedAt: s.announcedAt ?? null,
                latestAnnouncement: latest ?? null,
                workingDays: duty.workingDays,
              },
              remediation: {
                vi: `Thông báo kế hoạch tạm ngừng ít nhất ${duty.workingDays} ngày làm việc trước, kèm thời gian dự kiến khôi phục`,
                en: `Announce planned suspensions at least ${duty.workingDays} working days ahead, with the expected restoration time`,
              },
            });
          }
          if (duty.announceRestoration && s.expectedRestoreAt === undefined) {
            ctx.report({
              message: {
                vi: `Thông báo tạm ngừng từ ${start.value} không nêu thời gian dự kiến khôi phục`,
                en: `The notice of the suspension from ${start.value} gives no expected restoration time`,
              },
              citation: duty.citation,
              location: { ...base, field: 'expectedRestoreAt' },
              evidence: { startsAt: s.startsAt },
              remediation: {
                vi: 'Ghi thời gian dự kiến khôi phục trong thông báo',
                en: 'State the expected restoration time in the notice',
              },
            });
          }
        }
      },
    };
  },
});
