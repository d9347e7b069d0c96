/** Characters XML 1.0 does not allow (C0 controls but tab/LF/CR, lone surrogates, U+FFFE/FFFF). */
const INVALID_XML =
  /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

/** Escapes text for HTML or XML content and attribute values, dropping characters XML forbids. */
export function escapeXml(text: string): string {
  return text.replace(INVALID_XML, '\uFFFD').replace(/[&<>"']/g, (c) => {
    switch (c) {
      case '&':
        return '&amp;';
      case '<':
        return '&lt;';
      case '>':
        return '&gt;';
      case '"':
        return '&quot;';
      default:
        return '&#39;';
    }
  });
}

/** Line breaks and other control or format characters that could end a Markdown line or hide text. */
const BREAKS = /[\u0000-\u001F\u007F-\u009F\u2028\u2029]+/g;

/**
 * Escapes text for one Markdown line or table cell, as CommonMark and GitHub-flavoured Markdown read it:
 * line breaks and control characters become a space (the text stays on its line, inside its cell), and
 * every character that can open inline markup is backslash-escaped: emphasis and strike-through (`* _ ~`),
 * code spans (`` ` ``), links and images (`[ ] !`), raw HTML and autolinks (`< >`), entities (`&`), table
 * cells (`|`), headings' closing sequence (`#`), the backslash itself, and what GFM turns into links (`:` of
 * `https://`, `@` of e-mail addresses, the dot of `www.`). Data always comes mid-line, after the
 * renderer's own prefix, so no block (heading, list, quote, code block) can start from it.
 */
export function escapeMarkdown(text: string): string {
  return text
    .replace(INVALID_XML, '\uFFFD')
    .replace(BREAKS, ' ')
    .replace(/[\\`*_[\]<>!&|~#:@]/g, (c) => `\\${c}`)
    .replace(/(www)\./gi, '$1\\.');
}

/** Format characters that reorder or hide text in a terminal (bidirectional overrides and isolates). */
const INVISIBLE = /[\u200B-\u200F\u202A-\u202E\u2060-\u2064\u2066-\u2069\uFEFF]/;

/**
 * Makes text safe for a terminal or a log line: control characters (C0, DEL, C1: ESC of ANSI sequences,
 * CR, BEL, backspace), line and paragraph separators and bidirectional or zero-width format characters are
 * shown as visible escapes (`\x1b`, `\r`, `\u202e`), and a backslash as `\\`, so data can neither
 * move the cursor, recolour, overwrite the verdict nor forge a line.
 */
export function escapeTerminal(text: string): string {
  let out = '';
  let from = 0;
  for (let i = 0; i < text.length; i++) {
    const c = text.charCodeAt(i);
    const visible =
      c === 0x5c
        ? '\\\\'
        : c < 0x20 || (c >= 0x7f && c <= 0x9f)
          ? c === 0x0a
            ? '\\n'
            : c === 0x0d
              ? '\\r'
              : c === 0x09
                ? '\\t'
                : `\\x${c.toString(16).padStart(2, '0')}`
          : c === 0x2028 || c === 0x2029 || INVISIBLE.test(text[i] as string)
            ? `\\u${c.toString(16).padStart(4, '0')}`
            : undefined;
    if (visible === undefined) continue;
    out += text.slice(from, i) + visible;
    from = i + 1;
  }
  return from === 0 ? text : out + text.slice(from);
}
