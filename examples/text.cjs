// vn-portal-kit/text from CommonJS: legacy Vietnamese portal text to Unicode NFC (TCVN 6909:2001).
const assert = require('node:assert/strict');
const { checkUnicode, convertToUnicode, detectEncoding, toAsciiLabel } = require('vn-portal-kit/text');

const viqr = 'Co^?ng tho^ng tin ddie^.n tu+? ti?nh Ha^.u Giang';
assert.equal(detectEncoding(viqr), 'viqr');
assert.equal(convertToUnicode(viqr), 'Cổng thông tin điện tử tỉnh Hậu Giang');

const mojibake = 'Cá»•ng thÃ´ng tin Ä‘iá»‡n tá»­';
assert.equal(convertToUnicode(mojibake), 'Cổng thông tin điện tử');
assert.equal(convertToUnicode('Giç Tæ Hïng V\u00ad¬ng', 'tcvn3'), 'Giỗ Tổ Hùng Vương');

const report = checkUnicode('Vie\u0302\u0323t Nam');
assert.equal(report.ok, false);
assert.equal(report.issues[0].code, 'text.not-nfc');
assert.equal(toAsciiLabel('Như Xuân'), 'nhuxuan');
console.log(convertToUnicode(viqr));
