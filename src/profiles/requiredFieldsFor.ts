import type { CategoryId } from '../categories/categoryIds.js';
import {
  type CategoryField,
  type CategoryFieldList,
  type CategoryVariantId,
  categoryById,
} from '../categories/index.js';
import { createIssue, err, localized, ok, type Result } from '../core/index.js';
import type { PortalUnitKind, Profile, ProfileCategoryRequirement } from './Profile.js';
import { getProfile } from './profiles.js';

/**
 * The fields a profile requires for one category on one kind of portal, with the provisions that list them.
 *
 * @example
 * ```ts
 * import { getProfile, requiredFieldsFor } from 'vn-portal-kit/profiles';
 * const r = requiredFieldsFor(getProfile('vinh-phuc-32-2023')!, 'projects');
 * r.ok && r.value.fieldLists.map((l) => l.citation.id) //=> ['VP-32-2023/5.8.b']
 * ```
 */
export interface ProfileFieldRequirement {
  readonly category: CategoryId;
  /** The variant the fields are for (`local-government` or `department`), when the category has variants. */
  readonly variant?: CategoryVariantId | undefined;
  /** The fields, in the category's order, with bilingual labels and citations (`vn-portal-kit/categories`). */
  readonly fields: readonly CategoryField[];
  /** The field lists of the provisions that were applied (empty: only the fields every regulation requires). */
  readonly fieldLists: readonly CategoryFieldList[];
  /** The profile's requirement entries for the category (appliesTo, mandatory, citation). */
  readonly requirements: readonly ProfileCategoryRequirement[];
}

/**
 * Options of {@link requiredFieldsFor}.
 *
 * @example
 * ```ts
 * import type { RequiredFieldsOptions } from 'vn-portal-kit/profiles';
 * const o: RequiredFieldsOptions = { unit: 'department' };
 * o.unit //=> 'department'
 * ```
 */
export interface RequiredFieldsOptions {
  /** The kind of portal: only requirements that apply to it count, and it picks the variant. */
  readonly unit?: PortalUnitKind | undefined;
  /** The variant, when `unit` does not decide it. */
  readonly variant?: CategoryVariantId | undefined;
  /**
   * Also answer for a category the profile does not require on that portal but whose fields its regulation
   * (or the national decree it rests on) lists, for an item the portal publishes anyway (e.g. the Q&A fields of
   * VP-32-2023/9.1.a). Default `false`.
   */
  readonly published?: boolean | undefined;
}

/**
 * Answers "which fields must this portal publish for this category, under which provision?": takes the
 * profile's requirements of the category (for the kind of portal), then the field lists of
 * `vn-portal-kit/categories` whose provision is the one the profile cites (e.g. VP-32-2023/5.8.b for projects),
 * else those of the same regulation, else those of the national decree it rests on; adds the fields every
 * regulation requires. Issue: `profiles.category-not-required` when the profile does not require the category
 * for that portal.
 *
 * @example
 * ```ts
 * import { getProfile, requiredFieldsFor } from 'vn-portal-kit/profiles';
 * const vp = getProfile('vinh-phuc-32-2023')!;
 * const docs = requiredFieldsFor(vp, 'legal-documents');
 * docs.ok && docs.value.fields.length //=> 7
 * const intro = requiredFieldsFor(vp, 'introduction', { unit: 'department' });
 * intro.ok && [intro.value.variant, intro.value.fieldLists[0]?.citation.id] //=> ['department', 'VP-32-2023/5.1.b']
 * requiredFieldsFor(vp, 'gazette', { unit: 'commune' }).issues[0]?.code //=> 'profiles.category-not-required'
 * const qa = requiredFieldsFor(vp, 'qa', { unit: 'province', published: true });
 * qa.ok && qa.value.fieldLists.map((l) => l.citation.id) //=> ['VP-32-2023/9.1.a']
 * ```
 */
export function requiredFieldsFor(
  profile: Profile,
  category: CategoryId,
  options: RequiredFieldsOptions = {},
): Result<ProfileFieldRequirement> {
  const definition = categoryById(category as string);
  const requirements = profile.categories.filter(
    (c) => c.category === category && (options.unit === undefined || c.appliesTo.includes(options.unit)),
  );
  const listedOnly = requirements.length === 0 && options.published === true;
  if (definition === undefined || (requirements.length === 0 && !listedOnly)) {
    return notRequired(profile, category, options.unit);
  }
  const variant: CategoryVariantId | undefined =
    definition.variants === undefined
      ? undefined
      : (options.variant ??
        (options.unit === 'department' || options.unit === 'ministry'
          ? 'department'
          : options.unit !== undefined
            ? 'local-government'
            : (pickVariant(requirements, definition.variants) ??
              (profile.level === 'national' ? undefined : 'local-government'))));
  const lists = definition.fieldLists.filter(
    (l) => l.variant === undefined || variant === undefined || l.variant === variant,
  );
  const cited = new Set(requirements.flatMap((r) => [r.citation.id, ...(r.via ? [r.via.id] : [])]));
  const basis = profile.nationalBasis ? getProfile(profile.nationalBasis.profileId)?.regulationId : undefined;
  const inRegulation = (reg: string | undefined) => (l: CategoryFieldList) =>
    reg !== undefined && l.citation.id.startsWith(`${reg}/`);
  let chosen = lists.filter((l) => cited.has(l.citation.id));
  if (chosen.length === 0) chosen = lists.filter(inRegulation(profile.regulationId));
  if (chosen.length === 0) chosen = lists.filter(inRegulation(basis));
  if (listedOnly && chosen.length === 0) return notRequired(profile, category, options.unit);
  const keys = new Set(chosen.flatMap((l) => l.fields));
  const fields = definition.fields.filter(
    (f) =>
      (f.required || keys.has(f.key)) &&
      (f.variants === undefined || variant === undefined || f.variants.includes(variant)),
  );
  return ok({ category, variant, fields, fieldLists: chosen, requirements });
}

function notRequired(
  profile: Profile,
  category: CategoryId,
  unit: PortalUnitKind | undefined,
): Result<ProfileFieldRequirement> {
  const where = unit === undefined ? '' : ` (${unit})`;
  return err([
    createIssue(
      'profiles.category-not-required',
      localized(
        `${profile.id} không yêu cầu nhóm thông tin ${String(category).slice(0, 60)}${where}`,
        `${profile.id} does not require ${String(category).slice(0, 60)}${where}`,
      ),
      { path: ['category'], details: { unit } },
    ),
  ]);
}

function pickVariant(
  requirements: readonly ProfileCategoryRequirement[],
  variants: readonly CategoryVariantId[],
): CategoryVariantId | undefined {
  for (const r of requirements) {
    if (r.variant !== undefined && (variants as readonly string[]).includes(r.variant))
      return r.variant as CategoryVariantId;
  }
  return undefined;
}
