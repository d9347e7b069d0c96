/**
 * A pointer to the legal provision a rule comes from.
 *
 * `id` is a provision id of the provisions catalogue (`<REG>/<article>.<clause>[.<point>]`, e.g.
 * `'VP-32-2023/6.2'`, `'TN-40-2012/14.4.c'`) or a national-law id (`'ND-42-2022/4.1.a'`,
 * `'BLDS-2015/147.1'`, `'BLLD-2019/112.1'`, `'ND-18-2014/7.2'`, ...). `note` records a reading of the text
 * the library had to choose (for example "calendar days is the reading").
 *
 * @example
 * ```ts
 * import { cite } from 'vn-portal-kit/core';
 * cite('VP-32-2023/6.3', 'the text says "ngày": calendar days').id //=> 'VP-32-2023/6.3'
 * ```
 */
export interface Citation {
  /** Provision id, e.g. `'VP-32-2023/6.2'`. */
  readonly id: string;
  /** An interpretation or remark about how the provision is applied. */
  readonly note?: string;
}

/**
 * Builds a {@link Citation}.
 *
 * @example
 * ```ts
 * import { cite } from 'vn-portal-kit/core';
 * cite('BLDS-2015/147.1') //=> { id: 'BLDS-2015/147.1' }
 * ```
 */
export function cite(id: string, note?: string): Citation {
  return note === undefined ? { id } : { id, note };
}
