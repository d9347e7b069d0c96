import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import {
  auditPortal,
  formatFinding,
  renderAuditHtml,
  renderAuditJson,
  renderAuditJunit,
  renderAuditMarkdown,
  renderAuditSarif,
  renderAuditText,
} from '../../src/compliance/index.js';
import { AS_OF, exampleInventory, PROFILE, problems } from './_fixtures.js';

const report = auditPortal(exampleInventory(), { profile: PROFILE, asOf: AS_OF });

/** An inventory whose every text tries to break out of its format. */
function hostile() {
  const inv = exampleInventory();
  inv.portal.name = '<script>alert("x")</script> & "Cổng" | `md` ]]> \u0001';
  inv.items.find((i: { id: string }) => i.id === 'qd-41-2026').id = '<img src=x onerror=alert(1)>';
  return auditPortal(inv, { profile: PROFILE, asOf: AS_OF });
}

describe('report renderers', () => {
  it('JSON round-trips and is byte-stable', () => {
    const json = renderAuditJson(report);
    expect(JSON.parse(json)).toEqual(JSON.parse(JSON.stringify(report)));
    expect(renderAuditJson(auditPortal(exampleInventory(), { profile: PROFILE, asOf: AS_OF }))).toBe(json);
  });

  it('text lists each problem with its rule, location and citation', () => {
    const text = renderAuditText(report, { language: 'en' });
    expect(text.split('\n')[0]).toBe(
      'FAIL Cổng thông tin điện tử tỉnh Vĩnh Phúc — vinh-phuc-32-2023 as of 2026-11-25',
    );
    expect(text).toContain(
      'deadline.publication [Legal and administrative documents › qd-41-2026 › publishedAt]',
    );
    expect(text).toContain('(VP-32-2023/6.2)');
    expect(renderAuditText(report, { minSeverity: 'error' })).not.toContain('operations.reports');
    const f = problems(report)[0];
    if (f)
      expect(renderAuditText(report, { language: 'vi' })).toContain(formatFinding(f, { language: 'vi' }));
  });

  it('Markdown groups problems by category and article', () => {
    const md = renderAuditMarkdown(report, { language: 'en' });
    expect(md).toMatch(/^# Compliance audit: /);
    expect(md).toContain('### Legal and administrative documents');
    expect(md).toContain('#### VP-32-2023 Art. 6');
    expect(md).toContain('- Fix: ');
    const h = renderAuditMarkdown(hostile(), { language: 'en' });
    expect(h).toContain('\\<script\\>');
  });

  it('HTML is self-contained and escapes everything', () => {
    const html = renderAuditHtml(hostile());
    expect(html).not.toMatch(/<script/i);
    expect(html).not.toMatch(/<img/i);
    expect(html).not.toMatch(/(src|href)="https?:/);
    expect(html).not.toContain('\u0001');
    expect(html).toContain('&lt;script&gt;');
    expect(html).toContain('&lt;img src=x onerror=alert(1)&gt;');
    expect(html).toContain("default-src 'none'");
    const clean = renderAuditHtml(report, { language: 'en' });
    expect(clean).toContain('<svg');
    expect(clean).toContain('data-category="legal-documents"');
    expect(clean).toContain('id="verdict"');
  });

  it('SARIF 2.1.0: rules, results with levels, kinds and logical locations', () => {
    const sarif = JSON.parse(
      renderAuditSarif(report, { artifactUri: 'examples/inventory/vinh-phuc-portal.json' }),
    );
    expect(sarif.version).toBe('2.1.0');
    const run = sarif.runs[0];
    expect(run.tool.driver.name).toBe('vn-portal-kit');
    expect(run.results).toHaveLength(problems(report).length);
    const late = run.results.find(
      (r: { ruleId: string; locations: { logicalLocations?: { fullyQualifiedName: string }[] }[] }) =>
        r.locations[0]?.logicalLocations?.[0]?.fullyQualifiedName.includes('qd-41-2026'),
    );
    expect(late).toMatchObject({ ruleId: 'deadline.publication', level: 'error', kind: 'fail' });
    expect(run.tool.driver.rules[late.ruleIndex].id).toBe('deadline.publication');
    const review = run.results.find((r: { kind: string }) => r.kind === 'review');
    expect(review.level).toBe('none');
    const levels = new Set(run.results.map((r: { level: string }) => r.level));
    expect([...levels].every((l) => ['error', 'warning', 'note', 'none'].includes(l as string))).toBe(true);
  });

  it('JUnit XML is well-formed, one suite per rule, failures for failed findings', () => {
    for (const r of [report, hostile()]) {
      const xml = renderAuditJunit(r);
      expect(XMLValidator.validate(xml)).toBe(true);
      const doc = new XMLParser({ ignoreAttributes: false }).parse(xml);
      const suites = [doc.testsuites.testsuite].flat();
      expect(suites.length).toBe(r.summary.rules.length);
      expect(Number(doc.testsuites['@_failures'])).toBe(r.findings.filter((f) => f.status === 'fail').length);
    }
  });
});
