import { defineRule } from '../../defineRule.js';

/**
 * `features.required`: the portal offers every function the profile requires — search, links to other
 * agencies, print and save each article, Q&A with status tracking, rating, social sharing, sitemap, RSS …
 * (VP-32-2023/8.1, 9.1; ND-42-2022/7–8; ND-43-2011/15; ND-224-2026/10.3.b). A feature the inventory marks
 * `false` fails; one it does not mention needs review. Encouraged features are notices.
 */
export const portalFeaturesRule = defineRule({
  id: 'features.required',
  title: { vi: 'Có đủ các chức năng bắt buộc', en: 'Required portal functions are present' },
  severity: 'error',
  create(ctx) {
    const features = ctx.policy.features;
    if (features.length === 0) {
      ctx.notApplicable({
        vi: 'Quy định không nêu chức năng bắt buộc',
        en: 'The regulation requires no function',
      });
      return {};
    }
    return {
      finish() {
        const offered = ctx.inventory.portal.features;
        const seen = new Set<string>();
        for (const f of features) {
          if (seen.has(f.feature)) continue;
          seen.add(f.feature);
          const value = offered[f.feature];
          if (value === true) continue;
          const location = { field: `portal.features.${f.feature}`, path: ['portal', 'features', f.feature] };
          ctx.report({
            status: value === false ? 'fail' : 'needs-review',
            severity: f.optional ? 'notice' : value === false ? 'error' : 'warning',
            message:
              value === false
                ? {
                    vi: `Cổng thiếu chức năng "${f.feature}"`,
                    en: `The portal lacks the "${f.feature}" function`,
                  }
                : {
                    vi: `Bản kê khai không cho biết cổng có chức năng "${f.feature}" hay không`,
                    en: `The inventory does not say whether the portal has the "${f.feature}" function`,
                  },
            citation: f.citation,
            location,
            evidence: { feature: f.feature, declared: value ?? null, optional: f.optional },
            remediation:
              value === false
                ? { vi: `Bổ sung chức năng "${f.feature}"`, en: `Add the "${f.feature}" function` }
                : { vi: `Khai báo portal.features.${f.feature}`, en: `Declare portal.features.${f.feature}` },
          });
        }
      },
    };
  },
});
