import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { NATIONAL_PROVISIONS } from '../../src/profiles/_lib/nationalProvisions.js';
import { SITE_PROVISIONS } from '../../src/site/_lib/siteProvisions.js';
import { SITE_RULES } from '../../src/site/index.js';

const FACTS = readFileSync('test/fixtures/portal/facts/portal-technical.txt', 'utf8');

/** 'TT-32-2017/16.3.a' → 'TT 32 Art. 16.3.a', the form the facts table writes. */
function factsForm(id: string): string | undefined {
  const m = /^(TT|ND)-(\d+)-\d{4}\/(.+)$/.exec(id);
  return m ? `${m[1]} ${m[2]} Art. ${m[3]}` : undefined;
}

describe('site rule citations', () => {
  it.each(Object.values(SITE_RULES).map((r) => [r.id, r.citation.id] as const))(
    '%s cites a known provision (%s)',
    (_id, citation) => {
      expect(NATIONAL_PROVISIONS[citation] !== undefined || SITE_PROVISIONS[citation] !== undefined).toBe(
        true,
      );
    },
  );

  it.each(
    Object.keys(SITE_PROVISIONS).filter((id) => factsForm(id) !== undefined && !id.startsWith('ND-43')),
  )('%s is a requirement the portal-technical facts list', (id) => {
    expect(FACTS).toContain(factsForm(id) as string);
  });

  it('the reported and open provisions are the ones the facts mark so', () => {
    expect(FACTS).toMatch(/emc\.label[^\n]*TT 22[^\n]*\[reported\]/);
    expect(FACTS).toMatch(/net\.dnssec[^\n]*TT 32 Art\. 15\.4[^\n]*\[open\]/);
    expect(SITE_RULES['site.connect.emc-label'].confidence).toBe('reported');
    expect(SITE_RULES['site.net.dnssec'].confidence).toBe('open');
    expect(SITE_PROVISIONS['TT-22-2023']?.confidence).toBe('reported');
  });

  it('every rule has a bilingual title and remediation', () => {
    for (const r of Object.values(SITE_RULES)) {
      expect(r.title.vi && r.title.en && r.remediation.vi && r.remediation.en).toBeTruthy();
      expect(r.title.vi.normalize('NFC')).toBe(r.title.vi);
    }
  });
});
