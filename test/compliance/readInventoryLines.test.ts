import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  auditPortal,
  InventoryLineError,
  readInventoryLines,
  renderAuditJson,
} from '../../src/compliance/index.js';
import { AS_OF, exampleInventory, PROFILE } from './_fixtures.js';

/** The example inventory as JSON Lines: the header, then one line per item. */
function exampleLines(): { text: string; itemCount: number } {
  const { items, ...header } = exampleInventory();
  return {
    text: [JSON.stringify(header), ...items.map((i: unknown) => JSON.stringify(i))].join('\n'),
    itemCount: items.length,
  };
}

/** `text` cut at the given offsets. */
function chunked(text: string, cuts: number[]): string[] {
  const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const c of at) {
    out.push(text.slice(from, c));
    from = c;
  }
  out.push(text.slice(from));
  return out;
}

async function collect(items: AsyncIterable<unknown>): Promise<unknown[]> {
  const out: unknown[] = [];
  for await (const i of items) out.push(i);
  return out;
}

describe('readInventoryLines (JSON Lines inventories, streamed)', () => {
  it('audits the example inventory exactly as its JSON form, however the text is cut into chunks (fast-check)', async () => {
    const expected = renderAuditJson(auditPortal(exampleInventory(), { profile: PROFILE, asOf: AS_OF }));
    const { text } = exampleLines();
    await fc.assert(
      fc.asyncProperty(fc.array(fc.nat(), { maxLength: 40 }), fc.boolean(), async (cuts, crlf) => {
        const source = crlf ? text.replaceAll('\n', '\r\n') : text;
        const inv = await readInventoryLines(chunked(source, cuts));
        expect(inv.ok).toBe(true);
        if (!inv.ok) return;
        const report = await auditPortal(inv.value, { profile: PROFILE, asOf: AS_OF });
        expect(renderAuditJson(report)).toBe(expected);
      }),
      { numRuns: 60 },
    );
  });

  it('reads an async stream of chunks, a byte-order mark, blank lines and a last line without a newline', async () => {
    const { text, itemCount } = exampleLines();
    async function* stream() {
      yield '\uFEFF\n\n';
      for (let i = 0; i < text.length; i += 1000) yield text.slice(i, i + 1000);
      yield '\n\n   \n';
    }
    const inv = await readInventoryLines(stream());
    expect(inv.ok).toBe(true);
    if (!inv.ok) return;
    expect((inv.value.portal as { name: string }).name).toBe('Cổng thông tin điện tử tỉnh Vĩnh Phúc');
    expect(await collect(inv.value.items)).toHaveLength(itemCount);
  });

  it('reports a bad item line with its number and goes on with the next', async () => {
    const header =
      '{"schemaVersion":1,"portal":{"name":"Cổng TTĐT xã Đạo Trù","unit":{"name":"Đạo Trù","kind":"commune"}}}';
    const lines = [
      header,
      '{"id":"n1","category":"news","title":"Tin 1"}',
      '',
      '{"id":"n2",',
      `${'['.repeat(100)}${']'.repeat(100)}`,
      'x'.repeat(5_000),
      '{"id":"n3","category":"news","title":"Tin 3"}',
    ];
    const inv = await readInventoryLines([lines.join('\n')], { maxLineLength: 1_000 });
    expect(inv.ok).toBe(true);
    if (!inv.ok) return;
    const report = await auditPortal(inv.value, { profile: PROFILE, asOf: AS_OF });
    expect(report.summary.items).toBe(5);
    expect(report.summary.invalidItems).toBe(3);
    const bad = report.findings.filter((f) => f.ruleId === 'inventory.schema' && f.status === 'fail');
    expect(bad.map((f) => [f.evidence?.line, f.evidence?.code, f.location.path])).toEqual([
      [4, 'compliance.inventory-json-invalid', ['items', 1]],
      [5, 'compliance.inventory-too-deep', ['items', 2]],
      [6, 'compliance.inventory-line-too-long', ['items', 3]],
    ]);
    expect(bad[0]?.message.vi).toMatch(/^Dòng 4: JSON không hợp lệ/);
    expect(bad[2]?.message.en).toBe('Line 6 is longer than 1000 characters: skipped');
  });

  it('skips a 5 MB line sent in small chunks (past maxLineLength) and reads the next line', async () => {
    const header = '{"schemaVersion":1,"portal":{"name":"P","unit":{"name":"U","kind":"commune"}}}\n';
    async function* stream() {
      yield header;
      const piece = 'y'.repeat(10_000);
      for (let i = 0; i < 500; i++) yield piece;
      yield '\n{"id":"n1","category":"news","title":"Tin"}\n';
    }
    const inv = await readInventoryLines(stream(), { maxLineLength: 64 * 1024 });
    expect(inv.ok).toBe(true);
    if (!inv.ok) return;
    const items = await collect(inv.value.items);
    expect(items).toHaveLength(2);
    expect(items[0]).toBeInstanceOf(InventoryLineError);
    expect((items[0] as InventoryLineError).line).toBe(2);
    expect(items[1]).toEqual({ id: 'n1', category: 'news', title: 'Tin' });
  });

  it('gives the items of the header’s own items array first', async () => {
    const inv = await readInventoryLines([
      '{"schemaVersion":1,"portal":{},"items":[{"id":"a"}]}\n{"id":"b"}\n',
    ]);
    expect(inv.ok && (await collect(inv.value.items))).toEqual([{ id: 'a' }, { id: 'b' }]);
    expect(inv.ok && 'items' in inv.value && Array.isArray(inv.value.items)).toBe(false);
  });

  it('fails with a coded, bilingual issue when there is no header, or it is not a JSON object', async () => {
    const codes = async (chunks: string[], o = {}) => {
      const r = await readInventoryLines(chunks, o);
      return r.ok ? [] : r.issues.map((i) => i.code);
    };
    expect(await codes([])).toEqual(['compliance.inventory-lines-empty']);
    expect(await codes(['\n \r\n\n'])).toEqual(['compliance.inventory-lines-empty']);
    expect(await codes(['[1,2]\n'])).toEqual(['compliance.inventory-header-invalid']);
    expect(await codes(['{"a":\n'])).toEqual(['compliance.inventory-json-invalid']);
    expect(await codes(['x'.repeat(200)], { maxLineLength: 100 })).toEqual([
      'compliance.inventory-line-too-long',
    ]);
    const r = await readInventoryLines(['\n\n{"a":\n']);
    expect(!r.ok && r.issues[0]?.message.en).toMatch(/^Line 3: Invalid JSON/);
    expect(!r.ok && r.issues[0]?.message.vi).toMatch(/^Dòng 3: JSON không hợp lệ/);
  });

  it('never throws on arbitrary text, and every line becomes an item or a line error (fast-check)', async () => {
    await fc.assert(
      fc.asyncProperty(
        fc.string({ maxLength: 300 }),
        fc.array(fc.nat(), { maxLength: 8 }),
        async (body, cuts) => {
          const text = `{"schemaVersion":1,"portal":{}}\n${body}`;
          const inv = await readInventoryLines(chunked(text, cuts), { maxLineLength: 50 });
          expect(inv.ok).toBe(true);
          if (!inv.ok) return;
          const items = await collect(inv.value.items);
          const nonBlank = body.split('\n').filter((l) => l.replace(/\r$/, '').trim() !== '').length;
          expect(items).toHaveLength(nonBlank);
        },
      ),
      { numRuns: 300 },
    );
  });

  it('rejects chunks that are not text (a programmer error) with a TypeError', async () => {
    await expect(readInventoryLines([42 as unknown as string])).rejects.toThrow(TypeError);
  });
});
