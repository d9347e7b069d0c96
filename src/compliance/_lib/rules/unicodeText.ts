import { checkUnicode, convertToUnicode } from '../../../text/index.js';
import { defineRule } from '../../defineRule.js';
import type { InventoryItem } from '../../InventorySchema.js';
import { RepeatMemo } from '../repeatMemo.js';

/** Longest text checked per field (longer texts are checked on their first part). */
const MAX_CHECKED = 200_000;
/** Most string fields checked per item. */
const MAX_FIELDS = 32;
/** Longest text whose clean verdict is remembered, and most texts remembered per field. */
const MAX_REMEMBERED_LENGTH = 256;
const MAX_REMEMBERED = 8_192;
/** Most fields whose clean texts are remembered (field names come from the inventory). */
const MAX_MEMOS = 256;

/** The clean texts met in one field (the title, or a key of `fields`). */
type Memo = RepeatMemo<string, true>;

/** True when every code unit is printable ASCII without VIQR tone marks (nothing for checkUnicode to find). */
function plainAscii(s: string): boolean {
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c < 0x20 || c > 0x7e) return false;
    // VIQR marks: ' ` ? ~ . ^ ( + and the dd digraph need the full analysis.
    if (
      c === 0x27 ||
      c === 0x60 ||
      c === 0x3f ||
      c === 0x7e ||
      c === 0x2e ||
      c === 0x5e ||
      c === 0x28 ||
      c === 0x2b
    ) {
      return false;
    }
  }
  return s.indexOf('dd') === -1 && s.indexOf('DD') === -1;
}

/**
 * The precomposed letters of Vietnamese outside ASCII and Latin Extended Additional, and typographic
 * punctuation, as a table indexed by code unit (1: allowed).
 */
const VIETNAMESE_LETTERS = /* @__PURE__ */ (() => {
  const t = new Uint8Array(0x2030);
  for (const c of 'ÀÁÂÃÈÉÊÌÍÒÓÔÕÙÚÝàáâãèéêìíòóôõùúýĂăĐđĨĩŨũƠơƯư–—‘’“”…') t[c.charCodeAt(0)] = 1;
  return t;
})();

/**
 * True for text made only of ASCII and precomposed Vietnamese letters, with at least one letter beyond
 * Latin-1 (which an 8-bit legacy encoding shown as Unicode never yields): nothing for checkUnicode to find.
 */
function cleanUnicode(s: string): boolean {
  let beyondLatin1 = false;
  for (let i = 0; i < s.length; i++) {
    const c = s.charCodeAt(i);
    if (c >= 0x20 && c <= 0x7e) continue;
    if (c >= 0x1ea0 && c <= 0x1ef9) {
      beyondLatin1 = true;
      continue;
    }
    if (c >= 0x2030 || VIETNAMESE_LETTERS[c] !== 1) return false;
    if (c > 0xff && c < 0x2000) beyondLatin1 = true;
  }
  return beyondLatin1;
}

/**
 * `text.unicode`: every text is Vietnamese Unicode under TCVN 6909:2001 in NFC, citing the provision of the
 * audited profile that requires it (`languages.encoding.citation`: VP-32-2023/3.1, HG-1347-2020/4.2,
 * QN-3069-2021/6.6, TN-40-2012/7.1, NX-2112-2022/11, or the national text's): no legacy encodings (TCVN3/ABC,
 * VNI, VIQR), no decomposed sequences, no control characters. The finding shows the converted text.
 */
export const unicodeTextRule = defineRule({
  id: 'text.unicode',
  title: { vi: 'Văn bản dùng Unicode TCVN 6909', en: 'Texts are Unicode under TCVN 6909' },
  severity: 'error',
  create(ctx) {
    // The profile's own provision (or its national text's): never another regulation's.
    const cited = ctx.policy.textEncoding;
    const citation = cited.id;
    // Short clean texts, by field (inventories repeat authorities, forms, statuses, periods like "2025–2027"):
    // the check is a pure function of the text, so the verdict is reused. A lookup is cheaper than a scan
    // since the string's hash is computed once (and the fields rule has usually computed it already).
    const memos = new Map<string, Memo>();
    const titleMemo: Memo = new RepeatMemo(MAX_REMEMBERED);
    const memoOf = (key: string | undefined): Memo | undefined => {
      if (key === undefined) return titleMemo;
      let m = memos.get(key);
      if (m === undefined && memos.size < MAX_MEMOS) {
        m = new RepeatMemo(MAX_REMEMBERED);
        memos.set(key, m);
      }
      return m;
    };
    const remember = (memo: Memo | undefined, text: string): void => {
      if (text.length <= MAX_REMEMBERED_LENGTH) memo?.set(text, true);
    };
    return {
      item(item, index) {
        check(item, index, undefined, item.title);
        let n = 0;
        for (const key in item.fields) {
          const v = item.fields[key];
          if (typeof v !== 'string') continue;
          if (++n > MAX_FIELDS) break;
          check(item, index, key, v);
        }
      },
    };
    /** Checks the title (`key` undefined) or the field `key` of an item. */
    function check(item: InventoryItem, index: number, key: string | undefined, full: string): void {
      const memo = memoOf(key);
      if (memo?.remembering && full.length <= MAX_REMEMBERED_LENGTH && memo.get(full)) return;
      const text = full.length > MAX_CHECKED ? full.slice(0, MAX_CHECKED) : full;
      if (plainAscii(text) || cleanUnicode(text)) {
        remember(memo, text);
        return;
      }
      const r = checkUnicode(text, { citation, maxIssuesPerCode: 3 });
      const errors = r.issues.filter((i) => i.severity === 'error');
      const first = errors[0];
      if (!first) {
        remember(memo, text);
        return;
      }
      const field = key === undefined ? 'title' : `fields.${key}`;
      // Legacy words inside a Unicode line come with the corrected line; a legacy text is converted whole.
      const fixed = errors.find((i) => i.code === 'text.legacy-fragment')?.details?.fixed;
      const converted =
        typeof fixed === 'string' && !text.includes('\n')
          ? fixed
          : r.encoding === 'nfc' || r.encoding === 'ascii'
            ? text.normalize('NFC')
            : convertToUnicode(text);
      ctx.report({
        message: {
          vi: `Trường ${field} không đúng Unicode TCVN 6909: ${first.message.vi}`,
          en: `Field ${field} is not Unicode TCVN 6909: ${first.message.en}`,
        },
        citation: cited,
        location: {
          category: item.category,
          item: item.id,
          field,
          path: key === undefined ? ['items', index, 'title'] : ['items', index, 'fields', key],
        },
        evidence: {
          encoding: r.encoding,
          codes: [...new Set(errors.map((i) => i.code))],
          found: text.slice(0, 120),
          converted: converted.slice(0, 120),
        },
        remediation: {
          vi: `Chuyển sang Unicode dựng sẵn (NFC), ví dụ "${converted.slice(0, 60)}"`,
          en: `Convert to precomposed Unicode (NFC), e.g. "${converted.slice(0, 60)}"`,
        },
      });
    }
  },
});
