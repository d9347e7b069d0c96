import { toInstant, vnDateTimeParts } from '../../../core/index.js';
import { defineRule } from '../../defineRule.js';
import { describeRule } from '../describeRule.js';
import { dueOf, workingDaysBetween } from '../services.js';

/**
 * `qa.timeliness`: every citizen question is answered within the deadline of its kind, counted by `calendar`
 * from receipt (TN-40-2012/14.4: 5, 10 or 15 working days from 08:00; ND-43-2011/17: 15 working days).
 * Out-of-scope questions are forwarded, not answered, and are not counted.
 */
export const qaTimelinessRule = defineRule({
  id: 'qa.timeliness',
  title: { vi: 'Câu hỏi được trả lời đúng hạn', en: 'Questions are answered on time' },
  severity: 'error',
  create(ctx) {
    const qa = ctx.policy.qa;
    if (!qa || qa.kinds.length === 0) {
      ctx.notApplicable({
        vi: 'Quy định không đặt thời hạn trả lời câu hỏi',
        en: 'The regulation sets no answer deadline for questions',
      });
      return {};
    }
    return {
      finish() {
        const cases = ctx.inventory.qa;
        for (let i = 0; i < cases.length; i++) {
          const c = cases[i];
          if (!c || c.outOfScope) continue;
          const kindId = c.type ?? qa.defaultKind;
          const kind = qa.kinds.find((k) => k.id === kindId);
          const location = { category: 'qa' as const, item: c.id, path: ['qa', i] };
          if (!kind) {
            ctx.report({
              status: 'needs-review',
              severity: 'warning',
              message: {
                vi: `Loại câu hỏi "${kindId}" không có trong quy định (${qa.kinds.map((k) => k.id).join(', ')})`,
                en: `Question kind "${kindId}" is not in the regulation (${qa.kinds.map((k) => k.id).join(', ')})`,
              },
              location: { ...location, field: 'type' },
            });
            continue;
          }
          const received = toInstant(c.receivedAt);
          if (!received.ok) continue;
          const due = dueOf(received.value, kind.rule);
          if (!due) continue;
          const rule = describeRule(kind.rule);
          if (c.answeredAt !== undefined) {
            const answered = toInstant(c.answeredAt);
            if (!answered.ok || answered.value.getTime() <= due.dueAt.getTime()) continue;
            const answeredOn = vnDateTimeParts(answered.value).date;
            const delay = workingDaysBetween(due.dueDate, answeredOn);
            ctx.report({
              message: {
                vi: `Trả lời ngày ${answeredOn}, hạn là ${due.dueDate} (${rule.vi}), chậm ${delay} ngày làm việc`,
                en: `Answered on ${answeredOn}, after the deadline ${due.dueDate} (${rule.en}) by ${delay} working day(s)`,
              },
              citation: kind.citation,
              location: { ...location, field: 'answeredAt' },
              evidence: {
                receivedAt: c.receivedAt,
                kind: kind.id,
                dueDate: due.dueDate,
                answeredAt: c.answeredAt,
                delayWorkingDays: delay,
              },
              remediation: {
                vi: 'Theo dõi hạn trả lời từng câu hỏi; báo người hỏi tiến độ và ngày trả lời khi cần gia hạn',
                en: 'Track each question’s due date; tell the asker the progress and a reply date when more time is needed',
              },
            });
          } else if (due.dueDate < ctx.asOf) {
            const delay = workingDaysBetween(due.dueDate, ctx.asOf);
            ctx.report({
              message: {
                vi: `Chưa trả lời, hạn là ${due.dueDate} (${rule.vi}), đã quá hạn ${delay} ngày làm việc`,
                en: `Not answered, overdue since ${due.dueDate} (${rule.en}) by ${delay} working day(s)`,
              },
              citation: kind.citation,
              location: { ...location, field: 'answeredAt' },
              evidence: {
                receivedAt: c.receivedAt,
                kind: kind.id,
                dueDate: due.dueDate,
                asOf: ctx.asOf,
                delayWorkingDays: delay,
              },
              remediation: { vi: 'Trả lời ngay câu hỏi này', en: 'Answer this question now' },
            });
          }
        }
      },
    };
  },
});
