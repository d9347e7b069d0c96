import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isCivilDate } from '../../src/core/index.js';
import { parseDocumentNumber } from '../../src/documents/index.js';
import { readNumberSymbol, readVietnameseDate } from '../../src/site/index.js';

const pad = (n: number) => String(n).padStart(2, '0');
const civilDate = fc
  .date({ min: new Date('1950-01-01T00:00:00Z'), max: new Date('2199-12-31T00:00:00Z'), noInvalidDate: true })
  .map((d) => d.toISOString().slice(0, 10));
// Text around a date that cannot itself hold a date: no digits.
const noDigits = fc.string({ maxLength: 60 }).map((s) => s.replace(/[0-9]/g, ''));

describe('readVietnameseDate (property)', () => {
  it('never throws and only returns real civil dates, on any text', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const d = readVietnameseDate(s);
        if (d !== undefined) {
          expect(isCivilDate(d.date)).toBe(true);
          expect(d.dateTime.startsWith(d.date)).toBe(true);
        }
      }),
      { numRuns: 2_000 },
    );
  });

  it('reads a date written day-first in any of the page forms, wherever it sits', () => {
    fc.assert(
      fc.property(
        civilDate,
        fc.constantFrom('/', '-', '.'),
        fc.boolean(),
        fc.constantFrom('dmy', 'words'),
        noDigits,
        noDigits,
        (iso, sep, zeroPad, form, before, after) => {
          const [y, m, d] = iso.split('-').map(Number) as [number, number, number];
          const dd = zeroPad ? pad(d) : String(d);
          const mm = zeroPad ? pad(m) : String(m);
          const written = form === 'dmy' ? `${dd}${sep}${mm}${sep}${y}` : `ngày ${dd} tháng ${mm} năm ${y}`;
          expect(readVietnameseDate(`${before} ${written} ${after}`)?.date).toBe(iso);
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it('keeps the time of day in +07:00, and converts an ISO instant to Vietnamese time', () => {
    fc.assert(
      fc.property(
        civilDate,
        fc.integer({ min: 0, max: 23 }),
        fc.integer({ min: 0, max: 59 }),
        (iso, h, min) => {
          const [y, m, d] = iso.split('-');
          expect(readVietnameseDate(`Ngày đăng: ${d}/${m}/${y} ${pad(h)}:${pad(min)}`)?.dateTime).toBe(
            `${iso}T${pad(h)}:${pad(min)}:00+07:00`,
          );
          const instant = new Date(`${iso}T${pad(h)}:${pad(min)}:00+07:00`);
          expect(readVietnameseDate(instant.toISOString())?.dateTime).toBe(
            `${iso}T${pad(h)}:${pad(min)}:00+07:00`,
          );
        },
      ),
      { numRuns: 500 },
    );
  });

  it('rejects impossible dates: 31/02, 30/02/2026, 29/02 of a common year, month 13', () => {
    for (const s of ['31/02/2026', '30/02/2026', '29/02/2026', '01/13/2026', '00/01/2026'])
      expect(readVietnameseDate(s)).toBeUndefined();
    expect(readVietnameseDate('29/02/2028')?.date).toBe('2028-02-29');
  });

  it('stays fast on long hostile text', () => {
    const t = performance.now();
    for (const s of ['1'.repeat(100_000), '1/'.repeat(50_000), ' '.repeat(100_000), '08:30 '.repeat(20_000)])
      readVietnameseDate(s);
    expect(performance.now() - t).toBeLessThan(2_000);
  });
});

const symbolGroup = fc.constantFrom('UBND', 'BNV', 'VP', 'STTTT', 'BTC', 'KHĐT', 'TW');
const docType = fc.constantFrom('QĐ', 'NQ', 'CT', 'KH', 'TTr', 'QyĐ', 'HD', 'BC', 'TB');

describe('readNumberSymbol (property)', () => {
  it('never throws on any text, and what it returns starts with digits and holds a slash', () => {
    fc.assert(
      fc.property(fc.string({ maxLength: 300 }), (s) => {
        const n = readNumberSymbol(s);
        if (n !== undefined) expect(n).toMatch(/^\d{1,6}[ /-]/);
      }),
      { numRuns: 2_000 },
    );
  });

  it('reads back a well-formed number-symbol after any label, and the documents parser accepts it', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 9999 }),
        fc.option(fc.integer({ min: 2000, max: 2030 }), { nil: undefined }),
        docType,
        symbolGroup,
        fc.constantFrom('Số ký hiệu: ', 'Số: ', 'Số hiệu văn bản ', ''),
        noDigits,
        (n, year, type, issuer, label, after) => {
          const number = `${pad(n)}${year ? `/${year}` : ''}/${type}-${issuer}`;
          const tail = after.replace(/^[\p{L}\p{N}/-]/u, ' ');
          expect(readNumberSymbol(`${label}${number} ${tail}`)).toBe(number);
          if (!year) expect(parseDocumentNumber(number).ok).toBe(true);
        },
      ),
      { numRuns: 1_000 },
    );
  });

  it('keeps the malformed variants as written, for the documents rule to judge', () => {
    expect(readNumberSymbol('Số: 1347 /QĐ-UBND ngày 05/6/2020')).toBe('1347 /QĐ-UBND');
    expect(readNumberSymbol('Số ký hiệu 41/2026/QĐ UBND Trích yếu')).toBe('41/2026/QĐ UBND');
    expect(readNumberSymbol('năm 2026 có 12/2026 tháng')).toBeUndefined();
  });
});
