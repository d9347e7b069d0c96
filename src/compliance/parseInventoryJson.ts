import { createIssue, err, localized, ok, type Result } from '../core/index.js';

/**
 * Options of {@link parseInventoryJson}.
 *
 * @example
 * ```ts
 * import { parseInventoryJson, type ParseInventoryOptions } from 'vn-portal-kit/compliance';
 * const o: ParseInventoryOptions = { maxDepth: 2 };
 * parseInventoryJson('[[[1]]]', o).ok //=> false
 * ```
 */
export interface ParseInventoryOptions {
  /** Longest accepted text, in UTF-16 code units. Default 256 MiB (stream larger inventories instead). */
  readonly maxLength?: number;
  /** Deepest accepted nesting of arrays and objects. Default 64. */
  readonly maxDepth?: number;
}

/** Whether `text` holds more than `limit` of the characters `[` and `{` (counted with `indexOf`, natively). */
function manyOpeners(text: string, limit: number): boolean {
  let n = 0;
  for (let i = text.indexOf('{'); i >= 0; i = text.indexOf('{', i + 1)) if (++n > limit) return true;
  for (let i = text.indexOf('['); i >= 0; i = text.indexOf('[', i + 1)) if (++n > limit) return true;
  return false;
}

/** Deepest nesting of `[`/`{` outside strings: one linear pass, stops early past the limit. */
function nesting(text: string, limit: number): { depth: number; at: number } {
  // Nesting cannot exceed the number of openers: most texts (an item line of a JSON Lines inventory) have a
  // few, and need no character-by-character pass.
  if (!manyOpeners(text, limit)) return { depth: 0, at: -1 };
  let depth = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    if (inString) {
      if (c === 92) i++;
      else if (c === 34) inString = false;
    } else if (c === 34) inString = true;
    else if (c === 123 || c === 91) {
      if (++depth > limit) return { depth, at: i };
    } else if (c === 125 || c === 93) depth--;
  }
  return { depth: 0, at: -1 };
}

/**
 * Reads an inventory's JSON text safely, before `auditPortal` validates it: rejects oversized text and
 * hostile nesting (which would exhaust the parser's stack) with coded bilingual issues, and reports a syntax
 * error with its position. Never throws.
 *
 * @example
 * ```ts
 * import { parseInventoryJson } from 'vn-portal-kit/compliance';
 * parseInventoryJson('{"schemaVersion":1}').ok //=> true
 * parseInventoryJson('['.repeat(100_000)).issues[0].code //=> 'compliance.inventory-too-deep'
 * parseInventoryJson('{"a":').issues[0].code //=> 'compliance.inventory-json-invalid'
 * ```
 */
export function parseInventoryJson(text: string, options: ParseInventoryOptions = {}): Result<unknown> {
  const maxLength = options.maxLength ?? 256 * 1024 * 1024;
  const maxDepth = options.maxDepth ?? 64;
  if (typeof text !== 'string') {
    return err([
      createIssue(
        'compliance.inventory-not-text',
        localized('Bản kê khai phải là văn bản JSON', 'The inventory must be JSON text'),
      ),
    ]);
  }
  if (text.length > maxLength) {
    return err([
      createIssue(
        'compliance.inventory-too-large',
        localized(
          `Bản kê khai dài ${text.length} ký tự, vượt giới hạn ${maxLength}; hãy truyền các tin bài dưới dạng luồng (async iterable)`,
          `The inventory has ${text.length} characters, over the limit of ${maxLength}; stream its items (async iterable) instead`,
        ),
        { details: { length: text.length, maxLength } },
      ),
    ]);
  }
  const deep = nesting(text, maxDepth);
  if (deep.at >= 0) {
    return err([
      createIssue(
        'compliance.inventory-too-deep',
        localized(
          `Dữ liệu lồng nhau quá ${maxDepth} cấp (vị trí ${deep.at})`,
          `Nesting deeper than ${maxDepth} levels (at offset ${deep.at})`,
        ),
        { details: { offset: deep.at, maxDepth } },
      ),
    ]);
  }
  try {
    return ok(JSON.parse(text.charCodeAt(0) === 0xfeff ? text.slice(1) : text) as unknown);
  } catch (error) {
    const message = error instanceof Error ? error.message : String(error);
    return err([
      createIssue(
        'compliance.inventory-json-invalid',
        localized(`JSON không hợp lệ: ${message.slice(0, 200)}`, `Invalid JSON: ${message.slice(0, 200)}`),
        { details: { error: message.slice(0, 200) } },
      ),
    ]);
  }
}
