import { CATEGORY_IDS, type CategoryId } from '../../categories/categoryIds.js';
import { type InventoryItem, InventoryItemSchema } from '../InventorySchema.js';
import { instantMs } from './instant.js';

const CATEGORIES: ReadonlySet<string> = new Set<string>(CATEGORY_IDS);
const EVENT_KINDS: ReadonlySet<string> = new Set([
  'event',
  'approval',
  'issue',
  'acceptance',
  'receipt',
  'effect',
]);
const CLASSIFICATIONS: ReadonlySet<string> = new Set(['none', 'mat', 'toi-mat', 'tuyet-mat']);
const KNOWN_KEYS: ReadonlySet<string> = new Set([
  'id',
  'category',
  'title',
  'language',
  'url',
  'supplier',
  'variant',
  'eventKind',
  'eventAt',
  'publishedAt',
  'updatedAt',
  'author',
  'source',
  'classification',
  'approval',
  'fields',
]);

/** The outcome of reading one item: the parsed item, or the zod error. */
export type ReadItemResult =
  | { readonly ok: true; readonly item: InventoryItem }
  | { readonly ok: false; readonly error: import('zod').ZodError };

const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const optStr = (v: unknown, max: number): boolean => v === undefined || str(v, max);
const optDate = (v: unknown): boolean => v === undefined || (str(v, 40) && instantMs(v) !== undefined);

/**
 * Reads one item: a hand-written fast path equivalent to {@link InventoryItemSchema} for well-formed items
 * (the 1-million-item budget cannot afford a schema parse per item), falling back to the zod schema for
 * anything unusual, which also yields the precise issues. Tests check both agree.
 */
export function readItem(value: unknown): ReadItemResult {
  const fast = fastItem(value);
  if (fast) return { ok: true, item: fast };
  const r = InventoryItemSchema.safeParse(value);
  return r.success ? { ok: true, item: r.data } : { ok: false, error: r.error };
}

function fastItem(v: unknown): InventoryItem | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const o = v as Record<string, unknown>;
  for (const k in o) if (!KNOWN_KEYS.has(k)) return undefined;
  const { id, category, title, language, classification, approval, fields, eventKind } = o;
  if (!str(id, 200) || id.length === 0) return undefined;
  if (typeof category !== 'string' || !CATEGORIES.has(category)) return undefined;
  if (!str(title, 5_000)) return undefined;
  if (language !== undefined && language !== 'vi' && language !== 'en') return undefined;
  if (
    classification !== undefined &&
    !(typeof classification === 'string' && CLASSIFICATIONS.has(classification))
  )
    return undefined;
  if (eventKind !== undefined && !(typeof eventKind === 'string' && EVENT_KINDS.has(eventKind)))
    return undefined;
  if (!optStr(o.url, 2_000) || !optStr(o.supplier, 1_000) || !optStr(o.variant, 100)) return undefined;
  if (!optStr(o.author, 1_000) || !optStr(o.source, 1_000)) return undefined;
  if (!optDate(o.eventAt) || !optDate(o.publishedAt) || !optDate(o.updatedAt)) return undefined;
  if (approval !== undefined) {
    if (typeof approval !== 'object' || approval === null || Array.isArray(approval)) return undefined;
    const a = approval as Record<string, unknown>;
    for (const k in a) if (k !== 'by' && k !== 'role' && k !== 'at') return undefined;
    if (!str(a.by, 1_000) || a.by.length === 0 || !str(a.role, 100) || a.role.length === 0) return undefined;
    if (!str(a.at, 40) || instantMs(a.at) === undefined) return undefined;
  }
  if (fields !== undefined) {
    if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) return undefined;
    for (const k in fields) if (k.length > 200) return undefined;
  }
  const item: Record<string, unknown> = { ...o };
  item.category = category as CategoryId;
  if (language === undefined) item.language = 'vi';
  if (classification === undefined) item.classification = 'none';
  if (fields === undefined) item.fields = {};
  return item as InventoryItem;
}
