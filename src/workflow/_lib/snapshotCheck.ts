import type { Issue } from '../../core/index.js';
import type { MachineDefinition } from '../MachineDefinition.js';
import { WORKFLOW_SNAPSHOT_VERSION, type WorkflowSnapshot } from '../WorkflowSnapshot.js';
import type { CompiledMachine } from './compile.js';
import { preview, refusal } from './refusal.js';

function bad(what: string, vi: string, en: string): Issue {
  return refusal(
    'workflow.snapshot-invalid',
    `Ảnh trạng thái không hợp lệ: ${vi}`,
    `Invalid snapshot: ${en}`,
    {
      path: ['snapshot', what],
    },
  );
}

/** Checks a current-version snapshot against its machine (`updatedMs`: its parsed `updatedAt`). */
export function checkSnapshot(
  s: WorkflowSnapshot,
  machine: MachineDefinition,
  c: CompiledMachine,
  updatedMs: number,
): Issue | null {
  if (s.schemaVersion !== WORKFLOW_SNAPSHOT_VERSION) {
    return refusal(
      'workflow.snapshot-version-unsupported',
      `Phiên bản ảnh trạng thái không được hỗ trợ: ${preview(s.schemaVersion)}`,
      `Unsupported snapshot version: ${preview(s.schemaVersion)}`,
      { path: ['snapshot', 'schemaVersion'] },
    );
  }
  if (s.machineId !== machine.id) {
    return refusal(
      'workflow.snapshot-machine-mismatch',
      `Ảnh trạng thái thuộc quy trình khác: ${preview(s.machineId)}`,
      `The snapshot belongs to another workflow: ${preview(s.machineId)}`,
      { path: ['snapshot', 'machineId'] },
    );
  }
  if (typeof s.state !== 'string' || !c.states.has(s.state)) {
    return bad(
      'state',
      `trạng thái ${preview(s.state)} không có trong quy trình`,
      `state ${preview(s.state)} is not in the workflow`,
    );
  }
  if (typeof s.seq !== 'number' || !Number.isSafeInteger(s.seq) || s.seq < 1) {
    return bad('seq', 'số thứ tự bước không hợp lệ', 'invalid step number');
  }
  if (Number.isNaN(updatedMs))
    return bad('updatedAt', 'thời điểm cập nhật không hợp lệ', 'invalid update time');
  if (typeof s.context !== 'object' || s.context === null || Array.isArray(s.context)) {
    return bad('context', 'ngữ cảnh phải là một đối tượng', 'the context must be an object');
  }
  return null;
}
