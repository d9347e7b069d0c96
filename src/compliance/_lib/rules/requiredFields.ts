import type { CategoryId } from '../../../categories/categoryIds.js';
import { type CategoryDefinition, categoryById, validateCategoryItem } from '../../../categories/index.js';
import type { Citation } from '../../../core/index.js';
import type { PolicyFieldRequirement } from '../../AuditPolicy.js';
import { defineRule } from '../../defineRule.js';

/** Number-symbols are checked by `documents.number`, not twice. */
const NUMBER_FIELDS: ReadonlySet<string> = new Set(['numberSymbol', 'documentNumber']);

/** What the rule needs of one category, resolved once per audit run. */
interface Binding {
  readonly def: CategoryDefinition;
  readonly requirement: PolicyFieldRequirement;
  /** The provisions whose field lists bind (`requiredBy` of `validateCategoryItem`). */
  readonly requiredBy: readonly string[];
  /** The provision that requires each listed field. */
  readonly listed: ReadonlyMap<string, Citation>;
  /** The listed fields the schema does not itself require (their absence is the lists' finding). */
  readonly listedOptional: readonly string[];
}

/**
 * `fields.required`: every published item of a category the profile requires on this kind of portal carries
 * the fields the profile's provisions list for it, and is valid by the category's schema: exactly the verdict
 * of `validateCategoryItem(category, item, { requiredBy })` of `vn-portal-kit/categories` with the field lists
 * `requiredFieldsFor` of `vn-portal-kit/profiles` chose (e.g. the seven fields of a legal document,
 * VP-32-2023/5.5; the project fields of VP-32-2023/5.8.b). Each finding cites the profile's provision: the
 * field list that names the field, else the provision that requires the category. Items of a category the
 * profile does not require on this kind of portal are not checked here (no provision of the profile binds
 * their fields). Invalid number-symbols are left to `documents.number`.
 */
export const requiredFieldsRule = defineRule({
  id: 'fields.required',
  title: { vi: 'Tin bài có đủ các trường bắt buộc, hợp lệ', en: 'Items carry every required field, validly' },
  severity: 'error',
  create(ctx) {
    const kind = ctx.inventory.portal.unit.kind;
    const bindings = new Map<CategoryId, Binding | null>();
    const bindingOf = (category: CategoryId): Binding | null => {
      let b = bindings.get(category);
      if (b === undefined) {
        const def = categoryById(category);
        const requirement = ctx.policy.requiredFields.find(
          (r) => r.category === category && r.unitKind === kind,
        );
        if (!def || !requirement) b = null;
        else {
          const listed = new Map<string, Citation>();
          for (const l of requirement.fieldLists)
            for (const f of l.fields) if (!listed.has(f)) listed.set(f, l.citation);
          const listedOptional = [...listed.keys()].filter(
            (k) => !def.fields.some((f) => f.key === k && f.required),
          );
          b = {
            def,
            requirement,
            requiredBy: requirement.fieldLists.map((l) => l.citation.id),
            listed,
            listedOptional,
          };
        }
        bindings.set(category, b);
      }
      return b;
    };
    return {
      item(item, index) {
        if (item.publishedAt === undefined) return;
        const b = bindingOf(item.category);
        if (!b) return;
        const input: Record<string, unknown> = { ...item.fields, title: item.title };
        // Most items are valid: the schema alone proves it when no listed field is missing.
        if (b.def.schema.safeParse(input).success && !missingListed(b, input)) return;
        const r = validateCategoryItem(item.category, input, { requiredBy: b.requiredBy });
        let reported = 0;
        for (const issue of r.issues) {
          if (issue.severity !== 'error') continue;
          const key = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
          // A number-symbol that is there but malformed is `documents.number`'s finding; a missing one is ours.
          if (key !== undefined && NUMBER_FIELDS.has(key) && typeof input[key] === 'string') continue;
          if (++reported > 5) break;
          const field = b.def.fields.find((f) => f.key === key);
          const label = field?.label ?? { vi: key ?? 'tin bài', en: key ?? 'item' };
          const missing = issue.code === 'category.field-required';
          const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
          ctx.report({
            message: missing
              ? {
                  vi: `Thiếu trường bắt buộc "${label.vi}" (${key})`,
                  en: `Required field "${label.en}" (${key}) is missing`,
                }
              : {
                  vi: `Trường "${label.vi}" không hợp lệ: ${issue.message.vi}`,
                  en: `Field "${label.en}" is invalid: ${issue.message.en}`,
                },
            citation: (key !== undefined ? b.listed.get(key) : undefined) ?? b.requirement.citation,
            location: {
              category: item.category,
              item: item.id,
              field: key === 'title' ? 'title' : `fields.${path.join('.')}`,
              path: key === 'title' ? ['items', index, 'title'] : ['items', index, 'fields', ...path],
            },
            evidence: { code: issue.code, field: path.join('.') },
            remediation: missing
              ? { vi: `Bổ sung "${label.vi}" cho tin bài`, en: `Add the "${label.en}" of the item` }
              : {
                  vi: `Sửa trường "${label.vi}" theo đúng định dạng`,
                  en: `Correct the "${label.en}" field`,
                },
          });
        }
      },
    };
  },
});

/**
 * Whether a field the lists name, and the schema does not itself require, is absent (as `validateCategoryItem`
 * judges it: the schema-required fields are enforced by the schema, in the shapes that have them).
 */
function missingListed(b: Binding, input: Record<string, unknown>): boolean {
  for (const key of b.listedOptional) if (input[key] === undefined) return true;
  return false;
}
