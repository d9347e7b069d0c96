import type { CategoryId } from '../categories/categoryIds.js';
import { CATEGORY_IDS } from '../categories/categoryIds.js';
import { startAudit } from './_lib/runAudit.js';
import type { AuditReport, CategoryTally } from './AuditReport.js';
import type { AuditOptions } from './auditPortal.js';
import type { FindingSeverity } from './Finding.js';

/**
 * One portal of a family to audit: its inventory (items may be an async iterable) and, optionally, its own profile.
 *
 * @example
 * ```ts
 * import type { PortalToAudit } from 'vn-portal-kit/compliance';
 * const p: PortalToAudit = { inventory: { schemaVersion: 1, portal: { name: 'P', unit: { name: 'U', kind: 'commune' } } }, profile: 'thai-nguyen-40-2012' };
 * p.profile //=> 'thai-nguyen-40-2012'
 * ```
 */
export interface PortalToAudit {
  readonly inventory: unknown;
  /** Overrides the shared `profile` (e.g. a department under its own regulation). */
  readonly profile?: string | object;
}

/**
 * The aggregate of many portals' audits (a province and its sub-portals).
 *
 * @example
 * ```ts
 * import { auditPortals } from 'vn-portal-kit/compliance';
 * const r = await auditPortals([], { profile: 'vinh-phuc-32-2023', asOf: '2026-11-25' });
 * [r.summary.portals, r.summary.passed] //=> [0, false]
 * ```
 */
export interface MultiAuditReport {
  /** Every portal's report, in input order. */
  readonly portals: readonly AuditReport[];
  readonly summary: {
    /** At least one portal was audited and every portal passed. */
    readonly passed: boolean;
    readonly portals: number;
    readonly failingPortals: number;
    readonly items: number;
    readonly bySeverity: Readonly<Record<FindingSeverity, number>>;
    /** Problems per rule id over all portals. */
    readonly byRule: Readonly<Record<string, number>>;
    /** Publication tallies per category over all portals. */
    readonly categories: readonly CategoryTally[];
  };
}

const isAsyncIterable = (v: unknown): v is AsyncIterable<unknown> =>
  typeof v === 'object' &&
  v !== null &&
  typeof (v as Record<symbol, unknown>)[Symbol.asyncIterator] === 'function';

/**
 * Audits a family of portals — a province portal and its sub-portals (departments, communes: HG-1347-2020/4.1,
 * ND-224-2026/11.1) — one after another, each streamed if its items are an async iterable, and aggregates the
 * results: per-portal reports plus totals per severity, per rule and per category.
 *
 * @example
 * ```ts
 * import { auditPortals } from 'vn-portal-kit/compliance';
 * const family = [
 *   { inventory: { schemaVersion: 1, portal: { name: 'Cổng tỉnh', unit: { name: 'Vĩnh Phúc', kind: 'province' } } } },
 *   { inventory: { schemaVersion: 1, portal: { name: 'Cổng xã', unit: { name: 'Đạo Trù', kind: 'commune' } } } },
 * ];
 * const result = await auditPortals(family, { profile: 'vinh-phuc-32-2023', asOf: '2026-11-25' });
 * result.summary.portals //=> 2
 * ```
 */
export async function auditPortals(
  portals: Iterable<PortalToAudit> | AsyncIterable<PortalToAudit>,
  options: AuditOptions,
): Promise<MultiAuditReport> {
  const reports: AuditReport[] = [];
  for await (const p of portals as AsyncIterable<PortalToAudit>) {
    const run = startAudit(
      p.inventory,
      p.profile === undefined ? options : { ...options, profile: p.profile },
    );
    const items =
      typeof p.inventory === 'object' && p.inventory !== null
        ? (p.inventory as { items?: unknown }).items
        : undefined;
    if (run.header && items !== undefined) {
      if (isAsyncIterable(items)) for await (const item of items) run.item(item);
      else if (Array.isArray(items)) for (const item of items) run.item(item);
    }
    reports.push(run.end());
  }
  const bySeverity: Record<FindingSeverity, number> = { error: 0, warning: 0, notice: 0 };
  const byRule: Record<string, number> = {};
  const tallies = new Map<
    CategoryId,
    { items: number; onTime: number; late: number; overdue: number; other: number }
  >();
  let items = 0;
  let failing = 0;
  for (const r of reports) {
    items += r.summary.items;
    if (!r.summary.passed) failing++;
    for (const s of ['error', 'warning', 'notice'] as const) bySeverity[s] += r.summary.bySeverity[s];
    for (const rule of r.summary.rules)
      if (rule.problems > 0) byRule[rule.id] = (byRule[rule.id] ?? 0) + rule.problems;
    for (const c of r.summary.categories) {
      const t = tallies.get(c.category) ?? { items: 0, onTime: 0, late: 0, overdue: 0, other: 0 };
      t.items += c.items;
      t.onTime += c.onTime;
      t.late += c.late;
      t.overdue += c.overdue;
      t.other += c.other;
      tallies.set(c.category, t);
    }
  }
  const categories: CategoryTally[] = [];
  for (const c of CATEGORY_IDS) {
    const t = tallies.get(c);
    if (t) categories.push({ category: c, ...t });
  }
  return {
    portals: reports,
    summary: {
      // No portal audited proves nothing: never a pass.
      passed: reports.length > 0 && failing === 0,
      portals: reports.length,
      failingPortals: failing,
      items,
      bySeverity,
      byRule,
      categories,
    },
  };
}
