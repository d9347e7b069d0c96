import { describe, expect, it } from 'vitest';
import { auditPortal, type Finding, renderAuditHtml } from '../../../src/compliance/index.js';

const base = auditPortal(
  { schemaVersion: 1, portal: { name: 'Cổng', unit: { name: 'Phú Thọ', kind: 'province' } } },
  { profile: 'nd224-2026', asOf: '2026-12-07' },
);
const withShot = (screenshot: unknown) => {
  const f: Finding = {
    ruleId: 'site.mobile.horizontal-scroll',
    severity: 'error',
    status: 'fail',
    message: { vi: 'Cuộn ngang', en: 'Scrolls sideways' },
    location: { item: 'http://127.0.0.1/', field: '#wide' },
    evidence: { screenshot },
  };
  return renderAuditHtml({ ...base, findings: [...base.findings, f] }, { language: 'vi' });
};

describe('renderAuditHtml: screenshots of the browser checks', () => {
  it('shows a base64 JPEG or PNG data URI as an image with a Vietnamese caption', () => {
    expect(withShot('data:image/jpeg;base64,/9j/4AAQ==')).toContain(
      '<figure class="shot"><img src="data:image/jpeg;base64,/9j/4AAQ==" alt="Ảnh chụp màn hình trang">',
    );
    expect(withShot('data:image/png;base64,iVBORw0KGgo=')).toContain(
      '<img src="data:image/png;base64,iVBORw0KGgo="',
    );
  });

  it('shows nothing else: other schemes, SVG, markup, non-strings', () => {
    for (const hostile of [
      'javascript:alert(1)',
      'data:image/svg+xml;base64,PHN2Zz4=',
      'data:image/jpeg;base64,AAAA" onerror="alert(1)',
      'https://example.com/x.jpg',
      '__proto__',
      42,
      { toString: () => 'data:image/png;base64,AAAA' },
      null,
    ]) {
      expect(withShot(hostile)).not.toContain('<img');
    }
  });
});
