import { cite, createIssue, type Issue, type IssuePath, localized } from '../../core/index.js';
import { convertToUnicodeDetailed } from '../../text/index.js';

const VIETNAMESE_LETTERS: ReadonlySet<string> = new Set([
  ...'àáảãạăằắẳẵặâầấẩẫậèéẻẽẹêềếểễệìíỉĩịòóỏõọôồốổỗộơờớởỡợùúủũụưừứửữựỳýỷỹỵđ',
  ...'ÀÁẢÃẠĂẰẮẲẴẶÂẦẤẨẪẬÈÉẺẼẸÊỀẾỂỄỆÌÍỈĨỊÒÓỎÕỌÔỒỐỔỖỘƠỜỚỞỠỢÙÚỦŨỤƯỪỨỬỮỰỲÝỶỸỴĐ',
]);
const VIQR_HINT = /[\^+`?~]|[a-z][.'][a-z]|dd[aeiouy]/i;

/**
 * Whether a name may be in a legacy encoding and is worth the (costly) detection: it has a character that is
 * neither ASCII nor a precomposed Vietnamese letter (TCVN3 `§ ¸ µ`, VNI `ñ ø ö`, mojibake `Ã Ä º`,
 * combining marks), or, all ASCII, looks like VIQR (`^ + \` ? ~`, a tone mark inside a word, `dd`).
 */
function mayBeLegacy(name: string): boolean {
  let ascii = true;
  for (let i = 0; i < name.length; i++) {
    if (name.charCodeAt(i) < 0x80) continue;
    ascii = false;
    if (!VIETNAMESE_LETTERS.has(name[i] as string)) return true;
  }
  return ascii && VIQR_HINT.test(name);
}

/** Names longer than this many UTF-16 code units are cut before any processing (linear time on hostile input). */
export const MAX_NAME_LENGTH = 1000;

/** A name made safe to process, and what was done to it. */
export interface PreparedName {
  readonly name: string;
  readonly issues: Issue[];
  readonly failed: boolean;
}

/**
 * Checks and normalises a name from user data: not a string or empty → error; longer than
 * {@link MAX_NAME_LENGTH} → cut, with a warning; NFC.
 */
export function prepareName(input: unknown, basePath: IssuePath): PreparedName {
  const path = (): IssuePath => [...basePath, 'name'];
  const issues: Issue[] = [];
  if (typeof input !== 'string') {
    issues.push(
      createIssue(
        'domains.name-not-text',
        localized('Tên phải là một chuỗi ký tự', 'The name must be a string'),
        {
          path: path(),
          details: { received: input === null ? 'null' : typeof input },
        },
      ),
    );
    return { name: '', issues, failed: true };
  }
  let name = input;
  if (name.length > MAX_NAME_LENGTH) {
    issues.push(
      createIssue(
        'domains.name-truncated',
        localized(
          `Tên dài ${name.length} ký tự; chỉ xét ${MAX_NAME_LENGTH} ký tự đầu`,
          `The name is ${name.length} characters long; only the first ${MAX_NAME_LENGTH} are used`,
        ),
        { path: path(), severity: 'warning', details: { length: name.length, max: MAX_NAME_LENGTH } },
      ),
    );
    name = name.slice(0, MAX_NAME_LENGTH);
  }
  name = name.normalize('NFC');
  if (mayBeLegacy(name)) {
    const converted = convertToUnicodeDetailed(name);
    if (
      converted.changed &&
      converted.encoding !== 'nfc' &&
      converted.encoding !== 'nfd' &&
      converted.encoding !== 'ascii'
    ) {
      issues.push(
        createIssue(
          'domains.name-converted',
          localized(
            `Tên “${name.slice(0, 80)}” ở bảng mã cũ (${converted.encoding}); đã chuyển sang Unicode TCVN 6909: “${converted.text.slice(0, 80)}”`,
            `The name “${name.slice(0, 80)}” was in a legacy encoding (${converted.encoding}); converted to Unicode (TCVN 6909): “${converted.text.slice(0, 80)}”`,
          ),
          {
            path: path(),
            severity: 'warning',
            citation: cite('VP-32-2023/3.1'),
            details: {
              encoding: converted.encoding,
              original: name.slice(0, 200),
              converted: converted.text.slice(0, 200),
            },
          },
        ),
      );
      name = converted.text;
    }
  }
  if (!/[\p{L}\p{N}]/u.test(name)) {
    issues.push(
      createIssue(
        'domains.name-empty',
        localized('Tên không có chữ cái hay chữ số nào', 'The name has no letter or digit'),
        { path: path(), citation: cite('RFC-1035/2.3.1') },
      ),
    );
    return { name, issues, failed: true };
  }
  return { name, issues, failed: false };
}
