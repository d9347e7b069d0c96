import { cite, createIssue, type Issue, type IssuePath, localized } from '../../core/index.js';
import { MAX_LABEL_LENGTH } from './shortenLabel.js';

/** The longest host name in dotted form (RFC 1035 §2.3.4, RFC 1123 §2.1). */
export const MAX_HOSTNAME_LENGTH = 253;

/**
 * Syntax issues of one DNS label (lowercase expected): RFC 1035 §2.3.1 letters, digits, hyphen; 1–63
 * octets; no leading or trailing hyphen; RFC 5891 §4.2.3.1 no `--` in positions 3–4 (reserved for `xn--`,
 * and Vietnamese rules require names without diacritics, so no IDN); not all digits (RFC 1123 §2.1).
 */
export function checkLabel(label: string, path: IssuePath): Issue[] {
  const issues: Issue[] = [];
  const shown = label.length > 80 ? `${label.slice(0, 80)}…` : label;
  if (label.length === 0) {
    issues.push(
      createIssue(
        'domains.label-empty',
        localized('Nhãn rỗng (hai dấu chấm liền nhau)', 'Empty label (two dots in a row)'),
        {
          path,
          citation: cite('RFC-1035/2.3.1'),
        },
      ),
    );
    return issues;
  }
  if (label.length > MAX_LABEL_LENGTH) {
    issues.push(
      createIssue(
        'domains.label-too-long',
        localized(
          `Nhãn “${shown}” dài ${label.length} ký tự, quá 63`,
          `Label “${shown}” is ${label.length} characters long, over 63`,
        ),
        { path, citation: cite('RFC-1035/2.3.4'), details: { label: shown, length: label.length } },
      ),
    );
  }
  let nonAscii = false;
  let badChar = '';
  for (let i = 0; i < label.length && i < 1024; i++) {
    const c = label.charCodeAt(i);
    if (c > 0x7f) {
      nonAscii = true;
      break;
    }
    const ok = (c >= 0x61 && c <= 0x7a) || (c >= 0x30 && c <= 0x39) || c === 0x2d;
    if (!ok && badChar === '') badChar = label[i] ?? '';
  }
  if (nonAscii) {
    issues.push(
      createIssue(
        'domains.label-not-ascii',
        localized(
          `Nhãn “${shown}” có ký tự ngoài ASCII: tên miền .gov.vn viết tiếng Việt không dấu`,
          `Label “${shown}” has non-ASCII characters: .gov.vn names are written in Vietnamese without diacritics`,
        ),
        { path, citation: cite('ND-224-2026/11.4'), details: { label: shown } },
      ),
    );
    return issues;
  }
  if (badChar !== '') {
    issues.push(
      createIssue(
        'domains.label-invalid-char',
        localized(
          `Nhãn “${shown}” có ký tự không hợp lệ “${badChar}” (chỉ được dùng a–z, 0–9 và dấu gạch ngang)`,
          `Label “${shown}” has an invalid character “${badChar}” (only a–z, 0–9 and hyphen)`,
        ),
        { path, citation: cite('RFC-1035/2.3.1'), details: { label: shown, char: badChar } },
      ),
    );
  }
  if (label.startsWith('-') || label.endsWith('-')) {
    issues.push(
      createIssue(
        'domains.label-hyphen-edge',
        localized(
          `Nhãn “${shown}” bắt đầu hoặc kết thúc bằng dấu gạch ngang`,
          `Label “${shown}” starts or ends with a hyphen`,
        ),
        { path, citation: cite('RFC-1035/2.3.1'), details: { label: shown } },
      ),
    );
  }
  if (label.length >= 4 && label[2] === '-' && label[3] === '-') {
    const idn = label.startsWith('xn--');
    issues.push(
      createIssue(
        idn ? 'domains.label-idn' : 'domains.label-hyphen-34',
        idn
          ? localized(
              `Nhãn “${shown}” là tên miền tiếng Việt có dấu (IDN): tên miền .gov.vn phải viết không dấu`,
              `Label “${shown}” is an internationalised (IDN) label: .gov.vn names are written without diacritics`,
            )
          : localized(
              `Nhãn “${shown}” có “--” ở vị trí 3–4, dành riêng cho IDN`,
              `Label “${shown}” has “--” in positions 3–4, reserved for IDN`,
            ),
        { path, citation: cite(idn ? 'ND-224-2026/11.4' : 'RFC-5891/4.2.3.1'), details: { label: shown } },
      ),
    );
  }
  if (/^[0-9]+$/.test(label)) {
    issues.push(
      createIssue(
        'domains.label-all-numeric',
        localized(`Nhãn “${shown}” chỉ gồm chữ số`, `Label “${shown}” is all digits`),
        { path, citation: cite('RFC-1123/2.1'), details: { label: shown } },
      ),
    );
  }
  return issues;
}
