import { CATEGORY_NAMES, type CategoryId } from '../../../categories/categoryIds.js';
import type { Citation } from '../../../core/index.js';
import { defineRule } from '../../defineRule.js';

/**
 * `categories.required`: every category the profile makes mandatory for the portal's kind of unit has at
 * least one published item (VP-32-2023/5, ND-42-2022/4.1, ND-43-2011/10.1, TN-40-2012/4).
 */
export const requiredCategoriesRule = defineRule({
  id: 'categories.required',
  title: {
    vi: 'Có đủ các chuyên mục thông tin bắt buộc',
    en: 'All mandatory information categories are present',
  },
  severity: 'error',
  create(ctx) {
    const kind = ctx.inventory.portal.unit.kind;
    const required = new Map<CategoryId, Citation>();
    for (const r of ctx.policy.requiredCategories) {
      if (r.unitKinds.includes(kind) && !required.has(r.category)) required.set(r.category, r.citation);
    }
    if (required.size === 0) {
      ctx.notApplicable({
        vi: `Quy định không nêu chuyên mục bắt buộc cho cổng cấp ${kind}`,
        en: `The regulation lists no mandatory category for a ${kind} portal`,
      });
      return {};
    }
    const present = new Set<CategoryId>();
    return {
      item(item) {
        if (item.publishedAt !== undefined) present.add(item.category);
      },
      finish() {
        for (const [category, citation] of required) {
          if (present.has(category)) continue;
          const name = CATEGORY_NAMES[category];
          ctx.report({
            message: {
              vi: `Thiếu chuyên mục bắt buộc "${name.vi}" (không có tin bài nào đã đăng)`,
              en: `Mandatory category "${name.en}" is missing (no published item)`,
            },
            citation,
            location: { category },
            evidence: { category, unitKind: kind },
            remediation: {
              vi: `Tạo chuyên mục "${name.vi}" và đăng đủ thông tin theo ${citation.id}`,
              en: `Create the "${name.en}" category and publish its information as ${citation.id} requires`,
            },
          });
        }
      },
    };
  },
});
