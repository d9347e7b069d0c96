import { vnInstant } from '../../../core/index.js';
import { defineRule } from '../../defineRule.js';
import { describeRule } from '../describeRule.js';
import { dueOf } from '../services.js';

const FUNCTION_NAMES = {
  fullText: { vi: 'toàn văn dự thảo', en: 'the full text of the draft' },
  showsComments: { vi: 'xem các ý kiến đã góp ý', en: 'the comments received' },
  acceptsComments: { vi: 'gửi ý kiến góp ý mới', en: 'a way to send a comment' },
  contactEmail: {
    vi: 'địa chỉ, thư điện tử của cơ quan tiếp nhận',
    en: 'the receiving agency’s address and e-mail',
  },
} as const;

/**
 * `consultation.period`: every draft stays open for comment long enough — until the deadline it announced,
 * and at least the minimum the profile sets, when it sets one — and its page offers the functions of
 * VP-32-2023/5.14.d (full text, comments received, a comment form, the receiving agency's e-mail).
 */
export const consultationPeriodRule = defineRule({
  id: 'consultation.period',
  title: {
    vi: 'Lấy ý kiến dự thảo đủ thời gian và đủ chức năng',
    en: 'Drafts are open for comment long enough',
  },
  severity: 'error',
  create(ctx) {
    const policy = ctx.policy.consultation;
    if (!policy) {
      ctx.notApplicable({
        vi: 'Quy định không có yêu cầu về lấy ý kiến dự thảo',
        en: 'The regulation sets no consultation requirement',
      });
      return {};
    }
    return {
      finish() {
        const list = ctx.inventory.consultations;
        for (let i = 0; i < list.length; i++) {
          const c = list[i];
          if (!c) continue;
          const base = { category: 'consultation' as const, item: c.id };
          const closes = c.closedOn ?? c.closesOn;
          if (c.closesOn < c.openedOn) {
            ctx.report({
              message: {
                vi: `Hạn góp ý ${c.closesOn} trước ngày đăng ${c.openedOn}`,
                en: `Comment deadline ${c.closesOn} is before the opening ${c.openedOn}`,
              },
              citation: policy.citation,
              location: { ...base, field: 'closesOn', path: ['consultations', i, 'closesOn'] },
              evidence: { openedOn: c.openedOn, closesOn: c.closesOn },
            });
            continue;
          }
          if (c.closedOn !== undefined && c.closedOn < c.closesOn) {
            ctx.report({
              message: {
                vi: `Đóng góp ý ngày ${c.closedOn}, sớm hơn hạn đã công bố ${c.closesOn}`,
                en: `Comments closed on ${c.closedOn}, before the announced deadline ${c.closesOn}`,
              },
              citation: policy.citation,
              location: { ...base, field: 'closedOn', path: ['consultations', i, 'closedOn'] },
              evidence: { openedOn: c.openedOn, closesOn: c.closesOn, closedOn: c.closedOn },
              remediation: {
                vi: 'Mở lại việc góp ý đến hết hạn đã công bố',
                en: 'Reopen comments until the announced deadline',
              },
            });
          }
          const min = policy.minimum;
          if (min) {
            const due = dueOf(vnInstant(c.openedOn, 0), min.rule);
            if (due && closes < due.dueDate) {
              const words = describeRule(min.rule);
              ctx.report({
                message: {
                  vi: `Thời gian góp ý ${c.openedOn} – ${closes} ngắn hơn mức tối thiểu ${words.vi} (đến ${due.dueDate})`,
                  en: `Comment window ${c.openedOn} – ${closes} is shorter than the minimum ${words.en} (until ${due.dueDate})`,
                },
                citation: min.citation,
                location: { ...base, field: 'closesOn', path: ['consultations', i, 'closesOn'] },
                evidence: {
                  openedOn: c.openedOn,
                  closesOn: closes,
                  minimumUntil: due.dueDate,
                  rule: min.rule,
                },
                remediation: {
                  vi: `Kéo dài thời gian góp ý đến ít nhất ngày ${due.dueDate}`,
                  en: `Extend the comment window to at least ${due.dueDate}`,
                },
              });
            }
          }
          for (const fn of policy.requiredFunctions) {
            if (c[fn] !== false) continue;
            const name = FUNCTION_NAMES[fn];
            ctx.report({
              message: {
                vi: `Trang lấy ý kiến thiếu chức năng: ${name.vi}`,
                en: `The consultation page lacks ${name.en}`,
              },
              citation: policy.citation,
              location: { ...base, field: fn, path: ['consultations', i, fn] },
              evidence: { [fn]: false },
              remediation: {
                vi: `Bổ sung ${name.vi} trên trang lấy ý kiến`,
                en: `Add ${name.en} to the consultation page`,
              },
            });
          }
        }
      },
    };
  },
});
