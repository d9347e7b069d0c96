import { err, type Issue, ok, type Result } from '../core/index.js';
import { royaltyIssue } from './_lib/issues.js';
import { type RoyaltyRegime, type RoyaltyRegimeInput, RoyaltyRegimeSchema } from './RoyaltyRegimeSchema.js';
import { ND18_2014_CAP } from './regimes/nd18-2014.js';
import { ND287_2026_INCENTIVE_GROUNDS } from './regimes/nd287-2026.js';

/**
 * Validates a province's or agency's own royalty table (e.g. Vĩnh Phúc Quyết định 37/2020/QĐ-UBND, cited by
 * VP-32-2023/16.1, whose table the user enters) and returns a frozen {@link RoyaltyRegime} for
 * {@link calculateRoyalty}. Problems come back as `royalty.regime-invalid` issues (bilingual, with the path into
 * the table). `cap` defaults to the ND 18/2014 group maxima ({@link ND18_2014_CAP}); pass `null` for none.
 *
 * @see VP-32-2023/16.1, ND-18-2014/7.1
 * @example
 * ```ts
 * import { defineRoyaltyRegime, calculateRoyalty } from 'vn-portal-kit/royalty';
 * const vp = defineRoyaltyRegime({
 *   id: 'vinh-phuc-37-2020',
 *   name: { vi: 'Nhuận bút Vĩnh Phúc (QĐ 37/2020/QĐ-UBND)', en: 'Vĩnh Phúc royalties (Decision 37/2020)' },
 *   citation: { id: 'VP-37-2020' },
 *   legalBasis: 'nd18-2014', // made under Decree 18/2014: flagged for work commissioned from 2026-09-01
 *   inForceFrom: '2020-10-20',
 *   unitShare: 10,
 *   unitShareCitation: { id: 'ND-18-2014/7.2' },
 *   genres: [{ id: 'tin', name: { vi: 'Tin', en: 'News' }, unit: 'item', min: 1, max: 2, group: 1, citation: { id: 'VP-37-2020' } }],
 * });
 * vp.ok //=> true
 * const r = vp.ok ? calculateRoyalty({ regime: vp.value, genre: 'tin', coefficient: 1.2, commissionedOn: '2026-08-15', publishedOn: '2026-11-25' }) : vp;
 * r.ok && r.value.amount //=> 303_600
 * const later = vp.ok ? calculateRoyalty({ regime: vp.value, genre: 'tin', coefficient: 1.2, commissionedOn: '2026-10-01', publishedOn: '2026-11-25' }) : vp;
 * later.ok && later.value.warnings[0].code //=> 'royalty.basis-lapsed'
 * defineRoyaltyRegime({ id: 'Bad Id' }).issues[0].code //=> 'royalty.regime-invalid'
 * ```
 */
export function defineRoyaltyRegime(data: RoyaltyRegimeInput): Result<RoyaltyRegime> {
  if (typeof data !== 'object' || data === null) {
    return err([
      royaltyIssue(
        'royalty.regime-invalid',
        'Chế độ nhuận bút phải là một đối tượng',
        'A royalty regime must be an object',
        [],
      ),
    ]);
  }
  // The ND 18/2014 group maxima are the default cap of a table made under it; Decree 287/2026 sets no national
  // coefficient table (Art. 14.1), so a table made under it has no cap unless it states one.
  const isNew = data.legalBasis === 'nd287-2026';
  const withCap = 'cap' in data ? data : { ...data, cap: isNew ? null : ND18_2014_CAP };
  // A table under Decree 287/2026 carries its Art. 3.3 incentive grounds unless it lists its own.
  const input =
    isNew && !('incentiveGrounds' in data)
      ? { ...withCap, incentiveGrounds: ND287_2026_INCENTIVE_GROUNDS }
      : withCap;
  const parsed = RoyaltyRegimeSchema.safeParse(input);
  if (!parsed.success) {
    const issues: Issue[] = parsed.error.issues.slice(0, 100).map((zi) => {
      const text = issueText(zi as unknown as ZodIssueLike);
      const path = zi.path.filter((p): p is string | number => typeof p !== 'symbol');
      const where = path.length > 0 ? path.join('.') : '';
      return royaltyIssue(
        'royalty.regime-invalid',
        `Bảng nhuận bút không hợp lệ tại ${where || '(gốc)'}: ${text.vi}`,
        `Invalid royalty regime at ${where || '(root)'}: ${text.en}`,
        path,
        { details: { zodCode: zi.code } },
      );
    });
    return err(issues);
  }
  return ok(deepFreeze(parsed.data as unknown as RoyaltyRegime));
}

function deepFreeze<T>(value: T): T {
  if (typeof value === 'object' && value !== null && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const v of Object.values(value)) deepFreeze(v);
  }
  return value;
}

interface ZodIssueLike {
  readonly code: string;
  readonly expected?: unknown;
  readonly minimum?: unknown;
  readonly maximum?: unknown;
  readonly inclusive?: boolean;
  readonly origin?: string;
  readonly format?: string;
  readonly values?: readonly unknown[];
  readonly keys?: readonly string[];
  readonly params?: { readonly vi?: unknown; readonly en?: unknown };
}

/** A bilingual message for a zod issue (zod/mini carries no message text of its own). */
function issueText(zi: ZodIssueLike): { vi: string; en: string } {
  const size = zi.origin === 'string' || zi.origin === 'array';
  switch (zi.code) {
    case 'custom':
      if (typeof zi.params?.vi === 'string' && typeof zi.params.en === 'string') {
        return { vi: zi.params.vi, en: zi.params.en };
      }
      return { vi: 'giá trị không hợp lệ', en: 'invalid value' };
    case 'invalid_type':
      return {
        vi: zi.expected === 'number' ? 'cần một số hữu hạn' : `cần kiểu ${String(zi.expected)}`,
        en: zi.expected === 'number' ? 'expected a finite number' : `expected ${String(zi.expected)}`,
      };
    case 'too_small':
      return size
        ? {
            vi: `cần ít nhất ${String(zi.minimum)} phần tử/ký tự`,
            en: `needs at least ${String(zi.minimum)} items/characters`,
          }
        : {
            vi: `phải ${zi.inclusive === false ? 'lớn hơn' : 'từ'} ${String(zi.minimum)}`,
            en: `must be ${zi.inclusive === false ? 'greater than' : 'at least'} ${String(zi.minimum)}`,
          };
    case 'too_big':
      return size
        ? {
            vi: `tối đa ${String(zi.maximum)} phần tử/ký tự`,
            en: `at most ${String(zi.maximum)} items/characters`,
          }
        : { vi: `không quá ${String(zi.maximum)}`, en: `must be at most ${String(zi.maximum)}` };
    case 'invalid_format':
      return {
        vi: 'sai định dạng (mã: chữ thường, số, gạch nối; ngày: YYYY-MM-DD)',
        en: 'wrong format (ids: lowercase letters, digits, hyphens; dates: YYYY-MM-DD)',
      };
    case 'invalid_value':
      return {
        vi: `phải là một trong: ${(zi.values ?? []).map(String).join(', ')}`,
        en: `must be one of: ${(zi.values ?? []).map(String).join(', ')}`,
      };
    default:
      return { vi: `dữ liệu không đúng (${zi.code})`, en: `invalid data (${zi.code})` };
  }
}
