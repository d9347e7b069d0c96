import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { toDnsLabel, validateHostname } from '../../src/domains/index.js';

describe('toDnsLabel', () => {
  it('folds, joins and strips the unit-type word', () => {
    expect(toDnsLabel('xã Đạo Trù')).toBe('daotru');
    expect(toDnsLabel('Huyện Phổ Yên')).toBe('phoyen');
    expect(toDnsLabel('Thị xã Kỳ Anh')).toBe('kyanh');
    expect(toDnsLabel('Thị trấn Mường Tè')).toBe('muongte');
    expect(toDnsLabel('Đặc khu Phú Quốc')).toBe('phuquoc');
    expect(toDnsLabel('Tỉnh Thanh Hoá')).toBe('thanhhoa');
    expect(toDnsLabel('Thành phố Hồ Chí Minh')).toBe('hochiminh');
    expect(toDnsLabel('TP. Hồ Chí Minh')).toBe('hochiminh');
    expect(toDnsLabel('Quận Ba Đình')).toBe('badinh');
    expect(toDnsLabel('UBND xã Đạo Trù')).toBe('daotru');
    expect(toDnsLabel('Ban Dân tộc')).toBe('dantoc');
  });
  it('keeps numbers and never returns an all-numeric label', () => {
    expect(toDnsLabel('Phường 2 Bảo Lộc')).toBe('2baoloc');
    expect(toDnsLabel('Xã A Lưới 3')).toBe('aluoi3');
    expect(toDnsLabel('Phường Hà Giang 1')).toBe('hagiang1');
    expect(toDnsLabel('Phường 1')).toBe('phuong1');
    expect(toDnsLabel('Quận 10')).toBe('quan10');
  });
  it('treats old and new tone placement, NFD and punctuation alike', () => {
    expect(toDnsLabel('Xã Hòa Lộc')).toBe(toDnsLabel('Xã Hoà Lộc'));
    expect(toDnsLabel('Ủy ban nhân dân xã Thủy An')).toBe(toDnsLabel('Uỷ ban nhân dân xã Thuỷ An'));
    expect(toDnsLabel('Xã Đạo Trù'.normalize('NFD'))).toBe('daotru');
    expect(toDnsLabel("Xã Ea H'Leo")).toBe('eahleo');
    expect(toDnsLabel('Phường Văn Miếu - Quốc Tử Giám')).toBe('vanmieuquoctugiam');
  });
  it('does not strip a type word that is the whole name, nor one of another kind', () => {
    expect(toDnsLabel('Xã')).toBe('xa');
    expect(toDnsLabel('Sở Tư pháp', { kind: 'commune' })).toBe('sotuphap');
    expect(toDnsLabel('Sở Tư pháp', { stripTypeWord: false })).toBe('sotuphap');
  });
  it('shortens labels over 63 characters by the documented rule', () => {
    const long = `Xã ${Array.from({ length: 30 }, (_, i) => `Mường${String.fromCharCode(97 + (i % 26))}`).join(' ')}`;
    const label = toDnsLabel(long);
    expect(label.length).toBeLessThanOrEqual(63);
    expect(label.startsWith('muonga')).toBe(true);
    expect(toDnsLabel('x'.repeat(10_000))).toBe('x'.repeat(63));
  });
  it('returns an empty label for names without letters or digits', () => {
    expect(toDnsLabel('')).toBe('');
    expect(toDnsLabel(' — ,.; ')).toBe('');
    expect(toDnsLabel('\u0000\ud800')).toBe('');
  });
  it('property: idempotent, and every non-empty label is a valid DNS label', () => {
    const vietnamese = fc.constantFrom(
      ..."aăâbcdđeêghiklmnoôơpqrstuưvxyàảãáạằẳẵắặầẩẫấậđèẻẽéẹềểễếệìỉĩíịòỏõóọồổỗốộờởỡớợùủũúụừửữứựỳỷỹýỵ -0123456789'.,".split(
        '',
      ),
    );
    const name = fc.oneof(
      fc.string({ maxLength: 80 }),
      fc.array(vietnamese, { maxLength: 80 }).map((a) => a.join('')),
    );
    fc.assert(
      fc.property(name, fc.constantFrom(undefined, 'commune', 'department', 'province'), (n, kind) => {
        const label = toDnsLabel(n, kind === undefined ? {} : { kind });
        expect(toDnsLabel(label)).toBe(label);
        if (label !== '') {
          expect(validateHostname(`${label}.vinhphuc.gov.vn`).ok).toBe(true);
        }
      }),
      { numRuns: 400 },
    );
  });
});
