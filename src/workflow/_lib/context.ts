import type { JsonObject, JsonValue } from '../MachineDefinition.js';

/** Whether a value is a non-null, non-array object. */
export function isPlainObject(v: unknown): v is JsonObject {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/** `context.attributes[name]`, or undefined. */
export function attributeValue(context: JsonObject, name: string): JsonValue | undefined {
  const attrs = context.attributes;
  return isPlainObject(attrs) ? attrs[name] : undefined;
}

/** A payload field when it is a string. */
export function payloadString(payload: JsonObject | undefined, field: string): string | undefined {
  const v = payload?.[field];
  return typeof v === 'string' ? v : undefined;
}

/** Whether a value counts as given (a non-blank string, or anything but undefined/null/false). */
export function present(v: JsonValue | undefined): boolean {
  return typeof v === 'string' ? v.trim().length > 0 : v !== undefined && v !== null && v !== false;
}
