import { err, ok, type Result } from '../core/index.js';
import { preview, refusal } from './_lib/refusal.js';
import type { JsonObject } from './MachineDefinition.js';
import { WORKFLOW_SNAPSHOT_VERSION, type WorkflowSnapshot } from './WorkflowSnapshot.js';

/**
 * A version-1 snapshot (vn-portal-kit 0.0): the state was called `status`, the step counter `steps`, and the
 * content attributes sat in `context` beside the workflow fields, listed in `attributeKeys`.
 *
 * @example
 * ```ts
 * import type { WorkflowSnapshotV1 } from 'vn-portal-kit/workflow';
 * const v1: WorkflowSnapshotV1 = { schemaVersion: 1, machineId: 'm', status: 'draft', steps: 1, updatedAt: '2026-01-05T01:00:00.000Z', context: { title: 'x' }, attributeKeys: ['title'] };
 * v1.status //=> 'draft'
 * ```
 */
export interface WorkflowSnapshotV1 {
  readonly schemaVersion: 1;
  readonly machineId: string;
  readonly status: string;
  readonly steps: number;
  readonly updatedAt: string;
  readonly context: JsonObject;
  readonly attributeKeys?: readonly string[];
}

/**
 * Upgrades a stored snapshot of any supported schema version to the current one (version 2); a current
 * snapshot is returned as is. Unknown versions and malformed input are refused
 * (`workflow.snapshot-version-unsupported`, `workflow.snapshot-invalid`), never thrown.
 *
 * @example
 * ```ts
 * import { migrateSnapshot } from 'vn-portal-kit/workflow';
 * const r = migrateSnapshot({ schemaVersion: 1, machineId: 'm', status: 'draft', steps: 1, updatedAt: '2026-01-05T01:00:00.000Z', context: { title: 'x', authorId: 'a' }, attributeKeys: ['title'] });
 * r.ok && r.value.context //=> { authorId: 'a', attributes: { title: 'x' } }
 * ```
 */
export function migrateSnapshot(input: unknown): Result<WorkflowSnapshot> {
  if (input === null || typeof input !== 'object' || Array.isArray(input)) {
    return err([
      refusal('workflow.snapshot-invalid', 'Ảnh trạng thái không hợp lệ', 'Invalid snapshot', {
        path: ['snapshot'],
      }),
    ]);
  }
  const s = input as Record<string, unknown>;
  if (s.schemaVersion === WORKFLOW_SNAPSHOT_VERSION) return ok(input as WorkflowSnapshot);
  if (s.schemaVersion !== 1) {
    return err([
      refusal(
        'workflow.snapshot-version-unsupported',
        `Phiên bản ảnh trạng thái không được hỗ trợ: ${preview(s.schemaVersion)}`,
        `Unsupported snapshot version: ${preview(s.schemaVersion)}`,
        { path: ['snapshot', 'schemaVersion'] },
      ),
    ]);
  }
  const context = s.context;
  const keys = s.attributeKeys ?? [];
  if (
    typeof s.machineId !== 'string' ||
    typeof s.status !== 'string' ||
    typeof s.steps !== 'number' ||
    typeof s.updatedAt !== 'string' ||
    context === null ||
    typeof context !== 'object' ||
    Array.isArray(context) ||
    !Array.isArray(keys)
  ) {
    return err([
      refusal(
        'workflow.snapshot-invalid',
        'Ảnh trạng thái phiên bản 1 không hợp lệ',
        'Invalid version-1 snapshot',
        {
          path: ['snapshot'],
        },
      ),
    ]);
  }
  const attributeKeys = new Set(keys.filter((k): k is string => typeof k === 'string'));
  const fields: Record<string, unknown> = {};
  const attributes: Record<string, unknown> = {};
  for (const [k, v] of Object.entries(context as Record<string, unknown>)) {
    if (attributeKeys.has(k)) attributes[k] = v;
    else fields[k] = v;
  }
  return ok({
    schemaVersion: WORKFLOW_SNAPSHOT_VERSION,
    machineId: s.machineId,
    state: s.status,
    context: { ...fields, attributes } as JsonObject,
    seq: s.steps,
    updatedAt: s.updatedAt,
  });
}
