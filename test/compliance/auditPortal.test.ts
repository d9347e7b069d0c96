import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { VnPortalKitError } from '../../src/core/index.js';
import {
  auditPortal,
  auditPortalOrThrow,
  auditPortals,
  BUILTIN_RULES,
  defineRule,
  type Finding,
  parseInventoryJson,
  readItemForTest,
} from './_engine.js';
import { AS_OF, cleanInventory, exampleInventory, type Json, PROFILE, problems } from './_fixtures.js';

const schemaFindings = (r: { findings: readonly Finding[] }) =>
  r.findings.filter((f) => f.ruleId === 'inventory.schema' && f.status === 'fail');

describe('hostile and malformed inventories: coded findings naming the path, never a throw', () => {
  it.each([null, 42, 'text', [], true])('a non-object inventory (%j)', (input) => {
    const r = auditPortal(input, { profile: PROFILE, asOf: AS_OF });
    expect(r.summary.passed).toBe(false);
    expect(schemaFindings(r)[0]?.message.en).toMatch(/must be a JSON object/);
  });
  it('wrong types deep inside name their path, and the rest is still audited', () => {
    const inv = cleanInventory();
    inv.items[3].publishedAt = 12345;
    inv.items[4] = 'not an item';
    inv.qa[0].receivedAt = 'yesterday';
    inv.operations.backups = 'daily';
    const r = auditPortal(inv, { profile: PROFILE, asOf: AS_OF });
    const paths = schemaFindings(r).map((f) => (f.location.path ?? []).join('.'));
    expect(paths).toContain('items.3.publishedAt');
    expect(paths).toContain('items.4');
    expect(paths).toContain('qa.0.receivedAt');
    expect(paths).toContain('operations.backups');
    expect(r.summary.invalidItems).toBe(2);
    expect(r.summary.rules.find((x) => x.id === 'operations.backups')?.status).toBe('fail');
  });
  it('an invalid portal section stops the audit with a finding, not an exception', () => {
    const inv = cleanInventory();
    inv.portal.unit.kind = 'galaxy';
    const r = auditPortal(inv, { profile: PROFILE, asOf: AS_OF });
    expect(schemaFindings(r)[0]?.location.path).toEqual(['portal', 'unit', 'kind']);
    expect(r.summary.rules.map((x) => x.id)).toEqual(['inventory.schema']);
  });
  it('an unsupported schema version is a finding', () => {
    const r = auditPortal({ ...cleanInventory(), schemaVersion: 99 }, { profile: PROFILE, asOf: AS_OF });
    expect(schemaFindings(r)[0]?.location.field).toBe('schemaVersion');
  });
  it('duplicate item ids are findings', () => {
    const inv = cleanInventory();
    inv.items.push({ ...inv.items[0] });
    expect(schemaFindings(auditPortal(inv, { profile: PROFILE, asOf: AS_OF }))[0]?.message.en).toMatch(
      /Duplicate item id/,
    );
  });
  it('huge strings are rejected by length limits, quickly', () => {
    const inv = cleanInventory();
    inv.items[0].title = 'x'.repeat(2_000_000);
    const r = auditPortal(inv, { profile: PROFILE, asOf: AS_OF });
    expect(schemaFindings(r)[0]?.location.path).toEqual(['items', 0, 'title']);
  });
  it('legacy-encoded text is a coded finding with the conversion', () => {
    const r = auditPortal(exampleInventory(), { profile: PROFILE, asOf: AS_OF });
    const f = r.findings.find((x) => x.ruleId === 'text.unicode');
    expect(f?.evidence).toMatchObject({
      encoding: 'tcvn3',
      converted: 'Hội nghị tổng kết ngành nông nghiệp',
    });
  });
  it('caps the findings listed per rule and counts the rest', () => {
    const inv = cleanInventory();
    for (let i = 0; i < 50; i++) {
      inv.items.push({
        id: `late-${i}`,
        category: 'projects',
        title: 'Dự án',
        eventAt: '2026-09-01',
        fields: {},
      });
    }
    const r = auditPortal(inv, {
      profile: PROFILE,
      asOf: AS_OF,
      rules: ['deadline'],
      maxFindingsPerRule: 10,
    });
    const rule = r.summary.rules.find((x) => x.id === 'deadline.publication');
    expect(rule).toMatchObject({ problems: 50, truncated: 40, status: 'fail' });
    expect(r.findings.filter((f) => f.ruleId === 'deadline.publication')).toHaveLength(10);
    expect(r.summary.byStatus.fail).toBe(50);
  });
  it('never overflows the stack on deeply nested values anywhere (200,000 levels)', () => {
    let deep: unknown = 1;
    for (let i = 0; i < 200_000; i++) deep = [deep];
    const base = () => cleanInventory();
    const places: ((inv: Json) => void)[] = [
      ...[
        'schemaVersion',
        'portal',
        'items',
        'qa',
        'consultations',
        'newsCounts',
        'operations',
        'auditLog',
      ].map((k) => (inv: Json) => {
        inv[k] = deep;
      }),
      ...[
        'id',
        'title',
        'category',
        'variant',
        'eventAt',
        'publishedAt',
        'approval',
        'fields',
        'classification',
      ].map((k) => (inv: Json) => {
        inv.items[0][k] = deep;
      }),
      (inv: Json) => {
        inv.items[0].fields.body = deep;
      },
      (inv: Json) => {
        inv.operations.suspensions = [{ startsAt: deep }];
      },
      (inv: Json) => {
        inv.portal.unit = deep;
      },
    ];
    for (const place of places) {
      const inv = base();
      place(inv);
      const r = auditPortal(inv, { profile: PROFILE, asOf: AS_OF });
      // Read as a malformed value (a finding naming it), or ignored where the format has no such key.
      expect(r.findings.length).toBeGreaterThan(0);
    }
    expect(auditPortal(base(), { profile: deep as never, asOf: AS_OF }).summary.audited).toBe(false);
    expect(auditPortal(base(), { profile: PROFILE, asOf: deep as never }).summary.audited).toBe(false);
    expect(auditPortal(base(), { profile: PROFILE, asOf: AS_OF, rules: deep as never }).summary.audited).toBe(
      false,
    );
  });
  it('bad options give a report that could not audit, with coded bilingual issues, never a throw', () => {
    const cases: [unknown, string][] = [
      [{ profile: 'no-such-profile', asOf: AS_OF }, 'audit.unknown-profile'],
      [{ profile: 'vinh-phuc', asOf: AS_OF }, 'audit.unknown-profile'],
      [{ profile: PROFILE, asOf: '2026-02-30' }, 'audit.as-of-invalid'],
      [{ profile: PROFILE, asOf: '25/11/2026' }, 'audit.as-of-invalid'],
      [{ profile: PROFILE }, 'audit.as-of-missing'],
      [{ profile: 42, asOf: AS_OF }, 'audit.profile-invalid'],
      [{ profile: PROFILE, asOf: AS_OF, rules: ['dedline'] }, 'audit.unknown-rule'],
      [{ profile: PROFILE, asOf: AS_OF, rules: ['deadline.publicaton'] }, 'audit.unknown-rule'],
      [{ profile: PROFILE, asOf: AS_OF, disable: ['deadlines'] }, 'audit.unknown-rule'],
      [{ profile: PROFILE, asOf: AS_OF, disable: ['*'] }, 'audit.unknown-rule'],
      [{ profile: PROFILE, asOf: AS_OF, rules: 'deadline' }, 'audit.rules-invalid'],
      [{ profile: PROFILE, asOf: AS_OF, rules: [null] }, 'audit.rules-invalid'],
      [{ profile: PROFILE, asOf: AS_OF, disable: [1] }, 'audit.disable-invalid'],
      [{ profile: PROFILE, asOf: AS_OF, maxFindingsPerRule: -1 }, 'audit.max-findings-invalid'],
      [{ profile: PROFILE, asOf: AS_OF, onProgress: 'x' }, 'audit.on-progress-invalid'],
      [null, 'audit.options-invalid'],
      [[], 'audit.options-invalid'],
    ];
    for (const [options, code] of cases) {
      const r = auditPortal(cleanInventory(), options as never);
      expect(r.summary.passed, code).toBe(false);
      expect(r.summary.audited, code).toBe(false);
      expect(r.summary.items).toBe(0);
      const codes = r.findings.map((f) => (f.evidence as { code: string }).code);
      expect(codes, JSON.stringify(options)).toContain(code);
      for (const f of r.findings) {
        expect(f.ruleId).toBe('audit.options');
        expect(f.message.vi).not.toBe(f.message.en);
      }
      expect(() => auditPortalOrThrow(cleanInventory(), options as never)).toThrow(VnPortalKitError);
    }
    const unknown = auditPortal(cleanInventory(), { profile: PROFILE, asOf: AS_OF, rules: ['dedline'] });
    expect(unknown.findings[0]?.message.en).toMatch(/valid ids: .*deadline\.publication/);
  });
  it('auditPortals: no portal, or a portal that could not be audited, is never a pass', async () => {
    expect((await auditPortals([], { profile: PROFILE, asOf: AS_OF })).summary.passed).toBe(false);
    const r = await auditPortals([{ inventory: cleanInventory(), profile: 'vinh-phuc' }], {
      profile: PROFILE,
      asOf: AS_OF,
    });
    expect(r.summary.passed).toBe(false);
    expect(r.portals[0]?.summary.audited).toBe(false);
  });
  it('an audit that evaluated no substantive rule is never a pass', () => {
    // Under Vĩnh Phúc no monthly quota applies: the only rule selected is not applicable.
    const r = auditPortal(cleanInventory(), { profile: PROFILE, asOf: AS_OF, rules: ['quotas'] });
    expect(r.summary.audited).toBe(true);
    expect(r.summary.passed).toBe(false);
    expect(r.findings.some((f) => f.ruleId === 'audit.coverage' && f.status === 'fail')).toBe(true);
    const all = BUILTIN_RULES.map((x) => x.id);
    const none = auditPortal(cleanInventory(), { profile: PROFILE, asOf: AS_OF, disable: all });
    expect(none.summary.passed).toBe(false);
  });
});

describe('parseInventoryJson', () => {
  it('rejects deep nesting without blowing the stack', () => {
    const r = parseInventoryJson(`${'['.repeat(1_000_000)}${']'.repeat(1_000_000)}`);
    expect(r.ok).toBe(false);
    expect(r.issues[0]?.code).toBe('compliance.inventory-too-deep');
  });
  it('rejects oversized text with a clean issue (100 MB limit set low here)', () => {
    const r = parseInventoryJson(' '.repeat(2_000), { maxLength: 1_000 });
    expect(r.issues[0]?.code).toBe('compliance.inventory-too-large');
  });
  it('reads a 100 MB inventory text, or rejects it by the default limit, without throwing', () => {
    const big = `{"schemaVersion":1,"pad":"${'a'.repeat(100 * 1024 * 1024)}"}`;
    const r = parseInventoryJson(big);
    expect(r.ok).toBe(true);
    expect(parseInventoryJson(big, { maxLength: 50 * 1024 * 1024 }).issues[0]?.code).toBe(
      'compliance.inventory-too-large',
    );
  });
  it('reports syntax errors and ignores a BOM; brackets inside strings do not count as nesting', () => {
    expect(parseInventoryJson('{"a": [1, 2,]}').issues[0]?.code).toBe('compliance.inventory-json-invalid');
    expect(parseInventoryJson('\uFEFF{"a":"[[[[[[[[[[[[[[[[[[[["}', { maxDepth: 3 }).ok).toBe(true);
  });
  it('rejects exactly the texts nested deeper than maxDepth, whatever else they hold (fast-check)', () => {
    const depthOf = (v: unknown): number =>
      typeof v === 'object' && v !== null ? 1 + Math.max(0, ...Object.values(v).map(depthOf)) : 0;
    fc.assert(
      fc.property(
        fc.jsonValue({ maxDepth: 8 }),
        fc.integer({ min: 0, max: 8 }),
        fc.constantFrom('', '0', '"[{"'),
        (value, maxDepth, pad) => {
          const text = JSON.stringify(value);
          if (text === undefined) return;
          const withPad = pad && typeof value === 'object' && value !== null ? `[${pad},${text}]` : text;
          const parsed = JSON.parse(withPad);
          const r = parseInventoryJson(withPad, { maxDepth });
          expect(r.ok).toBe(depthOf(parsed) <= maxDepth);
        },
      ),
      { numRuns: 1000 },
    );
  });
});

describe('the item fast path agrees with the zod schema', () => {
  it('on the example items and mutated ones', () => {
    for (const item of cleanInventory().items as Json[]) {
      for (const mutate of [
        (x: Json) => x,
        (x: Json) => ({ ...x, language: 'fr' }),
        (x: Json) => ({ ...x, extra: 1 }),
        (x: Json) => ({ ...x, publishedAt: '2026-13-01' }),
        (x: Json) => ({ ...x, approval: { ...x.approval, at: 'soon' } }),
        (x: Json) => ({ ...x, fields: undefined }),
        (x: Json) => ({ ...x, classification: 'public' }),
        // Layouts the one-pass reader must not misread: no prototype, a hidden or inherited property, a
        // getter, keys in another order.
        (x: Json) => Object.assign(Object.create(null), x),
        (x: Json) => Object.defineProperty({ ...x }, 'title', { value: 'Tiêu đề ẩn', enumerable: false }),
        (x: Json) => {
          const { author: _, ...rest } = x;
          return Object.setPrototypeOf(rest, { author: 'Nguyễn Văn B' });
        },
        (x: Json) => Object.defineProperty({ ...x }, 'title', { get: () => 'Tiêu đề', enumerable: true }),
        (x: Json) => Object.fromEntries(Object.entries(x).reverse()),
      ]) {
        const v = mutate(structuredClone(item));
        const { fast, zod } = readItemForTest(v);
        if (fast !== undefined) expect(fast).toEqual(zod);
      }
    }
  });
});

describe('streaming and many portals', () => {
  async function* stream(items: Json[]) {
    for (const i of items) yield i;
  }
  it('an async iterable of items gives the same report as an array', async () => {
    const inv = exampleInventory();
    const sync = auditPortal(inv, { profile: PROFILE, asOf: AS_OF });
    const streamed = await auditPortal(
      { ...inv, items: stream(inv.items) },
      { profile: PROFILE, asOf: AS_OF },
    );
    expect(streamed).toEqual(sync);
  });
  it('reports progress', async () => {
    const seen: number[] = [];
    const items = Array.from({ length: 25_000 }, (_, i) => ({
      id: `n${i}`,
      category: 'news',
      title: 'Tin',
      fields: {},
    }));
    await auditPortal(
      {
        schemaVersion: 1,
        portal: { name: 'P', unit: { name: 'U', kind: 'province' } },
        items: stream(items),
      },
      { profile: PROFILE, asOf: AS_OF, onProgress: (n) => seen.push(n) },
    );
    expect(seen).toEqual([10_000, 20_000, 25_000]);
  });
  it('auditPortals aggregates a province and its sub-portals', async () => {
    const commune = {
      schemaVersion: 1,
      portal: {
        name: 'Cổng TTĐT xã Đạo Trù',
        unit: { name: 'Đạo Trù', kind: 'commune' },
        hostnames: [{ host: 'daotru.vinhphuc.gov.vn' }],
      },
      items: stream([]),
    };
    const r = await auditPortals([{ inventory: cleanInventory() }, { inventory: commune }], {
      profile: PROFILE,
      asOf: AS_OF,
    });
    expect(r.summary.portals).toBe(2);
    expect(r.summary.failingPortals).toBe(1);
    expect(r.portals[0]?.summary.passed).toBe(true);
    expect(r.summary.byRule['categories.required']).toBeGreaterThan(5);
    expect(r.summary.items).toBe(r.portals[0]?.summary.items);
  });
});

describe('custom rules with defineRule', () => {
  it('a simple per-item rule reports with its own id, severity and citation', () => {
    const rule = defineRule({
      id: 'acme.title-length',
      title: { vi: 'Tiêu đề ngắn', en: 'Short titles' },
      severity: 'notice',
      citation: { id: 'ACME/1' },
      checkItem: (item) =>
        item.title.length > 50
          ? [{ message: { vi: 'Dài', en: 'Long' }, location: { item: item.id } }]
          : undefined,
    });
    const r = auditPortal(cleanInventory(), { profile: PROFILE, asOf: AS_OF, rules: [rule] });
    const f = r.findings.filter((x) => x.ruleId === 'acme.title-length');
    expect(f.length).toBeGreaterThan(0);
    expect(f[0]).toMatchObject({ severity: 'notice', status: 'fail', citation: { id: 'ACME/1' } });
    expect(r.summary.passed).toBe(true);
  });
  it('a stateful rule sees every item and reports at the end', () => {
    const rule = defineRule({
      id: 'acme.count',
      title: { vi: 'Ít nhất 100 tin', en: 'At least 100 items' },
      severity: 'warning',
      create(ctx) {
        let n = 0;
        return {
          item: () => {
            n++;
          },
          finish: () => {
            if (n < 100) ctx.report({ message: { vi: `${n} tin`, en: `${n} items` }, evidence: { n } });
          },
        };
      },
    });
    const r = auditPortal(cleanInventory(), { profile: PROFILE, asOf: AS_OF, rules: [rule] });
    expect(r.findings.find((x) => x.ruleId === 'acme.count')?.evidence).toEqual({ n: 32 });
  });
  it('malformed definitions and id clashes are programmer errors', () => {
    expect(() =>
      defineRule({ id: 'Bad Id', title: { vi: 'a', en: 'a' }, severity: 'error', checkItem: () => [] }),
    ).toThrow(TypeError);
    expect(() =>
      defineRule({ id: 'a.b', title: { vi: 'a', en: 'a' }, severity: 'fatal' as never, checkItem: () => [] }),
    ).toThrow(TypeError);
    expect(() => defineRule({ id: 'a.b', title: { vi: 'a', en: 'a' }, severity: 'error' } as never)).toThrow(
      TypeError,
    );
    const clash = defineRule({
      id: 'text.unicode',
      title: { vi: 'a', en: 'a' },
      severity: 'error',
      checkItem: () => [],
    });
    const r = auditPortal(cleanInventory(), { profile: PROFILE, asOf: AS_OF, rules: [clash] });
    expect(r.summary.audited).toBe(false);
    expect(r.findings[0]?.evidence).toMatchObject({ code: 'audit.rule-duplicate' });
  });
});

describe('the report', () => {
  it('is stable JSON with a format and version, findings sorted problems first', () => {
    const r = auditPortal(exampleInventory(), { profile: PROFILE, asOf: AS_OF });
    expect(r.format).toBe('vn-portal-kit/audit-report');
    expect(r.version).toBe(1);
    const statuses = r.findings.map((f) => f.status);
    expect(statuses.indexOf('pass')).toBeGreaterThan(statuses.lastIndexOf('needs-review'));
    expect(JSON.stringify(auditPortal(exampleInventory(), { profile: PROFILE, asOf: AS_OF }))).toBe(
      JSON.stringify(r),
    );
    expect(problems(r).every((f) => f.message.vi.length > 0 && f.message.en.length > 0)).toBe(true);
  });
});
