import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { DOCUMENT_TYPES, parseDocumentNumber } from '../../src/documents/index.js';

const codes = (r: { issues: readonly { code: string; severity: string }[] }) =>
  r.issues.filter((i) => i.severity === 'warning').map((i) => i.code);

describe('parseDocumentNumber: a missing hyphen is repaired, a type never becomes an issuer (issue #15)', () => {
  it('1347/QĐ UBND → 1347/QĐ-UBND, a decision of the UBND, with a warning', () => {
    const r = parseDocumentNumber('1347/QĐ UBND');
    expect(r.ok && [r.value.text, r.value.form, r.value.type?.code, r.value.issuer]).toEqual([
      '1347/QĐ-UBND',
      'administrative',
      'QĐ',
      'UBND',
    ]);
    expect(codes(r)).toEqual(['docnum.hyphen-inserted']);
    expect(r.issues[0]?.message.en).toContain('1347/QĐ-UBND');
  });

  it('the run-together form and the normative and multi-group forms too', () => {
    const joined = parseDocumentNumber('1347/QĐUBND');
    expect(joined.ok && [joined.value.text, joined.value.type?.code, joined.value.issuer]).toEqual([
      '1347/QĐ-UBND',
      'QĐ',
      'UBND',
    ]);
    expect(codes(joined)).toEqual(['docnum.hyphen-inserted']);
    const normative = parseDocumentNumber('32/2023/QĐ UBND');
    expect(normative.ok && [normative.value.text, normative.value.year]).toEqual(['32/2023/QĐ-UBND', 2023]);
    const tt = parseDocumentNumber('256/TTr STTTT');
    expect(tt.ok && [tt.value.type?.code, tt.value.issuer]).toEqual(['TTr', 'STTTT']);
  });

  it('stray spaces that are not between groups are only removed; plain-capital codes are not split off issuers', () => {
    const stray = parseDocumentNumber('Số: 1347 /QĐ-UBND');
    expect(stray.ok && stray.value.text).toBe('1347/QĐ-UBND');
    expect(codes(stray)).not.toContain('docnum.hyphen-inserted');
    const bca = parseDocumentNumber('05/BCA-X'); // Bộ Công an, not a "BC" (báo cáo) of issuer "A"
    expect(bca.ok && [bca.value.type, bca.value.issuer]).toEqual([undefined, 'BCA']);
    const hdnd = parseDocumentNumber('05/HĐND-VP'); // Hội đồng nhân dân, not a "HĐ" (hợp đồng) of issuer "ND"
    expect(hdnd.ok && [hdnd.value.type, hdnd.value.issuer]).toEqual([undefined, 'HĐND']);
  });

  it('property: for every type with its own code, "N/TYPE ISSUER" parses like "N/TYPE-ISSUER", with the warning', () => {
    const types = DOCUMENT_TYPES.filter((t) => t.administrative).map((t) => t.code);
    const issuer = fc.constantFrom('UBND', 'BNV', 'STTTT', 'VPCP', 'BTTTT', 'SNV');
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 9999 }), fc.constantFrom(...types), issuer, (n, type, iss) => {
        const good = parseDocumentNumber(`${n}/${type}-${iss}`);
        const spaced = parseDocumentNumber(`${n}/${type} ${iss}`);
        expect(spaced.ok).toBe(good.ok);
        if (!good.ok || !spaced.ok) return;
        expect([spaced.value.text, spaced.value.type?.code, spaced.value.issuer]).toEqual([
          good.value.text,
          good.value.type?.code,
          good.value.issuer,
        ]);
        expect(codes(spaced)).toContain('docnum.hyphen-inserted');
        // the type's code is never the start of the issuer
        expect(spaced.value.issuer.startsWith(type) && spaced.value.type === undefined).toBe(false);
      }),
      { numRuns: 300 },
    );
  });
});
