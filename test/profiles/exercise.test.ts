import { describe, expect, it } from 'vitest';
import { deadlineFor, profiles, requiredFieldsFor } from '../../src/profiles/index.js';

/**
 * The engines carry every category and deadline citation of every shipped profile: for each requirement,
 * `requiredFieldsFor` returns it for each unit it applies to, and for each deadline rule, `deadlineFor` selects a
 * rule with that citation and computes a due date. docs/coverage.md points its "encoded" rows here when a profile
 * category or deadline is what encodes them (scripts/generate-coverage.ts).
 */
describe('every profile category and deadline citation is exercised by its engine', () => {
  for (const p of profiles) {
    it(`${p.id}: requiredFieldsFor returns each category requirement, for each unit`, () => {
      const missing: string[] = [];
      for (const c of p.categories) {
        for (const unit of c.appliesTo) {
          const r = requiredFieldsFor(p, c.category, {
            unit,
            ...(c.variant ? { variant: c.variant as never } : {}),
          });
          if (!r.ok || !r.value.requirements.some((x) => x.citation.id === c.citation.id)) {
            missing.push(`${c.category}/${unit}: ${c.citation.id}`);
          }
        }
      }
      expect(missing).toEqual([]);
    });
    it(`${p.id}: deadlineFor selects each deadline rule by its category and trigger, and computes it`, () => {
      const missing: string[] = [];
      for (const d of p.deadlines) {
        const r = deadlineFor(p, d.category, '2026-11-02', d.trigger ? { trigger: d.trigger } : {});
        if (
          !r.ok ||
          (r.value.citation.id !== d.citation.id && !r.value.selected.citation.id.startsWith(d.citation.id))
        ) {
          missing.push(
            `${d.category}/${d.trigger ?? '-'}: ${d.citation.id} → ${r.ok ? r.value.citation.id : r.issues[0]?.code}`,
          );
        } else if (r.value.deadline.dueDate < '2026-11-02')
          missing.push(`${d.category}: due before the event`);
      }
      expect(missing).toEqual([]);
    });
  }
});
