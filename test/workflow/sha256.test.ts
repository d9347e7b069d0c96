import { createHash } from 'node:crypto';
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { canonicalText } from '../../src/workflow/_lib/canonical.js';
import { sha256Hex } from '../../src/workflow/_lib/sha256.js';

describe('sha256Hex (pure TypeScript SHA-256)', () => {
  it('matches the FIPS 180-4 / NIST test vectors', () => {
    expect(sha256Hex('')).toBe('e3b0c44298fc1c149afbf4c8996fb92427ae41e4649b934ca495991b7852b855');
    expect(sha256Hex('abc')).toBe('ba7816bf8f01cfea414140de5dae2223b00361a396177a9cb410ff61f20015ad');
    expect(sha256Hex('abcdbcdecdefdefgefghfghighijhijkijkljklmklmnlmnomnopnopq')).toBe(
      '248d6a61d20638b8e5c026930c3e6039a33ce45964ff2167f6ecedd419db06c1',
    );
    expect(
      sha256Hex(
        'abcdefghbcdefghicdefghijdefghijkefghijklfghijklmghijklmnhijklmnoijklmnopjklmnopqklmnopqrlmnopqrsmnopqrstnopqrstu',
      ),
    ).toBe('cf5b16a778af8380036ce59e7b0492370b249b11e8f07a51afac45037afee9d1');
    expect(sha256Hex('a'.repeat(1_000_000))).toBe(
      'cdc76e5c9914fb9281a1c7e284d73e67f1809a48a497200e046d39ccc7112cd0',
    );
  });

  it('handles block boundaries (55, 56, 63, 64, 65 bytes) like node:crypto', () => {
    for (const n of [55, 56, 57, 63, 64, 65, 119, 120, 128]) {
      const s = 'x'.repeat(n);
      expect(sha256Hex(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
    }
  });

  it('hashes Vietnamese text as UTF-8', () => {
    const s = 'Cổng thông tin điện tử tỉnh Quảng Nam — đính chính';
    expect(sha256Hex(s)).toBe(createHash('sha256').update(s, 'utf8').digest('hex'));
  });

  it('agrees with node:crypto on random strings (lone surrogates included)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 300 }), (s) => {
        const expected = createHash('sha256')
          .update(Buffer.from(new TextEncoder().encode(s)))
          .digest('hex');
        expect(sha256Hex(s)).toBe(expected);
      }),
      { numRuns: 150 },
    );
  });
});

const text = (v: unknown): string => {
  const r = canonicalText(v);
  if (!r.ok) throw new Error(r.issue.code);
  return r.text;
};

describe('canonicalText (the form the audit log hashes)', () => {
  it('sorts keys at every depth', () => {
    expect(text({ b: 1, a: { d: [1, { z: 1, y: 2 }], c: null } })).toBe(
      '{"a":{"c":null,"d":[1,{"y":2,"z":1}]},"b":1}',
    );
  });

  it('is independent of key insertion order, and equals JSON.stringify of the sorted value', () => {
    const sorted = (v: unknown): unknown =>
      Array.isArray(v)
        ? v.map(sorted)
        : v !== null && typeof v === 'object'
          ? Object.fromEntries(
              Object.keys(v)
                .sort()
                .map((k) => [k, sorted((v as Record<string, unknown>)[k])]),
            )
          : v;
    fc.assert(
      fc.property(fc.dictionary(fc.string({ maxLength: 5 }), fc.jsonValue({ maxDepth: 2 })), (o) => {
        const clean = JSON.parse(JSON.stringify(o)) as unknown;
        if (JSON.stringify(clean).includes('-0')) return;
        const reversed = Object.fromEntries(Object.entries(clean as object).reverse());
        expect(text(reversed)).toBe(text(clean));
        expect(JSON.parse(text(clean))).toEqual(sorted(clean));
      }),
      { numRuns: 200 },
    );
  });

  it('two different JSON values never share a text (injective on JSON)', () => {
    fc.assert(
      fc.property(fc.jsonValue({ maxDepth: 3 }), fc.jsonValue({ maxDepth: 3 }), (a, b) => {
        const ca = canonicalText(a);
        const cb = canonicalText(b);
        if (!ca.ok || !cb.ok) return;
        // The text parses back to the value: equal texts mean equal values.
        expect(JSON.parse(ca.text)).toEqual(a);
        if (ca.text === cb.text) expect(b).toEqual(a);
      }),
      { numRuns: 300 },
    );
  });
});
