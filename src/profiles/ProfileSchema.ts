import * as z from 'zod';
import { deadlineRuleSchema } from '../calendar/deadlineRuleSchema.js';
import { CATEGORY_IDS, type CategoryId } from '../categories/categoryIds.js';
import { isCivilDate } from '../core/index.js';
import { WorkflowPoliciesSchema } from '../workflow/index.js';
import { isCitationId, MAX_CITATION_ID_LENGTH } from './_lib/citationId.js';
import { hostnameSchemeSchema } from './_lib/hostnameSchemeSchema.js';
import type { Profile } from './Profile.js';
import { PORTAL_FEATURES } from './portalFeatures.js';

const MAX_TEXT = 4000;
const MAX_LIST = 200;

const text = z.string().min(1).max(MAX_TEXT);
const localized = z.strictObject({ vi: text, en: text });
const civilDate = z
  .string()
  .max(10)
  .refine((s) => isCivilDate(s), { params: { code: 'profiles.invalid-date' } });
const kebabId = z
  .string()
  .min(1)
  .max(64)
  .regex(/^[a-z0-9]+(?:-[a-z0-9]+)*$/);
const citation = z.strictObject({
  id: z
    .string()
    .min(1)
    .max(MAX_CITATION_ID_LENGTH)
    .refine((s) => isCitationId(s), { params: { code: 'profiles.invalid-citation-id' } }),
  note: z.string().min(1).max(MAX_TEXT).optional(),
});
const categoryId = z.enum(CATEGORY_IDS as unknown as [CategoryId, ...CategoryId[]]);
const unitKind = z.enum(['ministry', 'province', 'department', 'district', 'commune']);
const url = z
  .string()
  .max(2000)
  .regex(/^https?:\/\/[a-z0-9.-]+(?::\d{1,5})?(?:\/[^\s]*)?$/i);

/** zod schema of a `calendar` DeadlineRule: the calendar's one definition (`checkDeadlineRule`). */
const deadlineRule = deadlineRuleSchema();

const documentRef = z.strictObject({
  documentNumber: z.string().min(1).max(200),
  profileId: kebabId.optional(),
  signedOn: civilDate.optional(),
  effectiveFrom: civilDate.optional(),
  citation,
});

const list = <T extends z.ZodType>(item: T) => z.array(item).max(MAX_LIST);

/**
 * The zod schema of a {@link Profile}: strict objects (unknown keys are reported), bounded strings and lists
 * (hostile input is rejected early), valid civil dates, provision-id syntax of every citation, the category
 * ids of `vn-portal-kit/categories`, and the `calendar` deadline-rule kinds. Cross-field rules (effective
 * date after signing, unique triggers, national basis) are checked by {@link defineProfile}, which also turns
 * zod's issues into coded bilingual ones.
 *
 * @example
 * ```ts
 * import { ProfileSchema, profiles } from 'vn-portal-kit/profiles';
 * profiles.every((p) => ProfileSchema.safeParse(p).success) //=> true
 * ProfileSchema.safeParse({ id: 'x' }).success //=> false
 * ```
 */
export const ProfileSchema: z.ZodType<Profile> = z.strictObject({
  id: kebabId,
  regulationId: z
    .string()
    .min(1)
    .max(64)
    .regex(/^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*$/),
  basedOn: kebabId.optional(),
  title: localized,
  documentNumber: z.string().min(1).max(200),
  level: z.enum(['national', 'province', 'district', 'commune']),
  issuer: localized,
  territory: z.strictObject({ province: localized, district: localized.optional() }).optional(),
  signedOn: civilDate.optional(),
  effectiveFrom: civilDate,
  effectiveRule: z.strictObject({
    kind: z.enum(['on-signing', 'fixed-date', 'days-after-signing']),
    days: z.number().int().min(0).max(3650).optional(),
    citation,
  }),
  effectiveUntil: civilDate.optional(),
  replaces: list(documentRef),
  replacedBy: documentRef.optional(),
  nationalBasis: z.strictObject({ profileId: kebabId, citation }).optional(),
  categories: list(
    z.strictObject({
      category: categoryId,
      variant: kebabId.optional(),
      appliesTo: z.array(unitKind).min(1).max(5),
      mandatory: z.boolean(),
      supplier: localized.optional(),
      description: localized.optional(),
      citation,
      via: citation.optional(),
    }),
  ),
  updatePolicies: list(
    z.strictObject({
      categories: z.array(categoryId).min(1).max(CATEGORY_IDS.length),
      kind: z.enum(['regularly', 'on-change', 'daily']),
      citation,
    }),
  ),
  deadlines: list(
    z.strictObject({
      category: categoryId,
      trigger: kebabId,
      label: localized,
      startsAt: localized,
      rule: deadlineRule,
      citation,
      isDefault: z.boolean().optional(),
      via: citation.optional(),
    }),
  ),
  defaultDeadline: z.strictObject({ rule: deadlineRule, citation, label: localized }).optional(),
  languages: z.strictObject({
    official: z
      .array(z.enum(['vi', 'en']))
      .min(1)
      .max(2),
    citation,
    encoding: z.strictObject({ standard: z.string().min(1).max(200), citation }),
    english: z.strictObject({
      status: z.enum(['required', 'when-conditions-allow', 'encouraged', 'not-stated']),
      items: list(
        z.strictObject({
          categories: z.array(categoryId).max(CATEGORY_IDS.length),
          description: localized,
          citation,
        }),
      ),
      channel: url.optional(),
      citation,
    }),
    otherLanguages: z
      .strictObject({ policy: z.enum(['encouraged', 'with-permission']), citation })
      .optional(),
  }),
  domain: z
    .strictObject({
      portal: z.strictObject({ url, citation }),
      operator: z.strictObject({ name: localized, citation }).optional(),
      english: z.strictObject({ url, citation }).optional(),
      publicServices: z.strictObject({ url, citation }).optional(),
      gazette: z.strictObject({ url, citation }).optional(),
    })
    .optional(),
  hostnames: hostnameSchemeSchema(citation, localized, civilDate).optional(),
  operations: z.strictObject({
    availability: z
      .strictObject({
        hoursPerDay: z.number().int().min(1).max(24),
        daysPerWeek: z.number().int().min(1).max(7),
        citation,
      })
      .optional(),
    dailyUpdate: citation.optional(),
    backup: z
      .strictObject({
        frequency: z.enum(['daily', 'weekly', 'periodic']),
        maxIntervalDays: z.number().int().min(1).max(3660).optional(),
        scope: list(localized).optional(),
        media: list(localized).optional(),
        tested: citation.optional(),
        citation,
      })
      .optional(),
    archive: citation.optional(),
    reporting: list(
      z.strictObject({
        kind: z.enum(['activity-report', 'sub-portal-report', 'review-meeting']),
        everyMonths: z.number().int().min(1).max(120).optional(),
        yearly: z.boolean().optional(),
        adHoc: z.boolean(),
        to: localized.optional(),
        citation,
      }),
    ),
    yearlyDuties: list(
      z.strictObject({ duty: z.enum(['maintenance-plan', 'review', 'training', 'budget']), citation }),
    ),
    suspensionNotice: z
      .strictObject({
        workingDaysBefore: z.number().int().min(0).max(365),
        announceRestoration: z.boolean(),
        citation,
      })
      .optional(),
  }),
  workflow: WorkflowPoliciesSchema.optional(),
  quotas: list(
    z.strictObject({
      category: categoryId,
      per: z.enum(['month', 'quarter', 'year']),
      unit: unitKind,
      minimum: z.number().int().min(0).max(100000),
      citation,
    }),
  ),
  royalty: z
    .strictObject({
      regime: kebabId,
      description: localized,
      formerRegime: z.strictObject({ regime: kebabId, until: civilDate, citation }).optional(),
      payer: z.strictObject({ name: localized, citation }).optional(),
      citation,
    })
    .optional(),
  features: list(
    z.strictObject({
      feature: z.enum(PORTAL_FEATURES),
      optional: z.boolean().optional(),
      citation,
    }),
  ),
  submissionChannels: list(
    z.strictObject({
      kind: z.enum(['email', 'document-system', 'direct-posting', 'link', 'official-letter']),
      value: z.string().min(1).max(500).optional(),
      description: localized,
      citation,
    }),
  ),
  timeline: list(
    z.strictObject({
      on: civilDate,
      kind: z.enum(['unit-merged', 'unit-abolished', 'unit-renamed']),
      description: localized,
      successor: localized.optional(),
      citation,
    }),
  ),
  readings: list(z.strictObject({ citation, text: localized })),
}) as unknown as z.ZodType<Profile>;
