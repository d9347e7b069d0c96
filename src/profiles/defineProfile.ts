import { createIssue, deepFreeze, err, type Issue, localized, ok, type Result } from '../core/index.js';
import { checkProfile } from './_lib/checkProfile.js';
import { zodIssuesToIssues } from './_lib/toIssues.js';
import type { Profile } from './Profile.js';
import { ProfileSchema } from './ProfileSchema.js';

/**
 * Validates a regulation written as plain data (a JSON file, an object literal) and returns it as a
 * {@link Profile}, or coded bilingual issues with their paths. This is how a vendor encodes a new province's
 * regulation without writing code (see the guide `docs/profiles.md`). The profile returned is a new, deeply
 * frozen object.
 *
 * Checks: the shape ({@link ProfileSchema}: strict keys, bounded strings and lists, real civil dates,
 * provision-id syntax, known category ids and deadline-rule kinds), then cross-field rules: the effective
 * date is not before signing and agrees with the effective rule (`on-signing`, `days-after-signing`), a local
 * regulation names its national basis (a warning when the id is not a shipped national profile), deadline
 * triggers are unique per category with at most one default. Never throws on any input.
 *
 * Issue codes: `profiles.not-an-object`, `profiles.missing-field`, `profiles.invalid-type`,
 * `profiles.unknown-field`, `profiles.invalid-value`, `profiles.too-long`, `profiles.too-short`,
 * `profiles.out-of-range`, `profiles.invalid-format`, `profiles.invalid-date`, `profiles.invalid-citation-id`,
 * `profiles.effective-before-signing`, `profiles.ends-before-start`, `profiles.effective-rule-mismatch`,
 * `profiles.missing-national-basis`, `profiles.national-has-basis`, `profiles.unknown-national-basis`
 * (warning), `profiles.duplicate-trigger`, `profiles.duplicate-default-trigger`, `profiles.duplicate-category`
 * (warning), `profiles.quota-without-category` (warning), `profiles.too-many-issues`, `profiles.invalid-input`.
 *
 * @example
 * ```ts
 * import { defineProfile, getProfile } from 'vn-portal-kit/profiles';
 * const base = getProfile('vinh-phuc-32-2023')!;
 * defineProfile({ ...base, id: 'my-province-1-2026' }).ok //=> true
 * const bad = defineProfile({ ...base, effectiveFrom: '2023-02-30' });
 * bad.ok //=> false
 * bad.issues.map((i) => [i.code, i.path]) //=> [['profiles.invalid-date', ['effectiveFrom']]]
 * ```
 */
export function defineProfile(data: unknown): Result<Profile> {
  if (typeof data !== 'object' || data === null || Array.isArray(data)) {
    return err([
      createIssue(
        'profiles.not-an-object',
        localized('Hồ sơ quy chế phải là một đối tượng', 'A profile must be an object'),
        { details: { received: data === null ? 'null' : Array.isArray(data) ? 'array' : typeof data } },
      ),
    ]);
  }
  let parsed: ReturnType<typeof ProfileSchema.safeParse>;
  try {
    parsed = ProfileSchema.safeParse(data, { reportInput: true });
  } catch (e) {
    return err([
      createIssue(
        'profiles.invalid-input',
        localized('Không đọc được dữ liệu đầu vào', 'The input could not be read'),
        {
          details: { error: e instanceof Error ? e.message.slice(0, 200) : 'unknown' },
        },
      ),
    ]);
  }
  if (!parsed.success) return err(zodIssuesToIssues(parsed.error.issues));
  const issues: Issue[] = checkProfile(parsed.data);
  // A new, deeply frozen object: the caller's input is not frozen, and the result cannot be changed.
  return issues.some((i) => i.severity === 'error') ? err(issues) : ok(deepFreeze(parsed.data), issues);
}
