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

/** Escapes text for a Markdown table cell or line: pipes, backticks, angle brackets, newlines. */
export function escapeMarkdown(text: string): string {
  return text
    .replace(INVALID_XML, '\uFFFD')
    .replace(/[\\`*_[\]|<>#]/g, (c) => `\\${c}`)
    .replace(/\r?\n/g, ' ');
}
