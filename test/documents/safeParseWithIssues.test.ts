import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { z } from 'zod';
import { checkInputSize, safeParseWithIssues, zodIssuesToIssues } from '../../src/documents/index.js';

const schema = z
  .object({
    name: z.string().min(1).max(5),
    count: z.int().min(1).max(3),
    tags: z.array(z.string()).min(1).max(2),
    email: z.email().optional(),
    kind: z.enum(['a', 'b']).optional(),
    nested: z
      .discriminatedUnion('t', [z.object({ t: z.literal('x') }), z.object({ t: z.literal('y') })])
      .optional(),
  })
  .strict();

const run = (input: unknown) =>
  safeParseWithIssues(schema, input).issues.map((i) => [i.code, i.path.join('.')]);

describe('zod issues → coded bilingual issues', () => {
  it('one code per zod issue kind', () => {
    expect(run({})).toEqual([
      ['schema.required', 'name'],
      ['schema.required', 'count'],
      ['schema.required', 'tags'],
    ]);
    expect(run({ name: '', count: 0, tags: [] })).toEqual([
      ['schema.empty', 'name'],
      ['schema.too-small', 'count'],
      ['schema.too-few', 'tags'],
    ]);
    expect(run({ name: 'abcdef', count: 4, tags: ['a', 'b', 'c'] })).toEqual([
      ['schema.too-long', 'name'],
      ['schema.too-big', 'count'],
      ['schema.too-many', 'tags'],
    ]);
    expect(
      run({ name: 'a', count: 1, tags: ['a'], email: 'x', kind: 'c', nested: { t: 'z' }, zzz: 1 }),
    ).toEqual([
      ['schema.invalid-format', 'email'],
      ['schema.invalid-value', 'kind'],
      ['schema.invalid-value', 'nested.t'],
      ['schema.unknown-key', ''],
    ]);
    expect(run({ name: 1, count: 'x', tags: 'a' })).toEqual([
      ['schema.invalid-type', 'name'],
      ['schema.invalid-type', 'count'],
      ['schema.invalid-type', 'tags'],
    ]);
    expect(run(null)).toEqual([['schema.invalid-type', '']]);
  });

  it('uses labels, citations and the path prefix', () => {
    const r = safeParseWithIssues(
      schema,
      { count: 1, tags: ['x'] },
      {
        labels: { name: { vi: 'Họ và tên', en: 'Full name' } },
        citations: { name: { id: 'ND-43-2011/10.1.k' } },
        path: ['contacts', 2],
      },
    );
    expect(r.issues[0]).toMatchObject({
      code: 'schema.required',
      path: ['contacts', 2, 'name'],
      message: {
        vi: 'Thiếu trường bắt buộc «Họ và tên» (name)',
        en: 'Missing required field "Full name" (name)',
      },
      citation: { id: 'ND-43-2011/10.1.k' },
    });
  });

  it('keeps the code and messages of custom issues', () => {
    const s = z
      .string()
      .refine((v) => v === 'ok', { params: { code: 'x.not-ok', vi: 'Không ổn', en: 'Not ok' } });
    const r = s.safeParse('no');
    const issues = r.success ? [] : zodIssuesToIssues(r.error.issues);
    expect(issues.map((i) => [i.code, i.message.vi])).toEqual([['x.not-ok', 'Không ổn']]);
  });

  it('size guard: within limits is undefined; cycles end at the depth limit', () => {
    const cyclic: Record<string, unknown> = {};
    cyclic.self = cyclic;
    expect(checkInputSize(cyclic)?.code).toBe('schema.too-deep');
    expect(checkInputSize({ a: 'x'.repeat(10) }, { maxTotalChars: 5 })?.code).toBe('schema.input-too-large');
    expect(
      checkInputSize(
        Array.from({ length: 10 }, () => 1),
        { maxNodes: 5 },
      )?.code,
    ).toBe('schema.too-many-values');
    expect(checkInputSize(new Date())).toBeUndefined();
  });

  it('never throws (fast-check)', () => {
    fc.assert(
      fc.property(fc.anything({ maxDepth: 5 }), (input) => {
        const r = safeParseWithIssues(schema, input);
        if (!r.ok) expect(r.issues.every((i) => i.code.startsWith('schema.'))).toBe(true);
      }),
      { numRuns: 500 },
    );
  });
});

describe('checkInputSize: hostile objects', () => {
  it('a throwing getter is reported, not thrown', () => {
    const evil = {
      get boom(): string {
        throw new Error('boom');
      },
    };
    expect(checkInputSize(evil)?.code).toBe('schema.unreadable');
    expect(safeParseWithIssues(z.object({ boom: z.string() }), evil).issues[0]?.code).toBe(
      'schema.unreadable',
    );
  });
});
