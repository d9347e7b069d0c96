import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  auditPortal,
  InventoryLineError,
  parseInventoryJson,
  readInventoryJson,
} from '../../src/compliance/index.js';
import { cleanInventory } from './_fixtures.js';

/** Cuts a text into chunks at the given positions. */
const chunk = (text: string, cuts: number[]) => {
  const at = [...new Set(cuts.map((c) => c % (text.length + 1)))].sort((a, b) => a - b);
  const out: string[] = [];
  let from = 0;
  for (const c of at) {
    out.push(text.slice(from, c));
    from = c;
  }
  out.push(text.slice(from));
  return out;
};
const collect = async (items: AsyncIterable<unknown>) => {
  const out: unknown[] = [];
  for await (const i of items) out.push(i instanceof InventoryLineError ? { error: i.issues[0]?.code } : i);
  return out;
};

describe('readInventoryJson: a plain JSON inventory read as a stream, item by item', () => {
  it('reads exactly what JSON.parse reads, whatever the chunking and whitespace (fast-check)', async () => {
    const member = fc.dictionary(
      fc.string({ maxLength: 8 }).filter((k) => k !== 'items'),
      fc.jsonValue({ maxDepth: 4 }),
      { maxKeys: 5 },
    );
    await fc.assert(
      fc.asyncProperty(
        member,
        fc.array(fc.jsonValue({ maxDepth: 4 }), { maxLength: 8 }),
        fc.nat({ max: 10 }),
        fc.array(fc.nat(), { maxLength: 12 }),
        fc.boolean(),
        async (head, items, pos, cuts, pretty) => {
          // (compared with JSON.parse's reading of the text: JSON has no -0)
          const entries = Object.entries(head);
          entries.splice(Math.min(pos, entries.length), 0, ['items', items]);
          const obj = Object.fromEntries(entries);
          const text = JSON.stringify(obj, null, pretty ? 2 : undefined);
          const r = await readInventoryJson(() => chunk(text, cuts));
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          const { items: got, ...rest } = r.value as unknown as Record<string, unknown>;
          const { items: expectedItems, ...expectedRest } = JSON.parse(text) as Record<string, unknown>;
          expect(rest).toEqual(expectedRest);
          expect(await collect(got as AsyncIterable<unknown>)).toEqual(expectedItems);
        },
      ),
      { numRuns: 500 },
    );
  });
  it('refuses what is not a JSON object, or broken structure, with coded issues', async () => {
    for (const bad of ['[1,2]', '"x"', '{"a":1 "b":2}', '{"a" 1}', '{"a":1', '{"a":1}}', '{1:2}', '']) {
      const r = await readInventoryJson(() => [bad]);
      expect(r.ok, bad).toBe(false);
      expect(r.issues[0]?.code).toMatch(/^compliance\./);
      // parseInventoryJson refuses them too.
      if (bad !== '[1,2]' && bad !== '"x"') expect(parseInventoryJson(bad).ok).toBe(false);
    }
  });
  it('reports a bad or too deep item with its position and goes on', async () => {
    const text = `{"schemaVersion":1,"portal":{"name":"P","unit":{"name":"U","kind":"commune"}},"items":[{"id":"a","category":"news","title":"A"},${'['.repeat(100)}${']'.repeat(100)},{"id":"b","category":"news","title":"B"}]}`;
    const r = await readInventoryJson(() => [text]);
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const report = await auditPortal(r.value, { profile: 'vinh-phuc-32-2023', asOf: '2026-11-25' });
    expect(report.summary.items).toBe(3);
    expect(report.summary.invalidItems).toBe(1);
  });
  it('audits the example the same as the whole-text path', async () => {
    const text = JSON.stringify(cleanInventory(), null, 1);
    const r = await readInventoryJson(() => chunk(text, [7, 100, 1000, 5000]));
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const streamed = await auditPortal(r.value, { profile: 'vinh-phuc-32-2023', asOf: '2026-11-25' });
    const whole = auditPortal(JSON.parse(text), { profile: 'vinh-phuc-32-2023', asOf: '2026-11-25' });
    expect(streamed).toEqual(whole);
  });
  it('keeps a "__proto__" member as data', async () => {
    const r = await readInventoryJson(() => ['{"__proto__":{"x":1},"items":[]}']);
    expect(r.ok && Object.getPrototypeOf(r.value)).toBe(Object.prototype);
  });
});
