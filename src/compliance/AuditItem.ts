import type { InventoryItem } from './InventorySchema.js';

/**
 * The read model of one inventory item during an audit: the item as {@link InventoryItem} parses it, plus
 * every instant read once where the item enters (epoch milliseconds; `undefined` when absent). Rules read
 * these instead of parsing the date strings again. Nothing is cached between items or audits: the reader
 * lives on the audit run.
 *
 * @example
 * ```ts
 * import type { AuditItem } from 'vn-portal-kit/compliance';
 * const i: AuditItem = { id: 'n1', category: 'news', title: 'Tin', language: 'vi', classification: 'none', fields: {}, publishedAt: '2026-11-20', eventMs: undefined, publishedMs: Date.UTC(2026, 10, 19, 17), updatedMs: undefined, approvedMs: undefined };
 * new Date(i.publishedMs!).toISOString() //=> '2026-11-19T17:00:00.000Z'
 * ```
 */
export interface AuditItem extends InventoryItem {
  readonly eventMs: number | undefined;
  readonly publishedMs: number | undefined;
  readonly updatedMs: number | undefined;
  /** The instant of `approval.at`. */
  readonly approvedMs: number | undefined;
}
