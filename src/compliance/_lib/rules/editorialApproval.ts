import { defineRule } from '../../defineRule.js';

/**
 * `editorial.approval`: nothing is published without the editorial board's approval (VP-32-2023/4.6,
 * QN-3069-2021/6.4, TN-40-2012/6.3): a published item records an approval, given before publication, by a
 * role the profile's editorial policy allows, and not by the item's own author (separation of duties).
 */
export const editorialApprovalRule = defineRule({
  id: 'editorial.approval',
  title: { vi: 'Tin bài được duyệt trước khi đăng', en: 'Items are approved before publication' },
  severity: 'error',
  create(ctx) {
    const editorial = ctx.policy.editorial;
    if (!editorial) {
      ctx.notApplicable({
        vi: 'Quy định không có chính sách duyệt tin',
        en: 'The regulation has no editorial-approval policy',
      });
      return {};
    }
    const roles = new Set(editorial.approverRoles);
    const citation = editorial.citation;
    return {
      item(item, index) {
        if (item.publishedAt === undefined) return;
        const base = { category: item.category, item: item.id };
        const a = item.approval;
        if (!a) {
          ctx.report({
            message: {
              vi: 'Tin bài đã đăng nhưng không có bản ghi phê duyệt của Ban Biên tập',
              en: 'Published without a recorded editorial approval',
            },
            citation,
            location: { ...base, field: 'approval', path: ['items', index, 'approval'] },
            evidence: { publishedAt: item.publishedAt },
            remediation: {
              vi: 'Gỡ tin và trình duyệt theo quy trình; chỉ đăng sau khi được phê duyệt',
              en: 'Unpublish, submit for approval, publish only once approved',
            },
          });
          return;
        }
        const at = item.approvedMs;
        const pub = item.publishedMs;
        if (at !== undefined && pub !== undefined && at > pub) {
          ctx.report({
            message: {
              vi: `Phê duyệt lúc ${a.at}, sau khi đã đăng (${item.publishedAt})`,
              en: `Approved at ${a.at}, after publication (${item.publishedAt})`,
            },
            citation,
            location: { ...base, field: 'approval.at', path: ['items', index, 'approval', 'at'] },
            evidence: { approvedAt: a.at, publishedAt: item.publishedAt },
            remediation: {
              vi: 'Cấu hình CMS để chỉ cho phép đăng tin đã được duyệt',
              en: 'Configure the CMS so that only approved items can be published',
            },
          });
        }
        if (roles.size > 0 && !roles.has(a.role)) {
          ctx.report({
            message: {
              vi: `Người duyệt "${a.by}" có vai trò "${a.role}", không có thẩm quyền duyệt (${[...roles].join(', ')})`,
              en: `Approver "${a.by}" has role "${a.role}", which may not approve (${[...roles].join(', ')})`,
            },
            citation,
            location: { ...base, field: 'approval.role', path: ['items', index, 'approval', 'role'] },
            evidence: { approvedBy: a.by, role: a.role, allowedRoles: [...roles] },
            remediation: {
              vi: 'Trình người có thẩm quyền duyệt lại tin bài',
              en: 'Have the item re-approved by an authorised approver',
            },
          });
        }
        if (editorial.separationOfDuties && item.author !== undefined && item.author === a.by) {
          ctx.report({
            message: {
              vi: `"${a.by}" tự duyệt tin bài của chính mình`,
              en: `"${a.by}" approved their own item`,
            },
            citation,
            location: { ...base, field: 'approval.by', path: ['items', index, 'approval', 'by'] },
            evidence: { author: item.author, approvedBy: a.by },
            remediation: {
              vi: 'Người duyệt phải khác người viết; trình người khác duyệt lại',
              en: 'The approver must differ from the author; have someone else re-approve it',
            },
          });
        }
      },
    };
  },
});
