import { readItem } from '../../src/compliance/_lib/readItem.js';
import { InventoryItemSchema } from '../../src/compliance/index.js';

export * from '../../src/compliance/index.js';

/** The fast path's answer (when it takes one) and zod's, for the agreement test. */
export function readItemForTest(value: unknown): { fast: unknown; zod: unknown } {
  const r = readItem(value);
  const z = InventoryItemSchema.safeParse(value);
  return { fast: r.ok ? r.item : undefined, zod: z.success ? z.data : undefined };
}
