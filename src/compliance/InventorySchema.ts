import * as z from 'zod';
import { CATEGORY_IDS } from '../categories/categoryIds.js';
import { type ClassificationMark, classificationMark, isCivilDate, toInstant } from '../core/index.js';
import { PORTAL_FEATURES, type ProfileFeatureId } from '../profiles/portalFeatures.js';

/**
 * The inventory format version this library writes and reads.
 *
 * @example
 * ```ts
 * import { INVENTORY_SCHEMA_VERSION } from 'vn-portal-kit/compliance';
 * INVENTORY_SCHEMA_VERSION //=> 1
 * ```
 */
export const INVENTORY_SCHEMA_VERSION = 1;

const MAX_TEXT = 100_000;
const MAX_NAME = 1_000;

const text = (max = MAX_TEXT) => z.string().max(max);
const name = () => z.string().min(1).max(MAX_NAME);

/** A civil date `'YYYY-MM-DD'` (Vietnamese, UTC+07:00). */
const civilDate = () =>
  z.string().max(10).refine(isCivilDate, { message: 'expected a civil date YYYY-MM-DD (UTC+07:00)' });

/** A civil date or an ISO 8601 date-time (without offset: Vietnamese local time). */
const dateTime = () =>
  z
    .string()
    .max(40)
    .refine((s) => toInstant(s).ok, { message: 'expected YYYY-MM-DD or an ISO 8601 date-time' });

/** A month `'YYYY-MM'`. */
const month = () => z.string().regex(/^\d{4}-(0[1-9]|1[0-2])$/, { message: 'expected a month YYYY-MM' });

/**
 * What kind of unit a portal (or a supplying unit) belongs to (the profiles' `PortalUnitKind`): `province`,
 * `district` and `commune` are People's Committees (UBND) of that tier; `department` is a provincial
 * department or agency (sở, ban, ngành); `ministry` a ministry or central agency.
 *
 * @example
 * ```ts
 * import { UNIT_KINDS } from 'vn-portal-kit/compliance';
 * UNIT_KINDS.includes('commune') //=> true
 * ```
 */
export const UNIT_KINDS = ['ministry', 'province', 'department', 'district', 'commune'] as const;

/**
 * One of {@link UNIT_KINDS}.
 *
 * @example
 * ```ts
 * import type { UnitKind } from 'vn-portal-kit/compliance';
 * const k: UnitKind = 'department';
 * k //=> 'department'
 * ```
 */
export type UnitKind = (typeof UNIT_KINDS)[number];

/**
 * A function a portal declares in its inventory: the profiles' {@link ProfileFeatureId} (one vocabulary,
 * `PORTAL_FEATURES` of `vn-portal-kit/profiles`).
 *
 * @example
 * ```ts
 * import type { PortalFeature } from 'vn-portal-kit/compliance';
 * const f: PortalFeature = 'rating';
 * f //=> 'rating'
 * ```
 */
export type PortalFeature = ProfileFeatureId;

/**
 * The zod schema of a portal's description: unit and level, host names, languages and features.
 *
 * @example
 * ```ts
 * import { InventoryPortalSchema } from 'vn-portal-kit/compliance';
 * InventoryPortalSchema.safeParse({ name: 'Cổng TTĐT tỉnh Vĩnh Phúc', unit: { name: 'Vĩnh Phúc', kind: 'province' } }).success //=> true
 * ```
 */
export const InventoryPortalSchema = z.object({
  /** Display name of the portal (Cổng thông tin điện tử …). */
  name: name(),
  /** The unit that owns the portal. */
  unit: z.object({
    name: name(),
    kind: z.enum(UNIT_KINDS),
    /** Administrative-unit code (mã đơn vị hành chính), if any. */
    code: z.string().max(20).optional(),
    /** Abbreviation used in host names (e.g. `sotttt`), if the unit has an official one. */
    abbreviation: z.string().max(63).optional(),
    /** Parent units, nearest first (e.g. the district, then the province of a commune). */
    parents: z
      .array(
        z.object({ name: name(), kind: z.enum(UNIT_KINDS), abbreviation: z.string().max(63).optional() }),
      )
      .max(5)
      .optional(),
  }),
  /** Host names in use, with what each serves. */
  hostnames: z
    .array(
      z.object({
        host: z.string().min(1).max(300),
        purpose: z.enum(['main', 'www', 'english', 'services', 'gazette', 'alias']).default('main'),
      }),
    )
    .max(100)
    .default([]),
  /** Languages the portal publishes in. */
  languages: z
    .array(z.enum(['vi', 'en']))
    .max(2)
    .default(['vi']),
  /** Which features the portal offers (`true`) or lacks (`false`). An absent feature is unknown. */
  features: z.partialRecord(z.enum(PORTAL_FEATURES), z.boolean()).default({}),
  /** The profile (regulation) the portal declares itself bound by, e.g. `'vinh-phuc-32-2023'`. */
  profileId: z.string().max(100).optional(),
  /** The audited period; operations and monthly quotas are checked inside it. */
  period: z.object({ from: civilDate(), to: civilDate().optional() }).optional(),
  /** People who may answer citizens' questions (the head of the agency or a delegate: TN-40-2012/14.3). */
  answerers: z
    .array(
      z.object({
        name: name(),
        role: z.string().min(1).max(100),
        /** For a delegate: who authorised them. */
        delegatedBy: z.string().max(MAX_NAME).optional(),
        from: civilDate().optional(),
        until: civilDate().optional(),
      }),
    )
    .max(10_000)
    .default([]),
  /** Units that must supply news every month (departments, districts, communes: TN-40-2012/8.3). */
  suppliers: z
    .array(z.object({ name: name(), kind: z.enum(UNIT_KINDS) }))
    .max(100_000)
    .default([]),
});

/**
 * The portal part of an inventory, as parsed by {@link InventoryPortalSchema}.
 *
 * @example
 * ```ts
 * import { InventoryPortalSchema, type InventoryPortal } from 'vn-portal-kit/compliance';
 * const p: InventoryPortal = InventoryPortalSchema.parse({ name: 'Cổng', unit: { name: 'Vĩnh Phúc', kind: 'province' } });
 * p.languages //=> ['vi']
 * ```
 */
export type InventoryPortal = z.infer<typeof InventoryPortalSchema>;

/**
 * The zod schema of one published content item: its category, its fields (validated against the category's
 * schema by the audit), the event that starts its publication deadline, its publication time and its
 * editorial approval.
 *
 * @example
 * ```ts
 * import { InventoryItemSchema } from 'vn-portal-kit/compliance';
 * const r = InventoryItemSchema.safeParse({ id: 'n1', category: 'news', title: 'Hội nghị', publishedAt: '2026-11-20T09:00' });
 * r.success && r.data.language //=> 'vi'
 * ```
 */
export const InventoryItemSchema = z.object({
  /** Stable id within the portal (the CMS id). */
  id: z.string().min(1).max(200),
  /** The mandated category the item belongs to. */
  category: z.enum(CATEGORY_IDS),
  /** Title as published. */
  title: text(5_000),
  /** Language of the item. */
  language: z.enum(['vi', 'en']).default('vi'),
  /** Address of the item on the portal. */
  url: z.string().max(2_000).optional(),
  /** The supplying unit (for monthly quotas and routing). */
  supplier: z.string().max(MAX_NAME).optional(),
  /**
   * The deadline variant inside the category, when a regulation distinguishes them: e.g. for legal documents
   * `'administrative'`, `'normative'`, `'emergency'`, `'effective-on-signing'` (VP-32-2023/6.2).
   */
  variant: z.string().max(100).optional(),
  /** What starts the publication deadline (an event, an approval, the issue of a document, …). */
  eventKind: z.enum(['event', 'approval', 'issue', 'acceptance', 'receipt', 'effect']).optional(),
  /** When that happened. */
  eventAt: dateTime().optional(),
  /** When the item went live on the portal. Absent: not published (yet). */
  publishedAt: dateTime().optional(),
  /** Last update. */
  updatedAt: dateTime().optional(),
  /** The author (who wrote or entered the item). */
  author: z.string().max(MAX_NAME).optional(),
  /** Source of a reused item (HG-1347-2020/3.3, VP-32-2023/4.4). */
  source: z.string().max(MAX_NAME).optional(),
  /**
   * Security classification, read by the shared normaliser (`normaliseClassification` of `vn-portal-kit/core`:
   * 'Mật', 'MAT', 'tối mật', 'secret', … → one of `none`, `mat`, `toi-mat`, `tuyet-mat`; absent → `none`); a mark
   * it does not recognise is an error, never read as public. Anything but `'none'` must never be published
   * (NX-2112-2022/7).
   */
  classification: z
    .string()
    .max(64)
    .optional()
    .transform((v, ctx): ClassificationMark => {
      const mark = classificationMark(v);
      if (mark !== null) return mark;
      ctx.addIssue({
        code: 'custom',
        message: 'unknown classification mark (expected none, Mật, Tối mật or Tuyệt mật, in any spelling)',
      });
      return z.NEVER;
    }),
  /** The editorial approval (who approved publication, in which role, when). */
  approval: z.object({ by: name(), role: z.string().min(1).max(100), at: dateTime() }).optional(),
  /** The category's own fields (validated by the audit against the category schema). */
  fields: z.record(z.string().max(200), z.unknown()).default({}),
});

/**
 * One content item of an inventory, as parsed by {@link InventoryItemSchema}.
 *
 * @example
 * ```ts
 * import { InventoryItemSchema, type InventoryItem } from 'vn-portal-kit/compliance';
 * const i: InventoryItem = InventoryItemSchema.parse({ id: 'n1', category: 'news', title: 'Tin' });
 * i.classification //=> 'none'
 * ```
 */
export type InventoryItem = z.infer<typeof InventoryItemSchema>;

/**
 * The zod schema of a citizen question or feedback case (hỏi đáp, phản ánh, kiến nghị).
 *
 * @example
 * ```ts
 * import { InventoryQaCaseSchema } from 'vn-portal-kit/compliance';
 * InventoryQaCaseSchema.safeParse({ id: 'q1', receivedAt: '2026-11-02T10:00' }).success //=> true
 * ```
 */
export const InventoryQaCaseSchema = z.object({
  id: z.string().min(1).max(200),
  /** When the question was received. */
  receivedAt: dateTime(),
  /**
   * Case type for the answer deadline, an id of the profile's Q&A kinds (e.g. own competence, cross-sector
   * coordination, special: TN-40-2012/14.4). Absent: the policy's default kind.
   */
  type: z.string().min(1).max(100).optional(),
  /** Out of the agency's scope: the asker must be told at once. */
  outOfScope: z.boolean().default(false),
  /** When the answer was given. */
  answeredAt: dateTime().optional(),
  /** Who answered: a name listed among the portal's answerers. */
  answeredBy: z.string().max(MAX_NAME).optional(),
  /** For special cases: the reply date promised to the asker. */
  appointmentOn: civilDate().optional(),
  /** Current status shown to the asker. */
  status: z
    .enum(['received', 'classified', 'assigned', 'forwarded', 'answered', 'published'])
    .default('received'),
  /** Whether the status history is visible to the asker online. */
  statusTracked: z.boolean().optional(),
});

/**
 * A citizen question or feedback case, as parsed by {@link InventoryQaCaseSchema}.
 *
 * @example
 * ```ts
 * import { InventoryQaCaseSchema, type InventoryQaCase } from 'vn-portal-kit/compliance';
 * const q: InventoryQaCase = InventoryQaCaseSchema.parse({ id: 'q1', receivedAt: '2026-11-02T10:00' });
 * q.status //=> 'received'
 * ```
 */
export type InventoryQaCase = z.infer<typeof InventoryQaCaseSchema>;

/**
 * The zod schema of a consultation on a draft (lấy ý kiến dự thảo, VP-32-2023/5.14).
 *
 * @example
 * ```ts
 * import { InventoryConsultationSchema } from 'vn-portal-kit/compliance';
 * InventoryConsultationSchema.safeParse({ id: 'c1', title: 'Dự thảo', openedOn: '2026-09-01', closesOn: '2026-10-31' }).success //=> true
 * ```
 */
export const InventoryConsultationSchema = z.object({
  id: z.string().min(1).max(200),
  title: text(5_000),
  /** When the draft went up for comment. */
  openedOn: civilDate(),
  /** The announced comment deadline. */
  closesOn: civilDate(),
  /** When comments were actually closed, if earlier or later than announced. */
  closedOn: civilDate().optional(),
  /** The functions of VP-32-2023/5.14.d that the consultation page offers. */
  fullText: z.boolean().optional(),
  showsComments: z.boolean().optional(),
  acceptsComments: z.boolean().optional(),
  contactEmail: z.string().max(320).optional(),
});

/**
 * A consultation on a draft, as parsed by {@link InventoryConsultationSchema}.
 *
 * @example
 * ```ts
 * import { InventoryConsultationSchema, type InventoryConsultation } from 'vn-portal-kit/compliance';
 * const c: InventoryConsultation = InventoryConsultationSchema.parse({ id: 'c1', title: 'Dự thảo', openedOn: '2026-09-01', closesOn: '2026-10-01' });
 * c.closesOn //=> '2026-10-01'
 * ```
 */
export type InventoryConsultation = z.infer<typeof InventoryConsultationSchema>;

/**
 * The zod schema of the operations logs: backups, reports sent, planned suspensions.
 *
 * @example
 * ```ts
 * import { InventoryOperationsSchema } from 'vn-portal-kit/compliance';
 * InventoryOperationsSchema.parse({}).backups //=> []
 * ```
 */
export const InventoryOperationsSchema = z.object({
  /** Completed backups. */
  backups: z
    .array(z.object({ at: dateTime(), scope: z.string().max(500).optional() }))
    .max(1_000_000)
    .default([]),
  /** Periodic reports sent to the supervising body. */
  reports: z
    .array(
      z.object({
        sentOn: civilDate(),
        period: z.string().max(100).optional(),
        to: z.string().max(MAX_NAME).optional(),
      }),
    )
    .max(100_000)
    .default([]),
  /** Planned suspensions of the portal, with when they were announced. */
  suspensions: z
    .array(
      z.object({
        id: z.string().max(200).optional(),
        announcedAt: dateTime().optional(),
        startsAt: dateTime(),
        expectedRestoreAt: dateTime().optional(),
      }),
    )
    .max(100_000)
    .default([]),
});

/**
 * Operations logs, as parsed by {@link InventoryOperationsSchema}.
 *
 * @example
 * ```ts
 * import { InventoryOperationsSchema, type InventoryOperations } from 'vn-portal-kit/compliance';
 * const o: InventoryOperations = InventoryOperationsSchema.parse({ reports: [{ sentOn: '2026-11-05' }] });
 * o.reports.length //=> 1
 * ```
 */
export type InventoryOperations = z.infer<typeof InventoryOperationsSchema>;

/**
 * The zod schema of a monthly news count of one supplying unit (TN-40-2012/8.3).
 *
 * @example
 * ```ts
 * import { InventoryNewsCountSchema } from 'vn-portal-kit/compliance';
 * InventoryNewsCountSchema.safeParse({ unit: 'Sở Tư pháp', unitKind: 'department', month: '2026-10', count: 2 }).success //=> true
 * ```
 */
export const InventoryNewsCountSchema = z.object({
  unit: name(),
  unitKind: z.enum(UNIT_KINDS),
  month: month(),
  count: z.number().int().min(0).max(1_000_000),
});

/**
 * A monthly news count, as parsed by {@link InventoryNewsCountSchema}.
 *
 * @example
 * ```ts
 * import type { InventoryNewsCount } from 'vn-portal-kit/compliance';
 * const n: InventoryNewsCount = { unit: 'Sở Tư pháp', unitKind: 'department', month: '2026-10', count: 2 };
 * n.count //=> 2
 * ```
 */
export type InventoryNewsCount = z.infer<typeof InventoryNewsCountSchema>;

/**
 * The zod schema of a whole portal inventory: what a vendor exports from its CMS for the audit. See
 * `docs/inventory-format.md`.
 *
 * @example
 * ```ts
 * import { InventorySchema } from 'vn-portal-kit/compliance';
 * const r = InventorySchema.safeParse({ schemaVersion: 1, portal: { name: 'Cổng xã', unit: { name: 'Đạo Trù', kind: 'commune' } } });
 * r.success && r.data.items.length //=> 0
 * ```
 */
export const InventorySchema = z.object({
  /** Format version: {@link INVENTORY_SCHEMA_VERSION}. */
  schemaVersion: z.literal(INVENTORY_SCHEMA_VERSION),
  portal: InventoryPortalSchema,
  items: z.array(InventoryItemSchema).default([]),
  qa: z.array(InventoryQaCaseSchema).max(1_000_000).default([]),
  consultations: z.array(InventoryConsultationSchema).max(100_000).default([]),
  operations: InventoryOperationsSchema.default({ backups: [], reports: [], suspensions: [] }),
  newsCounts: z.array(InventoryNewsCountSchema).max(1_000_000).default([]),
  /** A hash-chained editorial audit log (`vn-portal-kit/workflow`), verified when present. */
  auditLog: z.array(z.unknown()).max(10_000_000).optional(),
});

/**
 * A parsed portal inventory.
 *
 * @example
 * ```ts
 * import { InventorySchema, type Inventory } from 'vn-portal-kit/compliance';
 * const inv: Inventory = InventorySchema.parse({ schemaVersion: 1, portal: { name: 'P', unit: { name: 'U', kind: 'commune' } } });
 * inv.operations.backups //=> []
 * ```
 */
export type Inventory = z.infer<typeof InventorySchema>;

/**
 * What a caller may pass before parsing (dates as strings, defaults absent).
 *
 * @example
 * ```ts
 * import type { InventoryInput } from 'vn-portal-kit/compliance';
 * const input: InventoryInput = { schemaVersion: 1, portal: { name: 'P', unit: { name: 'U', kind: 'commune' } } };
 * input.items //=> undefined
 * ```
 */
export type InventoryInput = z.input<typeof InventorySchema>;

/**
 * The JSON Schema (draft 2020-12) of the inventory format, for vendors who do not use TypeScript.
 *
 * @example
 * ```ts
 * import { inventoryJsonSchema } from 'vn-portal-kit/compliance';
 * const schema = inventoryJsonSchema();
 * schema.type //=> 'object'
 * ```
 */
export function inventoryJsonSchema(): Record<string, unknown> {
  return z.toJSONSchema(InventorySchema, { io: 'input', unrepresentable: 'any' }) as Record<string, unknown>;
}
