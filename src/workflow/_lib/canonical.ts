import type { Issue } from '../../core/index.js';
import { refusal } from './refusal.js';

/** Deepest nesting accepted (a snapshot's context is 3–4 levels deep). */
export const CANONICAL_MAX_DEPTH = 64;
/** Most characters of one canonical text (16 MiB). */
export const CANONICAL_MAX_LENGTH = 16 * 1024 * 1024;
/** Most values (objects, arrays and scalars) in one canonical text. */
export const CANONICAL_MAX_VALUES = 1_000_000;

/** Why a value has no canonical form. */
class NotCanonical {
  constructor(
    readonly reason: string,
    readonly path: readonly (string | number)[],
  ) {}
}

interface Walk {
  readonly seen: Set<object>;
  values: number;
  length: number;
  readonly parts: string[];
}

function fail(reason: string, path: readonly (string | number)[]): never {
  throw new NotCanonical(reason, path);
}

function push(w: Walk, s: string, path: readonly (string | number)[]): void {
  w.length += s.length;
  if (w.length > CANONICAL_MAX_LENGTH) fail(`longer than ${CANONICAL_MAX_LENGTH} characters`, path);
  w.parts.push(s);
}

function scalar(w: Walk, v: unknown, path: readonly (string | number)[]): boolean {
  switch (typeof v) {
    case 'string':
      push(w, JSON.stringify(v), path);
      return true;
    case 'number':
      if (!Number.isFinite(v)) fail(`non-finite number ${String(v)}`, path);
      if (Object.is(v, -0)) fail('negative zero', path);
      push(w, JSON.stringify(v), path);
      return true;
    case 'boolean':
      push(w, v ? 'true' : 'false', path);
      return true;
    case 'object':
      if (v === null) {
        push(w, 'null', path);
        return true;
      }
      return false;
    default:
      // undefined, bigint, symbol, function: not JSON.
      return fail(`${typeof v} is not a JSON value`, path);
  }
}

function walk(w: Walk, v: unknown, depth: number, path: (string | number)[]): void {
  if (++w.values > CANONICAL_MAX_VALUES) fail(`more than ${CANONICAL_MAX_VALUES} values`, path);
  if (scalar(w, v, path)) return;
  const o = v as object;
  if (depth >= CANONICAL_MAX_DEPTH) fail(`nested deeper than ${CANONICAL_MAX_DEPTH}`, path);
  // Every object is visited once: a second visit is a shared reference or a cycle (linear time either way).
  if (w.seen.has(o)) fail('shared reference or cycle', path);
  w.seen.add(o);
  if (Array.isArray(o)) {
    push(w, '[', path);
    for (let i = 0; i < o.length; i++) {
      if (!Object.hasOwn(o, i)) fail('sparse array', [...path, i]);
      if (i > 0) push(w, ',', path);
      path.push(i);
      walk(w, o[i], depth + 1, path);
      path.pop();
    }
    push(w, ']', path);
    return;
  }
  const proto = Object.getPrototypeOf(o);
  if (proto !== Object.prototype && proto !== null) fail('not a plain object', path);
  if (Object.getOwnPropertySymbols(o).length > 0) fail('symbol keys', path);
  const keys = Object.keys(o).sort();
  push(w, '{', path);
  for (let i = 0; i < keys.length; i++) {
    const k = keys[i]!;
    if (i > 0) push(w, ',', path);
    push(w, `${JSON.stringify(k)}:`, path);
    path.push(k);
    walk(w, (o as Record<string, unknown>)[k], depth + 1, path);
    path.pop();
  }
  push(w, '}', path);
}

/**
 * The canonical text of a JSON value, the form the audit log hashes: JSON with object keys sorted by UTF-16
 * code units and no white space; strings and numbers as `JSON.stringify` writes them (lone surrogates
 * escaped). Two values have the same text only if they are the same JSON value. Refused with
 * `workflow.canonical-invalid` (never collapsed to another value): `undefined`, functions, symbols, BigInt,
 * `NaN`, `±Infinity`, `-0`, objects that are not plain (Date, Map, class instances), sparse arrays, symbol keys,
 * nesting deeper than 64, more than 1,000,000 values or 16 MiB, and any object reached twice (a shared
 * reference or a cycle), found in linear time.
 */
export function canonicalText(
  value: unknown,
  path: readonly (string | number)[] = [],
): { ok: true; text: string } | { ok: false; issue: Issue } {
  const w: Walk = { seen: new Set(), values: 0, length: 0, parts: [] };
  try {
    walk(w, value, 0, [...path]);
  } catch (e) {
    if (!(e instanceof NotCanonical)) throw e;
    return {
      ok: false,
      issue: refusal(
        'workflow.canonical-invalid',
        `Giá trị không có dạng JSON chuẩn để băm: ${e.reason}`,
        `The value has no canonical JSON form to hash: ${e.reason}`,
        { path: [...e.path], details: { reason: e.reason } },
      ),
    };
  }
  return { ok: true, text: w.parts.join('') };
}
