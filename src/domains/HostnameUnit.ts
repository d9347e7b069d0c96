import type { HostnameUnitKind } from './HostnameScheme.js';

/**
 * A body or administrative unit that gets a host name: its name as written in Vietnamese, its kind, and
 * optionally its statistics-office code, an English name (for English abbreviations) and a pinned label.
 *
 * @example
 * ```ts
 * import type { HostnameUnit } from 'vn-portal-kit/domains';
 * const unit: HostnameUnit = { name: 'Xã Đạo Trù', kind: 'commune', code: '08944' };
 * unit.kind //=> 'commune'
 * ```
 */
export interface HostnameUnit {
  /** The name, with or without its type word ("Xã Đạo Trù", "Đạo Trù", "Sở Tư pháp"). */
  readonly name: string;
  /** The kind of unit. */
  readonly kind: HostnameUnitKind;
  /** A stable code (General Statistics Office code for administrative units); identifies the unit in plans. */
  readonly code?: string;
  /** The English name, e.g. "Department of Justice", for the `english` strategy. */
  readonly englishName?: string;
  /** A label fixed by the caller (an existing site): used as is, after validation. */
  readonly label?: string;
}
