import { CATEGORY_IDS, type CategoryId } from '../../categories/categoryIds.js';
import type { AuditItem } from '../AuditItem.js';
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

/** The outcome of reading one item: the parsed item, or the zod error. */
export type ReadItemResult =
  | { readonly ok: true; readonly item: AuditItem }
  | { readonly ok: false; readonly error: import('zod').ZodError };

const str = (v: unknown, max: number): v is string => typeof v === 'string' && v.length <= max;
const optStr = (v: unknown, max: number): boolean => v === undefined || str(v, max);

/**
 * The instants an item reader read last (a scratch record owned by one audit run, refilled per item: the
 * reader's output copies them).
 */
export interface ItemReader {
  eventMs: number | undefined;
  publishedMs: number | undefined;
  updatedMs: number | undefined;
  approvedMs: number | undefined;
}

/** A fresh reader for one audit run. */
export function createItemReader(): ItemReader {
  return { eventMs: undefined, publishedMs: undefined, updatedMs: undefined, approvedMs: undefined };
}

/** Reads an optional date-time into `ms`; false when present and invalid. */
const NO_DATE = -1e20;
function dateMs(v: unknown): number | undefined {
  if (v === undefined) return undefined;
  if (!str(v, 40)) return NO_DATE;
  return instantMs(v) ?? NO_DATE;
}

/**
 * Reads one item: a hand-written fast path equivalent to {@link InventoryItemSchema} for well-formed items
 * (the 1-million-item budget cannot afford a schema parse per item), falling back to the zod schema for
 * anything unusual, which also yields the precise issues. Tests check both agree.
 */
export function readItem(value: unknown, reader: ItemReader = createItemReader()): ReadItemResult {
  const fast = fastItem(value, reader);
  if (fast) return { ok: true, item: fast };
  const r = InventoryItemSchema.safeParse(value);
  if (!r.success) return { ok: false, error: r.error };
  return { ok: true, item: toAuditItem(r.data) };
}

/** The read model of a schema-parsed item: its instants read once. */
function toAuditItem(item: InventoryItem): AuditItem {
  const ms = (s: string | undefined) => (s === undefined ? undefined : instantMs(s));
  return {
    ...item,
    eventMs: ms(item.eventAt),
    publishedMs: ms(item.publishedAt),
    updatedMs: ms(item.updatedAt),
    approvedMs: ms(item.approval?.at),
  };
}

function fastItem(v: unknown, reader: ItemReader): AuditItem | undefined {
  if (typeof v !== 'object' || v === null || Array.isArray(v)) return undefined;
  const o = v as Record<string, unknown>;
  const {
    id,
    category,
    title,
    language,
    classification,
    approval,
    fields,
    eventKind,
    url,
    supplier,
    variant,
    author,
    source,
    eventAt,
    publishedAt,
    updatedAt,
  } = readKnown(o);
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
  if (!optStr(url, 2_000) || !optStr(supplier, 1_000) || !optStr(variant, 100)) return undefined;
  if (!optStr(author, 1_000) || !optStr(source, 1_000)) return undefined;
  reader.eventMs = dateMs(eventAt);
  reader.publishedMs = dateMs(publishedAt);
  reader.updatedMs = dateMs(updatedAt);
  if (reader.eventMs === NO_DATE || reader.publishedMs === NO_DATE || reader.updatedMs === NO_DATE)
    return undefined;
  reader.approvedMs = undefined;
  let approvalOut: { by: string; role: string; at: string } | undefined;
  if (approval !== undefined) {
    if (typeof approval !== 'object' || approval === null || Array.isArray(approval)) return undefined;
    const a = approval as Record<string, unknown>;
    const { by, role, at } = a;
    if (!str(by, 1_000) || by.length === 0 || !str(role, 100) || role.length === 0) return undefined;
    const approvedMs = dateMs(at);
    if (approvedMs === undefined || approvedMs === NO_DATE) return undefined;
    reader.approvedMs = approvedMs;
    approvalOut = { by, role, at: at as string };
  }
  if (fields !== undefined) {
    if (typeof fields !== 'object' || fields === null || Array.isArray(fields)) return undefined;
    for (const k in fields) if (k.length > 200) return undefined;
  }
  // One object shape for every item (fast property access in the rules); unknown keys are dropped, as the
  // schema strips them. Absent optional fields are `undefined`, which the rules treat as absent.
  const item = {
    id,
    category: category as CategoryId,
    title,
    language: language ?? 'vi',
    url,
    supplier,
    variant,
    eventKind,
    eventAt,
    publishedAt,
    updatedAt,
    author,
    source,
    classification: classification ?? 'none',
    approval: approvalOut,
    fields: (fields ?? {}) as Record<string, unknown>,
    eventMs: reader.eventMs,
    publishedMs: reader.publishedMs,
    updatedMs: reader.updatedMs,
    approvedMs: reader.approvedMs,
  };
  return item as unknown as AuditItem;
}

/** The properties of an item the reader looks at. */
interface KnownProperties {
  id?: unknown;
  category?: unknown;
  title?: unknown;
  language?: unknown;
  classification?: unknown;
  approval?: unknown;
  fields?: unknown;
  eventKind?: unknown;
  url?: unknown;
  supplier?: unknown;
  variant?: unknown;
  author?: unknown;
  source?: unknown;
  eventAt?: unknown;
  publishedAt?: unknown;
  updatedAt?: unknown;
}

/**
 * The item's known properties, as `o.id`, `o.category`… would read them. For a plain object whose own
 * properties are all enumerable (anything JSON.parse or a literal makes), one `for…in` pass reads them: it
 * costs the same whatever the object's layout, where 16 separate reads of objects built with varied layouts
 * (streams from databases, spread literals) each cost a slow lookup. Anything else is read property by
 * property.
 */
function readKnown(o: Record<string, unknown>): KnownProperties {
  if (Object.getPrototypeOf(o) === Object.prototype) {
    // One shape for every result, written by name: the reads that follow are monomorphic.
    const r: KnownProperties = {
      id: undefined,
      category: undefined,
      title: undefined,
      language: undefined,
      classification: undefined,
      approval: undefined,
      fields: undefined,
      eventKind: undefined,
      url: undefined,
      supplier: undefined,
      variant: undefined,
      author: undefined,
      source: undefined,
      eventAt: undefined,
      publishedAt: undefined,
      updatedAt: undefined,
    };
    let n = 0;
    for (const k in o) {
      n++;
      switch (k) {
        case 'id':
          r.id = o[k];
          break;
        case 'category':
          r.category = o[k];
          break;
        case 'title':
          r.title = o[k];
          break;
        case 'language':
          r.language = o[k];
          break;
        case 'classification':
          r.classification = o[k];
          break;
        case 'approval':
          r.approval = o[k];
          break;
        case 'fields':
          r.fields = o[k];
          break;
        case 'eventKind':
          r.eventKind = o[k];
          break;
        case 'url':
          r.url = o[k];
          break;
        case 'supplier':
          r.supplier = o[k];
          break;
        case 'variant':
          r.variant = o[k];
          break;
        case 'author':
          r.author = o[k];
          break;
        case 'source':
          r.source = o[k];
          break;
        case 'eventAt':
          r.eventAt = o[k];
          break;
        case 'publishedAt':
          r.publishedAt = o[k];
          break;
        case 'updatedAt':
          r.updatedAt = o[k];
          break;
      }
    }
    // Every own property was enumerated (none hidden, none inherited): the pass saw what reads would see.
    if (n === Object.getOwnPropertyNames(o).length) return r;
  }
  return o as KnownProperties;
}
