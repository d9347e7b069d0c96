import { defineRule } from '../../defineRule.js';

/**
 * `basis.superseded`: the profile's national basis (or the profile itself) is no longer in force on the
 * audit date. The regulation stays in force until replaced, but the national decree it cites may already be
 * superseded (ND 42/2022 from 2022-08-15, ND 224/2026 from 2026-07-01): a person must check which of its provisions still hold.
 */
export const basisSupersededRule = defineRule({
  id: 'basis.superseded',
  title: { vi: 'Căn cứ pháp lý còn hiệu lực', en: 'Legal basis still in force' },
  severity: 'warning',
  create(ctx) {
    return {
      finish() {
        const { policy, asOf } = ctx;
        if (policy.effectiveUntil !== undefined && policy.effectiveUntil < asOf) {
          ctx.report({
            status: 'needs-review',
            message: {
              vi: `Quy định ${policy.regulationId} đã hết hiệu lực từ sau ngày ${policy.effectiveUntil}`,
              en: `Regulation ${policy.regulationId} ceased to be in force after ${policy.effectiveUntil}`,
            },
            citation: { id: policy.regulationId },
            evidence: { profileId: policy.profileId, effectiveUntil: policy.effectiveUntil, asOf },
            remediation: {
              vi: 'Kiểm tra lại theo quy định thay thế',
              en: 'Audit against the replacing regulation',
            },
          });
        }
        for (const event of policy.unitEvents ?? []) {
          if (event.on > asOf) continue;
          ctx.report({
            status: 'needs-review',
            severity: 'notice',
            message: {
              vi: `Từ ngày ${event.on}: ${event.description.vi}`,
              en: `Since ${event.on}: ${event.description.en}`,
            },
            citation: event.citation,
            evidence: { on: event.on },
            remediation: {
              vi: 'Kiểm tra quy chế và tên miền của cổng theo đơn vị hành chính hiện hành',
              en: 'Check the portal’s regulation and host names against the current administrative unit',
            },
          });
        }
        const basis = policy.nationalBasis;
        if (!basis) {
          ctx.notApplicable({
            vi: 'Quy định không dựa trên một nghị định quốc gia (hoặc chính là nghị định)',
            en: 'The regulation rests on no national decree (or is one)',
          });
          return;
        }
        if (basis.supersededOn !== undefined && basis.supersededOn <= asOf) {
          const doc = basis.documentNumber ?? basis.profileId;
          const by = basis.supersededBy ? ` (${basis.supersededBy})` : '';
          ctx.report({
            status: 'needs-review',
            message: {
              vi: `Quy định ${policy.regulationId} dẫn chiếu ${doc}, đã bị thay thế từ ngày ${basis.supersededOn}${by}`,
              en: `Regulation ${policy.regulationId} cites ${doc}, superseded on ${basis.supersededOn}${by}`,
            },
            citation: basis.citation,
            evidence: {
              nationalBasis: basis.profileId,
              supersededOn: basis.supersededOn,
              ...(basis.supersededBy ? { supersededBy: basis.supersededBy } : {}),
            },
            remediation: {
              vi: `Đối chiếu các quy định với văn bản thay thế${by}; đề nghị sửa đổi quy chế của cổng`,
              en: `Check each provision against the replacing decree${by}; propose an amendment of the portal's regulation`,
            },
          });
        }
      },
    };
  },
});
