import type { Profile } from '../Profile.js';

/** The profile of `list` in force on civil date `day` (`effectiveFrom` ≤ day ≤ `effectiveUntil`). */
export function findNational(day: string, list: readonly Profile[]): Profile | undefined {
  return list.find(
    (p) => p.effectiveFrom <= day && (p.effectiveUntil === undefined || day <= p.effectiveUntil),
  );
}
