import {
  addCalendarDays,
  type CivilDate,
  err,
  type Issue,
  type LocalizedText,
  ok,
  type Result,
  vnDateTimeParts,
  vnInstant,
} from '../core/index.js';
import { calendarDeadline } from './_lib/calendarDeadline.js';
import { refusal } from './_lib/refusal.js';
import type { SuspensionNoticePolicy } from './SuspensionNoticePolicy.js';
import type { DeadlineEvaluator } from './TransitionOptions.js';

/**
 * A planned suspension of a portal and its notice.
 *
 * @example
 * ```ts
 * import type { SuspensionPlan } from 'vn-portal-kit/workflow';
 * const p: SuspensionPlan = { noticeAt: new Date('2026-09-01T02:00:00Z'), startsAt: new Date('2026-09-12T15:00:00Z') };
 * p.startsAt.toISOString() //=> '2026-09-12T15:00:00.000Z'
 * ```
 */
export interface SuspensionPlan {
  /** When the notice is (or will be) published. */
  readonly noticeAt: Date;
  /** When the service stops. */
  readonly startsAt: Date;
  /** The expected restoration time the notice announces. */
  readonly restorationAt?: Date;
}

/**
 * The verdict on a suspension notice: the latest civil day the notice could be given, when the lead time
 * counted from the actual notice ends, and a trace.
 *
 * @example
 * ```ts
 * import type { SuspensionNoticeCheck } from 'vn-portal-kit/workflow';
 * const c: Pick<SuspensionNoticeCheck, 'latestNoticeDate'> = { latestNoticeDate: '2026-09-02' };
 * c.latestNoticeDate //=> '2026-09-02'
 * ```
 */
export interface SuspensionNoticeCheck {
  readonly latestNoticeDate: CivilDate | null;
  readonly leadEndsAt: Date;
  readonly trace: readonly LocalizedText[];
}

const SEARCH_DAYS = 120;

/**
 * Checks a planned-suspension notice against a policy (ND-224-2026/13.1.a: at least 7 working days before,
 * with the expected restoration time): the lead time counted from the notice must end no later than the
 * suspension starts. Refusals: `workflow.suspension-notice-late` (with the latest day it could have been given),
 * `workflow.suspension-restoration-missing`, `workflow.suspension-invalid`.
 *
 * @example
 * ```ts
 * import { checkSuspensionNotice } from 'vn-portal-kit/workflow';
 * const policy = { regulationId: 'ND-224-2026', leadTime: { kind: 'working-days', days: 7 }, requiresRestorationTime: true, citation: { id: 'ND-224-2026/13.1.a' } } as const;
 * const r = checkSuspensionNotice(policy, { noticeAt: new Date('2026-09-07T02:00:00Z'), startsAt: new Date('2026-09-12T15:00:00Z'), restorationAt: new Date('2026-09-13T01:00:00Z') });
 * r.ok ? 'ok' : r.issues[0]?.code //=> 'workflow.suspension-notice-late'
 * ```
 */
export function checkSuspensionNotice(
  policy: SuspensionNoticePolicy,
  plan: SuspensionPlan,
  options: { deadline?: DeadlineEvaluator } = {},
): Result<SuspensionNoticeCheck> {
  const deadline = options.deadline ?? calendarDeadline;
  const valid = (d: unknown): d is Date => d instanceof Date && !Number.isNaN(d.getTime());
  if (plan === null || typeof plan !== 'object' || !valid(plan.noticeAt) || !valid(plan.startsAt)) {
    return err([
      refusal(
        'workflow.suspension-invalid',
        'Thời điểm thông báo hoặc tạm dừng không hợp lệ',
        'Invalid notice or suspension time',
        {
          path: ['plan'],
        },
      ),
    ]);
  }
  const issues: Issue[] = [];
  if (
    plan.restorationAt !== undefined &&
    (!valid(plan.restorationAt) || plan.restorationAt <= plan.startsAt)
  ) {
    issues.push(
      refusal(
        'workflow.suspension-invalid',
        'Thời điểm khôi phục phải sau thời điểm tạm dừng',
        'Restoration must come after the suspension starts',
        {
          path: ['plan', 'restorationAt'],
        },
      ),
    );
  }
  if (policy.requiresRestorationTime && plan.restorationAt === undefined) {
    issues.push(
      refusal(
        'workflow.suspension-restoration-missing',
        'Thông báo tạm dừng phải nêu thời gian dự kiến khôi phục',
        'The suspension notice must state the expected restoration time',
        { path: ['plan', 'restorationAt'], citation: policy.citation },
      ),
    );
  }
  const leadEnds = deadline(plan.noticeAt, policy.leadTime);
  if (leadEnds === null) {
    return err([
      refusal(
        'workflow.deadline-unavailable',
        'Không tính được thời hạn báo trước',
        'The lead time could not be computed',
        {
          citation: policy.citation,
        },
      ),
    ]);
  }
  const startDay = vnDateTimeParts(plan.startsAt).date;
  let latest: CivilDate | null = null;
  for (let back = 0; back <= SEARCH_DAYS; back++) {
    const day = addCalendarDays(startDay, -back);
    // The end of the day is the latest moment of a notice given that day.
    const end = deadline(new Date(vnInstant(day, 1440).getTime() - 1), policy.leadTime);
    if (end !== null && end.getTime() <= plan.startsAt.getTime()) {
      latest = day;
      break;
    }
  }
  const trace: LocalizedText[] = [
    {
      vi: `Thời hạn báo trước tính từ lúc thông báo kết thúc lúc ${leadEnds.toISOString()}`,
      en: `The lead time counted from the notice ends at ${leadEnds.toISOString()}`,
    },
    {
      vi: latest ? `Ngày muộn nhất được thông báo: ${latest}` : 'Không tìm được ngày thông báo hợp lệ',
      en: latest ? `Latest day to give notice: ${latest}` : 'No valid notice day found',
    },
  ];
  if (leadEnds.getTime() > plan.startsAt.getTime()) {
    issues.push(
      refusal(
        'workflow.suspension-notice-late',
        `Thông báo tạm dừng quá muộn: phải thông báo chậm nhất ngày ${latest ?? '?'}`,
        `The suspension notice is too late: it had to be given by ${latest ?? '?'}`,
        { path: ['plan', 'noticeAt'], citation: policy.citation, details: { latestNoticeDate: latest } },
      ),
    );
  }
  return issues.length > 0 ? err(issues) : ok({ latestNoticeDate: latest, leadEndsAt: leadEnds, trace });
}
