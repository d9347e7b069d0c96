import { addCalendarDays, createIssue, type Issue, localized } from '../../core/index.js';
import type { Profile } from '../Profile.js';

/** Ids of the national profiles shipped by the library. */
export const NATIONAL_PROFILE_IDS: readonly string[] = ['nd43-2011', 'nd42-2022', 'nd224-2026'];

/**
 * Cross-field rules of a profile that zod's shape checks cannot express: dates in order, the effective rule
 * consistent with the dates, a national basis for local regulations, unique triggers and requirements.
 * Returns errors and warnings.
 */
export function checkProfile(p: Profile): Issue[] {
  const issues: Issue[] = [];
  if (p.signedOn !== undefined && p.effectiveFrom < p.signedOn) {
    issues.push(
      createIssue(
        'profiles.effective-before-signing',
        localized('Ngày có hiệu lực trước ngày ký', 'Effective date is before the signing date'),
        { path: ['effectiveFrom'], details: { signedOn: p.signedOn, effectiveFrom: p.effectiveFrom } },
      ),
    );
  }
  if (p.effectiveUntil !== undefined && p.effectiveUntil < p.effectiveFrom) {
    issues.push(
      createIssue(
        'profiles.ends-before-start',
        localized('Ngày hết hiệu lực trước ngày có hiệu lực', 'Ends before it starts'),
        {
          path: ['effectiveUntil'],
        },
      ),
    );
  }
  const rule = p.effectiveRule;
  if (p.signedOn !== undefined) {
    if (rule.kind === 'on-signing' && p.effectiveFrom !== p.signedOn) {
      issues.push(
        createIssue(
          'profiles.effective-rule-mismatch',
          localized(
            '"Có hiệu lực kể từ ngày ký" nhưng ngày có hiệu lực khác ngày ký',
            '"In force on signing" but the dates differ',
          ),
          { path: ['effectiveFrom'], citation: rule.citation },
        ),
      );
    }
    if (rule.kind === 'days-after-signing') {
      const expected = rule.days === undefined ? undefined : addCalendarDays(p.signedOn, rule.days);
      if (expected !== p.effectiveFrom) {
        issues.push(
          createIssue(
            'profiles.effective-rule-mismatch',
            localized(
              `Có hiệu lực sau ${rule.days ?? '?'} ngày kể từ ngày ký: cần ${expected ?? '?'}`,
              `In force ${rule.days ?? '?'} days after signing: expected ${expected ?? '?'}`,
            ),
            { path: ['effectiveFrom'], citation: rule.citation, details: { expected } },
          ),
        );
      }
    }
  }
  if (rule.kind === 'days-after-signing' && rule.days === undefined) {
    issues.push(
      createIssue(
        'profiles.missing-field',
        localized('Thiếu số ngày sau khi ký', 'Number of days after signing is missing'),
        {
          path: ['effectiveRule', 'days'],
        },
      ),
    );
  }
  if (p.level === 'national') {
    if (p.nationalBasis !== undefined) {
      issues.push(
        createIssue(
          'profiles.national-has-basis',
          localized(
            'Văn bản trung ương không có "căn cứ nghị định"',
            'A national profile has no national basis',
          ),
          {
            path: ['nationalBasis'],
          },
        ),
      );
    }
  } else if (p.nationalBasis === undefined) {
    issues.push(
      createIssue(
        'profiles.missing-national-basis',
        localized(
          'Quy chế địa phương phải nêu nghị định làm căn cứ',
          'A local regulation must name the national decree it rests on',
        ),
        { path: ['nationalBasis'] },
      ),
    );
  } else if (!NATIONAL_PROFILE_IDS.includes(p.nationalBasis.profileId)) {
    issues.push(
      createIssue(
        'profiles.unknown-national-basis',
        localized(
          `Không biết hồ sơ trung ương "${p.nationalBasis.profileId}"`,
          `Unknown national profile "${p.nationalBasis.profileId}"`,
        ),
        {
          path: ['nationalBasis', 'profileId'],
          severity: 'warning',
          details: { known: NATIONAL_PROFILE_IDS },
        },
      ),
    );
  }
  const triggers = new Set<string>();
  const defaults = new Set<string>();
  p.deadlines.forEach((d, i) => {
    const key = `${d.category}/${d.trigger}`;
    if (triggers.has(key)) {
      issues.push(
        createIssue(
          'profiles.duplicate-trigger',
          localized(`Trùng căn cứ tính hạn ${key}`, `Duplicate deadline trigger ${key}`),
          {
            path: ['deadlines', i, 'trigger'],
          },
        ),
      );
    }
    triggers.add(key);
    if (d.isDefault === true) {
      if (defaults.has(d.category)) {
        issues.push(
          createIssue(
            'profiles.duplicate-default-trigger',
            localized(
              `Nhóm ${d.category} có hơn một căn cứ mặc định`,
              `Category ${d.category} has more than one default trigger`,
            ),
            { path: ['deadlines', i, 'isDefault'] },
          ),
        );
      }
      defaults.add(d.category);
    }
  });
  const requirements = new Set<string>();
  p.categories.forEach((c, i) => {
    const key = `${c.category}/${c.variant ?? ''}/${[...c.appliesTo].sort().join(',')}`;
    if (requirements.has(key)) {
      issues.push(
        createIssue(
          'profiles.duplicate-category',
          localized(
            `Trùng yêu cầu nhóm thông tin ${c.category}`,
            `Duplicate category requirement ${c.category}`,
          ),
          { path: ['categories', i], severity: 'warning' },
        ),
      );
    }
    requirements.add(key);
  });
  p.quotas.forEach((q, i) => {
    if (!p.categories.some((c) => c.category === q.category)) {
      issues.push(
        createIssue(
          'profiles.quota-without-category',
          localized(
            `Định mức cho nhóm ${q.category} không có trong danh mục`,
            `Quota for ${q.category}, which the profile does not require`,
          ),
          { path: ['quotas', i, 'category'], severity: 'warning', citation: q.citation },
        ),
      );
    }
  });
  return issues;
}
