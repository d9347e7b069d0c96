import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { type CategoryId, categoryById } from '../../src/categories/index.js';
import { auditPortal, resolveAuditPolicyOrThrow } from '../../src/compliance/index.js';
import { AS_OF, cleanInventory, type Json, PROFILE, problems } from './_fixtures.js';

const key = (f: { ruleId: string; status: string; location: object; message: { en: string } }) =>
  `${f.ruleId}|${f.status}|${JSON.stringify(f.location)}|${f.message.en}`;
const baseline = problems(auditPortal(cleanInventory(), { profile: PROFILE, asOf: AS_OF })).map(key);

const VIET = [...'aăâbcdđeêghiklmnoôơpqrstuưvxyàáảãạằắẳẵặầấẩẫậèéẻẽẹềếểễệìíỉĩịòóỏõọồốổỗộờớởỡợùúủũụừứửữựỳýỷỹỵ'];
const vietText = fc
  .array(
    fc.array(fc.constantFrom(...VIET), { minLength: 1, maxLength: 8 }).map((a) => a.join('')),
    {
      minLength: 1,
      maxLength: 12,
    },
  )
  .map((w) => w.join(' '));

describe('properties of the audit', () => {
  it('adding a compliant news item never adds a finding', () => {
    fc.assert(
      fc.property(
        vietText,
        vietText,
        fc.integer({ min: 0, max: 80 }),
        fc.integer({ min: 0, max: 600 }),
        fc.integer({ min: 5, max: 300 }),
        (title, body, dayOffset, minute, lag) => {
          const inv = cleanInventory();
          const day = new Date(Date.UTC(2026, 8, 1 + dayOffset)).toISOString().slice(0, 10);
          const hh = String(8 + Math.floor(minute / 60)).padStart(2, '0');
          const mm = String(minute % 60).padStart(2, '0');
          const published = `${day}T${hh}:${mm}:00+07:00`;
          const approvedAt = new Date(Date.parse(published) - lag * 60_000).toISOString();
          inv.items.push({
            id: `tin-moi-${dayOffset}-${minute}`,
            category: 'news',
            title,
            eventAt: day,
            publishedAt: published,
            author: 'Phóng viên',
            approval: { by: 'Trần Văn Hùng', role: 'head', at: approvedAt },
            fields: { summary: title, body },
          });
          const after = problems(auditPortal(inv, { profile: PROFILE, asOf: AS_OF })).map(key);
          expect(after).toEqual(baseline);
        },
      ),
      { numRuns: 60 },
    );
  });

  it('removing a required field always adds a finding', () => {
    const inv0 = cleanInventory();
    const { policy } = resolveAuditPolicyOrThrow(PROFILE, AS_OF);
    const pairs: [number, string][] = [];
    inv0.items.forEach((item: Json, index: number) => {
      if (!item.publishedAt || item.language === 'en') return;
      const def = categoryById(item.category as CategoryId);
      if (!def) return;
      const lists = def.fieldLists.filter(
        (l) =>
          l.citation.id.startsWith(`${policy.regulationId}/`) &&
          (l.variant === undefined || l.variant === 'local-government'),
      );
      for (const l of lists)
        for (const f of l.fields) {
          if (f === 'title' || !(f in item.fields)) continue;
          // A schedule's body and a written direction's entries are not theirs to carry (VP-32-2023/5.3).
          if (item.category === 'direction' && (f === 'body' || f === 'entries')) continue;
          pairs.push([index, f]);
        }
    });
    expect(pairs.length).toBeGreaterThan(40);
    fc.assert(
      fc.property(fc.constantFrom(...pairs), ([index, field]) => {
        const inv = cleanInventory();
        delete inv.items[index].fields[field];
        const after = problems(auditPortal(inv, { profile: PROFILE, asOf: AS_OF }));
        const added = after.filter((f) => !baseline.includes(key(f)));
        expect(added.length).toBeGreaterThan(0);
        expect(added.some((f) => f.location.item === inv.items[index].id)).toBe(true);
      }),
      { numRuns: 80 },
    );
  });

  it('the audit is deterministic and independent of item order', () => {
    fc.assert(
      fc.property(fc.array(fc.nat(), { minLength: 30, maxLength: 30 }), (weights) => {
        const inv = cleanInventory();
        const order = inv.items.map((it: Json, i: number) => [weights[i % weights.length] ?? 0, it]);
        order.sort((a: [number, Json], b: [number, Json]) => a[0] - b[0]);
        inv.items = order.map((x: [number, Json]) => x[1]);
        const r = auditPortal(inv, { profile: PROFILE, asOf: AS_OF });
        expect(problems(r).map(key)).toEqual(baseline);
      }),
      { numRuns: 20 },
    );
  });
});
