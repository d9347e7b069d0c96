import type { CategoryId } from '../../../categories/categoryIds.js';
import { type CategoryDefinition, type CategoryFieldList, categoryById } from '../../../categories/index.js';
import type { Citation } from '../../../core/index.js';
import type { AuditPolicy } from '../../AuditPolicy.js';
import { defineRule } from '../../defineRule.js';
import type { UnitKind } from '../../InventorySchema.js';
import { type FastSchemaValid, fastSchemaValid } from '../fastSchemaValid.js';

/** The field lists that bind a portal under a policy: its regulation's, else its national basis', else all. */
function bindingLists(def: CategoryDefinition, policy: AuditPolicy, variant: string): CategoryFieldList[] {
  const applicable = def.fieldLists.filter((l) => l.variant === undefined || l.variant === variant);
  const prefixes = [
    policy.regulationId,
    policy.nationalBasis?.profileId ? nationalRegulation(policy) : undefined,
  ].filter((p): p is string => p !== undefined);
  for (const prefix of prefixes) {
    const own = applicable.filter((l) => l.citation.id.startsWith(`${prefix}/`));
    if (own.length > 0) return own;
  }
  return applicable;
}

/** `'nd42-2022'` → `'ND-42-2022'`. */
function nationalRegulation(policy: AuditPolicy): string | undefined {
  const m = /^nd(\d+)-(\d{4})$/.exec(policy.nationalBasis?.profileId ?? '');
  return m ? `ND-${m[1]}-${m[2]}` : undefined;
}

/** Number-symbols are checked by `documents.number`, not twice. */
const NUMBER_FIELDS: ReadonlySet<string> = new Set(['numberSymbol', 'documentNumber']);

const isEmpty = (v: unknown): boolean =>
  v === undefined ||
  v === null ||
  (typeof v === 'string' && v.trim() === '') ||
  (Array.isArray(v) && v.length === 0);

function variantOf(kind: UnitKind): string {
  return kind === 'department' || kind === 'ministry' ? 'department' : 'local-government';
}

/**
 * `fields.required`: every published item carries the fields its category's list requires under the
 * profile's regulation (e.g. the seven fields of a legal document, VP-32-2023/5.5 and ND-42-2022/4.1.a; the
 * project fields of VP-32-2023/5.8.b), and every field present is valid by the category's zod schema
 * (`vn-portal-kit/categories`; dates, e-mails, number-symbols, cross-field checks).
 */
export const requiredFieldsRule = defineRule({
  id: 'fields.required',
  title: { vi: 'Tin bài có đủ các trường bắt buộc, hợp lệ', en: 'Items carry every required field, validly' },
  severity: 'error',
  create(ctx) {
    const variant = variantOf(ctx.inventory.portal.unit.kind);
    const cache = new Map<
      CategoryId,
      {
        def: CategoryDefinition;
        required: Map<string, Citation>;
        /** The same, as a list (iterating a Map allocates an entry per key). */
        requiredList: readonly { readonly key: string; readonly citation: Citation }[];
        fast: FastSchemaValid;
      } | null
    >();
    const lookup = (category: CategoryId) => {
      let entry = cache.get(category);
      if (entry === undefined) {
        const def = categoryById(category);
        if (!def) entry = null;
        else {
          const required = new Map<string, Citation>();
          for (const list of bindingLists(def, ctx.policy, variant)) {
            for (const f of list.fields) if (!required.has(f)) required.set(f, list.citation);
          }
          const requiredList = [...required].map(([key, citation]) => ({ key, citation }));
          entry = { def, required, requiredList, fast: fastSchemaValid(def.schema) };
        }
        cache.set(category, entry);
      }
      return entry;
    };
    return {
      item(item, index) {
        if (item.publishedAt === undefined) return;
        const entry = lookup(item.category);
        if (!entry) return;
        let missing: Set<string> | undefined;
        for (const { key, citation } of entry.requiredList) {
          if (key === 'title' ? !isEmpty(item.title) : !isEmpty(item.fields[key])) continue;
          missing ??= new Set<string>();
          missing.add(key);
          const label = entry.def.fields.find((f) => f.key === key)?.label ?? { vi: key, en: key };
          ctx.report({
            message: {
              vi: `Thiếu trường bắt buộc "${label.vi}" (${key})`,
              en: `Required field "${label.en}" (${key}) is missing`,
            },
            citation,
            location: {
              category: item.category,
              item: item.id,
              field: `fields.${key}`,
              path: ['items', index, 'fields', key],
            },
            evidence: { field: key },
            remediation: {
              vi: `Bổ sung "${label.vi}" cho tin bài`,
              en: `Add the "${label.en}" of the item`,
            },
          });
        }
        // Most items are valid: a field-by-field test with remembered verdicts proves it cheaply; the full
        // parse (which also yields the issues) runs only when that test cannot.
        if (entry.fast.test(item.fields, item.title)) return;
        const parsed = entry.def.schema.safeParse({ ...item.fields, title: item.title });
        if (parsed.success) return;
        let reported = 0;
        for (const issue of parsed.error.issues) {
          const key = typeof issue.path[0] === 'string' ? issue.path[0] : undefined;
          if (key !== undefined && (missing?.has(key) === true || NUMBER_FIELDS.has(key))) continue;
          if (key !== undefined && !(key in item.fields) && key !== 'title' && !entry.required.has(key))
            continue;
          if (++reported > 5) break;
          const label = entry.def.fields.find((f) => f.key === key)?.label ?? {
            vi: key ?? 'tin bài',
            en: key ?? 'item',
          };
          const path = issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p));
          ctx.report({
            message: {
              vi: `Trường "${label.vi}" không hợp lệ: ${issue.message}`,
              en: `Field "${label.en}" is invalid: ${issue.message}`,
            },
            citation: entry.def.fields.find((f) => f.key === key)?.citation ??
              entry.def.citations[0] ?? { id: 'ND-42-2022/4.1' },
            location: {
              category: item.category,
              item: item.id,
              field: key === 'title' ? 'title' : `fields.${path.join('.')}`,
              path: key === 'title' ? ['items', index, 'title'] : ['items', index, 'fields', ...path],
            },
            evidence: { code: issue.code, field: path.join('.') },
            remediation: {
              vi: `Sửa trường "${label.vi}" theo đúng định dạng`,
              en: `Correct the "${label.en}" field`,
            },
          });
        }
      },
    };
  },
});
