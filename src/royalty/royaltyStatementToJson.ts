import type { RoyaltyStatement } from './royaltyStatement.js';

/**
 * Renders a {@link RoyaltyStatement} as JSON (two-space indent, a `format` tag and the currency, issues reduced to
 * code, severity, path, bilingual message and citation id), for a finance system to import.
 *
 * @example
 * ```ts
 * import { royaltyStatement, royaltyStatementToJson } from 'vn-portal-kit/royalty';
 * const s = royaltyStatement([{ author: 'A', genre: 'tin', amount: 351_000, publishedOn: '2026-11-02' }], '2026-11');
 * const json = s.ok ? JSON.parse(royaltyStatementToJson(s.value)) : {};
 * [json.format, json.currency, json.total] //=> ['vn-portal-kit/royalty-statement@1', 'VND', 351_000]
 * ```
 */
export function royaltyStatementToJson(statement: RoyaltyStatement): string {
  return `${JSON.stringify(
    {
      format: 'vn-portal-kit/royalty-statement@1',
      currency: 'VND',
      period: statement.period,
      total: statement.total,
      byAuthor: statement.byAuthor,
      byGenre: statement.byGenre,
      lines: statement.lines,
      warnings: statement.warnings.map((w) => ({
        code: w.code,
        severity: w.severity,
        path: w.path,
        message: w.message,
        ...(w.citation ? { citation: w.citation.id } : {}),
      })),
    },
    null,
    2,
  )}\n`;
}
