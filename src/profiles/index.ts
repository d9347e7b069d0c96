/**
 * The regulations of Vietnamese government portals as versioned, validated, cited data: the national decrees
 * (ND 43/2011 → ND 42/2022 → ND 224/2026) and five provincial and district regulations (Hậu Giang, Quảng Nam,
 * Vĩnh Phúc, Như Xuân, Thái Nguyên). Each profile says which categories are mandatory for which portals, the
 * update deadline of each category as a `calendar` rule with its citation, languages, addresses, operations,
 * quotas, royalty basis and required features; `defineProfile` lets a vendor encode a new regulation as data.
 *
 * @packageDocumentation
 * @module profiles
 */
export { type DeadlineForOptions, deadlineFor, type ProfileDeadline } from './deadlineFor.js';
export { defineProfile } from './defineProfile.js';
export { extendProfile, type ProfileOverrides } from './extendProfile.js';
export { hauGiang1347_2020 } from './hau-giang-1347-2020.js';
export * from './hostnames/index.js';
export { nationalProfileAt } from './nationalProfileAt.js';
export { nd42_2022 } from './nd42-2022.js';
export { nd43_2011 } from './nd43-2011.js';
export { nd224_2026 } from './nd224-2026.js';
export { nhuXuan2112_2022 } from './nhu-xuan-2112-2022.js';
export type {
  PortalUnitKind,
  Profile,
  ProfileAddress,
  ProfileBackup,
  ProfileCategoryRequirement,
  ProfileDeadlineRule,
  ProfileDefaultDeadline,
  ProfileDocumentRef,
  ProfileDomain,
  ProfileEffectiveRule,
  ProfileEnglishItem,
  ProfileFeature,
  ProfileLanguages,
  ProfileLevel,
  ProfileNationalBasis,
  ProfileOperations,
  ProfileQuota,
  ProfileReading,
  ProfileReporting,
  ProfileRoyaltyBasis,
  ProfileSubmissionChannel,
  ProfileTimelineEvent,
  ProfileUpdatePolicy,
  ProfileYearlyDuty,
} from './Profile.js';
export { ProfileSchema } from './ProfileSchema.js';
export { PORTAL_FEATURES, type ProfileFeatureId } from './portalFeatures.js';
export { type ProfileStatus, profileStatusAt } from './profileStatusAt.js';
export { getProfile, nationalProfiles, PROFILE_IDS, profiles } from './profiles.js';
export { quangNam3069_2021 } from './quang-nam-3069-2021.js';
export {
  type ProfileFieldRequirement,
  type RequiredFieldsOptions,
  requiredFieldsFor,
} from './requiredFieldsFor.js';
export {
  type DeadlineSource,
  type SelectDeadlineRuleOptions,
  type SelectedDeadlineRule,
  selectDeadlineRule,
} from './selectDeadlineRule.js';
export {
  bindsOn,
  type DatedSuspensionNoticePolicy,
  suspensionNoticePolicies,
  suspensionNoticePoliciesAt,
} from './suspensionNoticePolicies.js';
export { thaiNguyen40_2012 } from './thai-nguyen-40-2012.js';
export { vinhPhuc32_2023 } from './vinh-phuc-32-2023.js';
