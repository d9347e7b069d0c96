import { execFileSync } from 'node:child_process';
import { existsSync, mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { pathToFileURL } from 'node:url';
import { afterAll, describe, expect, it } from 'vitest';
import { auditPortal, renderAuditHtml } from '../../src/compliance/index.js';
import { AS_OF, exampleInventory, PROFILE, problems } from '../compliance/_fixtures.js';

const CHROMIUM = '/usr/bin/chromium';
const haveChromium = existsSync(CHROMIUM);
if (!haveChromium) console.warn(`[e2e] skipped: ${CHROMIUM} not found (apt-get install -y chromium)`);

describe.skipIf(!haveChromium)('HTML report in headless Chromium', () => {
  const dir = mkdtempSync(join(tmpdir(), 'vnpk-e2e-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  function render(html: string): string {
    const file = join(dir, `report-${Math.random().toString(36).slice(2)}.html`);
    writeFileSync(file, html);
    return execFileSync(
      CHROMIUM,
      [
        '--headless',
        '--no-sandbox',
        '--disable-gpu',
        '--disable-dev-shm-usage',
        `--user-data-dir=${join(dir, 'profile')}`,
        '--dump-dom',
        pathToFileURL(file).href,
      ],
      { encoding: 'utf8', timeout: 60_000, stdio: ['ignore', 'pipe', 'ignore'] },
    );
  }

  it('renders the summary, the chart and every finding', () => {
    const report = auditPortal(exampleInventory(), { profile: PROFILE, asOf: AS_OF });
    const dom = render(renderAuditHtml(report, { language: 'en' }));
    expect(dom).toContain('id="summary"');
    expect(dom).toMatch(/<span class="verdict fail" id="verdict">FAIL<\/span>/);
    expect(dom).toContain(`<td id="count-error">${report.summary.bySeverity.error}</td>`);
    expect(dom).toMatch(/<svg[^>]*role="img"/);
    expect(dom).toContain('<rect');
    const items = dom.match(/<li class="finding /g) ?? [];
    expect(items.length).toBe(problems(report).length);
    expect(dom).toContain('qd-41-2026');
    expect(dom).toContain('Cổng thông tin điện tử tỉnh Vĩnh Phúc');
  });

  it('keeps hostile text as text: no element is injected', () => {
    const inv = exampleInventory();
    inv.portal.name = '<img src=x onerror="document.title=1"><b id="pwned">x</b>';
    const dom = render(renderAuditHtml(auditPortal(inv, { profile: PROFILE, asOf: AS_OF })));
    expect(dom).not.toContain('<b id="pwned">');
    expect(dom).not.toMatch(/<img/);
    expect(dom).toContain('&lt;b id="pwned"&gt;');
  });
});
