import { createIssue, err, type Issue, localized, ok, type Result } from '../core/index.js';
import type { StreamingInventory } from './auditPortal.js';
import { parseInventoryJson } from './parseInventoryJson.js';

/**
 * Options of {@link readInventoryLines}.
 *
 * @example
 * ```ts
 * import type { ReadInventoryLinesOptions } from 'vn-portal-kit/compliance';
 * const o: ReadInventoryLinesOptions = { maxLineLength: 1_000_000 };
 * o.maxLineLength //=> 1000000
 * ```
 */
export interface ReadInventoryLinesOptions {
  /** Longest accepted line, in UTF-16 code units; a longer one is skipped and reported. Default 16 MiB. */
  readonly maxLineLength?: number;
  /** Deepest accepted nesting of one line's JSON. Default 64. */
  readonly maxDepth?: number;
}

/**
 * An item line that could not be read (invalid JSON, too long, too deep): `auditPortal` reports it as an
 * `inventory.schema` finding naming the line, and goes on with the next.
 *
 * @example
 * ```ts
 * import { InventoryLineError, readInventoryLines } from 'vn-portal-kit/compliance';
 * const r = await readInventoryLines(['{"schemaVersion":1,"portal":{}}\n{"id":\n']);
 * const items = [];
 * if (r.ok) for await (const item of r.value.items) items.push(item);
 * items[0] instanceof InventoryLineError //=> true
 * items[0].line //=> 2
 * items[0].issues[0].code //=> 'compliance.inventory-json-invalid'
 * ```
 */
export class InventoryLineError {
  constructor(
    /** The line's number in the input, from 1. */
    readonly line: number,
    /** Why it could not be read (coded, bilingual). */
    readonly issues: readonly Issue[],
  ) {}
}

/** The lines of a text arriving in chunks, each at most `max` long; a longer line is `undefined`. */
async function* splitLines(
  chunks: AsyncIterable<string> | Iterable<string>,
  max: number,
): AsyncGenerator<string | undefined> {
  let pending = '';
  let tooLong = false;
  for await (const chunk of chunks) {
    if (typeof chunk !== 'string') throw new TypeError('readInventoryLines: chunks must be strings');
    let from = 0;
    for (;;) {
      const nl = chunk.indexOf('\n', from);
      if (nl < 0) {
        if (!tooLong) {
          if (pending.length + chunk.length - from > max) {
            tooLong = true;
            pending = '';
          } else pending += from === 0 ? chunk : chunk.slice(from);
        }
        break;
      }
      if (tooLong || pending.length + nl - from > max) yield undefined;
      else {
        const line = pending + chunk.slice(from, nl);
        yield line.endsWith('\r') ? line.slice(0, -1) : line;
      }
      pending = '';
      tooLong = false;
      from = nl + 1;
    }
  }
  if (tooLong) yield undefined;
  else if (pending.length > 0) yield pending.endsWith('\r') ? pending.slice(0, -1) : pending;
}

const isBlank = (s: string): boolean => s.trim().length === 0;

/**
 * Reads an inventory written as JSON Lines (NDJSON), the form for inventories too large for one JSON text:
 * the first non-blank line is the inventory without its items (`schemaVersion`, `portal`, `qa`, `operations`
 * …), every further non-blank line one item. The text arrives in chunks (a file or network stream decoded as
 * UTF-8, or an array of strings), and the items are read lazily: `auditPortal` audits them as they come,
 * holding one line at a time. Lines may end in `\n` or `\r\n`; a byte-order mark is ignored.
 *
 * Fails (coded, bilingual issues naming line 1) when there is no first line or it is not a JSON object. A bad
 * item line (invalid JSON, longer than `maxLineLength`, nested deeper than `maxDepth`) is yielded as an
 * {@link InventoryLineError}, which the audit reports with its line number before going on. Items listed in
 * the first line's own `items` array, if any, come first. Never throws on the text; a chunk that is not a
 * string (a programmer error, such as a stream without an encoding, yielding Buffers) rejects with a `TypeError`.
 *
 * @example
 * ```ts
 * import { auditPortal, readInventoryLines } from 'vn-portal-kit/compliance';
 * const text = [
 *   '{"schemaVersion":1,"portal":{"name":"Cổng TTĐT xã Đạo Trù","unit":{"name":"Đạo Trù","kind":"commune"}}}',
 *   '{"id":"n1","category":"news","title":"Tin 1"}',
 *   '{"id":"n2","category":"news","title":"Tin 2"}',
 * ].join('\n');
 * const inv = await readInventoryLines([text]);
 * const report = inv.ok ? await auditPortal(inv.value, { profile: 'vinh-phuc-32-2023', asOf: '2026-11-25' }) : undefined;
 * report?.summary.items //=> 2
 * ```
 */
export async function readInventoryLines(
  chunks: AsyncIterable<string> | Iterable<string>,
  options: ReadInventoryLinesOptions = {},
): Promise<Result<StreamingInventory>> {
  const maxLineLength = options.maxLineLength ?? 16 * 1024 * 1024;
  const maxDepth = options.maxDepth ?? 64;
  const lines = splitLines(chunks, maxLineLength);
  let lineNumber = 0;
  let first: string | undefined;
  for (;;) {
    const next = await lines.next();
    if (next.done) break;
    lineNumber++;
    if (next.value === undefined) {
      return err([tooLong(lineNumber, maxLineLength, false)]);
    }
    if (!isBlank(next.value)) {
      first = next.value;
      break;
    }
  }
  if (first === undefined) {
    return err([
      createIssue(
        'compliance.inventory-lines-empty',
        localized(
          'Bản kê khai JSON Lines trống: dòng đầu phải là phần đầu của bản kê khai (schemaVersion, portal …)',
          'The JSON Lines inventory is empty: its first line must be the inventory header (schemaVersion, portal …)',
        ),
      ),
    ]);
  }
  const header = parseInventoryJson(first, { maxLength: maxLineLength, maxDepth });
  if (!header.ok) return err(header.issues.map((i) => atLine(i, lineNumber)));
  const value = header.value;
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return err([
      createIssue(
        'compliance.inventory-header-invalid',
        localized(
          `Dòng ${lineNumber} phải là một đối tượng JSON (phần đầu của bản kê khai: schemaVersion, portal …)`,
          `Line ${lineNumber} must be a JSON object (the inventory header: schemaVersion, portal …)`,
        ),
        { path: [], details: { line: lineNumber } },
      ),
    ]);
  }
  const { items: listed, ...rest } = value as Record<string, unknown>;
  const headerLine = lineNumber;
  async function* items(): AsyncGenerator<unknown> {
    if (Array.isArray(listed)) yield* listed;
    let n = headerLine;
    for (;;) {
      const next = await lines.next();
      if (next.done) return;
      n++;
      const line = next.value;
      if (line === undefined) {
        yield new InventoryLineError(n, [tooLong(n, maxLineLength, true)]);
        continue;
      }
      if (isBlank(line)) continue;
      const parsed = parseInventoryJson(line, { maxLength: maxLineLength, maxDepth });
      yield parsed.ok
        ? parsed.value
        : new InventoryLineError(
            n,
            parsed.issues.map((i) => atLine(i, n)),
          );
    }
  }
  return ok({ ...rest, portal: rest.portal, items: items() });
}

function tooLong(line: number, max: number, skipped: boolean): Issue {
  return createIssue(
    'compliance.inventory-line-too-long',
    localized(
      `Dòng ${line} dài quá ${max} ký tự${skipped ? ': đã bỏ qua' : ''}`,
      `Line ${line} is longer than ${max} characters${skipped ? ': skipped' : ''}`,
    ),
    { details: { line, maxLineLength: max } },
  );
}

function atLine(issue: Issue, line: number): Issue {
  return createIssue(
    issue.code,
    localized(`Dòng ${line}: ${issue.message.vi}`, `Line ${line}: ${issue.message.en}`),
    { details: { ...issue.details, line } },
  );
}
