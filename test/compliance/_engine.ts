import { readItem } from '../../src/compliance/_lib/readItem.js';
import { InventoryItemSchema } from '../../src/compliance/index.js';
import { toInstant } from '../../src/core/index.js';

export * from '../../src/compliance/index.js';

const ms = (s: string | undefined): number | undefined => {
  if (s === undefined) return undefined;
  const r = toInstant(s);
  return r.ok ? r.value.getTime() : undefined;
};

/**
 * The fast path's answer (when it takes one) and zod's, the latter with its instants read by `toInstant`, for
 * the agreement test.
 */
export function readItemForTest(value: unknown): { fast: unknown; zod: unknown } {
  const r = readItem(value);
  const z = InventoryItemSchema.safeParse(value);
  return {
    fast: r.ok ? r.item : undefined,
    zod: z.success
      ? {
          ...z.data,
          eventMs: ms(z.data.eventAt),
          publishedMs: ms(z.data.publishedAt),
          updatedMs: ms(z.data.updatedAt),
          approvedMs: ms(z.data.approval?.at),
        }
      : undefined,
  };
}
