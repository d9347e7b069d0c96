import { type CivilDate, toCivilDate, vnInstant } from '../../../core/index.js';
import { bindsOn } from '../../../profiles/index.js';
import { checkSuspensionNotice } from '../../../workflow/index.js';
import { defineRule } from '../../defineRule.js';
import { instantMs } from '../instant.js';

const DAY_MS = 86_400_000;

/**
 * An inventory time as an instant: a date-time as written; a bare civil date (no time of day) read the way
 * that can only make the verdict stricter: a notice as the end of its day, a start as the start of its day.
 */
function at(value: string, day: CivilDate, bare: 'start' | 'end'): Date | undefined {
  if (value.length === 10) return new Date(vnInstant(day, 0).getTime() + (bare === 'end' ? DAY_MS - 1 : 0));
  const ms = instantMs(value);
  return ms === undefined ? undefined : new Date(ms);
}

/**
 * `operations.suspension-notice`: a planned suspension is announced at least as long before it starts as
 * every duty that binds on its first day requires, with the expected restoration time (ND-224-2026/13.1.a: 7
 * working days, from 2026-07-01). The duties come from the profile (`suspensionNoticePolicies` of
 * `vn-portal-kit/profiles`) and each is checked by `checkSuspensionNotice` of `vn-portal-kit/workflow`, the
 * function a portal's own workflow uses: the audit and the workflow cannot disagree.
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
          const startsAt = at(s.startsAt, start.value, 'start');
          if (!startsAt) continue;
          const id = s.id ?? `suspension-${i + 1}`;
          const base = { item: id, path: ['operations', 'suspensions', i] };
          const announced = s.announcedAt === undefined ? undefined : toCivilDate(s.announcedAt);
          const noticeAt =
            announced?.ok && s.announcedAt !== undefined
              ? at(s.announcedAt, announced.value, 'end')
              : undefined;
          const restoration =
            s.expectedRestoreAt === undefined ? undefined : toCivilDate(s.expectedRestoreAt);
          const restorationAt =
            restoration?.ok && s.expectedRestoreAt !== undefined
              ? at(s.expectedRestoreAt, restoration.value, 'start')
              : undefined;
          for (const duty of duties) {
            if (!bindsOn(duty, start.value)) continue;
            const policy = duty.policy;
            const lead = policy.leadTime;
            const leadText =
              lead.kind === 'working-days'
                ? { vi: `${lead.days} ngày làm việc`, en: `${lead.days} working days` }
                : { vi: JSON.stringify(lead), en: JSON.stringify(lead) };
            const check = checkSuspensionNotice(policy, {
              noticeAt: noticeAt ?? new Date(startsAt.getTime() + 1),
              startsAt,
              ...(restorationAt ? { restorationAt } : {}),
            });
            if (check.ok) continue;
            const late = check.issues.find((x) => x.code === 'workflow.suspension-notice-late');
            const latest = (late?.details?.latestNoticeDate as string | null | undefined) ?? null;
            if (late || noticeAt === undefined) {
              ctx.report({
                message: noticeAt
                  ? {
                      vi: `Tạm ngừng từ ${start.value} nhưng thông báo ngày ${announced?.ok ? announced.value : '?'}, muộn hơn hạn ${latest ?? '?'} (${leadText.vi} trước)`,
                      en: `Suspension from ${start.value} announced on ${announced?.ok ? announced.value : '?'}, later than ${latest ?? '?'} (${leadText.en} before)`,
                    }
                  : {
                      vi: `Tạm ngừng từ ${start.value} mà không thông báo trước`,
                      en: `Suspension from ${start.value} was not announced`,
                    },
                citation: policy.citation,
                location: { ...base, field: 'announcedAt' },
                evidence: {
                  startsAt: s.startsAt,
                  announcedAt: s.announcedAt ?? null,
                  latestAnnouncement: latest,
                  leadTime: lead,
                },
                remediation: {
                  vi: `Thông báo kế hoạch tạm ngừng ít nhất ${leadText.vi} trước, kèm thời gian dự kiến khôi phục`,
                  en: `Announce planned suspensions at least ${leadText.en} ahead, with the expected restoration time`,
                },
              });
            }
            if (check.issues.some((x) => x.code === 'workflow.suspension-restoration-missing')) {
              ctx.report({
                message: {
                  vi: `Thông báo tạm ngừng từ ${start.value} không nêu thời gian dự kiến khôi phục`,
                  en: `The notice of the suspension from ${start.value} gives no expected restoration time`,
                },
                citation: policy.citation,
                location: { ...base, field: 'expectedRestoreAt' },
                evidence: { startsAt: s.startsAt },
                remediation: {
                  vi: 'Ghi thời gian dự kiến khôi phục trong thông báo',
                  en: 'State the expected restoration time in the notice',
                },
              });
            }
            if (
              check.issues.some(
                (x) => x.code === 'workflow.suspension-invalid' || x.code === 'workflow.deadline-unavailable',
              )
            ) {
              ctx.report({
                message: {
                  vi: `Không kiểm tra được thông báo tạm ngừng từ ${start.value}: ${check.issues[0]?.message.vi ?? ''}`,
                  en: `Could not check the notice of the suspension from ${start.value}: ${check.issues[0]?.message.en ?? ''}`,
                },
                citation: policy.citation,
                location: { ...base, field: 'expectedRestoreAt' },
                evidence: { codes: check.issues.map((x) => x.code) },
              });
            }
          }
        }
      },
    };
  },
});
