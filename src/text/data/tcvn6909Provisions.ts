/**
 * A provision that requires Vietnamese Unicode (TCVN 6909:2001).
 *
 * @example
 * ```ts
 * import { type Tcvn6909Provision, TCVN6909_PROVISIONS } from 'vn-portal-kit/text';
 * const first: Tcvn6909Provision | undefined = TCVN6909_PROVISIONS[0];
 * first?.id //=> 'VP-32-2023/3.1'
 * ```
 */
export interface Tcvn6909Provision {
  /** Provision id (provisions catalogue). */
  readonly id: string;
  /** What the provision says, in Vietnamese and English. */
  readonly summary: { readonly vi: string; readonly en: string };
}

/**
 * The provisions of the five encoded regulations that require Vietnamese text in Unicode TCVN 6909:2001
 * (some seeds write ":2011"; the standard is TCVN 6909:2001). {@link checkUnicode} cites the first by default.
 *
 * @example
 * ```ts
 * import { TCVN6909_PROVISIONS } from 'vn-portal-kit/text';
 * TCVN6909_PROVISIONS.map((p) => p.id) //=> ['VP-32-2023/3.1', 'HG-1347-2020/4.2', 'QN-3069-2021/6.6', 'TN-40-2012/7.1', 'NX-2112-2022/11']
 * ```
 */
export const TCVN6909_PROVISIONS: readonly Tcvn6909Provision[] = [
  {
    id: 'VP-32-2023/3.1',
    summary: {
      vi: 'Lưu trữ và trao đổi thông tin bằng tiếng Việt theo bộ mã Unicode TCVN 6909',
      en: 'Store and exchange text in Vietnamese Unicode, TCVN 6909',
    },
  },
  {
    id: 'HG-1347-2020/4.2',
    summary: {
      vi: 'Lưu trữ và trao đổi thông tin bằng tiếng Việt theo bộ mã Unicode TCVN 6909',
      en: 'Store and exchange text in Vietnamese Unicode, TCVN 6909',
    },
  },
  {
    id: 'QN-3069-2021/6.6',
    summary: { vi: 'Sử dụng bộ mã Unicode TCVN 6909:2001', en: 'Use Unicode, TCVN 6909:2001' },
  },
  {
    id: 'TN-40-2012/7.1',
    summary: {
      vi: 'Ngôn ngữ chính là tiếng Việt, dùng bộ mã Unicode TCVN 6909:2001',
      en: 'Main language Vietnamese, in Unicode TCVN 6909:2001',
    },
  },
  {
    id: 'NX-2112-2022/11',
    summary: {
      vi: 'Ngôn ngữ chính là tiếng Việt, chỉ sử dụng bộ mã Unicode TCVN 6909-2001',
      en: 'Main language Vietnamese; only Unicode TCVN 6909-2001',
    },
  },
];
