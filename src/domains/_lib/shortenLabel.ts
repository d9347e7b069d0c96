/** The longest DNS label, in octets (RFC 1035 §2.3.4). */
export const MAX_LABEL_LENGTH = 63;

/**
 * Shortens a label made of pieces (a prefix and the folded words) to at most `max` characters, by the
 * documented rule: replace words by their initials from the last word backwards (the first non-empty piece is kept whole) until the label fits; if
 * even all initials are too long, cut the result to `max` characters. A piece of digits is never abbreviated
 * (it is what tells "A Lưới 3" from "A Lưới 4").
 */
export function shortenLabel(
  pieces: readonly string[],
  max: number = MAX_LABEL_LENGTH,
): { label: string; shortened: boolean } {
  let total = 0;
  for (const p of pieces) total += p.length;
  if (total <= max) return { label: pieces.join(''), shortened: false };
  const work = [...pieces];
  let first = 0;
  while (first < work.length - 1 && (work[first] ?? '') === '') first++;
  for (let i = work.length - 1; i > first && total > max; i--) {
    const p = work[i] ?? '';
    if (p.length <= 1 || /^[0-9]+$/.test(p)) continue;
    total -= p.length - 1;
    work[i] = p[0] ?? '';
  }
  const joined = work.join('');
  return { label: joined.length > max ? joined.slice(0, max) : joined, shortened: true };
}
