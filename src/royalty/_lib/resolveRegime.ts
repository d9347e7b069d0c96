import type { Issue } from '../../core/index.js';
import type { RoyaltyRegime } from '../RoyaltyRegimeSchema.js';
import { getRoyaltyRegime, ROYALTY_REGIMES } from '../royaltyRegimes.js';
import { previewValue, royaltyIssue } from './issues.js';

/** The default regime id when the caller names none. */
export const DEFAULT_REGIME_ID = 'nd18-2014';

/** A regime object or a shipped id → the regime, or an issue. */
export function resolveRegime(
  regime: RoyaltyRegime | string | undefined,
  issues: Issue[],
): RoyaltyRegime | undefined {
  if (regime === undefined) return getRoyaltyRegime(DEFAULT_REGIME_ID);
  if (typeof regime === 'string') {
    const found = getRoyaltyRegime(regime);
    if (found === undefined) {
      const known = ROYALTY_REGIMES.map((r) => r.id).join(', ');
      issues.push(
        royaltyIssue(
          'royalty.regime-unknown',
          `Không có chế độ nhuận bút ${previewValue(regime)} (có sẵn: ${known}; bảng riêng: dùng defineRoyaltyRegime)`,
          `Unknown royalty regime ${previewValue(regime)} (shipped: ${known}; own tables: use defineRoyaltyRegime)`,
          ['regime'],
        ),
      );
    }
    return found;
  }
  if (typeof regime !== 'object' || regime === null || !Array.isArray(regime.genres)) {
    issues.push(
      royaltyIssue(
        'royalty.regime-invalid',
        'Chế độ nhuận bút không hợp lệ (dùng defineRoyaltyRegime để kiểm tra bảng)',
        'Invalid royalty regime (validate the table with defineRoyaltyRegime)',
        ['regime'],
      ),
    );
    return undefined;
  }
  return regime;
}
