import { describe, expect, it } from 'vitest';
import {
  defineProfile,
  extendProfile,
  getProfile,
  nationalProfiles,
  PROFILE_IDS,
  profiles,
  vinhPhuc32_2023,
} from '../../src/profiles/index.js';
import { WORKFLOW_QN_3069_2021 } from '../../src/profiles/workflow/index.js';
import { buildApprovalMachine, createWorkflow } from '../../src/workflow/index.js';

const deeplyFrozen = (v: unknown, seen = new Set<unknown>()): boolean => {
  if (v === null || typeof v !== 'object' || seen.has(v)) return true;
  seen.add(v);
  return Object.isFrozen(v) && Object.values(v).every((x) => deeplyFrozen(x, seen));
};

describe('regulation data is deeply frozen', () => {
  it('every shipped profile, the registry and the workflow policies', () => {
    for (const p of profiles) expect(deeplyFrozen(p), p.id).toBe(true);
    expect(deeplyFrozen(profiles)).toBe(true);
    expect(deeplyFrozen(nationalProfiles)).toBe(true);
    expect(Object.isFrozen(PROFILE_IDS)).toBe(true);
    expect(deeplyFrozen(WORKFLOW_QN_3069_2021)).toBe(true);
    expect(getProfile('vinh-phuc-32-2023')).toBe(vinhPhuc32_2023);
  });

  it('emptying neverPublish throws and leaves Tuyệt mật unapprovable', () => {
    const p = getProfile('quang-nam-3069-2021')!;
    const marks = p.workflow!.editorial!.classification!.neverPublish as string[];
    expect(() => {
      (marks as { length: number }).length = 0;
    }).toThrow(TypeError);
    expect(() => (marks as string[]).push('x')).toThrow(TypeError);
    expect(marks.length).toBe(3);
    const wf = createWorkflow(buildApprovalMachine(p.workflow!.editorial!));
    const t = (m: number) => new Date(Date.UTC(2026, 2, 2, 1, m));
    let r = wf.start({ id: 'u', roles: ['updater'] }, t(0), {
      attributes: { title: 'x', classification: 'tuyet-mat' },
    });
    if (r.ok) r = wf.send(r.value, { type: 'submit' }, { id: 'u', roles: ['updater'] }, t(1));
    if (r.ok) r = wf.send(r.value, { type: 'start-review' }, { id: 'm', roles: ['member'] }, t(2));
    const a = r.ok ? wf.send(r.value, { type: 'approve' }, { id: 'h', roles: ['head'] }, t(3)) : r;
    expect(a.ok ? 'ok' : a.issues[0]!.code).toBe('workflow.classified');
  });

  it('defineProfile and extendProfile return new frozen objects and leave their input alone', () => {
    const input = JSON.parse(JSON.stringify({ ...vinhPhuc32_2023, id: 'my-province-1-2026' })) as Record<
      string,
      unknown
    >;
    const d = defineProfile(input);
    expect(d.ok).toBe(true);
    if (!d.ok) return;
    expect(d.value).not.toBe(input);
    expect(deeplyFrozen(d.value)).toBe(true);
    expect(Object.isFrozen(input)).toBe(false);
    const e = extendProfile(vinhPhuc32_2023, { id: 'vinh-phuc-32-2023-amended' });
    expect(e.ok && deeplyFrozen(e.value)).toBe(true);
    expect(e.ok && e.value).not.toBe(vinhPhuc32_2023);
  });
});
