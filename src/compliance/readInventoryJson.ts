import { createIssue, err, type Issue, localized, ok, type Result } from '../core/index.js';
import type { StreamingInventory } from './auditPortal.js';
import { parseInventoryJson } from './parseInventoryJson.js';
import { InventoryLineError } from './readInventoryLines.js';

/**
 * Options of {@link readInventoryJson}.
 *
 * @example
 * ```ts
 * import type { ReadInventoryJsonOptions } from 'vn-portal-kit/compliance';
 * const o: ReadInventoryJsonOptions = { maxValueLength: 1_000_000 };
 * o.maxValueLength //=> 1000000
 * ```
 */
export interface ReadInventoryJsonOptions {
  /** Longest accepted item or header section, in UTF-16 code units. Default 16 MiB. */
  readonly maxValueLength?: number;
  /** Deepest accepted nesting inside one item or section. Default 64. */
  readonly maxDepth?: number;
}

/** One top-level piece of the inventory text: a member of the object, an element of `items`, or an error. */
type Piece =
  | { readonly kind: 'member'; readonly key: string; readonly raw: string }
  | { readonly kind: 'item'; readonly raw: string | undefined; readonly index: number }
  | { readonly kind: 'error'; readonly issue: Issue };

const WS = (c: number) => c === 0x20 || c === 0x0a || c === 0x0d || c === 0x09;

const structureIssue = (vi: string, en: string, offset: number): Issue =>
  createIssue(
    'compliance.inventory-json-invalid',
    localized(`JSON không hợp lệ: ${vi}`, `Invalid JSON: ${en}`),
    {
      details: { offset },
    },
  );

/**
 * Splits a JSON inventory arriving in chunks into its top-level members and the elements of its `items`
 * array, without ever holding more than one of them: each is yielded as its own JSON text. `items`: `'skip'`
 * (the elements are scanned, not kept), or `'yield'` (members other than `items` are scanned, not kept).
 */
async function* pieces(
  chunks: AsyncIterable<string> | Iterable<string>,
  mode: 'header' | 'items',
  max: number,
): AsyncGenerator<Piece> {
  // 0 before the object, 1 expecting a key or '}', 2 in a key, 3 expecting ':', 4 expecting a value,
  // 5 in a value, 6 after a value (',' or '}'), 7 after the object, 8 in items: expecting an element or ']',
  // 9 in an element, 10 after an element (',' or ']').
  let state = 0;
  let depth = 0; // nesting inside the current value or element
  let inString = false;
  let escaped = false;
  let key = '';
  let buf = '';
  let capturing = false;
  let tooLong = false;
  let offset = 0;
  let itemIndex = 0;
  let first = true;
  const append = (s: string) => {
    if (!capturing || tooLong) return;
    if (buf.length + s.length > max) {
      tooLong = true;
      buf = '';
    } else buf += s;
  };
  for await (const chunk of chunks) {
    if (typeof chunk !== 'string') throw new TypeError('readInventoryJson: chunks must be strings');
    let text = chunk;
    if (first && text.charCodeAt(0) === 0xfeff) text = text.slice(1);
    if (text.length > 0) first = false;
    let from = 0; // start of the part of `text` being captured
    for (let i = 0; i < text.length; i++, offset++) {
      const c = text.charCodeAt(i);
      if (state === 5 || state === 9 || state === 2) {
        if (inString) {
          if (escaped) escaped = false;
          else if (c === 0x5c) escaped = true;
          else if (c === 0x22) {
            inString = false;
            if (state === 2) {
              append(text.slice(from, i + 1));
              capturing = false;
              try {
                key = JSON.parse(buf) as string;
              } catch {
                yield { kind: 'error', issue: structureIssue('khóa sai', 'bad key', offset) };
                return;
              }
              state = 3;
              continue;
            }
            if (depth === 0) {
              append(text.slice(from, i + 1));
              from = i + 1;
              const done = yield* finishValue();
              if (done) return;
            }
          }
          continue;
        }
        if (c === 0x22) {
          inString = true;
          continue;
        }
        if (c === 0x7b || c === 0x5b) {
          depth++;
          continue;
        }
        if (c === 0x7d || c === 0x5d) {
          if (depth > 0) {
            depth--;
            if (depth === 0) {
              append(text.slice(from, i + 1));
              from = i + 1;
              const done = yield* finishValue();
              if (done) return;
            }
            continue;
          }
        }
        if (depth === 0 && (c === 0x2c || c === 0x7d || c === 0x5d || WS(c))) {
          // The end of a primitive value (number, true, false, null).
          append(text.slice(from, i));
          from = i;
          const done = yield* finishValue();
          if (done) return;
          i--; // read this character again in the new state
          offset--;
        }
        continue;
      }
      if (WS(c)) continue;
      switch (state) {
        case 0:
          if (c !== 0x7b) {
            yield {
              kind: 'error',
              issue: createIssue(
                'compliance.inventory-header-invalid',
                localized(
                  'Bản kê khai phải là một đối tượng JSON (schemaVersion, portal, items …)',
                  'The inventory must be a JSON object (schemaVersion, portal, items …)',
                ),
              ),
            };
            return;
          }
          state = 1;
          break;
        case 1:
        case 6:
          if (c === 0x7d) {
            state = 7;
            break;
          }
          if (state === 6) {
            if (c !== 0x2c) {
              yield { kind: 'error', issue: structureIssue('thiếu dấu phẩy', 'missing comma', offset) };
              return;
            }
            state = 1;
            break;
          }
          if (c !== 0x22) {
            yield { kind: 'error', issue: structureIssue('cần một khóa', 'expected a key', offset) };
            return;
          }
          state = 2;
          inString = true;
          capturing = true;
          tooLong = false;
          buf = '';
          from = i;
          break;
        case 3:
          if (c !== 0x3a) {
            yield { kind: 'error', issue: structureIssue('thiếu dấu hai chấm', 'missing colon', offset) };
            return;
          }
          state = 4;
          break;
        case 4:
          if (key === 'items' && c === 0x5b) {
            state = 8;
            break;
          }
          state = 5;
          capturing = mode === 'header';
          tooLong = false;
          buf = '';
          from = i;
          depth = 0;
          i--;
          offset--;
          break;
        case 8:
        case 10:
          if (c === 0x5d) {
            state = 6;
            break;
          }
          if (state === 10) {
            if (c !== 0x2c) {
              yield { kind: 'error', issue: structureIssue('thiếu dấu phẩy', 'missing comma', offset) };
              return;
            }
            state = 8;
            break;
          }
          state = 9;
          capturing = mode === 'items';
          tooLong = false;
          buf = '';
          from = i;
          depth = 0;
          i--;
          offset--;
          break;
        case 7:
          yield {
            kind: 'error',
            issue: structureIssue('dữ liệu thừa sau đối tượng', 'data after the object', offset),
          };
          return;
      }
    }
    if (state === 5 || state === 9 || state === 2) append(text.slice(from));
  }
  if (state !== 7) yield { kind: 'error', issue: structureIssue('văn bản bị cắt', 'unexpected end', offset) };

  /** Ends the value or element being read; true when reading must stop. */
  function* finishValue(): Generator<Piece, boolean> {
    const wasItem = state === 9;
    if (wasItem) {
      if (mode === 'items') yield { kind: 'item', raw: tooLong ? undefined : buf, index: itemIndex };
      itemIndex++;
      state = 10;
    } else {
      if (mode === 'header') {
        if (tooLong) {
          yield {
            kind: 'error',
            issue: createIssue(
              'compliance.inventory-too-large',
              localized(
                `Phần "${key.slice(0, 40)}" của bản kê khai dài quá ${max} ký tự`,
                `The "${key.slice(0, 40)}" section of the inventory is longer than ${max} characters`,
              ),
              { details: { key: key.slice(0, 40), max } },
            ),
          };
          return true;
        }
        yield { kind: 'member', key, raw: buf };
      }
      state = 6;
    }
    capturing = false;
    buf = '';
    return false;
  }
}

/**
 * Reads a plain JSON inventory (one object with `schemaVersion`, `portal`, …, `items`) from a stream, with
 * memory proportional to its largest item, not to the file: a first pass reads every member but `items` (the
 * header), a second pass yields the items one at a time, parsed with the limits of `parseInventoryJson`.
 * `open` is called once per pass and must return the same text each time (a file read twice; standard input
 * cannot be). The result is audited by `auditPortal` like a JSON Lines inventory: an item that cannot be read
 * (invalid JSON, too long, too deep) becomes an `InventoryLineError` with its position in `items` (its "line"
 * is its index + 1), and the audit goes on. Fails with coded bilingual issues when the text is not a JSON
 * object or a header section is invalid. Never throws on the text.
 *
 * @example
 * ```ts
 * import { auditPortal, readInventoryJson } from 'vn-portal-kit/compliance';
 * const text = '{"schemaVersion":1,"portal":{"name":"P","unit":{"name":"U","kind":"commune"}},"items":[{"id":"n1","category":"news","title":"Tin"}]}';
 * const inv = await readInventoryJson(() => [text.slice(0, 50), text.slice(50)]);
 * const report = inv.ok ? await auditPortal(inv.value, { profile: 'vinh-phuc-32-2023', asOf: '2026-11-25' }) : undefined;
 * report?.summary.items //=> 1
 * ```
 */
export async function readInventoryJson(
  open: () => AsyncIterable<string> | Iterable<string>,
  options: ReadInventoryJsonOptions = {},
): Promise<Result<StreamingInventory>> {
  const max = options.maxValueLength ?? 16 * 1024 * 1024;
  const maxDepth = options.maxDepth ?? 64;
  const header: Record<string, unknown> = {};
  const issues: Issue[] = [];
  for await (const p of pieces(open(), 'header', max)) {
    if (p.kind === 'error') return err([p.issue]);
    if (p.kind !== 'member') continue;
    const parsed = parseInventoryJson(p.raw, { maxLength: max, maxDepth });
    if (!parsed.ok) {
      issues.push(
        ...parsed.issues.map((i) =>
          createIssue(i.code, i.message, { path: [p.key], ...(i.details ? { details: i.details } : {}) }),
        ),
      );
      continue;
    }
    // A copy keyed safely: a "__proto__" member is data, not the prototype.
    Object.defineProperty(header, p.key, {
      value: parsed.value,
      enumerable: true,
      writable: true,
      configurable: true,
    });
  }
  if (issues.length > 0) return err(issues);
  async function* items(): AsyncGenerator<unknown> {
    for await (const p of pieces(open(), 'items', max)) {
      if (p.kind === 'error') {
        yield new InventoryLineError(0, [p.issue]);
        return;
      }
      if (p.kind !== 'item') continue;
      if (p.raw === undefined) {
        yield new InventoryLineError(p.index + 1, [
          createIssue(
            'compliance.inventory-line-too-long',
            localized(
              `Tin bài thứ ${p.index + 1} dài quá ${max} ký tự: đã bỏ qua`,
              `Item ${p.index + 1} is longer than ${max} characters: skipped`,
            ),
            { details: { index: p.index, max } },
          ),
        ]);
        continue;
      }
      const parsed = parseInventoryJson(p.raw, { maxLength: max, maxDepth });
      yield parsed.ok ? parsed.value : new InventoryLineError(p.index + 1, parsed.issues);
    }
  }
  // `items` that is not an array stays as it is, for the audit to report.
  if (header.items !== undefined) return ok(header as unknown as StreamingInventory);
  return ok({ ...header, portal: header.portal, items: items() });
}
