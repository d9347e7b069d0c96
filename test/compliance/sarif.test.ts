import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { TOOL_VERSION } from '../../src/compliance/_lib/toolVersion.js';
import { auditPortal, renderAuditSarif } from '../../src/compliance/index.js';
import { exampleInventory, PROFILE } from './_fixtures.js';

type SarifResult = { ruleId: string; message: { text: string }; partialFingerprints: Record<string, string> };
const results = (asOf: string): SarifResult[] =>
  JSON.parse(renderAuditSarif(auditPortal(exampleInventory(), { profile: PROFILE, asOf }))).runs[0].results;

describe('SARIF fingerprints and driver', () => {
  it('keeps each finding’s fingerprint across audit dates while its message changes', () => {
    const a = results('2026-11-25');
    const b = results('2026-12-02');
    const byPrint = new Map(a.map((r) => [Object.values(r.partialFingerprints)[0], r]));
    let changedMessages = 0;
    for (const r of b) {
      const same = byPrint.get(Object.values(r.partialFingerprints)[0]);
      if (!same) continue;
      expect(same.ruleId).toBe(r.ruleId);
      if (same.message.text !== r.message.text) changedMessages++;
    }
    // The overdue items' delays grow by a week: their messages change, their fingerprints do not.
    expect(changedMessages).toBeGreaterThan(0);
    const deadline = (rs: SarifResult[]) =>
      rs
        .filter((r) => r.ruleId === 'deadline.publication')
        .map((r) => Object.values(r.partialFingerprints)[0]);
    expect(deadline(b)).toEqual(expect.arrayContaining(deadline(a)));
  });
  it('does not depend on the order of the items', () => {
    const inv = exampleInventory();
    inv.items.reverse();
    const prints = (report: ReturnType<typeof auditPortal>) =>
      (JSON.parse(renderAuditSarif(report as never)).runs[0].results as SarifResult[])
        .map((r) => Object.values(r.partialFingerprints)[0])
        .sort();
    expect(prints(auditPortal(inv, { profile: PROFILE, asOf: '2026-11-25' }))).toEqual(
      prints(auditPortal(exampleInventory(), { profile: PROFILE, asOf: '2026-11-25' })),
    );
  });
  it('names the tool version, equal to package.json’s', () => {
    const pkg = JSON.parse(readFileSync('package.json', 'utf8')) as { version: string };
    expect(TOOL_VERSION).toBe(pkg.version);
    const sarif = JSON.parse(
      renderAuditSarif(auditPortal(exampleInventory(), { profile: PROFILE, asOf: '2026-11-25' })),
    );
    expect(sarif.runs[0].tool.driver.version).toBe(pkg.version);
  });
});
