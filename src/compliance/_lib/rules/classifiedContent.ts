import { defineRule } from '../../defineRule.js';

const MARKS = { mat: 'Mật', 'toi-mat': 'Tối mật', 'tuyet-mat': 'Tuyệt mật' } as const;

/**
 * `editorial.classified`: nothing classified Mật or above is ever published (NX-2112-2022/7#mat,
 * QN-3069-2021/7.2.a; the profile's editorial policy names the marks).
 */
export const classifiedContentRule = defineRule({
  id: 'editorial.classified',
  title: { vi: 'Không đăng thông tin có độ mật', en: 'No classified information is published' },
  severity: 'error',
  create(ctx) {
    const citation = ctx.policy.classifiedBan;
    if (!citation) {
      ctx.notApplicable({
        vi: 'Quy định không có điều khoản cấm đăng thông tin mật',
        en: 'The regulation has no ban on publishing classified information',
      });
      return {};
    }
    return {
      item(item, index) {
        if (item.publishedAt === undefined || item.classification === 'none') return;
        const mark = MARKS[item.classification];
        ctx.report({
          message: {
            vi: `Tin bài có độ mật "${mark}" đã bị đăng công khai`,
            en: `An item classified "${mark}" was published`,
          },
          citation,
          location: {
            category: item.category,
            item: item.id,
            field: 'classification',
            path: ['items', index, 'classification'],
          },
          evidence: { classification: item.classification, publishedAt: item.publishedAt },
          remediation: {
            vi: 'Gỡ ngay tin bài và báo cáo theo quy định bảo vệ bí mật nhà nước',
            en: 'Take the item down at once and report it under the state-secrets rules',
          },
        });
      },
    };
  },
});
