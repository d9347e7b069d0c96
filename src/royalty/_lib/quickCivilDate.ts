import type { CivilDate } from '../../core/index.js';

const DIM = [0, 31, 29, 31, 30, 31, 30, 31, 31, 30, 31, 30, 31];

/**
 * A regex-free check of the common case, a well-formed `'YYYY-MM-DD'` string (hot path of bulk calculations);
 * anything else (a `Date`, a date-time, a malformed string) returns undefined and goes through `toCivilDate`.
 */
export function quickCivilDate(input: unknown): { ok: true; value: CivilDate } | undefined {
  if (typeof input !== 'string' || input.length !== 10) return undefined;
  if (input.charCodeAt(4) !== 45 || input.charCodeAt(7) !== 45) return undefined;
  let y = 0;
  for (let i = 0; i < 4; i++) {
    const c = input.charCodeAt(i) - 48;
    if (c < 0 || c > 9) return undefined;
    y = y * 10 + c;
  }
  const m1 = input.charCodeAt(5) - 48;
  const m2 = input.charCodeAt(6) - 48;
  const d1 = input.charCodeAt(8) - 48;
  const d2 = input.charCodeAt(9) - 48;
  if (m1 < 0 || m1 > 9 || m2 < 0 || m2 > 9 || d1 < 0 || d1 > 9 || d2 < 0 || d2 > 9) return undefined;
  const m = m1 * 10 + m2;
  const d = d1 * 10 + d2;
  if (y < 1 || m < 1 || m > 12 || d < 1 || d > (DIM[m] ?? 0)) return undefined;
  if (m === 2 && d === 29 && !((y % 4 === 0 && y % 100 !== 0) || y % 400 === 0)) return undefined;
  return { ok: true, value: input };
}
