/**
 * Throws a descriptive `TypeError` when a text function is given something other than a string (a
 * programmer error: `null`, a number, an object). Strings of any content and length are never refused.
 */
export function requireText(value: unknown, fn: string, param = 'text'): asserts value is string {
  if (typeof value !== 'string') {
    const got = value === null ? 'null' : Array.isArray(value) ? 'an array' : typeof value;
    throw new TypeError(`${fn}: ${param} must be a string, got ${got}`);
  }
}
