import {
  addCalendarDays,
  type CivilDate,
  type DateInput,
  err,
  type Issue,
  type LocalizedText,
  ok,
  type Result,
  vnDateTimeParts,
  vnInstant,
} from '../core/index.js';
import { calendarDeadline } from './_lib/calendarDeadline.js';
import { instantMs, timeInvalid } from './_lib/instants.js';
import { refusal } from './_lib/refusal.js';
import type { SuspensionNoticePolicy } from './SuspensionNoticePolicy.js';
import type { DeadlineEvaluator } from './TransitionOptions.js';

/**
 * A planned suspension of a portal and its notice. Each time is a `Date` or an ISO 8601 string (one without an
 * offset is Vietnamese time; a civil date `'2026-09-12'` is 00:00 Vietnamese time).
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
  readonly noticeAt: DateInput;
  /** When the service stops. */
  readonly startsAt: DateInput;
  /** The expected restoration time the notice announces. */
  readonly restorationAt?: DateInput;
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
const INVALID = 'workflow.suspension-invalid';

/**
 * Checks a planned-suspension notice against a policy (times as `Date` or ISO 8601 strings; an offset-less one
 * is Vietnamese time) (ND-224-2026/13.1.a: at least 7 working days before,
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
  if (plan === null || typeof plan !== 'object') {
    return err([
      refusal(
        'workflow.suspension-invalid',
        'Kế hoạch tạm dừng phải là một đối tượng',
        'The plan must be an object',
        { path: ['plan'] },
      ),
    ]);
  }
  const noticeMs = instantMs(plan.noticeAt);
  const startsMs = instantMs(plan.startsAt);
  const bad: Issue[] = [];
  if (Number.isNaN(noticeMs)) bad.push(timeInvalid(plan.noticeAt, ['plan', 'noticeAt'], INVALID));
  if (Number.isNaN(startsMs)) bad.push(timeInvalid(plan.startsAt, ['plan', 'startsAt'], INVALID));
  if (bad.length > 0) return err(bad);
  const noticeAt = new Date(noticeMs);
  const startsAt = new Date(startsMs);
  const issues: Issue[] = [];
  const restorationMs = plan.restorationAt === undefined ? undefined : instantMs(plan.restorationAt);
  if (restorationMs !== undefined && Number.isNaN(restorationMs)) {
    issues.push(timeInvalid(plan.restorationAt, ['plan', 'restorationAt'], INVALID));
  } else if (restorationMs !== undefined && restorationMs <= startsMs) {
    issues.push(
      refusal(
        'workflow.suspension-invalid',
        'Thời điểm khôi phục phải sau thời điểm tạm dừng',
        'Restoration must come after the suspension starts',
        { path: ['plan', 'restorationAt'] },
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
  const leadEnds = deadline(noticeAt, policy.leadTime);
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
  const startDay = vnDateTimeParts(startsAt).date;
  let latest: CivilDate | null = null;
  for (let back = 0; back <= SEARCH_DAYS; back++) {
    const day = addCalendarDays(startDay, -back);
    // The end of the day is the latest moment of a notice given that day.
    const end = deadline(new Date(vnInstant(day, 1440).getTime() - 1), policy.leadTime);
    if (end !== null && end.getTime() <= startsMs) {
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
  if (leadEnds.getTime() > startsMs) {
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
