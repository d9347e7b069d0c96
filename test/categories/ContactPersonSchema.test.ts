import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isVnPhoneNumber, OfficialEmailSchema } from '../../src/categories/index.js';

describe('isVnPhoneNumber', () => {
  it.each([
    ['0293 3870 111', true],
    ['(0293) 3.870.111', true],
    ['0211-3862-555', true],
    ['024 3825 6789', true],
    ['0912 345 678', true],
    ['+84 912 345 678', true],
    ['84912345678', true],
    ['1900 1234', true],
    ['1800 599 920', true],
    ['0912 345 67', false],
    ['012345', false],
    ['+1 415 555 0100', false],
    ['0912a345678', false],
    ['', false],
    ['0'.repeat(41), false],
  ])('%j → %s', (input, expected) => {
    expect(isVnPhoneNumber(input)).toBe(expected);
  });

  it('accepts any mobile number however it is grouped (fast-check)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom('3', '5', '7', '8', '9'),
        fc.stringMatching(/^\d{8}$/),
        fc.constantFrom(' ', '.', '-', ''),
        fc.boolean(),
        (first, rest, sep, intl) => {
          const digits = `${first}${rest}`;
          const grouped = `${digits.slice(0, 2)}${sep}${digits.slice(2, 5)}${sep}${digits.slice(5)}`;
          expect(isVnPhoneNumber(intl ? `+84 ${grouped}` : `0${grouped}`)).toBe(true);
        },
      ),
      { numRuns: 500 },
    );
  });

  it('never throws (fast-check)', () => {
    fc.assert(
      fc.property(fc.string({ unit: 'binary', maxLength: 60 }), (s) => {
        expect(typeof isVnPhoneNumber(s)).toBe('boolean');
      }),
      { numRuns: 1000 },
    );
  });
});

describe('OfficialEmailSchema', () => {
  it('accepts State and Party mailboxes only', () => {
    for (const ok of [
      'vpubnd@haugiang.gov.vn',
      'stttt@vinhphuc.gov.vn',
      'banbientap@quangnam.gov.vn',
      'vp@thanhhoa.dcs.vn',
    ]) {
      expect(OfficialEmailSchema.safeParse(ok).success, ok).toBe(true);
    }
    for (const bad of ['a@gmail.com', 'a@gov.vn.example.com', 'a@evilgov.vn', 'not-an-email']) {
      expect(OfficialEmailSchema.safeParse(bad).success, bad).toBe(false);
    }
  });
});
