import { describe, expect, it } from 'vitest';
import { complianceMatchers } from '../../src/vitest/index.js';
import { AS_OF, cleanInventory, exampleInventory, PROFILE } from '../compliance/_fixtures.js';

expect.extend(complianceMatchers);

describe('toComplyWith', () => {
  it('passes a compliant inventory and fails the example, listing each finding', () => {
    expect(cleanInventory()).toComplyWith(PROFILE, { asOf: AS_OF });
    let message = '';
    try {
      expect(exampleInventory()).toComplyWith(PROFILE, { asOf: AS_OF });
    } catch (error) {
      message = String((error as Error).message);
    }
    expect(message).toContain('to comply with vinh-phuc-32-2023 as of 2026-11-25');
    expect(message).toContain(
      'deadline.publication [Legal and administrative documents › qd-41-2026 › publishedAt]',
    );
    expect(message).toContain('(VP-32-2023/6.2)');
    expect(message).not.toContain('operations.reports');
  });
  it('honours minSeverity and rule selection, and .not', () => {
    const inv = cleanInventory();
    inv.operations.reports = [];
    expect(inv).toComplyWith(PROFILE, { asOf: AS_OF });
    expect(inv).not.toComplyWith(PROFILE, { asOf: AS_OF, minSeverity: 'warning' });
    // No monthly quota applies under Vĩnh Phúc: an audit that evaluates no rule is never a pass.
    expect(exampleInventory()).not.toComplyWith(PROFILE, { asOf: AS_OF, rules: ['quotas'] });
    expect(exampleInventory()).toComplyWith(PROFILE, { asOf: AS_OF, rules: ['basis'] });
    expect(exampleInventory()).not.toComplyWith(PROFILE, { asOf: AS_OF, rules: ['deadline'] });
    expect(exampleInventory()).toComplyWith(PROFILE, {
      asOf: AS_OF,
      disable: [
        'categories',
        'consultation',
        'deadline',
        'editorial',
        'english',
        'features',
        'fields',
        'hostnames',
        'operations',
        'qa',
        'text',
      ],
    });
  });
  it('is asynchronous for a streamed inventory', async () => {
    async function* items() {
      yield* cleanInventory().items;
    }
    await expect({ ...cleanInventory(), items: items() }).toComplyWith(PROFILE, { asOf: AS_OF });
  });
  it('fails closed on unknown rule ids and bad options, with or without .not', () => {
    for (const o of [{ rules: ['deadlines'] }, { disable: ['deadlines'] }, { disable: ['*'] }]) {
      expect(() => expect(exampleInventory()).toComplyWith(PROFILE, { asOf: AS_OF, ...o })).toThrow(
        /audit\.unknown-rule.*valid ids/,
      );
      expect(() => expect(exampleInventory()).not.toComplyWith(PROFILE, { asOf: AS_OF, ...o })).toThrow(
        /could not audit/,
      );
    }
    expect(() => expect(cleanInventory()).toComplyWith('vinh-phuc', { asOf: AS_OF })).toThrow(
      /audit\.unknown-profile/,
    );
    expect(() => expect({ id: 'x' }).toPublishWithinDeadline(PROFILE, { asOf: '25/11/2026' })).toThrow(
      /audit\.as-of-invalid/,
    );
  });
  it('requires asOf', () => {
    expect(() => expect(cleanInventory()).toComplyWith(PROFILE, {} as never)).toThrow(TypeError);
  });
});

describe('toPublishWithinDeadline', () => {
  const decision = {
    id: 'qd-41-2026',
    category: 'legal-documents',
    variant: 'normative',
    title: 'Quyết định',
    eventAt: '2026-10-01',
    publishedAt: '2026-10-12T16:00:00+07:00',
  };
  it('passes on the last day and fails the day after, with the due date and delay', () => {
    expect(decision).toPublishWithinDeadline(PROFILE, { asOf: AS_OF });
    let message = '';
    try {
      expect({ ...decision, publishedAt: '2026-10-13T08:00:00+07:00' }).toPublishWithinDeadline(PROFILE, {
        asOf: AS_OF,
      });
    } catch (error) {
      message = String((error as Error).message);
    }
    expect(message).toMatch(/after the deadline 2026-10-12 .* by 1 working day/);
  });
  it('an unpublished item is late only once its deadline has passed', () => {
    const pending = { ...decision, publishedAt: undefined, eventAt: '2026-11-24' };
    expect(pending).toPublishWithinDeadline(PROFILE, { asOf: AS_OF });
    expect(pending).not.toPublishWithinDeadline(PROFILE, { asOf: '2026-12-10' });
  });
  it('an invalid item fails with the schema problem', () => {
    expect({ id: 'x', category: 'nope', title: 't' }).not.toPublishWithinDeadline(PROFILE, { asOf: AS_OF });
  });
});
