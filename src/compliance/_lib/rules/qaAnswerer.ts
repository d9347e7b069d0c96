import { toCivilDate } from '../../../core/index.js';
import { defineRule } from '../../defineRule.js';

/**
 * `qa.answerer`: every answer is given by the head of the agency or a person the head authorised, within the
 * authorisation's validity (TN-40-2012/14.3; the profile's Q&A policy names the roles). Answerers are the
 * portal's `answerers` list.
 */
export const qaAnswererRule = defineRule({
  id: 'qa.answerer',
  title: {
    vi: 'Câu hỏi do người có thẩm quyền trả lời',
    en: 'Questions are answered by an authorised person',
  },
  severity: 'error',
  create(ctx) {
    const qa = ctx.policy.qa;
    if (!qa || qa.answererRoles.length === 0) {
      ctx.notApplicable({
        vi: 'Quy định không nêu người có thẩm quyền trả lời',
        en: 'The regulation names no authorised answerer',
      });
      return {};
    }
    const roles = new Set(qa.answererRoles);
    const people = ctx.inventory.portal.answerers;
    return {
      finish() {
        const cases = ctx.inventory.qa;
        for (let i = 0; i < cases.length; i++) {
          const c = cases[i];
          if (!c || c.answeredAt === undefined) continue;
          const location = {
            category: 'qa' as const,
            item: c.id,
            field: 'answeredBy',
            path: ['qa', i, 'answeredBy'],
          };
          const day = toCivilDate(c.answeredAt);
          const on = day.ok ? day.value : undefined;
          const candidates = people.filter((p) => p.name === c.answeredBy);
          const authorised = candidates.some((p) => {
            if (
              on !== undefined &&
              ((p.from !== undefined && on < p.from) || (p.until !== undefined && on > p.until))
            ) {
              return false;
            }
            if (roles.has(p.role) && p.delegatedBy === undefined) return true;
            return (
              qa.delegable &&
              p.delegatedBy !== undefined &&
              people.some((h) => h.name === p.delegatedBy && roles.has(h.role))
            );
          });
          if (authorised) continue;
          const who = c.answeredBy ?? '—';
          ctx.report({
            message: {
              vi: `Câu trả lời của "${who}", không phải thủ trưởng cơ quan hoặc người được ủy quyền (vào ngày ${on ?? c.answeredAt})`,
              en: `Answered by "${who}", who is not the head of the agency or an authorised delegate (on ${on ?? c.answeredAt})`,
            },
            citation: qa.answererCitation,
            location,
            evidence: {
              answeredBy: c.answeredBy ?? null,
              answeredAt: c.answeredAt,
              allowedRoles: [...roles],
            },
            remediation: {
              vi: 'Trình thủ trưởng hoặc người được ủy quyền (có văn bản ủy quyền còn hiệu lực) duyệt câu trả lời',
              en: 'Have the head, or a delegate with a valid written authorisation, sign off the answer',
            },
          });
        }
      },
    };
  },
});
