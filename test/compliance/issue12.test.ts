// The reproductions of issue #12 that are not covered by name elsewhere (1, 3, 6, 7, 9, 10: auditPortal,
// differential, sarif, renderEscaping, readInventoryJson and cli/audit tests).
import { describe, expect, it } from 'vitest';
import { auditPortal } from '../../src/compliance/index.js';
import { deadlineFor, getProfile } from '../../src/profiles/index.js';

const commune = (items: unknown[]) => ({
  schemaVersion: 1,
  portal: { name: 'Cổng xã', unit: { name: 'Đạo Trù', kind: 'commune' } },
  items,
});
const problemsOf = (r: ReturnType<typeof auditPortal>, ruleId: string) =>
  r.findings.filter((f) => f.ruleId === ruleId && (f.status === 'fail' || f.status === 'needs-review'));

describe('issue #12 reproductions', () => {
  it('2. ND 224/2026: a commune legal document is due 5 working days after its event, as deadlineFor says', () => {
    const nd224 = getProfile('nd224-2026');
    if (!nd224) throw new Error('nd224-2026');
    const due = deadlineFor(nd224, 'legal-documents', '2026-11-02');
    expect(due.ok && due.value.deadline.dueDate).toBe('2026-11-09');
    const doc = { id: 'qd-1', category: 'legal-documents', title: 'Quyết định', eventAt: '2026-11-02' };
    for (const item of [{ ...doc, publishedAt: '2026-11-20' }, doc]) {
      const r = auditPortal(commune([item]), {
        profile: 'nd224-2026',
        asOf: '2026-11-25',
        rules: ['deadline.publication'],
      });
      const found = problemsOf(r, 'deadline.publication');
      expect(found).toHaveLength(1);
      expect(found[0]?.evidence?.dueDate).toBe('2026-11-09');
      expect(found[0]?.citation?.id).toBe('LTCTT-2016/18.4');
      expect(r.summary.passed).toBe(false);
    }
  });
  it('4. a citizen-reception schedule needs no body, a written direction no entries (VP-32-2023/5.3)', () => {
    const items = [
      {
        id: 'lich-tiep-dan',
        category: 'direction',
        title: 'Lịch tiếp công dân tháng 12',
        publishedAt: '2026-11-20',
        fields: {
          kind: 'citizen-reception-schedule',
          entries: [{ date: '2026-12-01', activity: 'Tiếp công dân', leaders: ['Chủ tịch'] }],
        },
      },
      {
        id: 'chi-dao-1',
        category: 'direction',
        title: 'Chỉ đạo phòng chống bão',
        publishedAt: '2026-11-20',
        fields: { kind: 'direction', body: 'UBND tỉnh chỉ đạo các sở, ngành…' },
      },
    ];
    const inv = {
      ...commune(items),
      portal: { name: 'Cổng tỉnh', unit: { name: 'Vĩnh Phúc', kind: 'province' } },
    };
    const r = auditPortal(inv, {
      profile: 'vinh-phuc-32-2023',
      asOf: '2026-11-25',
      rules: ['fields.required'],
    });
    expect(problemsOf(r, 'fields.required')).toEqual([]);
    // …and each still needs its own: a schedule without entries, a direction without body, fail.
    const bad = structuredClone(items);
    delete (bad[0] as { fields: Record<string, unknown> }).fields.entries;
    delete (bad[1] as { fields: Record<string, unknown> }).fields.body;
    const r2 = auditPortal(
      { ...inv, items: bad },
      { profile: 'vinh-phuc-32-2023', asOf: '2026-11-25', rules: ['fields.required'] },
    );
    expect(
      problemsOf(r2, 'fields.required')
        .map((f) => f.location.item)
        .sort(),
    ).toEqual(['chi-dao-1', 'lich-tiep-dan']);
  });
  it('5. national audits cite the national text for text.unicode, never VP-32-2023/3.1', () => {
    const item = { id: 'n1', category: 'news', title: 'Thông tin tu\u0300y chọn', publishedAt: '2026-11-20' };
    for (const profile of ['nd224-2026', 'nd42-2022', 'nd43-2011']) {
      const r = auditPortal(commune([item]), { profile, asOf: '2026-11-25', rules: ['text.unicode'] });
      const cited = problemsOf(r, 'text.unicode').map((f) => f.citation?.id);
      expect(cited.length).toBe(1);
      expect(cited[0]?.startsWith('VP-')).toBe(false);
      expect(cited[0]).toBe(getProfile(profile)?.languages.encoding.citation.id);
    }
  });
});
