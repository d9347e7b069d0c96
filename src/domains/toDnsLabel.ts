import { MAX_NAME_LENGTH } from './_lib/prepareName.js';
import { MAX_LABEL_LENGTH, shortenLabel } from './_lib/shortenLabel.js';
import { isAllDigits, nameParts } from './_lib/words.js';
import type { HostnameUnitKind } from './HostnameScheme.js';

/**
 * Options of {@link toDnsLabel}.
 *
 * @example
 * ```ts
 * import { type ToDnsLabelOptions, toDnsLabel } from 'vn-portal-kit/domains';
 * const options: ToDnsLabelOptions = { stripTypeWord: false };
 * toDnsLabel('Xã Đạo Trù', options) //=> 'xadaotru'
 * ```
 */
export interface ToDnsLabelOptions {
  /**
   * The kind of unit the name belongs to: only the type words of that kind are stripped ("Thành phố" is a
   * type word of a province or district, "Sở" of a department). Default: any known type word.
   */
  readonly kind?: HostnameUnitKind;
  /** Leave out the leading unit-type word (xã, phường, huyện, tỉnh, Sở, Ban, ...). Default `true`. */
  readonly stripTypeWord?: boolean;
  /** Longest label; longer labels are shortened by the documented rule. Default 63 (RFC 1035). */
  readonly maxLength?: number;
}

/**
 * Folds a Vietnamese name to the DNS label local practice writes for it: diacritics removed (`đ` → `d`),
 * lowercase, words joined without separators, punctuation dropped; a leading "Ủy ban nhân dân"/"UBND" and the
 * unit-type word (xã, phường, thị trấn, đặc khu, huyện, quận, thị xã, thành phố, tỉnh, Sở, Ban, ...) left out
 * unless `stripTypeWord: false`. Numbers stay ("Phường 2 Bảo Lộc" → `2baoloc`); a name that would be all
 * digits keeps its type word (`Phường 1` → `phuong1`: an all-numeric label is not a host name). A label over
 * 63 characters is shortened: words become initials from the last backwards, then the rest is cut.
 * Returns `''` when no label can be made: the name has no letter or digit, or only digits and no type word.
 * Idempotent on its own output.
 *
 * @see ND-224-2026/11.4 (full name of the commune without diacritics), VP-32-2023/3.4.b–c
 *
 * @param name - a name, with or without its type word
 * @param options - {@link ToDnsLabelOptions}
 * @returns the label (`a–z`, `0–9`)
 *
 * @example
 * ```ts
 * import { toDnsLabel } from 'vn-portal-kit/domains';
 * toDnsLabel('xã Đạo Trù') //=> 'daotru'
 * toDnsLabel('Huyện Vĩnh Tường') //=> 'vinhtuong'
 * toDnsLabel('Phường 2 Bảo Lộc') //=> '2baoloc'
 * toDnsLabel('Phường 1') //=> 'phuong1'
 * toDnsLabel('Sở Tư pháp') //=> 'tuphap'
 * toDnsLabel('Sở Tư pháp', { stripTypeWord: false }) //=> 'sotuphap'
 * toDnsLabel('Ủy ban nhân dân xã Văn Lăng') //=> 'vanlang'
 * toDnsLabel('Phường Văn Miếu - Quốc Tử Giám') //=> 'vanmieuquoctugiam'
 * toDnsLabel('2026') //=> ''
 * ```
 */
export function toDnsLabel(name: string, options: ToDnsLabelOptions = {}): string {
  const text = String(name).slice(0, MAX_NAME_LENGTH);
  const parts = nameParts(text, options.kind);
  const strip = options.stripTypeWord ?? true;
  const words = strip ? parts.bare : parts.all;
  const pieces = words.map((w) => w.ascii);
  if (isAllDigits(pieces.join(''))) {
    if (!strip || parts.typeWord === undefined) return '';
    pieces.unshift(parts.typeWord.word);
  }
  return shortenLabel(pieces, options.maxLength ?? MAX_LABEL_LENGTH).label;
}
