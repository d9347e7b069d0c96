import { CATEGORY_NAMES, type CategoryId } from '../../../categories/categoryIds.js';
import { defineRule } from '../../defineRule.js';

/**
 * `english.items`: a portal that must publish in English has English items in each category the profile
 * lists (VP-32-2023/5.18.b, ND-42-2022/7, ND-43-2011/13, QN-3069-2021/4.3). Where English is only
 * encouraged or "when conditions allow" (TN-40-2012/7.1), missing items are notices.
 */
export const englishItemsRule = defineRule({
  id: 'english.items',
  title: { vi: 'Có thông tin bằng tiếng Anh', en: 'English-language items are present' },
  severity: 'error',
  create(ctx) {
    const english = ctx.policy.english;
    const kind = ctx.inventory.portal.unit.kind;
    if (!english) {
      ctx.notApplicable({
        vi: 'Quy định không yêu cầu thông tin tiếng Anh',
        en: 'The regulation asks for no English items',
      });
      return {};
    }
    if (kind === 'commune' || kind === 'district') {
      ctx.notApplicable({
        vi: 'Yêu cầu tiếng Anh áp dụng cho cổng cấp tỉnh và cơ quan',
        en: 'The English requirement applies to provincial and agency portals',
      });
      return {};
    }
    const severity = english.required ? ('error' as const) : ('notice' as const);
    const present = new Set<CategoryId>();
    return {
      item(item) {
        if (item.language === 'en' && item.publishedAt !== undefined) present.add(item.category);
      },
      finish() {
        for (const category of english.categories) {
          if (present.has(category)) continue;
          const name = CATEGORY_NAMES[category];
          ctx.report({
            severity,
            message: {
              vi: `Không có thông tin tiếng Anh cho chuyên mục "${name.vi}"`,
              en: `No English item in the "${name.en}" category`,
            },
            citation: english.citation,
            location: { category },
            evidence: { category, language: 'en', required: english.required },
            remediation: {
              vi: `Dịch và đăng thông tin "${name.vi}" trên kênh tiếng Anh`,
              en: `Translate and publish the "${name.en}" information on the English channel`,
            },
          });
        }
      },
    };
  },
});
