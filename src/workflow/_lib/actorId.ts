/**
 * The comparable form of a person id: Unicode NFKC, trimmed, inner whitespace runs collapsed to one space, lower
 * case. `'Truong-Ban'`, `' truong-ban'` and `'TRUONG-BAN'` are the same person. Ids already in that form (plain
 * lower-case ASCII without spaces, the usual case) are returned as they are, without allocating.
 */
export function normaliseActorId(id: string): string {
  let plain = true;
  for (let i = 0; i < id.length; i++) {
    const c = id.charCodeAt(i);
    // a-z 0-9 - . _ @ : only
    if (!((c >= 97 && c <= 122) || (c >= 48 && c <= 58) || c === 45 || c === 46 || c === 95 || c === 64)) {
      plain = false;
      break;
    }
  }
  if (plain) return id;
  return id.normalize('NFKC').trim().replace(/\s+/g, ' ').toLowerCase();
}

/** Whether `id` (normalised) is among the ids in `list` (a context value: an array of ids, an id, or null). */
export function idAmong(id: string, list: unknown): boolean {
  if (typeof list === 'string') return normaliseActorId(list) === id;
  if (!Array.isArray(list)) return false;
  for (let i = 0; i < list.length; i++) {
    const v = list[i];
    if (typeof v === 'string' && normaliseActorId(v) === id) return true;
  }
  return false;
}
