import { describe, expect, it } from 'vitest';
import {
  type AuditPolicy,
  auditPortal,
  BUILTIN_RULES,
  resolveAuditPolicyOrThrow,
} from '../../src/compliance/index.js';
import { AS_OF, cleanInventory, exampleInventory, FIXES, type Json, PROFILE, problems } from './_fixtures.js';

const only = (inv: Json, ruleId: string, profile: string | object = PROFILE, asOf = AS_OF) =>
  auditPortal(inv, { profile, asOf, rules: [ruleId] }).findings.filter((f) => f.ruleId === ruleId);
const statusOf = (findings: readonly { status: string }[]) =>
  [...new Set(findings.map((f) => f.status))].sort();

describe('every rule on the example: passing when fixed, failing with its planted defect alone', () => {
  for (const ruleId of Object.keys(FIXES)) {
    it(ruleId, () => {
      expect(statusOf(only(cleanInventory(), ruleId))).toEqual(['pass']);
      const inv = exampleInventory();
      for (const [id, fix] of Object.entries(FIXES)) if (id !== ruleId) fix(inv);
      const all = problems(auditPortal(inv, { profile: PROFILE, asOf: AS_OF }));
      expect(all.filter((f) => f.ruleId === ruleId).length).toBeGreaterThan(0);
      expect(all.filter((f) => f.ruleId !== ruleId && f.ruleId !== 'basis.superseded')).toEqual([]);
    });
  }
});

describe('basis.superseded', () => {
  it('flags the superseded national decree and the merged province, and passes for a current policy', () => {
    const f = only(cleanInventory(), 'basis.superseded');
    expect(f.map((x) => x.status)).toEqual(['needs-review', 'needs-review']);
    expect(f.some((x) => /superseded on 2026-07-01/.test(x.message.en))).toBe(true);
    const { policy } = resolveAuditPolicyOrThrow(PROFILE, AS_OF);
    const current: AuditPolicy = {
      ...policy,
      unitEvents: [],
      nationalBasis: { profileId: 'nd224-2026', citation: { id: 'X' } },
    };
    expect(statusOf(only(cleanInventory(), 'basis.superseded', current))).toEqual(['pass']);
  });
  it('does not flag ND 42/2022 before it was superseded', () => {
    const f = only(cleanInventory(), 'basis.superseded', PROFILE, '2026-06-30');
    expect(f.some((x) => /superseded/.test(x.message.en))).toBe(false);
  });
});

/** A Thái Nguyên department portal: TN-40-2012 sets Q&A deadlines (14.4) and monthly quotas (8.3). */
function thaiNguyen(): Json {
  return {
    schemaVersion: 1,
    portal: {
      name: 'Cổng TTĐT tỉnh Thái Nguyên',
      unit: { name: 'Thái Nguyên', kind: 'province' },
      period: { from: '2026-09-01', to: '2026-11-24' },
      answerers: [{ name: 'Lê Văn A', role: 'agency-head' }],
      suppliers: [
        { name: 'Sở Tư pháp', kind: 'department' },
        { name: 'UBND huyện Phổ Yên', kind: 'district' },
      ],
    },
    qa: [],
    newsCounts: [],
  };
}

describe('qa.timeliness (TN-40-2012/14.4: working days from 08:00)', () => {
  it('passes an answer within 5 working days and fails a late or missing one, with the delay', () => {
    const { policy } = resolveAuditPolicyOrThrow('thai-nguyen-40-2012', AS_OF);
    expect(policy.qa?.kinds.length).toBeGreaterThan(0);
    const kind = policy.qa?.defaultKind;
    const inv = thaiNguyen();
    // Received Friday 2026-11-06 15:00: the count starts Monday 09 at 08:00; 5 working days → Friday 13.
    inv.qa.push({
      id: 'ok',
      type: kind,
      receivedAt: '2026-11-06T15:00:00+07:00',
      answeredAt: '2026-11-13T16:00:00+07:00',
    });
    expect(statusOf(only(inv, 'qa.timeliness', 'thai-nguyen-40-2012'))).toEqual(['pass']);
    inv.qa.push({
      id: 'late',
      type: kind,
      receivedAt: '2026-11-06T15:00:00+07:00',
      answeredAt: '2026-11-18T09:00:00+07:00',
    });
    inv.qa.push({ id: 'never', type: kind, receivedAt: '2026-10-01T09:00:00+07:00' });
    inv.qa.push({ id: 'forwarded', receivedAt: '2026-10-01T09:00:00+07:00', outOfScope: true });
    const f = only(inv, 'qa.timeliness', 'thai-nguyen-40-2012');
    expect(f.map((x) => x.location.item).sort()).toEqual(['late', 'never']);
    const late = f.find((x) => x.location.item === 'late');
    expect(late?.evidence).toMatchObject({ delayWorkingDays: 3 });
  });
  it('needs review for a question kind the regulation does not know', () => {
    const inv = thaiNguyen();
    inv.qa.push({ id: 'odd', type: 'no-such-kind', receivedAt: '2026-11-06T15:00:00+07:00' });
    expect(only(inv, 'qa.timeliness', 'thai-nguyen-40-2012')[0]?.status).toBe('needs-review');
  });
  it('is not applicable where the regulation sets no day count (VP-32-2023)', () => {
    expect(statusOf(only(cleanInventory(), 'qa.timeliness'))).toEqual(['not-applicable']);
  });
});

describe('quotas.monthly (TN-40-2012/8.3: departments 2, districts 3 news items a month)', () => {
  it('fails each unit-month below the minimum and passes when met', () => {
    const inv = thaiNguyen();
    for (const month of ['2026-09', '2026-10']) {
      inv.newsCounts.push({ unit: 'Sở Tư pháp', unitKind: 'department', month, count: 2 });
      inv.newsCounts.push({ unit: 'UBND huyện Phổ Yên', unitKind: 'district', month, count: 3 });
    }
    expect(statusOf(only(inv, 'quotas.monthly', 'thai-nguyen-40-2012'))).toEqual(['pass']);
    inv.newsCounts[3].count = 2;
    const f = only(inv, 'quotas.monthly', 'thai-nguyen-40-2012');
    expect(f).toHaveLength(1);
    expect(f[0]?.evidence).toMatchObject({
      unit: 'UBND huyện Phổ Yên',
      month: '2026-10',
      count: 2,
      minimum: 3,
    });
    expect(f[0]?.citation?.id).toBe('TN-40-2012/8.3');
  });
  it('counts published items by supplier when no monthly counts are given', () => {
    const inv = thaiNguyen();
    inv.portal.suppliers = [{ name: 'Sở Tư pháp', kind: 'department' }];
    inv.items = ['2026-09-03', '2026-09-20', '2026-10-02', '2026-10-30'].map((d, i) => ({
      id: `n${i}`,
      category: 'news',
      title: 'Tin',
      supplier: 'Sở Tư pháp',
      publishedAt: `${d}T09:00:00+07:00`,
      fields: { body: 'x' },
    }));
    expect(statusOf(only(inv, 'quotas.monthly', 'thai-nguyen-40-2012'))).toEqual(['pass']);
    inv.items.pop();
    expect(only(inv, 'quotas.monthly', 'thai-nguyen-40-2012')[0]?.evidence).toMatchObject({
      month: '2026-10',
      count: 1,
    });
  });
  it('is not applicable without quotas (VP-32-2023)', () => {
    expect(statusOf(only(cleanInventory(), 'quotas.monthly'))).toEqual(['not-applicable']);
  });
});

// editorial.audit-log: see auditLogRule.test.ts (a real run of the profile's machine, forged logs, known heads).

describe('more cases beyond the example', () => {
  it('deadline.publication: same-day emergency documents, and deadlines not yet passed', () => {
    const inv = cleanInventory();
    inv.items.push({
      id: 'khan-cap',
      category: 'legal-documents',
      variant: 'emergency',
      title: 'Công điện ứng phó bão',
      eventAt: '2026-11-20T09:00:00+07:00',
      publishedAt: '2026-11-21T08:00:00+07:00',
      fields: {},
    });
    inv.items.push({
      id: 'chua-den-han',
      category: 'projects',
      title: 'Dự án mới phê duyệt',
      eventAt: '2026-11-24',
      fields: {},
    });
    const f = only(inv, 'deadline.publication');
    expect(f.map((x) => x.location.item)).toEqual(['khan-cap']);
    expect(f[0]?.evidence).toMatchObject({ dueDate: '2026-11-20' });
  });
  it('editorial.approval: approval after publication, wrong role, self-approval', () => {
    const inv = cleanInventory();
    const news = inv.items.find((i: Json) => i.id === 'tin-hoi-nghi-cds');
    news.approval = { by: 'Nguyễn Thị Lan', role: 'member', at: '2026-11-10T16:00:00+07:00' };
    const f = only(inv, 'editorial.approval');
    expect(f.map((x) => x.location.field).sort()).toEqual(['approval.at', 'approval.by', 'approval.role']);
  });
  it('consultation.period: a deadline before the opening, and missing page functions', () => {
    const inv = cleanInventory();
    inv.consultations.push({ id: 'x', title: 'Dự thảo', openedOn: '2026-10-10', closesOn: '2026-10-01' });
    inv.consultations.push({
      id: 'y',
      title: 'Dự thảo',
      openedOn: '2026-10-10',
      closesOn: '2026-11-10',
      showsComments: false,
    });
    const f = only(inv, 'consultation.period');
    expect(f.map((x) => `${x.location.item}:${x.location.field}`).sort()).toEqual([
      'x:closesOn',
      'y:showsComments',
    ]);
  });
  it('operations.suspension-notice: an unannounced suspension, and none before ND 224/2026', () => {
    const inv = cleanInventory();
    inv.operations.suspensions.push({ id: 's1', startsAt: '2026-11-20T22:00:00+07:00' });
    inv.operations.suspensions.push({ id: 's0', startsAt: '2026-05-20T22:00:00+07:00' });
    const f = only(inv, 'operations.suspension-notice');
    expect(f.map((x) => `${x.location.item}:${x.location.field}`).sort()).toEqual([
      's1:announcedAt',
      's1:expectedRestoreAt',
    ]);
  });
  it('hostnames.scheme: syntax errors and an empty list', () => {
    const inv = cleanInventory();
    inv.portal.hostnames.push({ host: '-bad-.vinhphuc.gov.vn', purpose: 'alias' });
    expect(only(inv, 'hostnames.scheme').some((x) => x.status === 'fail')).toBe(true);
    inv.portal.hostnames = [];
    expect(only(inv, 'hostnames.scheme')[0]?.message.en).toMatch(/no host name/);
  });
  it('text.unicode: decomposed Unicode and VNI in fields, with the converted text as evidence', () => {
    const inv = cleanInventory();
    const news = inv.items.find((i: Json) => i.id === 'tin-hoi-nghi-cds');
    news.fields.summary = 'Vie\u0302\u0323t Nam';
    news.fields.body = 'Hoäi nghò toång keát coâng taùc naêm 2026';
    const f = only(inv, 'text.unicode');
    expect(f.map((x) => x.location.field).sort()).toEqual(['fields.body', 'fields.summary']);
    expect(f.find((x) => x.location.field === 'fields.body')?.evidence).toMatchObject({
      converted: 'Hội nghị tổng kết công tác năm 2026',
    });
  });
  it('text.unicode: TCVN3 words pasted into a Unicode title, a dotted field key, with the corrected line', () => {
    const inv = cleanInventory();
    const news = inv.items.find((i: Json) => i.id === 'tin-hoi-nghi-cds');
    news.title = 'Quyết định phª duyÖt kế hoạch Cæng th«ng tin ®iÖn tö';
    news.fields['ghi.chu'] = 'Teát Nguyeân Ñaùn';
    const f = only(inv, 'text.unicode')
      .filter((x) => x.status === 'fail')
      .sort((a, b) => (b.location.field ?? '').localeCompare(a.location.field ?? ''));
    expect(f.map((x) => [x.location.field, x.location.path])).toEqual([
      ['title', ['items', inv.items.indexOf(news), 'title']],
      ['fields.ghi.chu', ['items', inv.items.indexOf(news), 'fields', 'ghi.chu']],
    ]);
    expect(f[0]?.evidence).toMatchObject({
      codes: ['text.legacy-fragment'],
      converted: 'Quyết định phê duyệt kế hoạch Cổng thông tin điện tử',
    });
    expect(f[0]?.message.en).toMatch(/6 word\(s\) in TCVN3 .* the first at column 12: "phª" → "phê"/);
  });
  it('text.unicode: a text repeated across items is judged each time (clean verdicts remembered, faults not)', () => {
    const inv = cleanInventory();
    const news = inv.items.find((i: Json) => i.id === 'tin-hoi-nghi-cds');
    const copies = [1, 2, 3].map((n) => ({ ...news, id: `${news.id}-${n}`, fields: { ...news.fields } }));
    // A period with an en dash only (no letter beyond Latin-1): checkUnicode decides, then it is remembered.
    for (const c of copies) c.fields.duration = '2025–2027';
    (copies[1] as Json).fields.summary = 'Vie\u0302\u0323t Nam';
    (copies[2] as Json).fields.summary = 'Vie\u0302\u0323t Nam';
    (copies[2] as Json).fields.duration = '2025\u00962027';
    inv.items.push(...copies);
    const f = only(inv, 'text.unicode').filter((x) => x.status === 'fail');
    expect(f.map((x) => `${x.location.item} ${x.location.field}`).sort()).toEqual([
      `${news.id}-2 fields.summary`,
      `${news.id}-3 fields.duration`,
      `${news.id}-3 fields.summary`,
    ]);
  });
  it('documents.number: a string that cannot be a number-symbol is an error', () => {
    const inv = cleanInventory();
    inv.items.find((i: Json) => i.id === 'qd-35-2026').fields.numberSymbol = 'không có số';
    const f = only(inv, 'documents.number');
    expect(f[0]?.severity).toBe('error');
  });
  it('features.required: an undeclared feature needs review', () => {
    const inv = cleanInventory();
    delete inv.portal.features.search;
    expect(only(inv, 'features.required')[0]).toMatchObject({ status: 'needs-review', severity: 'warning' });
  });
  it('english.items is not applicable to a commune portal', () => {
    const inv = cleanInventory();
    inv.portal.unit = { name: 'Đạo Trù', kind: 'commune' };
    expect(statusOf(only(inv, 'english.items'))).toEqual(['not-applicable']);
  });
});

describe('rule selection', () => {
  it('every built-in rule has a unique, stable id and a bilingual title', () => {
    const ids = BUILTIN_RULES.map((r) => r.id);
    expect(new Set(ids).size).toBe(ids.length);
    for (const r of BUILTIN_RULES) expect(r.title.vi.length && r.title.en.length).toBeTruthy();
  });
  it('disable switches rules off by id or prefix; rules selects by prefix', () => {
    const r = auditPortal(exampleInventory(), {
      profile: PROFILE,
      asOf: AS_OF,
      disable: ['operations', 'text.unicode'],
    });
    expect(
      r.summary.rules.map((x) => x.id).filter((id) => id.startsWith('operations') || id === 'text.unicode'),
    ).toEqual([]);
    const s = auditPortal(exampleInventory(), { profile: PROFILE, asOf: AS_OF, rules: ['operations'] });
    expect(s.summary.rules.map((x) => x.id)).toEqual([
      'inventory.schema',
      'operations.backups',
      'operations.reports',
      'operations.suspension-notice',
    ]);
  });
});

describe('every shipped profile', () => {
  it('audits the example on several dates without throwing, each problem cited and bilingual', async () => {
    const { PROFILE_IDS } = await import('../../src/profiles/index.js');
    for (const id of PROFILE_IDS) {
      for (const asOf of ['2020-01-15', '2023-06-01', '2026-11-25']) {
        const r = auditPortal(exampleInventory(), { profile: id, asOf });
        for (const f of problems(r)) {
          expect(f.message.vi.length * f.message.en.length, `${id} ${f.ruleId}`).toBeGreaterThan(0);
          if (f.ruleId !== 'inventory.schema') expect(f.citation?.id, `${id} ${f.ruleId}`).toBeTruthy();
        }
      }
    }
  });
});
