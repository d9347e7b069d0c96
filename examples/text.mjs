// vn-portal-kit/text from ESM: legacy Vietnamese portal text to Unicode NFC (TCVN 6909:2001).
import assert from 'node:assert/strict';
import {
  checkUnicode,
  compareVietnamese,
  convertToUnicode,
  convertToUnicodeDetailed,
  detectEncoding,
  stripDiacritics,
  toAsciiLabel,
} from 'vn-portal-kit/text';

const tcvn3 = 'QuyÕt ®Þnh ban hµnh Quy chÕ ho¹t ®éng cña Cæng th«ng tin ®iÖn tö';
assert.equal(detectEncoding(tcvn3), 'tcvn3');
assert.equal(convertToUnicode(tcvn3), 'Quyết định ban hành Quy chế hoạt động của Cổng thông tin điện tử');

const vni = convertToUnicodeDetailed('UÛy ban nhaân daân tænh Vónh Phuùc');
assert.equal(vni.encoding, 'vni');
assert.equal(vni.text, 'Ủy ban nhân dân tỉnh Vĩnh Phúc');

assert.equal(convertToUnicode('Le café, s’il vous plaît.'), 'Le café, s’il vous plaît.');
assert.equal(checkUnicode(tcvn3).ok, false);
assert.equal(checkUnicode(vni.text).ok, true);
assert.equal(stripDiacritics('Đạo Trù'), 'Dao Tru');
assert.equal(toAsciiLabel('Vĩnh Phúc'), 'vinhphuc');
assert.deepEqual(['bạ', 'ba', 'bà'].sort(compareVietnamese), ['ba', 'bà', 'bạ']);
console.log(vni.text);
