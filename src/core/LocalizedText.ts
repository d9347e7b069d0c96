/**
 * A text in Vietnamese and English. Every message the library produces carries both, so a portal can show
 * the Vietnamese to citizens and the English to foreign users or logs.
 *
 * @example
 * ```ts
 * import { localized } from 'vn-portal-kit/core';
 * localized('Ngày không hợp lệ', 'Invalid date').en //=> 'Invalid date'
 * ```
 */
export interface LocalizedText {
  /** Vietnamese (tiếng Việt), NFC. */
  readonly vi: string;
  /** English. */
  readonly en: string;
}

/**
 * A language the library speaks: `'vi'` or `'en'`.
 *
 * @example
 * ```ts
 * import { type Language, localized } from 'vn-portal-kit/core';
 * const lang: Language = 'en';
 * localized('Ngày làm việc', 'Working day')[lang] //=> 'Working day'
 * ```
 */
export type Language = 'vi' | 'en';

/**
 * Builds a {@link LocalizedText}.
 *
 * @example
 * ```ts
 * import { localized } from 'vn-portal-kit/core';
 * localized('Tết Nguyên đán', 'Lunar New Year') //=> { vi: 'Tết Nguyên đán', en: 'Lunar New Year' }
 * ```
 */
export function localized(vi: string, en: string): LocalizedText {
  return { vi, en };
}
