import { describe, expect, it } from 'vitest';
import { getProfile, profileStatusAt } from '../../src/profiles/index.js';

const status = (id: string, date: string) => {
  const r = profileStatusAt(getProfile(id)!, date);
  if (!r.ok) throw new Error('unexpected failure');
  return r.value;
};

describe('profileStatusAt', () => {
  it('says when a provincial profile rests on a superseded national decree', () => {
    const qn = status('quang-nam-3069-2021', '2022-08-15');
    expect(qn.nationalBasis).toEqual({
      citedProfileId: 'nd43-2011',
      inForceProfileId: 'nd42-2022',
      superseded: true,
      supersededOn: '2022-08-15',
    });
    expect(qn.notices[0]?.message.en).toBe(
      'quang-nam-3069-2021 cites ND 43/2011 (43/2011/NĐ-CP), superseded on 2022-08-15; in force on 2022-08-15: 42/2022/NĐ-CP',
    );
    expect(qn.notices[0]?.citation?.id).toBe('QN-3069-2021/8.1');
    expect(status('quang-nam-3069-2021', '2022-08-14').nationalBasis?.superseded).toBe(false);
  });

  it('Như Xuân was signed after ND 43/2011 was superseded: superseded from its first day', () => {
    const nx = status('nhu-xuan-2112-2022', '2022-09-12');
    expect(nx.state).toBe('in-force');
    expect(nx.nationalBasis?.superseded).toBe(true);
    expect(nx.nationalBasis?.inForceProfileId).toBe('nd42-2022');
  });

  it('Vĩnh Phúc rests on ND 42/2022 until 2026-06-30, then on a superseded decree', () => {
    expect(status('vinh-phuc-32-2023', '2026-06-30').nationalBasis?.superseded).toBe(false);
    const after = status('vinh-phuc-32-2023', '2026-07-01');
    expect(after.nationalBasis).toMatchObject({
      superseded: true,
      supersededOn: '2026-07-01',
      inForceProfileId: 'nd224-2026',
    });
  });

  it('states not yet in force / ended', () => {
    expect(status('thai-nguyen-40-2012', '2012-11-15').state).toBe('not-yet-in-force');
    expect(status('thai-nguyen-40-2012', '2012-11-16').state).toBe('in-force');
    expect(status('vinh-phuc-32-2023', '2023-09-30').notices.map((n) => n.code)).toEqual([
      'profiles.not-yet-in-force',
    ]);
    expect(status('nd43-2011', '2022-08-15').state).toBe('ended');
    expect(status('nd43-2011', '2022-08-14').state).toBe('in-force');
  });

  it('adds the 2025 reorganisation from 2025-07-01', () => {
    expect(status('hau-giang-1347-2020', '2025-06-30').events).toEqual([]);
    const hg = status('hau-giang-1347-2020', '2025-07-01');
    expect(hg.events.map((e) => e.successor?.en)).toEqual(['Cần Thơ city']);
    expect(hg.notices.map((n) => n.code)).toContain('profiles.unit-reorganised');
    expect(status('nhu-xuan-2112-2022', '2025-07-01').events[0]?.kind).toBe('unit-abolished');
  });

  it('national profiles have no national basis; bad dates are issues', () => {
    expect(status('nd42-2022', '2023-01-01').nationalBasis).toBeUndefined();
    const r = profileStatusAt(getProfile('nd42-2022')!, '2023-13-01');
    expect(r.ok).toBe(false);
  });
});
