import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isWorkingDayOrThrow } from '../../src/calendar/index.js';
import { CATEGORY_IDS } from '../../src/categories/categoryIds.js';
import { addCalendarDays } from '../../src/core/index.js';
import { deadlineFor, getProfile, profiles, selectDeadlineRule } from '../../src/profiles/index.js';

const P = (id: string) => getProfile(id)!;
const due = (
  id: string,
  category: Parameters<typeof deadlineFor>[1],
  event: string,
  trigger?: string,
): string | undefined => {
  const r = deadlineFor(P(id), category, event, trigger === undefined ? {} : { trigger });
  return r.ok ? r.value.deadline.dueDate : undefined;
};

describe('deadlineFor: Vĩnh Phúc 32/2023 Art. 6', () => {
  // 2026-04-24 is a Friday before the Hùng Kings day (2026-04-26, a Sunday, compensated on Monday 04-27),
  // Reunification Day 04-30 and Labour Day 05-01.
  it('6.2 administrative documents: 2 working days, skipping the April holidays', () => {
    expect(due('vinh-phuc-32-2023', 'legal-documents', '2026-04-24', 'administrative')).toBe('2026-04-29');
  });
  it('6.2 normative documents: 7 working days', () => {
    expect(due('vinh-phuc-32-2023', 'legal-documents', '2026-04-24', 'normative')).toBe('2026-05-08');
  });
  it('6.2 the two same-day triggers', () => {
    expect(due('vinh-phuc-32-2023', 'legal-documents', '2026-04-25', 'emergency')).toBe('2026-04-25');
    expect(due('vinh-phuc-32-2023', 'legal-documents', '2026-09-02', 'effective-on-signing')).toBe(
      '2026-09-02',
    );
  });
  it('6.2 without a trigger: administrative documents, with a warning listing the others', () => {
    const r = deadlineFor(P('vinh-phuc-32-2023'), 'legal-documents', '2026-11-20');
    expect(r.ok && r.value.selected.trigger).toBe('administrative');
    expect(r.issues.map((i) => i.code)).toEqual(['profiles.trigger-assumed']);
    expect(r.issues[0]?.details?.available).toEqual([
      'administrative',
      'normative',
      'emergency',
      'effective-on-signing',
    ]);
  });
  it('6.3 planning: 15 calendar days, rolled forward off a day off', () => {
    // 2026-11-10 + 15 = 2026-11-25 (Wednesday)
    expect(due('vinh-phuc-32-2023', 'strategies-plans', '2026-11-10', 'planning')).toBe('2026-11-25');
    // 2026-11-14 + 15 = 2026-11-29, a Sunday: Monday 2026-11-30
    expect(due('vinh-phuc-32-2023', 'strategies-plans', '2026-11-14', 'planning')).toBe('2026-11-30');
  });
  it('6.4 projects, bidding, loans: 2 working days; 6.5 science: 10; 6.6 consultation: immediately', () => {
    expect(due('vinh-phuc-32-2023', 'projects', '2026-12-31')).toBe('2027-01-05');
    expect(due('vinh-phuc-32-2023', 'loans-aid', '2026-11-26')).toBe('2026-11-30');
    expect(due('vinh-phuc-32-2023', 'science-technology', '2026-11-25')).toBe('2026-12-09');
    const c = deadlineFor(P('vinh-phuc-32-2023'), 'consultation', '2026-11-25T10:15:00+07:00');
    expect(c.ok && c.value.deadline.dueAt.toISOString()).toBe('2026-11-25T03:15:00.000Z');
  });
  it('6.7 anything else: 5 working days', () => {
    const r = deadlineFor(P('vinh-phuc-32-2023'), 'treaties', '2026-11-25');
    expect(r.ok && [r.value.deadline.dueDate, r.value.citation.id]).toEqual(['2026-12-02', 'VP-32-2023/6.7']);
  });
  it('6.1 categories 5.1–5.4 have no day count: a coded error with the citation', () => {
    for (const category of ['introduction', 'news', 'direction', 'policy-propaganda'] as const) {
      const r = deadlineFor(P('vinh-phuc-32-2023'), category, '2026-11-25');
      expect(r.ok).toBe(false);
      expect(r.issues[0]?.code).toBe('profiles.no-fixed-deadline');
      expect(r.issues[0]?.citation?.id).toBe('VP-32-2023/6.1');
    }
  });
});

describe('deadlineFor: Thái Nguyên 40/2012 Art. 10 and 14', () => {
  it('10.2 news: 8 administrative hours from the event', () => {
    // Thursday 2026-11-26 16:00: 1 h that day, 7 h on Friday → Friday 16:00
    const r = deadlineFor(P('thai-nguyen-40-2012'), 'news', '2026-11-26T16:00:00+07:00');
    expect(r.ok && r.value.deadline.dueAt.toISOString()).toBe('2026-11-27T09:00:00.000Z');
  });
  it('10.2 conferences: 3 days; normative documents: 2 working days', () => {
    expect(due('thai-nguyen-40-2012', 'news', '2026-11-24', 'conference')).toBe('2026-11-27');
    expect(due('thai-nguyen-40-2012', 'legal-documents', '2026-12-31')).toBe('2027-01-05');
  });
  it('10.2 statistics: the 30th of the month; February: its last day (rolled off a weekend)', () => {
    expect(due('thai-nguyen-40-2012', 'finance-statistics', '2026-11-03')).toBe('2026-11-30');
    // 2028-02-29 is a Tuesday (leap year)
    expect(due('thai-nguyen-40-2012', 'finance-statistics', '2028-02-10')).toBe('2028-02-29');
  });
  it('10.3 procedure rules: 2 working days after taking effect', () => {
    expect(due('thai-nguyen-40-2012', 'procedures', '2026-09-01')).toBe('2026-09-04');
  });
  it('14.4 questions: 5 / 10 / 15 working days counted from 08:00', () => {
    // received Saturday 2026-11-28: day 1 is Monday 11-30
    expect(due('thai-nguyen-40-2012', 'qa', '2026-11-28T09:00:00+07:00', 'own-competence')).toBe(
      '2026-12-04',
    );
    expect(due('thai-nguyen-40-2012', 'qa', '2026-11-28T09:00:00+07:00', 'cross-sector')).toBe('2026-12-11');
    expect(due('thai-nguyen-40-2012', 'qa', '2026-11-28T09:00:00+07:00', 'special')).toBe('2026-12-18');
  });
});

describe('deadlineFor: ND 43/2011 Art. 17 and the regulations that adopt it', () => {
  it('Art. 17 through Hậu Giang 11.1 and Quảng Nam 8.1: legal documents 2 / 10 working days', () => {
    for (const id of ['hau-giang-1347-2020', 'quang-nam-3069-2021']) {
      const r = deadlineFor(P(id), 'legal-documents', '2021-11-05', { trigger: 'issuing-agency' });
      expect(r.ok && r.value.deadline.dueDate).toBe('2021-11-09');
      expect(r.ok && r.value.citation.id).toBe('ND-43-2011/17');
      expect(r.ok && r.value.selected.via?.id).toMatch(/^(HG-1347-2020\/11\.1|QN-3069-2021\/8\.1)$/);
      expect(due(id, 'legal-documents', '2021-11-05', 'agency-in-scope')).toBe('2021-11-19');
    }
  });
  it('Art. 17 science 20 working days, statistics 10, Q&A 15', () => {
    expect(due('nd43-2011', 'science-technology', '2021-03-01')).toBe('2021-03-29');
    expect(due('nd43-2011', 'finance-statistics', '2021-03-01')).toBe('2021-03-15');
    expect(due('nd43-2011', 'qa', '2021-03-01')).toBe('2021-03-22');
  });
});

describe('deadlineFor: fallbacks', () => {
  it('Như Xuân sets no deadlines: the national decree in force on the event date applies', () => {
    const early = deadlineFor(P('nhu-xuan-2112-2022'), 'science-technology', '2022-09-20');
    expect(early.ok && early.value.selected.profileId).toBe('nd42-2022');
    expect(early.ok && early.value.citation.id).toBe('LTCTT-2016/18.4');
    expect(early.issues[0]?.code).toBe('profiles.deadline-from-national');
    const off = deadlineFor(P('nhu-xuan-2112-2022'), 'science-technology', '2022-09-20', {
      fallbackToNational: false,
    });
    expect(off.issues[0]?.code).toBe('profiles.no-deadline-rule');
  });
  it('unknown triggers and categories are coded issues', () => {
    const t = deadlineFor(P('vinh-phuc-32-2023'), 'legal-documents', '2026-11-25', { trigger: 'urgent' });
    expect(t.issues[0]).toMatchObject({ code: 'profiles.unknown-trigger', path: ['trigger'] });
    const c = selectDeadlineRule(P('vinh-phuc-32-2023'), 'weather' as never);
    expect(c.issues[0]?.code).toBe('profiles.unknown-category');
    const d = deadlineFor(P('vinh-phuc-32-2023'), 'treaties', 'not a date');
    expect(d.issues[0]?.path).toEqual(['eventDate']);
  });
});

describe('deadlineFor properties', () => {
  const dated = profiles.flatMap((p) =>
    p.deadlines.map((d) => [p.id, d.category, d.trigger, d.rule.kind] as const),
  );
  it('every day-counted rule of every profile ends on a working day, on or after the event (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...dated),
        fc.integer({ min: 0, max: 5000 }),
        ([id, category, trigger, kind], offset) => {
          const event = addCalendarDays('2014-01-01', offset); // the calendar module covers 2014-01-01 onwards
          const r = deadlineFor(P(id), category, event, { trigger });
          expect(r.ok).toBe(true);
          if (!r.ok) return;
          expect(r.value.deadline.dueDate >= event).toBe(true);
          if (kind === 'working-days' || kind === 'calendar-days' || kind === 'day-of-month') {
            expect(isWorkingDayOrThrow(r.value.deadline.dueDate)).toBe(true);
          }
        },
      ),
      { numRuns: 300 },
    );
  });
  it('never throws for any category, trigger and date string (property)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(...profiles),
        fc.constantFrom(...CATEGORY_IDS),
        fc.option(fc.string({ maxLength: 20 }), { nil: undefined }),
        fc.string({ maxLength: 30 }),
        (p, category, trigger, date) => {
          const r = deadlineFor(p, category, date, trigger === undefined ? {} : { trigger });
          expect(typeof r.ok).toBe('boolean');
        },
      ),
      { numRuns: 300 },
    );
  });
});
