// Every renderer escapes for its format: arbitrary strings (Markdown and HTML syntax, blank lines, CR, ANSI
// escapes, bidirectional overrides, lone surrogates) fed to every text field of a finding and of the report
// header, then the output parsed as its format.
import fc from 'fast-check';
import { marked } from 'marked';
import { describe, expect, it } from 'vitest';
import {
  type AuditReport,
  auditPortal,
  defineRule,
  renderAuditMarkdown,
  renderAuditText,
} from '../../src/compliance/index.js';

const hostile = fc.oneof(
  fc.string({ unit: 'binary', maxLength: 60 }),
  fc.constantFrom(
    'a\n\n<img src=x onerror=alert(1)>',
    '`x`\n\n[click](javascript:alert(1))',
    '# heading\n## two',
    'FAIL \r\u001b[32mPASS\u001b[0m',
    '\u202Eevil\u202C',
    '<script>alert(1)</script>',
    '| a | b |\n|---|---|',
    '![i](http://x/i.png) <http://x> https://x.example',
    '&lt;b&gt; &#106;avascript:',
    '***bold*** _em_ ~~s~~ \\',
    '1. list\n- item\n> quote\n    code',
    'www.evil.vn a@b.vn mailto:a@b.vn',
  ),
);

/** A report whose every data-derived text is `s` (the item id, the field, messages, citation, names). */
function reportWith(s: string): AuditReport {
  const rule = defineRule({
    id: 'custom.inject',
    title: { vi: s, en: s },
    severity: 'error',
    checkItem: () => [
      {
        message: { vi: s, en: s },
        citation: { id: s },
        location: { item: s, field: s },
        remediation: { vi: s, en: s },
      },
    ],
  });
  return auditPortal(
    {
      schemaVersion: 1,
      portal: { name: s || 'P', unit: { name: 'U', kind: 'commune' } },
      items: [{ id: 'x', category: 'news', title: 'Tin' }],
    },
    { profile: 'vinh-phuc-32-2023', asOf: '2026-11-25', rules: [rule] },
  ) as AuditReport;
}

const ALLOWED_TAGS = new Set([
  'h1',
  'h2',
  'h3',
  'h4',
  'p',
  'ul',
  'li',
  'strong',
  'table',
  'thead',
  'tbody',
  'tr',
  'th',
  'td',
]);

describe('renderAuditMarkdown escapes data for CommonMark', () => {
  it('no raw HTML, link, image, heading or code span comes from data (parsed with marked)', () => {
    fc.assert(
      fc.property(hostile, fc.constantFrom('vi', 'en') as fc.Arbitrary<'vi' | 'en'>, (s, language) => {
        const md = renderAuditMarkdown(reportWith(s), { language });
        const html = marked.parse(md, { async: false }) as string;
        const tags = [...html.matchAll(/<\/?([a-zA-Z][a-zA-Z0-9]*)/g)].map((m) =>
          (m[1] as string).toLowerCase(),
        );
        for (const t of tags) expect(ALLOWED_TAGS.has(t), `<${t}> from ${JSON.stringify(s)}`).toBe(true);
        expect(html).not.toMatch(/<[a-z][^>]*\s(href|src|on[a-z]+)=/i);
        expect(tags.filter((t) => t === 'h1').length).toBe(2); // one opening, one closing
        expect(tags.filter((t) => t === 'h2').length).toBe(4);
        // Every finding is one list item: data never starts a line.
        for (const line of md.split('\n')) expect(line).not.toMatch(/^\s*(<|\[|!\[|`|>|\d+\.\s)/);
      }),
      { numRuns: 400 },
    );
  });
  it('keeps the text readable: the data shows as text', () => {
    const md = renderAuditMarkdown(reportWith('vb-12 `x` <b>'), { language: 'en' });
    const html = marked.parse(md, { async: false }) as string;
    expect(html).toContain('vb-12 `x` &lt;b&gt;');
  });
});

describe('renderAuditText makes control characters visible', () => {
  it('no control, separator or bidirectional character reaches the terminal; one line per finding', () => {
    fc.assert(
      fc.property(hostile, (s) => {
        const report = reportWith(s);
        const text = renderAuditText(report, { language: 'en' });
        // Only the renderer's own line breaks.
        expect(text).not.toMatch(
          /[\u0000-\u0009\u000B-\u001F\u007F-\u009F\u2028\u2029\u202A-\u202E\u2066-\u2069]/,
        );
        const lines = text.trimEnd().split('\n');
        const problems = report.findings.filter((f) => f.status === 'fail' || f.status === 'needs-review');
        expect(lines.length).toBe(2 + problems.length);
        expect(lines[0]).toMatch(/^(PASS|FAIL) /);
      }),
      { numRuns: 400 },
    );
  });
  it('shows an injected CR and ANSI colour as escapes, so the verdict cannot be overwritten', () => {
    const text = renderAuditText(reportWith('FAIL \r\u001b[32mPASS'), { language: 'en' });
    expect(text).toContain('FAIL \\r\\x1b[32mPASS');
  });
});
