import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { deadlineFor, extendProfile, getProfile } from '../../src/profiles/index.js';

const vp = getProfile('vinh-phuc-32-2023')!;
const tn = getProfile('thai-nguyen-40-2012')!;

describe('extendProfile', () => {
  it('replaces a keyed deadline in place and appends a new one', () => {
    const r = extendProfile(vp, {
      id: 'vinh-phuc-32-2023-amended',
      deadlines: [
        {
          category: 'legal-documents',
          trigger: 'normative',
          label: { vi: 'VBQPPL', en: 'Normative document' },
          startsAt: { vi: 'Ngày ký', en: 'Signing' },
          rule: { kind: 'working-days', days: 5 },
          citation: { id: 'VP-32-2023/6.2', note: 'amended to 5 working days' },
        },
        {
          category: 'epidemics',
          trigger: 'outbreak',
          label: { vi: 'Dịch bệnh', en: 'Outbreak' },
          startsAt: { vi: 'Công bố dịch', en: 'Declaration' },
          rule: { kind: 'same-day' },
          citation: { id: 'VP-32-2023/5.13' },
        },
      ],
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    const legal = r.value.deadlines.filter((d) => d.category === 'legal-documents');
    expect(legal.map((d) => d.trigger)).toEqual([
      'administrative',
      'normative',
      'emergency',
      'effective-on-signing',
    ]);
    expect(legal[1]?.rule).toEqual({ kind: 'working-days', days: 5 });
    expect(r.value.deadlines.at(-1)?.trigger).toBe('outbreak');
    expect(r.value.basedOn).toBe('vinh-phuc-32-2023');
    const d = deadlineFor(r.value, 'legal-documents', '2026-11-20', { trigger: 'normative' });
    expect(d.ok && d.value.deadline.dueDate).toBe('2026-11-27');
  });

  it('removes keyed entries with remove: true, deletes optional fields with null, replaces other lists', () => {
    const r = extendProfile(tn, {
      id: 'thai-nguyen-variant',
      quotas: [{ category: 'news', per: 'month', unit: 'district', remove: true }],
      royalty: null,
      readings: [],
      operations: {
        backup: {
          frequency: 'daily',
          maxIntervalDays: 1,
          citation: { id: 'TN-40-2012/11.2', note: 'tightened' },
        },
      },
    });
    expect(r.ok).toBe(true);
    if (!r.ok) return;
    expect(r.value.quotas.map((q) => q.unit)).toEqual(['department']);
    expect(r.value.royalty).toBeUndefined();
    expect(r.value.readings).toEqual([]);
    expect(r.value.operations.backup?.frequency).toBe('daily');
    // the rest of operations is kept
    expect(r.value.operations.reporting).toEqual(tn.operations.reporting);
    // the base is untouched
    expect(tn.quotas).toHaveLength(2);
    expect(tn.royalty).toBeDefined();
  });

  it('validates the result and warns when the id is kept', () => {
    const bad = extendProfile(tn, { id: 'tn-bad', effectiveFrom: '2012-11-01' });
    expect(bad.ok).toBe(false);
    expect(bad.issues.map((i) => i.code)).toContain('profiles.effective-before-signing');
    const same = extendProfile(tn, { readings: [] });
    expect(same.ok).toBe(true);
    expect(same.issues.map((i) => i.code)).toEqual(['profiles.same-id']);
    expect(extendProfile(tn, 'nope' as never).issues[0]?.code).toBe('profiles.not-an-object');
  });

  it('random overrides never throw (property)', () => {
    fc.assert(
      fc.property(
        fc.dictionary(
          fc.constantFrom('id', 'quotas', 'deadlines', 'operations', 'languages', 'x', 'timeline'),
          fc.anything({ maxDepth: 3 }),
        ),
        (o) => {
          const r = extendProfile(tn, o);
          expect(typeof r.ok).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
  });
});
