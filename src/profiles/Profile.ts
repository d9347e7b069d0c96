import type { CitedDeadlineRule } from '../calendar/index.js';
import type { CategoryId } from '../categories/categoryIds.js';
import type { Citation, CivilDate, LocalizedText } from '../core/index.js';
import type { HostnameScheme } from '../domains/index.js';
import type { WorkflowPolicies } from '../workflow/index.js';
import type { ProfileFeatureId } from './portalFeatures.js';

/**
 * The tier of government a regulation belongs to: a national decree, or a province's, district's or
 * commune's own regulation (quy chế) of its portal.
 *
 * @example
 * ```ts
 * import type { ProfileLevel } from 'vn-portal-kit/profiles';
 * const level: ProfileLevel = 'district';
 * level //=> 'district'
 * ```
 */
export type ProfileLevel = 'national' | 'province' | 'district' | 'commune';

/**
 * A kind of portal a requirement applies to: a ministry's, a province's (the People's Committee portal), a
 * provincial department's (sở, ban, ngành), a district's or a commune's.
 *
 * @example
 * ```ts
 * import type { PortalUnitKind } from 'vn-portal-kit/profiles';
 * const kind: PortalUnitKind = 'department';
 * kind //=> 'department'
 * ```
 */
export type PortalUnitKind = 'ministry' | 'province' | 'department' | 'district' | 'commune';

/**
 * How a regulation's effective date follows from its signature: on signing ("có hiệu lực kể từ ngày ký"), a
 * fixed date, or a number of days after signing ("sau 10 ngày kể từ ngày ký").
 *
 * @example
 * ```ts
 * import type { ProfileEffectiveRule } from 'vn-portal-kit/profiles';
 * const r: ProfileEffectiveRule = { kind: 'days-after-signing', days: 10, citation: { id: 'TN-40-2012' } };
 * r.kind //=> 'days-after-signing'
 * ```
 */
export interface ProfileEffectiveRule {
  /** `on-signing`, `fixed-date` or `days-after-signing`. */
  readonly kind: 'on-signing' | 'fixed-date' | 'days-after-signing';
  /** For `days-after-signing`: calendar days after the signing day. */
  readonly days?: number | undefined;
  /** The article of the decision that sets it. */
  readonly citation: Citation;
}

/**
 * A reference to another legal document: the one a regulation replaces or is replaced by.
 *
 * @example
 * ```ts
 * import type { ProfileDocumentRef } from 'vn-portal-kit/profiles';
 * const ref: ProfileDocumentRef = { documentNumber: '26/2017/QĐ-UBND', signedOn: '2017-08-17', citation: { id: 'VP-32-2023' } };
 * ref.documentNumber //=> '26/2017/QĐ-UBND'
 * ```
 */
export interface ProfileDocumentRef {
  /** Number and symbol (số, ký hiệu), e.g. `'43/2011/NĐ-CP'`. */
  readonly documentNumber: string;
  /** The shipped profile of that document, when there is one. */
  readonly profileId?: string | undefined;
  /** Its signing date. */
  readonly signedOn?: CivilDate | undefined;
  /** The day the replacement takes over (for `replacedBy`). */
  readonly effectiveFrom?: CivilDate | undefined;
  /** Where the replacement is stated. */
  readonly citation: Citation;
}

/**
 * The national decree a local regulation rests on (the "Căn cứ" it implements), by the id of its national
 * profile.
 *
 * @example
 * ```ts
 * import type { ProfileNationalBasis } from 'vn-portal-kit/profiles';
 * const b: ProfileNationalBasis = { profileId: 'nd43-2011', citation: { id: 'QN-3069-2021/8.1' } };
 * b.profileId //=> 'nd43-2011'
 * ```
 */
export interface ProfileNationalBasis {
  /** Id of a national profile (`'nd43-2011'`, `'nd42-2022'`, `'nd224-2026'`). */
  readonly profileId: string;
  /** The provision of the local regulation that points to it. */
  readonly citation: Citation;
}

/**
 * One mandated information category a regulation requires, for some kinds of portal, in one variant (e.g.
 * the introduction of a local government, VP-32-2023/5.1.a, versus a department's, 5.1.b).
 *
 * @example
 * ```ts
 * import type { ProfileCategoryRequirement } from 'vn-portal-kit/profiles';
 * const r: ProfileCategoryRequirement = {
 *   category: 'introduction',
 *   variant: 'department',
 *   appliesTo: ['department'],
 *   mandatory: true,
 *   citation: { id: 'VP-32-2023/5.1.b' },
 * };
 * r.appliesTo //=> ['department']
 * ```
 */
export interface ProfileCategoryRequirement {
  /** The category id (see `vn-portal-kit/categories`). */
  readonly category: CategoryId;
  /**
   * The variant of the category's field list, when the regulation distinguishes several: `local-government`
   * (province, district, commune portals) or `department`, for `introduction` and `news`.
   */
  readonly variant?: string | undefined;
  /** The kinds of portal that must publish it. */
  readonly appliesTo: readonly PortalUnitKind[];
  /** `true`: must be published; `false`: encouraged or optional. */
  readonly mandatory: boolean;
  /** Who supplies it, when the regulation says (QN-3069-2021/7.2). */
  readonly supplier?: LocalizedText | undefined;
  /** What the regulation says it contains, in short. */
  readonly description?: LocalizedText | undefined;
  /** The provision that lists it. */
  readonly citation: Citation;
  /** A provision of the local regulation that adopts a national rule (e.g. `HG-1347-2020/11.1`). */
  readonly via?: Citation | undefined;
}

/**
 * An update deadline of one category, under one trigger: a `calendar` deadline rule with its citation, the
 * event that starts the clock, and a trigger id to choose between the rules of a category that has several
 * (VP-32-2023/6.2: administrative documents 2 working days, normative documents 7, same day for emergency
 * measures or documents effective on signing).
 *
 * @example
 * ```ts
 * import type { ProfileDeadlineRule } from 'vn-portal-kit/profiles';
 * const d: ProfileDeadlineRule = {
 *   category: 'legal-documents',
 *   trigger: 'normative',
 *   label: { vi: 'Văn bản quy phạm pháp luật', en: 'Legal normative document' },
 *   startsAt: { vi: 'Ngày công bố hoặc ký ban hành', en: 'Day of publication or signing' },
 *   rule: { kind: 'working-days', days: 7 },
 *   citation: { id: 'VP-32-2023/6.2' },
 * };
 * d.rule //=> { kind: 'working-days', days: 7 }
 * ```
 */
export interface ProfileDeadlineRule extends CitedDeadlineRule {
  /** The category it applies to. */
  readonly category: CategoryId;
  /** Kebab-case id of the trigger, unique within the category. */
  readonly trigger: string;
  /** What kind of item or event this trigger covers. */
  readonly label: LocalizedText;
  /** The event that starts the clock. */
  readonly startsAt: LocalizedText;
  /** The trigger used when the caller names none (at most one per category). */
  readonly isDefault?: boolean | undefined;
  /** A provision of the local regulation that adopts this (national) rule. */
  readonly via?: Citation | undefined;
}

/**
 * A deadline that applies to every category the regulation gives no specific rule for (VP-32-2023/6.7: 5
 * working days; LTCTT-2016/18.4).
 *
 * @example
 * ```ts
 * import type { ProfileDefaultDeadline } from 'vn-portal-kit/profiles';
 * const d: ProfileDefaultDeadline = {
 *   rule: { kind: 'working-days', days: 5 },
 *   citation: { id: 'LTCTT-2016/18.4' },
 *   label: { vi: 'Thông tin khác', en: 'Any other information' },
 * };
 * d.rule.kind //=> 'working-days'
 * ```
 */
export interface ProfileDefaultDeadline extends CitedDeadlineRule {
  /** What it covers. */
  readonly label: LocalizedText;
}

/**
 * A duty to update some categories with no day count: regularly ("thường xuyên, kịp thời"), promptly on any
 * change, or daily.
 *
 * @example
 * ```ts
 * import type { ProfileUpdatePolicy } from 'vn-portal-kit/profiles';
 * const p: ProfileUpdatePolicy = { categories: ['news'], kind: 'regularly', citation: { id: 'VP-32-2023/6.1' } };
 * p.kind //=> 'regularly'
 * ```
 */
export interface ProfileUpdatePolicy {
  /** The categories it covers. */
  readonly categories: readonly CategoryId[];
  /** `regularly`, `on-change` (promptly on any change) or `daily`. */
  readonly kind: 'regularly' | 'on-change' | 'daily';
  /** The provision. */
  readonly citation: Citation;
}

/**
 * One English-language item a regulation asks for.
 *
 * @example
 * ```ts
 * import type { ProfileEnglishItem } from 'vn-portal-kit/profiles';
 * const i: ProfileEnglishItem = { categories: ['contacts'], description: { vi: 'Thông tin liên hệ', en: 'Contacts' }, citation: { id: 'VP-32-2023/5.18.b' } };
 * i.categories //=> ['contacts']
 * ```
 */
export interface ProfileEnglishItem {
  /** The categories whose English version is asked for. */
  readonly categories: readonly CategoryId[];
  /** What exactly. */
  readonly description: LocalizedText;
  /** The provision. */
  readonly citation: Citation;
}

/**
 * Languages, encoding and English items of a regulation.
 *
 * @example
 * ```ts
 * import { getProfile } from 'vn-portal-kit/profiles';
 * getProfile('quang-nam-3069-2021')?.languages.official //=> ['vi', 'en']
 * ```
 */
export interface ProfileLanguages {
  /** Official languages of the portal. */
  readonly official: readonly ('vi' | 'en')[];
  /** Where the official languages are stated. */
  readonly citation: Citation;
  /** The character encoding standard (TCVN 6909:2001, Unicode). */
  readonly encoding: { readonly standard: string; readonly citation: Citation };
  /** English: how binding, which items, which channel. */
  readonly english: {
    /** `required`; `when-conditions-allow` (TN-40-2012/7.1); `encouraged`; `not-stated`. */
    readonly status: 'required' | 'when-conditions-allow' | 'encouraged' | 'not-stated';
    readonly items: readonly ProfileEnglishItem[];
    /** The English channel's address, when the regulation gives one. */
    readonly channel?: string | undefined;
    readonly citation: Citation;
  };
  /** Other foreign languages. */
  readonly otherLanguages?:
    | { readonly policy: 'encouraged' | 'with-permission'; readonly citation: Citation }
    | undefined;
}

/**
 * A named address of the portal or a related service.
 *
 * @example
 * ```ts
 * import type { ProfileAddress } from 'vn-portal-kit/profiles';
 * const a: ProfileAddress = { url: 'https://dichvucong.vinhphuc.gov.vn', citation: { id: 'VP-32-2023/5.6' } };
 * new URL(a.url).hostname //=> 'dichvucong.vinhphuc.gov.vn'
 * ```
 */
export interface ProfileAddress {
  /** Absolute URL, as the regulation writes it (scheme included). */
  readonly url: string;
  readonly citation: Citation;
}

/**
 * The portal's addresses: its home page and, where the regulation names them, the English channel, the
 * public-service portal and the gazette.
 *
 * @example
 * ```ts
 * import { getProfile } from 'vn-portal-kit/profiles';
 * getProfile('vinh-phuc-32-2023')?.domain?.portal.url //=> 'http://www.vinhphuc.gov.vn'
 * ```
 */
export interface ProfileDomain {
  readonly portal: ProfileAddress;
  /** The unit that manages the domain and operates the portal, when the regulation names it. */
  readonly operator?: { readonly name: LocalizedText; readonly citation: Citation } | undefined;
  readonly english?: ProfileAddress | undefined;
  readonly publicServices?: ProfileAddress | undefined;
  readonly gazette?: ProfileAddress | undefined;
}

/**
 * A recurring report or review meeting.
 *
 * @example
 * ```ts
 * import type { ProfileReporting } from 'vn-portal-kit/profiles';
 * const r: ProfileReporting = { kind: 'activity-report', everyMonths: 3, adHoc: true, citation: { id: 'HG-1347-2020/13.4' } };
 * r.everyMonths //=> 3
 * ```
 */
export interface ProfileReporting {
  /** `activity-report` (the portal's), `sub-portal-report` (component portals'), `review-meeting`. */
  readonly kind: 'activity-report' | 'sub-portal-report' | 'review-meeting';
  /** Interval in months; absent when the regulation says "periodic" without a number. */
  readonly everyMonths?: number | undefined;
  /** A yearly report as well (QN-3069-2021/21.6). */
  readonly yearly?: boolean | undefined;
  /** Also on request (đột xuất). */
  readonly adHoc: boolean;
  /** To whom. */
  readonly to?: LocalizedText | undefined;
  readonly citation: Citation;
}

/**
 * Backup (sao lưu) duty.
 *
 * @example
 * ```ts
 * import { getProfile } from 'vn-portal-kit/profiles';
 * getProfile('thai-nguyen-40-2012')?.operations.backup?.maxIntervalDays //=> 7
 * ```
 */
export interface ProfileBackup {
  /** `daily`, `weekly` or `periodic` (no interval given). */
  readonly frequency: 'daily' | 'weekly' | 'periodic';
  /** Longest allowed interval between backups, in days (1 daily, 7 weekly). */
  readonly maxIntervalDays?: number | undefined;
  /** What is backed up. */
  readonly scope?: readonly LocalizedText[] | undefined;
  /** Media the regulation names. */
  readonly media?: readonly LocalizedText[] | undefined;
  /** Backups must be tested regularly (VP-32-2023/11.3). */
  readonly tested?: Citation | undefined;
  readonly citation: Citation;
}

/**
 * A yearly duty: maintenance plan, review, training, budget.
 *
 * @example
 * ```ts
 * import type { ProfileYearlyDuty } from 'vn-portal-kit/profiles';
 * const d: ProfileYearlyDuty = { duty: 'training', citation: { id: 'QN-3069-2021/18' } };
 * d.duty //=> 'training'
 * ```
 */
export interface ProfileYearlyDuty {
  readonly duty: 'maintenance-plan' | 'review' | 'training' | 'budget';
  readonly citation: Citation;
}

/**
 * Operations: availability, update rhythm, backups, reports, yearly duties, suspension notice.
 *
 * @example
 * ```ts
 * import { getProfile } from 'vn-portal-kit/profiles';
 * getProfile('vinh-phuc-32-2023')?.operations.backup?.frequency //=> 'daily'
 * ```
 */
export interface ProfileOperations {
  /** Available 24 hours a day, every day. */
  readonly availability?:
    | { readonly hoursPerDay: number; readonly daysPerWeek: number; readonly citation: Citation }
    | undefined;
  /** The portal as a whole is updated every day (TN-40-2012/10.1). */
  readonly dailyUpdate?: Citation | undefined;
  readonly backup?: ProfileBackup | undefined;
  /** Originals, copies and drafts are archived (TN-40-2012/11.1). */
  readonly archive?: Citation | undefined;
  readonly reporting: readonly ProfileReporting[];
  readonly yearlyDuties: readonly ProfileYearlyDuty[];
  /** A planned suspension is announced at least this many working days before (ND-224-2026/13.1.a). */
  readonly suspensionNotice?:
    | {
        readonly workingDaysBefore: number;
        readonly announceRestoration: boolean;
        readonly citation: Citation;
      }
    | undefined;
}

/**
 * A minimum number of items a kind of unit supplies per period (TN-40-2012/8.3: each department at least 2
 * news items a month, each district at least 3).
 *
 * @example
 * ```ts
 * import type { ProfileQuota } from 'vn-portal-kit/profiles';
 * const q: ProfileQuota = { category: 'news', per: 'month', unit: 'district', minimum: 3, citation: { id: 'TN-40-2012/8.3' } };
 * q.minimum //=> 3
 * ```
 */
export interface ProfileQuota {
  readonly category: CategoryId;
  readonly per: 'month' | 'quarter' | 'year';
  /** The kind of unit that must supply them. */
  readonly unit: PortalUnitKind;
  readonly minimum: number;
  readonly citation: Citation;
}

/**
 * The royalty (nhuận bút) and remuneration (thù lao) regime a regulation points to, by the id of a regime
 * of `vn-portal-kit/royalty` (`'nd18-2014'`), or of a provincial table the user enters
 * (`'vinh-phuc-37-2020'`).
 *
 * @example
 * ```ts
 * import { getProfile } from 'vn-portal-kit/profiles';
 * getProfile('vinh-phuc-32-2023')?.royalty?.formerRegime?.regime //=> 'vinh-phuc-37-2020'
 * ```
 */
export interface ProfileRoyaltyBasis {
  /** The regime for work commissioned today (`'nd287-2026'` for profiles in force after 2026-08-31). */
  readonly regime: string;
  readonly description: LocalizedText;
  /**
   * The regime the regulation was written for, and its last day for the commission date (Decree 287/2026
   * Art. 19.1: work commissioned before 2026-09-01 stays under it).
   */
  readonly formerRegime?:
    | { readonly regime: string; readonly until: string; readonly citation: Citation }
    | undefined;
  /** Who pays, when the regulation says, and where. */
  readonly payer?: { readonly name: LocalizedText; readonly citation: Citation } | undefined;
  readonly citation: Citation;
}

export type { ProfileFeatureId } from './portalFeatures.js';

/**
 * A required feature with its citation.
 *
 * @example
 * ```ts
 * import type { ProfileFeature } from 'vn-portal-kit/profiles';
 * const f: ProfileFeature = { feature: 'rating', citation: { id: 'VP-32-2023/9.1.d' } };
 * f.feature //=> 'rating'
 * ```
 */
export interface ProfileFeature {
  readonly feature: ProfileFeatureId;
  /** `true` when the regulation only encourages it. */
  readonly optional?: boolean | undefined;
  readonly citation: Citation;
}

/**
 * A channel through which agencies send content to the portal (QN-3069-2021/8.3: Qoffice or
 * `banbientap@quangnam.gov.vn`; TN-40-2012/9.1: `portal@thainguyen.gov.vn`).
 *
 * @example
 * ```ts
 * import type { ProfileSubmissionChannel } from 'vn-portal-kit/profiles';
 * const c: ProfileSubmissionChannel = { kind: 'email', value: 'portal@thainguyen.gov.vn', description: { vi: 'Thư điện tử', en: 'E-mail' }, citation: { id: 'TN-40-2012/9.1' } };
 * c.kind //=> 'email'
 * ```
 */
export interface ProfileSubmissionChannel {
  readonly kind: 'email' | 'document-system' | 'direct-posting' | 'link' | 'official-letter';
  /** The address or system name. */
  readonly value?: string | undefined;
  readonly description: LocalizedText;
  readonly citation: Citation;
}

/**
 * An effective-dated event affecting the unit a regulation governs, e.g. the 2025 reorganisation
 * (Hậu Giang merged into Cần Thơ on 2025-07-01; districts abolished).
 *
 * @example
 * ```ts
 * import { getProfile } from 'vn-portal-kit/profiles';
 * getProfile('hau-giang-1347-2020')?.timeline[0]?.on //=> '2025-07-01'
 * ```
 */
export interface ProfileTimelineEvent {
  readonly on: CivilDate;
  /** `unit-merged` (province merged into another), `unit-abolished` (the district tier ended). */
  readonly kind: 'unit-merged' | 'unit-abolished' | 'unit-renamed';
  readonly description: LocalizedText;
  /** The unit that carries on. */
  readonly successor?: LocalizedText | undefined;
  readonly citation: Citation;
}

/**
 * A reading of the text the library had to choose, recorded with the provision.
 *
 * @example
 * ```ts
 * import type { ProfileReading } from 'vn-portal-kit/profiles';
 * const r: ProfileReading = { citation: { id: 'VP-32-2023/6.3' }, text: { vi: '"ngày" là ngày lịch', en: '"ngày" read as calendar days' } };
 * r.citation.id //=> 'VP-32-2023/6.3'
 * ```
 */
export interface ProfileReading {
  readonly citation: Citation;
  readonly text: LocalizedText;
}

/**
 * A regulation as data: who issued it and when, what it replaces, the national decree it rests on, the
 * categories it requires, update deadlines per category (as `calendar` rules), languages, addresses,
 * operations, quotas, royalty basis, required features, and the effective-dated events that affect its
 * unit. Every number and list carries a citation.
 *
 * Build one with {@link defineProfile} (validated) or {@link extendProfile}; the shipped ones are in
 * {@link profiles}.
 *
 * @example
 * ```ts
 * import { getProfile } from 'vn-portal-kit/profiles';
 * const vp = getProfile('vinh-phuc-32-2023');
 * vp?.documentNumber //=> '32/2023/QĐ-UBND'
 * vp?.effectiveFrom //=> '2023-10-01'
 * ```
 */
export interface Profile {
  /** Kebab-case id, e.g. `'vinh-phuc-32-2023'`. */
  readonly id: string;
  /** The provision-id prefix of the regulation (`'VP-32-2023'`, `'ND-42-2022'`). */
  readonly regulationId: string;
  /** The profile this one was derived from by {@link extendProfile}. */
  readonly basedOn?: string | undefined;
  readonly title: LocalizedText;
  /** Number and symbol, e.g. `'32/2023/QĐ-UBND'`. */
  readonly documentNumber: string;
  readonly level: ProfileLevel;
  readonly issuer: LocalizedText;
  /** The province (and district) it governs; absent for national decrees. */
  readonly territory?:
    | { readonly province: LocalizedText; readonly district?: LocalizedText | undefined }
    | undefined;
  /** Signing date, when known. */
  readonly signedOn?: CivilDate | undefined;
  readonly effectiveFrom: CivilDate;
  readonly effectiveRule: ProfileEffectiveRule;
  /** Last day in force, when it has ended. */
  readonly effectiveUntil?: CivilDate | undefined;
  readonly replaces: readonly ProfileDocumentRef[];
  readonly replacedBy?: ProfileDocumentRef | undefined;
  /** The national decree it rests on (required unless `level` is `national`). */
  readonly nationalBasis?: ProfileNationalBasis | undefined;
  readonly categories: readonly ProfileCategoryRequirement[];
  readonly updatePolicies: readonly ProfileUpdatePolicy[];
  readonly deadlines: readonly ProfileDeadlineRule[];
  readonly defaultDeadline?: ProfileDefaultDeadline | undefined;
  readonly languages: ProfileLanguages;
  readonly domain?: ProfileDomain | undefined;
  /** The host-name scheme the regulation sets for its portals and sub-portals (used by `vn-portal-kit/domains`). */
  readonly hostnames?: HostnameScheme | undefined;
  readonly operations: ProfileOperations;
  /**
   * Editorial approval, questions and feedback (Q&A), consultations and suspension-notice policies, as data for
   * `vn-portal-kit/workflow` (who approves what; answer deadlines; TN-40-2012/14).
   */
  readonly workflow?: WorkflowPolicies | undefined;
  readonly quotas: readonly ProfileQuota[];
  readonly royalty?: ProfileRoyaltyBasis | undefined;
  readonly features: readonly ProfileFeature[];
  readonly submissionChannels: readonly ProfileSubmissionChannel[];
  readonly timeline: readonly ProfileTimelineEvent[];
  readonly readings: readonly ProfileReading[];
}
