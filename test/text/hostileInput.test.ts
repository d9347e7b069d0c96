import { describe, expect, it } from 'vitest';
import {
  checkUnicode,
  compareVietnamese,
  convertToUnicode,
  detectEncoding,
  stripDiacritics,
  toAsciiLabel,
  toNFC,
} from '../../src/text/index.js';

// Inputs built to trigger worst cases: long runs of marks, VIQR mark soup, mojibake lead bytes without
// continuations, lone surrogates, control characters. Each call must finish (no timed assertion).
function adversarial(size: number): string[] {
  const unit = (s: string): string => s.repeat(Math.ceil(size / s.length)).slice(0, size);
  return [
    unit("a^(+'`?~."),
    unit('\u00e1\u00ba'),
    unit('\u0301'),
    unit('e\u0302\u0323\u0300\u0301'),
    unit('\ud800x\u0007\u0085'),
    unit('ôùöôøñ'),
    unit('§¸\u00adµ'),
    unit(`${'a'.repeat(5000)} `),
    unit('dd\\.'),
    `${unit('Cæng th«ng tin ®iÖn tö\n').slice(0, size / 2)}${unit('Coång thoâng\n').slice(0, size / 2)}`,
  ];
}

describe('hostile input', () => {
  it('answers 1 MB adversarial inputs with every function', () => {
    const inputs = adversarial(1_000_000);
    for (const s of inputs) {
      expect(typeof detectEncoding(s)).toBe('string');
      expect(typeof convertToUnicode(s)).toBe('string');
      expect(typeof checkUnicode(s).ok).toBe('boolean');
      expect(typeof stripDiacritics(s)).toBe('string');
      expect(toAsciiLabel(s)).toMatch(/^[a-z0-9]*$/);
    }
    for (const s of inputs.slice(0, 4)) expect(Number.isFinite(compareVietnamese(s, s.slice(1)))).toBe(true);
  });
  it('answers a 10 MB text', () => {
    const s = 'Ủy ban nhân dân tỉnh Vĩnh Phúc. '.repeat(330_000);
    expect(s.length).toBeGreaterThan(10_000_000);
    const report = checkUnicode(s);
    expect(report.ok).toBe(true);
    expect(report.encoding).toBe('nfc');
  });
  it('answers empty and tiny strings', () => {
    for (const s of ['', ' ', '\n', '\ud800', '\udc00', '\u0000', '.', '\\']) {
      expect(typeof convertToUnicode(s)).toBe('string');
      expect(typeof detectEncoding(s)).toBe('string');
      expect(typeof checkUnicode(s).ok).toBe('boolean');
    }
  });
  it('a value that is not a string: checkUnicode reports it, the converters throw a clear TypeError', () => {
    let nested: unknown[] = [];
    const deep = nested;
    for (let i = 0; i < 100_000; i++) {
      const next: unknown[] = [];
      nested.push(next);
      nested = next;
    }
    for (const v of [null, undefined, 42, {}, deep, Symbol('s')]) {
      const report = checkUnicode(v as unknown as string);
      expect(report.ok).toBe(false);
      expect(report.issues.map((i) => [i.code, i.message.vi.length > 0, i.citation?.id])).toEqual([
        ['text.not-a-string', true, 'VP-32-2023/3.1'],
      ]);
      const text = v as unknown as string;
      for (const f of [toNFC, stripDiacritics, toAsciiLabel, detectEncoding, convertToUnicode]) {
        expect(() => f(text)).toThrow(/must be a string/);
      }
      expect(() => compareVietnamese('a', text)).toThrow(TypeError);
    }
  });
});
