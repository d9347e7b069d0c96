import { createIssue, err, localized, type Result } from '../core/index.js';
import { defineProfile } from './defineProfile.js';
import type { Profile } from './Profile.js';

/**
 * Overrides for {@link extendProfile}: any part of a profile, as plain data. Keyed lists accept entries with
 * `remove: true` to delete the base entry with the same key; `null` deletes an optional field.
 *
 * @example
 * ```ts
 * import type { ProfileOverrides } from 'vn-portal-kit/profiles';
 * const o: ProfileOverrides = { id: 'my-province-7-2026', quotas: [] };
 * o.id //=> 'my-province-7-2026'
 * ```
 */
export type ProfileOverrides = { readonly [K in keyof Profile]?: unknown };

type Keyer = (entry: Record<string, unknown>) => string;
const k =
  (...fields: string[]): Keyer =>
  (e) =>
    fields.map((f) => JSON.stringify(e[f] ?? null)).join('|');

/**
 * The keyed lists of a profile, by path, and the fields that identify an entry: an override entry with the
 * same key replaces the base entry in place; a new key is appended.
 */
const KEYED: Readonly<Record<string, Keyer>> = {
  categories: k('category', 'variant'),
  deadlines: k('category', 'trigger'),
  features: k('feature'),
  quotas: k('category', 'per', 'unit'),
  submissionChannels: k('kind', 'value'),
  timeline: k('on', 'kind'),
  'operations.reporting': k('kind'),
  'operations.yearlyDuties': k('duty'),
  'languages.english.items': k('description'),
};

const MAX_DEPTH = 12;

const isPlainObject = (v: unknown): v is Record<string, unknown> =>
  typeof v === 'object' && v !== null && !Array.isArray(v);

function mergeKeyed(base: readonly unknown[], over: readonly unknown[], keyer: Keyer): unknown[] {
  const out: unknown[] = [...base];
  for (const entry of over) {
    if (!isPlainObject(entry)) {
      out.push(entry);
      continue;
    }
    const { remove, ...rest } = entry;
    const key = keyer(rest);
    const at = out.findIndex((b) => isPlainObject(b) && keyer(b) === key);
    if (remove === true) {
      if (at !== -1) out.splice(at, 1);
    } else if (at === -1) out.push(rest);
    else out[at] = rest;
  }
  return out;
}

function merge(base: unknown, over: unknown, path: string, depth: number): unknown {
  if (over === undefined) return base;
  if (depth > MAX_DEPTH) return over;
  if (Array.isArray(over)) {
    const keyer = KEYED[path];
    return keyer !== undefined && Array.isArray(base) ? mergeKeyed(base, over, keyer) : over;
  }
  if (isPlainObject(over) && isPlainObject(base)) {
    const out: Record<string, unknown> = { ...base };
    for (const key of Object.keys(over)) {
      const value = over[key];
      if (value === null) delete out[key];
      else if (value !== undefined)
        out[key] = merge(base[key], value, path === '' ? key : `${path}.${key}`, depth + 1);
    }
    return out;
  }
  return over;
}

/**
 * Derives a profile from another by deep merge, then validates the result with {@link defineProfile}; the base
 * is not changed and the result is a new, deeply frozen object. Rules:
 *
 * 1. objects merge key by key, recursively; `undefined` leaves the base value; `null` deletes the key;
 * 2. the keyed lists merge entry by entry: `categories` by category + variant, `deadlines` by category +
 *    trigger, `features` by feature, `quotas` by category + period + unit, `submissionChannels` by kind +
 *    value, `timeline` by date + kind, `operations.reporting` by kind, `operations.yearlyDuties` by duty,
 *    `languages.english.items` by description. An entry with the key of a base entry replaces it in place
 *    (whole, not merged); `remove: true` deletes it; a new key is appended;
 * 3. every other list, and every scalar, is replaced;
 * 4. `basedOn` is set to the base's id unless the overrides set it; an override without a new `id` keeps the
 *    base's and gets a `profiles.same-id` warning.
 *
 * @example
 * ```ts
 * import { extendProfile, getProfile } from 'vn-portal-kit/profiles';
 * const tn = getProfile('thai-nguyen-40-2012')!;
 * const r = extendProfile(tn, {
 *   id: 'thai-nguyen-40-2012-amended',
 *   quotas: [{ category: 'news', per: 'month', unit: 'district', minimum: 5, citation: { id: 'TN-40-2012/8.3', note: 'amended' } }],
 * });
 * r.ok && r.value.quotas.map((q) => q.minimum) //=> [2, 5]
 * r.ok && r.value.basedOn //=> 'thai-nguyen-40-2012'
 * ```
 */
export function extendProfile(base: Profile, overrides: ProfileOverrides): Result<Profile> {
  if (!isPlainObject(overrides)) {
    return err([
      createIssue(
        'profiles.not-an-object',
        localized('Phần ghi đè phải là một đối tượng', 'Overrides must be an object'),
        {
          path: [],
        },
      ),
    ]);
  }
  let merged: unknown;
  try {
    merged = merge(base, overrides, '', 0);
  } catch {
    return err([
      createIssue(
        'profiles.invalid-input',
        localized('Không đọc được phần ghi đè', 'The overrides could not be read'),
        { path: [] },
      ),
    ]);
  }
  if (isPlainObject(merged) && overrides.basedOn === undefined) merged.basedOn = base.id;
  const result = defineProfile(merged);
  if (!result.ok || overrides.id !== undefined) return result;
  return {
    ...result,
    issues: [
      ...result.issues,
      createIssue(
        'profiles.same-id',
        localized(`Hồ sơ dẫn xuất vẫn mang mã "${base.id}"`, `The derived profile keeps the id "${base.id}"`),
        { path: ['id'], severity: 'warning' },
      ),
    ],
  };
}
