/**
 * Freezes a value and everything reachable from it (own properties, array elements), in place, and returns
 * it. Regulation data — profiles, policies, tables — is frozen when it is exported, so no caller can change a
 * shared rule for the whole process (`…classification.neverPublish.length = 0` throws in strict mode).
 * Already-frozen parts are not walked again; cycles are fine.
 *
 * @example
 * ```ts
 * import { deepFreeze } from 'vn-portal-kit/core';
 * const t = deepFreeze({ marks: ['mat', 'toi-mat'] });
 * Object.isFrozen(t.marks) //=> true
 * ```
 */
export function deepFreeze<T>(value: T): T {
  const stack: unknown[] = [value];
  while (stack.length > 0) {
    const v = stack.pop();
    if (v === null || (typeof v !== 'object' && typeof v !== 'function') || Object.isFrozen(v)) continue;
    Object.freeze(v);
    for (const k of Reflect.ownKeys(v as object)) {
      const d = Object.getOwnPropertyDescriptor(v, k);
      if (d && 'value' in d) stack.push(d.value);
    }
  }
  return value;
}
