// Differential tests: the audit decides nothing the profiles already decide. For every shipped profile,
// every category and generated dates and items, the audit's verdict equals the one function of
// `vn-portal-kit/profiles` (or `workflow`, `categories`) that makes the decision.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { CATEGORY_IDS, type CategoryId } from '../../src/categories/categoryIds.js';
import { categoryById, validateCategoryItem } from '../../src/categories/index.js';
import { auditPortal, type Finding, UNIT_KINDS, type UnitKind } from '../../src/compliance/index.js';
import { addCalendarDays, vnDateTimeParts, vnInstant } from '../../src/core/index.js';
import { NATIONAL_PROVISIONS } from '../../src/profiles/_lib/nationalProvisions.js';
import {
  deadlineFor,
  getProfile,
  nationalProfileAt,
  type Profile,
  profiles,
  requiredFieldsFor,
  suspensionNoticePoliciesAt,
} from '../../src/profiles/index.js';
import { checkSuspensionNotice } from '../../src/workflow/index.js';
import { exampleInventory } from './_fixtures.js';

const two = (n: number) => String(n).padStart(2, '0');
/** A civil day from 2011-10-01 to 2027-12-31. */
const dayArb = fc.integer({ min: 0, max: 5935 }).map((n) => addCalendarDays('2011-10-01', n));
const timeArb = fc.tuple(fc.integer({ min: 0, max: 23 }), fc.integer({ min: 0, max: 59 }));
/** A date-time as a CMS writes it: a bare day, or a time in Vietnamese time, or UTC. */
const instantText = (day: string, [h, m]: [number, number], form: number) =>
  form === 0 ? day : form === 1 ? `${day}T${two(h)}:${two(m)}:00+07:00` : `${day}T${two(h)}:${two(m)}:00Z`;

const profileArb = fc.constantFrom(...profiles);
const categoryArb = fc.constantFrom(...CATEGORY_IDS);
const unitArb = fc.constantFrom(...UNIT_KINDS);
const header = (kind: UnitKind) => ({
  schemaVersion: 1,
  portal: { name: 'Cổng thử', unit: { name: 'Đơn vị thử', kind } },
});
const ofRule = (r: { findings: readonly Finding[] }, ruleId: string) =>
  r.findings.filter((f) => f.ruleId === ruleId && (f.status === 'fail' || f.status === 'needs-review'));

describe('deadline.publication equals deadlineFor (every profile × category)', () => {
  it('reports exactly the late and overdue items deadlineFor implies, citing its provision', () => {
    fc.assert(
      fc.property(
        profileArb,
        categoryArb,
        dayArb,
        timeArb,
        fc.integer({ min: 0, max: 2 }),
        fc.option(fc.tuple(fc.integer({ min: 0, max: 40 }), timeArb), { nil: undefined }),
        fc.integer({ min: 0, max: 40 }),
        fc.option(fc.string({ maxLength: 12 }), { nil: undefined }),
        fc.nat(),
        (profile, category, day, time, form, published, asOfAfter, randomVariant, pickTrigger) => {
          const triggers = profile.deadlines.filter((d) => d.category === category).map((d) => d.trigger);
          const variant =
            pickTrigger % 3 === 0 && triggers.length > 0
              ? triggers[pickTrigger % triggers.length]
              : randomVariant;
          const eventAt = instantText(day, time, form);
          const publishedAt =
            published === undefined
              ? undefined
              : instantText(addCalendarDays(day, published[0]), published[1], 1);
          const asOf = addCalendarDays(day, asOfAfter);
          const item = {
            id: 'x',
            category,
            title: 'Tin',
            eventAt,
            ...(publishedAt ? { publishedAt } : {}),
            ...(variant !== undefined ? { variant } : {}),
          };
          const report = auditPortal(
            { ...header('province'), items: [item] },
            { profile: profile.id, asOf, rules: ['deadline.publication'] },
          );
          const found = ofRule(report, 'deadline.publication');

          const trigger = variant !== undefined && triggers.includes(variant) ? variant : undefined;
          const expected = deadlineFor(profile, category as CategoryId, eventAt, { trigger });
          if (!expected.ok) {
            if (expected.issues[0]?.code === 'profiles.trigger-required') {
              expect(found.map((f) => f.status)).toEqual(['needs-review']);
            } else expect(found).toEqual([]);
            return;
          }
          const due = expected.value.deadline;
          const asOfEnd = vnInstant(addCalendarDays(asOf, 1), 0).getTime();
          const late =
            publishedAt !== undefined
              ? new Date(publishedAt).getTime() > due.dueAt.getTime()
              : asOfEnd > due.dueAt.getTime() && due.dueDate < asOf;
          expect(found.length, JSON.stringify({ profile: profile.id, item, asOf, due })).toBe(late ? 1 : 0);
          for (const f of found) {
            expect(f.citation?.id).toBe(expected.value.citation.id);
            expect(f.evidence?.dueDate).toBe(due.dueDate);
          }
        },
      ),
      { numRuns: 1500 },
    );
  });
});

/** Values a category field might hold, valid or not. */
const valueArb = fc.oneof(
  fc.constantFrom(
    'Nội dung',
    '2026-11-02',
    '2026-11-02T09:00:00+07:00',
    'https://vinhphuc.gov.vn/a',
    'a@b.vn',
    '12/2026/QĐ-UBND',
    '',
    'work-schedule',
    'direction',
    'answered',
  ),
  fc.integer({ min: -2, max: 2_000_000 }),
  fc.constant([]),
  fc.constant([{ date: '2026-11-17', activity: 'Họp', leaders: ['Chủ tịch'] }]),
  fc.constant([{ url: 'https://vinhphuc.gov.vn/f.pdf' }]),
  fc.constant(null),
);

/** Items of every category: the example's, with fields removed or replaced, and random ones. */
const examples = (exampleInventory().items as { category: string; fields?: Record<string, unknown> }[]).map(
  (i) => [i.category, i.fields ?? {}] as const,
);
const fieldsArb = (category: CategoryId) => {
  const keys = (categoryById(category)?.fields ?? []).map((f) => f.key);
  const base = examples.filter(([c]) => c === category).map(([, f]) => f);
  const random = fc.dictionary(fc.constantFrom(...keys, 'extra'), valueArb, { maxKeys: keys.length + 1 });
  if (base.length === 0) return random;
  return fc.oneof(
    fc
      .tuple(fc.constantFrom(...base), fc.subarray(keys), fc.dictionary(fc.constantFrom(...keys), valueArb))
      .map(([f, drop, set]) => {
        const out: Record<string, unknown> = { ...structuredClone(f), ...set };
        for (const k of drop) delete out[k];
        return out;
      }),
    random,
  );
};

const NUMBER_FIELDS = new Set(['numberSymbol', 'documentNumber']);

describe('fields.required equals requiredFieldsFor + validateCategoryItem (every profile × category × unit)', () => {
  it('finds a problem exactly when validateCategoryItem does with the lists requiredFieldsFor chose', () => {
    fc.assert(
      fc.property(
        profileArb,
        categoryArb.chain((c) => fc.tuple(fc.constant(c), fieldsArb(c))),
        unitArb,
        (profile, [category, fields], unit) => {
          const item = { id: 'x', category, title: 'Tiêu đề', publishedAt: '2026-11-20', fields };
          const report = auditPortal(
            { ...header(unit), items: [item] },
            { profile: profile.id, asOf: '2026-11-25', rules: ['fields.required'] },
          );
          if (report.summary.invalidItems > 0) return;
          const found = ofRule(report, 'fields.required');
          const req = requiredFieldsFor(profile, category, { unit, published: true });
          if (!req.ok) {
            expect(found).toEqual([]);
            return;
          }
          const input: Record<string, unknown> = { ...fields, title: item.title };
          const r = validateCategoryItem(category, input, {
            requiredBy: req.value.fieldLists.map((l) => l.citation.id),
          });
          const problems = r.issues.filter(
            (i) =>
              i.severity === 'error' &&
              !(
                typeof i.path[0] === 'string' &&
                NUMBER_FIELDS.has(i.path[0]) &&
                typeof input[i.path[0]] === 'string'
              ),
          );
          expect(found.length > 0, JSON.stringify({ profile: profile.id, unit, item, problems })).toBe(
            problems.length > 0,
          );
          // Every finding cites the profile's own provisions: a field list it applies, or its requirement.
          const own = new Set([
            ...req.value.fieldLists.map((l) => l.citation.id),
            ...req.value.requirements.map((q) => q.citation.id),
          ]);
          for (const f of found) expect(own.has(f.citation?.id ?? '')).toBe(true);
        },
      ),
      { numRuns: 1500 },
    );
  });
});

describe('operations.suspension-notice equals checkSuspensionNotice (every profile)', () => {
  it('reports a late notice exactly when a duty that binds on the start day refuses it', () => {
    fc.assert(
      fc.property(
        profileArb,
        fc.integer({ min: 0, max: 1500 }).map((n) => addCalendarDays('2024-01-01', n)),
        timeArb,
        fc.integer({ min: 0, max: 30 }),
        timeArb,
        (profile, day, time, before, noticeTime) => {
          const startsAt = instantText(day, time, 1);
          const announcedAt = instantText(addCalendarDays(day, -before), noticeTime, 1);
          const expectedRestoreAt = instantText(addCalendarDays(day, 1), [8, 0], 1);
          if (new Date(announcedAt) > new Date(startsAt)) return;
          const inv = {
            ...header('province'),
            operations: { suspensions: [{ id: 's1', startsAt, announcedAt, expectedRestoreAt }] },
          };
          const report = auditPortal(inv, {
            profile: profile.id,
            asOf: '2027-12-31',
            rules: ['operations.suspension-notice'],
          });
          const found = ofRule(report, 'operations.suspension-notice');
          const duties = suspensionNoticePoliciesAt(profile, vnDateTimeParts(new Date(startsAt)).date);
          const refusals = duties.filter(
            (d) =>
              !checkSuspensionNotice(d.policy, {
                noticeAt: new Date(announcedAt),
                startsAt: new Date(startsAt),
                restorationAt: new Date(expectedRestoreAt),
              }).ok,
          );
          expect(found.length, JSON.stringify({ profile: profile.id, startsAt, announcedAt })).toBe(
            refusals.length,
          );
          expect(found.map((f) => f.citation?.id).sort()).toEqual(
            refusals.map((d) => d.policy.citation.id).sort(),
          );
        },
      ),
      { numRuns: 600 },
    );
  });
  it('reproduces ND 224/2026: a suspension at 2026-10-24 22:00 must be announced by 2026-10-14', () => {
    const inv = (announcedAt: string) => ({
      ...header('commune'),
      operations: {
        suspensions: [
          {
            startsAt: '2026-10-24T22:00:00+07:00',
            announcedAt,
            expectedRestoreAt: '2026-10-25T08:00:00+07:00',
          },
        ],
      },
    });
    const run = (at: string) =>
      ofRule(
        auditPortal(inv(at), {
          profile: 'nd224-2026',
          asOf: '2026-11-25',
          rules: ['operations.suspension-notice'],
        }),
        'operations.suspension-notice',
      );
    expect(run('2026-10-15T08:00:00+07:00')[0]?.message.en).toMatch(/later than 2026-10-14/);
    expect(run('2026-10-14T16:00:00+07:00')).toEqual([]);
  });
});

/** Every citation id the profile's data names (its own provisions and the texts it cites). */
function citedIn(value: unknown, out = new Set<string>()): Set<string> {
  if (Array.isArray(value)) for (const v of value) citedIn(v, out);
  else if (typeof value === 'object' && value !== null) {
    const o = value as Record<string, unknown>;
    if (typeof o.id === 'string' && /^[A-Z][A-Z0-9]*(-[A-Z0-9]+)*-\d{4}(\/|$)/.test(o.id)) out.add(o.id);
    for (const v of Object.values(o)) citedIn(v, out);
  }
  return out;
}

/**
 * National texts that bind every agency whatever the portal regulation, cited by rules about them: the
 * format of administrative documents' number-symbols (ND 30/2020 Appendix I), and the national provisions
 * the profiles' data rests on (`NATIONAL_PROVISIONS`: e.g. TT 24/2015 on names under .gov.vn).
 */
const CROSS_CUTTING = ['ND-30-2020/', ...Object.keys(NATIONAL_PROVISIONS).map((id) => `${id}`)];
/** The national decrees: a deadline falls back to the one in force on the item's own event date. */
const NATIONAL = profiles.filter((p) => p.level === 'national');

describe('every finding cites the audited profile or the national text it rests on', () => {
  it.each(profiles.map((p) => [p.id, p] as const))('%s', (_, profile: Profile) => {
    for (const asOf of ['2022-01-10', '2026-11-25']) {
      for (const kind of ['province', 'commune', 'department'] as const) {
        const inv = exampleInventory();
        inv.portal.unit.kind = kind;
        const report = auditPortal(inv, { profile: profile.id, asOf });
        const national = nationalProfileAt(asOf);
        const basis = profile.nationalBasis ? getProfile(profile.nationalBasis.profileId) : undefined;
        const texts = [profile, basis, national.ok ? national.value : undefined, ...NATIONAL].filter(
          (p): p is Profile => p !== undefined,
        );
        const allowed = new Set<string>();
        for (const p of texts) for (const id of citedIn(p)) allowed.add(id);
        const prefixes = [...texts.map((p) => `${p.regulationId}/`), ...CROSS_CUTTING];
        for (const f of report.findings) {
          const id = f.citation?.id;
          if (id === undefined) continue;
          const ok =
            allowed.has(id) ||
            prefixes.some((p) => id.startsWith(p)) ||
            texts.some((p) => id === p.regulationId);
          expect(ok, `${profile.id} ${asOf} ${kind}: ${f.ruleId} cites ${id}`).toBe(true);
        }
      }
    }
  });
  it('text.unicode cites the national text under the national profiles', () => {
    const inv = exampleInventory();
    inv.items[0].title = 'Th\u00F4ng tin tu\u0300y ch\u1ECDn';
    for (const id of ['nd224-2026', 'nd42-2022', 'nd43-2011']) {
      const r = auditPortal(inv, { profile: id, asOf: '2026-11-25', rules: ['text.unicode'] });
      const cited = ofRule(r, 'text.unicode').map((f) => f.citation?.id);
      expect(cited.length).toBeGreaterThan(0);
      const regulation = getProfile(id)?.regulationId as string;
      for (const c of cited) expect(c === regulation || c?.startsWith(`${regulation}/`)).toBe(true);
    }
  });
});
