import * as z from 'zod/mini';
import type { Citation, LocalizedText } from '../core/index.js';

// zod/mini (functional, tree-shakable) keeps this subpath small; messages are built in defineRoyaltyRegime.
const IdSchema = /* @__PURE__ */ (() => z.string().check(z.regex(/^[a-z0-9][a-z0-9-]{0,63}$/)))();
const LocalizedTextSchema = /* @__PURE__ */ (() =>
  z.object({
    vi: z.string().check(z.minLength(1), z.maxLength(500)),
    en: z.string().check(z.minLength(1), z.maxLength(500)),
  }))();
const CitationSchema = /* @__PURE__ */ (() =>
  z.object({
    id: z.string().check(z.minLength(1), z.maxLength(200)),
    note: z.optional(z.string().check(z.maxLength(2000))),
  }))();
const CoefficientSchema = /* @__PURE__ */ (() => z.number().check(z.minimum(0), z.maximum(1_000_000)))();
const PercentSchema = /* @__PURE__ */ (() => z.number().check(z.minimum(0), z.maximum(10_000)))();
const GroupSchema = /* @__PURE__ */ (() => z.int().check(z.minimum(1), z.maximum(999)))();
const CivilDateSchema = /* @__PURE__ */ (() =>
  z.string().check(z.regex(/^\d{4}-(0[1-9]|1[0-2])-(0[1-9]|[12]\d|3[01])$/)))();

type Ctx = Parameters<Parameters<typeof z.superRefine>[0]>[1];
function custom(ctx: Ctx, path: (string | number)[], vi: string, en: string): void {
  ctx.addIssue({ code: 'custom', message: en, path, params: { vi, en } });
}
function uniqueIds(ctx: Ctx, list: readonly { id: string }[] | undefined, key: string): void {
  const seen = new Set<string>();
  list?.forEach((item, i) => {
    if (seen.has(item.id)) {
      custom(ctx, [key, i, 'id'], `Mã "${item.id}" bị trùng`, `Duplicate id "${item.id}"`);
    }
    seen.add(item.id);
  });
}

const GradeSchema = /* @__PURE__ */ (() =>
  z.object({
    id: z.string().check(z.minLength(1), z.maxLength(40)),
    name: z.optional(LocalizedTextSchema),
    coefficient: CoefficientSchema,
  }))();

const GenreSchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: IdSchema,
      name: LocalizedTextSchema,
      unit: z.enum(['item', 'length']),
      lengthUnit: z.optional(LocalizedTextSchema),
      min: z.optional(CoefficientSchema),
      max: z.optional(CoefficientSchema),
      default: z.optional(CoefficientSchema),
      grades: z.optional(z.array(GradeSchema).check(z.maxLength(20))),
      group: z.optional(GroupSchema),
      citation: CitationSchema,
      note: z.optional(LocalizedTextSchema),
    })
    .check(
      z.superRefine((g, ctx) => {
        if (g.min !== undefined && g.max !== undefined && g.min > g.max) {
          custom(
            ctx,
            ['min'],
            `Hệ số tối thiểu ${g.min} lớn hơn tối đa ${g.max}`,
            `min ${g.min} exceeds max ${g.max}`,
          );
        }
        if (
          g.default !== undefined &&
          ((g.min !== undefined && g.default < g.min) || (g.max !== undefined && g.default > g.max))
        ) {
          custom(
            ctx,
            ['default'],
            'Hệ số mặc định nằm ngoài khung',
            'default coefficient outside [min, max]',
          );
        }
        if (g.unit === 'length' && (g.grades === undefined || g.grades.length === 0)) {
          custom(
            ctx,
            ['grades'],
            'Thể loại tính theo độ dài cần bảng hệ số theo loại (A, B, C…)',
            'a per-length genre needs grades',
          );
        }
        if (g.unit === 'length' && g.lengthUnit === undefined) {
          custom(
            ctx,
            ['lengthUnit'],
            'Thể loại tính theo độ dài cần đơn vị độ dài',
            'a per-length genre needs a lengthUnit',
          );
        }
        uniqueIds(ctx, g.grades, 'grades');
      }),
    ))();

const ModifierSchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: IdSchema,
      name: LocalizedTextSchema,
      kind: z.enum(['share', 'surcharge']),
      min: PercentSchema,
      max: PercentSchema,
      default: z.optional(PercentSchema),
      citation: CitationSchema,
    })
    .check(
      z.superRefine((m, ctx) => {
        if (m.min > m.max) custom(ctx, ['min'], 'Tỷ lệ tối thiểu lớn hơn tối đa', 'min percent exceeds max');
        if (m.default !== undefined && (m.default < m.min || m.default > m.max)) {
          custom(ctx, ['default'], 'Tỷ lệ mặc định nằm ngoài khung', 'default percent outside [min, max]');
        }
      }),
    ))();

const SiteSchema = /* @__PURE__ */ (() =>
  z.object({
    id: IdSchema,
    name: LocalizedTextSchema,
    share: z.number().check(z.minimum(0), z.maximum(100)),
    citation: CitationSchema,
  }))();

const CapGroupSchema = /* @__PURE__ */ (() =>
  z.object({ group: GroupSchema, max: CoefficientSchema, name: LocalizedTextSchema }))();

const DecisionSchema = /* @__PURE__ */ (() =>
  z
    .object({
      number: z.string().check(z.minLength(1), z.maxLength(100)),
      signedOn: z.optional(CivilDateSchema),
      effectiveFrom: CivilDateSchema,
      effectiveTo: z.optional(CivilDateSchema),
      basis: CitationSchema,
    })
    .check(
      z.superRefine((d, ctx) => {
        if (d.effectiveTo !== undefined && d.effectiveTo < d.effectiveFrom) {
          custom(
            ctx,
            ['effectiveTo'],
            'Ngày hết hiệu lực trước ngày có hiệu lực',
            'effectiveTo is before effectiveFrom',
          );
        }
        if (d.signedOn !== undefined && d.signedOn > d.effectiveFrom) {
          custom(ctx, ['signedOn'], 'Ngày ký sau ngày có hiệu lực', 'signedOn is after effectiveFrom');
        }
      }),
    ))();

const IncentiveGroundSchema = /* @__PURE__ */ (() =>
  z.object({
    id: IdSchema,
    name: LocalizedTextSchema,
    maxPercentOfProfit: z.optional(PercentSchema),
    citation: CitationSchema,
  }))();

const CapSchema = /* @__PURE__ */ (() =>
  z.object({
    id: IdSchema,
    name: LocalizedTextSchema,
    groups: z.array(CapGroupSchema).check(z.minLength(1), z.maxLength(200)),
    citation: CitationSchema,
  }))();

const RoleSchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: IdSchema,
      name: LocalizedTextSchema,
      min: z.optional(CoefficientSchema),
      max: z.optional(CoefficientSchema),
      citation: CitationSchema,
    })
    .check(
      z.superRefine((r, ctx) => {
        if (r.min !== undefined && r.max !== undefined && r.min > r.max) {
          custom(ctx, ['min'], 'Hệ số tối thiểu lớn hơn tối đa', 'min exceeds max');
        }
      }),
    ))();

/**
 * The zod schema (zod/mini) of a royalty regime (chế độ nhuận bút): a genre table, the unit value as a share of
 * the base salary, adjustment modifiers, sub-site shares, the cap regime (group maxima) and remuneration roles. Use
 * {@link defineRoyaltyRegime} to validate a table and get coded bilingual issues instead of zod errors.
 *
 * @see ND-18-2014/7.1, ND-18-2014/7.2, ND-18-2014/7.4
 * @example
 * ```ts
 * import { RoyaltyRegimeSchema, ND18_2014_REGIME } from 'vn-portal-kit/royalty';
 * RoyaltyRegimeSchema.safeParse(ND18_2014_REGIME).success //=> true
 * RoyaltyRegimeSchema.safeParse({ id: 'x' }).success //=> false
 * ```
 */
export const RoyaltyRegimeSchema = /* @__PURE__ */ (() =>
  z
    .object({
      id: IdSchema,
      name: LocalizedTextSchema,
      citation: CitationSchema,
      inForceFrom: z.optional(CivilDateSchema),
      inForceTo: z.optional(CivilDateSchema),
      unitShare: z.number().check(z.gt(0), z.maximum(1000)),
      unitShareCitation: CitationSchema,
      genres: z.array(GenreSchema).check(z.minLength(1), z.maxLength(500)),
      modifiers: z._default(z.array(ModifierSchema).check(z.maxLength(100)), []),
      sites: z._default(z.array(SiteSchema).check(z.maxLength(100)), []),
      cap: z.optional(z.nullable(CapSchema)),
      remunerationRoles: z._default(z.array(RoleSchema).check(z.maxLength(100)), []),
      note: z.optional(LocalizedTextSchema),
      legalBasis: z.optional(z.enum(['nd18-2014', 'nd287-2026'])),
      amountSource: z.optional(z.enum(['table', 'contract'])),
      decision: z.optional(DecisionSchema),
      incentiveGrounds: z._default(z.array(IncentiveGroundSchema).check(z.maxLength(50)), []),
    })
    .check(
      z.superRefine((r, ctx) => {
        uniqueIds(ctx, r.genres, 'genres');
        uniqueIds(ctx, r.modifiers, 'modifiers');
        uniqueIds(ctx, r.sites, 'sites');
        uniqueIds(ctx, r.remunerationRoles, 'remunerationRoles');
        if (r.inForceFrom !== undefined && r.inForceTo !== undefined && r.inForceTo < r.inForceFrom) {
          custom(
            ctx,
            ['inForceTo'],
            'Ngày hết hiệu lực trước ngày có hiệu lực',
            'inForceTo is before inForceFrom',
          );
        }
        // ND 287/2026 Art. 21.2: ministers and provincial chairs set the rate tables. A table made under it is
        // entered with the decision that issues it (number, dates) and that basis.
        if (r.legalBasis === 'nd287-2026' && r.amountSource !== 'contract') {
          if (r.decision === undefined) {
            custom(
              ctx,
              ['decision'],
              'Bảng tiền bản quyền theo Nghị định 287/2026 cần quyết định ban hành (số, ngày, căn cứ Điều 21.2)',
              'a table under Decree 287/2026 needs the decision that issues it (number, dates, Art. 21.2 basis)',
            );
          } else if (!r.decision.basis.id.startsWith('ND-287-2026/21.2')) {
            custom(
              ctx,
              ['decision', 'basis'],
              'Căn cứ của bảng phải là ND-287-2026/21.2 (thẩm quyền ban hành bảng)',
              'the basis of the table must be ND-287-2026/21.2 (power to set the table)',
            );
          }
        }
        if (r.legalBasis === 'nd18-2014' && r.incentiveGrounds.length > 0) {
          custom(
            ctx,
            ['incentiveGrounds'],
            'Nhuận bút khuyến khích theo Điều 3.3 chỉ có ở Nghị định 287/2026',
            'Art. 3.3 incentive royalties exist only under Decree 287/2026',
          );
        }
        if (r.cap) {
          const groups = new Set(r.cap.groups.map((g) => g.group));
          r.genres.forEach((g, i) => {
            if (g.group === undefined) {
              custom(
                ctx,
                ['genres', i, 'group'],
                `Thể loại "${g.id}" cần nhóm để áp mức trần`,
                `genre "${g.id}" needs a cap group`,
              );
            } else if (!groups.has(g.group)) {
              custom(
                ctx,
                ['genres', i, 'group'],
                `Nhóm ${g.group} không có trong bảng mức trần`,
                `group ${g.group} is not in the cap table`,
              );
            }
          });
        }
      }),
    ))();

/**
 * A grade (loại A, B, C…) of a genre, with its coefficient (per item, or per length unit for per-length genres).
 *
 * @example
 * ```ts
 * import type { RoyaltyGrade } from 'vn-portal-kit/royalty';
 * const a: RoyaltyGrade = { id: 'A', coefficient: 0.7 };
 * a.coefficient //=> 0.7
 * ```
 */
export interface RoyaltyGrade {
  /** Grade id, e.g. `'A'`. */
  readonly id: string;
  /** Display name. */
  readonly name?: LocalizedText;
  /** Coefficient of the grade (per item or per length unit). */
  readonly coefficient: number;
}

/**
 * One row of a regime's genre table (thể loại): per item, or per length unit with grades.
 *
 * @example
 * ```ts
 * import { ND18_2014_REGIME } from 'vn-portal-kit/royalty';
 * ND18_2014_REGIME.genres[0].group //=> 1
 * ```
 */
export interface RoyaltyGenre {
  /** Stable id, e.g. `'tin'`, `'tin-co-anh'`. */
  readonly id: string;
  /** Name in Vietnamese and English. */
  readonly name: LocalizedText;
  /** `'item'`: the coefficient is per work; `'length'`: grade coefficient × length units. */
  readonly unit: 'item' | 'length';
  /** The length unit of a per-length genre (e.g. half an A4 page). */
  readonly lengthUnit?: LocalizedText;
  /** Lowest coefficient (absent: 0). */
  readonly min?: number;
  /** Highest coefficient (absent: only the cap group's maximum applies). */
  readonly max?: number;
  /** Coefficient used when the caller gives none (a fixed-rate genre has min = max = default). */
  readonly default?: number;
  /** Grades (A, B, C…) and their coefficients. */
  readonly grades?: readonly RoyaltyGrade[];
  /** Group of the cap table (ND 18/2014 Art. 7.1 groups 1–8). */
  readonly group?: number;
  /** Where the row comes from. */
  readonly citation: Citation;
  /** A remark (e.g. how the library reads the row). */
  readonly note?: LocalizedText;
}

/**
 * An adjustment of ND 18/2014 Art. 7.4: `share` (the work earns a percentage of the genre's royalty, e.g. a
 * translation 40–65 %) or `surcharge` (a percentage is added, e.g. works for children +10–20 %).
 *
 * @example
 * ```ts
 * import { ND18_2014_MODIFIERS } from 'vn-portal-kit/royalty';
 * ND18_2014_MODIFIERS.find((m) => m.id === 'translation')?.max //=> 65
 * ```
 */
export interface RoyaltyModifier {
  /** Stable id, e.g. `'translation'`. */
  readonly id: string;
  /** Name in Vietnamese and English. */
  readonly name: LocalizedText;
  /** `share` multiplies the royalty; `surcharge` adds a percentage of it. */
  readonly kind: 'share' | 'surcharge';
  /** Lowest percentage. */
  readonly min: number;
  /** Highest percentage. */
  readonly max: number;
  /** Percentage used when the caller gives none (absent: `min`). */
  readonly default?: number;
  /** Where it comes from. */
  readonly citation: Citation;
}

/**
 * A site kind and the share of the main-portal royalty it pays (e.g. Ninh Thuận department sites: 20 %).
 *
 * @example
 * ```ts
 * import { NINH_THUAN_23_2020_REGIME } from 'vn-portal-kit/royalty';
 * NINH_THUAN_23_2020_REGIME.sites.find((s) => s.id === 'department')?.share //=> 20
 * ```
 */
export interface RoyaltySite {
  /** Stable id, e.g. `'portal'`, `'department'`, `'district'`. */
  readonly id: string;
  /** Name in Vietnamese and English. */
  readonly name: LocalizedText;
  /** Percentage of the main-portal royalty (0–100). */
  readonly share: number;
  /** Where it comes from. */
  readonly citation: Citation;
}

/**
 * One group of a cap table, with its maximum coefficient.
 *
 * @example
 * ```ts
 * import { ND18_2014_CAP } from 'vn-portal-kit/royalty';
 * ND18_2014_CAP.groups.find((g) => g.group === 8)?.max //=> 50
 * ```
 */
export interface RoyaltyCapGroup {
  /** Group number. */
  readonly group: number;
  /** Highest coefficient of the group. */
  readonly max: number;
  /** The genres of the group. */
  readonly name: LocalizedText;
}

/**
 * A cap regime: group maxima every coefficient is clamped to (ND 18/2014 Art. 7.1).
 *
 * @example
 * ```ts
 * import { ND18_2014_CAP } from 'vn-portal-kit/royalty';
 * ND18_2014_CAP.citation.id //=> 'ND-18-2014/7.1'
 * ```
 */
export interface RoyaltyCap {
  /** Stable id. */
  readonly id: string;
  /** Name. */
  readonly name: LocalizedText;
  /** The groups and their maxima. */
  readonly groups: readonly RoyaltyCapGroup[];
  /** Where it comes from. */
  readonly citation: Citation;
}

/**
 * A role paid remuneration (thù lao) under ND 18/2014 Art. 6, with an optional coefficient range.
 *
 * @example
 * ```ts
 * import { ND18_2014_REGIME } from 'vn-portal-kit/royalty';
 * ND18_2014_REGIME.remunerationRoles.map((r) => r.id).includes('editor') //=> true
 * ```
 */
export interface RemunerationRole {
  /** Stable id, e.g. `'editor'`. */
  readonly id: string;
  /** Name in Vietnamese and English. */
  readonly name: LocalizedText;
  /** Lowest coefficient. */
  readonly min?: number;
  /** Highest coefficient. */
  readonly max?: number;
  /** Where it comes from. */
  readonly citation: Citation;
}

/**
 * A validated royalty regime (the output of {@link RoyaltyRegimeSchema}): everything a province or agency
 * decides, as data.
 *
 * @example
 * ```ts
 * import { ND18_2014_REGIME } from 'vn-portal-kit/royalty';
 * ND18_2014_REGIME.unitShare //=> 10
 * ```
 */
export interface RoyaltyRegime {
  /** Stable id, e.g. `'nd18-2014'`. */
  readonly id: string;
  /** Name in Vietnamese and English. */
  readonly name: LocalizedText;
  /** The regulation. */
  readonly citation: Citation;
  /** First day in force (a warning is given for earlier publications). */
  readonly inForceFrom?: string;
  /** Last day in force. */
  readonly inForceTo?: string;
  /** One coefficient unit as a percentage of the base salary (ND 18/2014: 10). */
  readonly unitShare: number;
  /** Where the unit share comes from (`ND-18-2014/7.2`). */
  readonly unitShareCitation: Citation;
  /** The genre table. */
  readonly genres: readonly RoyaltyGenre[];
  /** Adjustments (Art. 7.4). */
  readonly modifiers: readonly RoyaltyModifier[];
  /** Site kinds and their shares. */
  readonly sites: readonly RoyaltySite[];
  /** Group maxima every coefficient is clamped to; `null`: none (the input default is ND 18/2014's). */
  readonly cap?: RoyaltyCap | null;
  /** Remuneration roles (Art. 6). */
  readonly remunerationRoles: readonly RemunerationRole[];
  /** A remark. */
  readonly note?: LocalizedText;
  /**
   * The national rule the table rests on: `'nd18-2014'` (a coefficient table under Decree 18/2014, which ceased
   * to have effect on 2026-09-01) or `'nd287-2026'` (a table set under Decree 287/2026 Art. 21.2). Absent: a
   * table of its own standing (no lapse check).
   */
  readonly legalBasis?: 'nd18-2014' | 'nd287-2026';
  /**
   * Where the amount comes from: `'table'` (coefficient × unit value, the default) or `'contract'` (the
   * order/contract amount the caller gives: Decree 287/2026 Art. 3.1, 14.1).
   */
  readonly amountSource?: 'table' | 'contract';
  /** The decision that issues the table (required for a `'nd287-2026'` table). */
  readonly decision?: RoyaltyDecision;
  /** Grounds for an incentive royalty (Decree 287/2026 Art. 3.3). */
  readonly incentiveGrounds: readonly RoyaltyIncentiveGround[];
}

/**
 * The decision that issues an agency's or a province's table: its number, dates and legal basis
 * (Decree 287/2026 Art. 21.2 for tables from 2026-09-01).
 *
 * @example
 * ```ts
 * import type { RoyaltyDecision } from 'vn-portal-kit/royalty';
 * const d: RoyaltyDecision = { number: '12/2026/QĐ-UBND', effectiveFrom: '2026-10-01', basis: { id: 'ND-287-2026/21.2' } };
 * d.basis.id //=> 'ND-287-2026/21.2'
 * ```
 */
export interface RoyaltyDecision {
  /** Number and symbol, e.g. `'12/2026/QĐ-UBND'`. */
  readonly number: string;
  /** Signing date. */
  readonly signedOn?: string;
  /** First day in force. */
  readonly effectiveFrom: string;
  /** Last day in force. */
  readonly effectiveTo?: string;
  /** The power it is made under (`ND-287-2026/21.2`). */
  readonly basis: Citation;
}

/**
 * A ground for an incentive royalty (tiền bản quyền khuyến khích, Decree 287/2026 Art. 3.3).
 *
 * @example
 * ```ts
 * import { ND287_2026_INCENTIVE_GROUNDS } from 'vn-portal-kit/royalty';
 * ND287_2026_INCENTIVE_GROUNDS.map((g) => g.id).includes('investigative-reportage') //=> true
 * ```
 */
export interface RoyaltyIncentiveGround {
  /** Stable id. */
  readonly id: string;
  /** Name. */
  readonly name: LocalizedText;
  /** For a share of the State's profit (Art. 3.3.c): the highest percentage. */
  readonly maxPercentOfProfit?: number;
  /** Where it comes from. */
  readonly citation: Citation;
}

/**
 * What {@link defineRoyaltyRegime} accepts: a {@link RoyaltyRegime} whose lists of modifiers, sites and roles may
 * be omitted (empty), and whose `cap` defaults to {@link ND18_2014_CAP}.
 *
 * @example
 * ```ts
 * import type { RoyaltyRegimeInput } from 'vn-portal-kit/royalty';
 * const input: Partial<RoyaltyRegimeInput> = { id: 'vinh-phuc-37-2020', unitShare: 10 };
 * input.unitShare //=> 10
 * ```
 */
export interface RoyaltyRegimeInput
  extends Omit<RoyaltyRegime, 'modifiers' | 'sites' | 'remunerationRoles' | 'cap' | 'incentiveGrounds'> {
  /** Incentive grounds (default none). */
  readonly incentiveGrounds?: readonly RoyaltyIncentiveGround[];
  /** Adjustments (default none). */
  readonly modifiers?: readonly RoyaltyModifier[];
  /** Site kinds (default none). */
  readonly sites?: readonly RoyaltySite[];
  /** Remuneration roles (default none). */
  readonly remunerationRoles?: readonly RemunerationRole[];
  /** Cap regime; absent: ND 18/2014 group maxima (none for a `'nd287-2026'` table); `null`: no cap. */
  readonly cap?: RoyaltyCap | null;
}
