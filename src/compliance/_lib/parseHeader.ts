import type { z } from 'zod';
import type { FindingInput, InventoryHeader } from '../defineRule.js';
import {
  INVENTORY_SCHEMA_VERSION,
  InventoryConsultationSchema,
  InventoryNewsCountSchema,
  InventoryOperationsSchema,
  InventoryPortalSchema,
  InventoryQaCaseSchema,
} from '../InventorySchema.js';
import { schemaFinding } from './schemaFinding.js';

/** The outcome of reading an inventory's header: the usable parts, and findings for the rest. */
export interface HeaderResult {
  readonly header: InventoryHeader | undefined;
  readonly findings: FindingInput[];
}

const MAX_SCHEMA_FINDINGS_PER_SECTION = 50;

function isRecord(v: unknown): v is Record<string, unknown> {
  return typeof v === 'object' && v !== null && !Array.isArray(v);
}

/**
 * Parses everything of an inventory but its items, section by section and element by element, so that one
 * bad Q&A case drops only itself (with a finding naming its path) and the rest is still audited.
 */
export function parseHeader(input: unknown): HeaderResult {
  const findings: FindingInput[] = [];
  if (!isRecord(input)) {
    findings.push(
      schemaFinding([], {
        vi: `Bản kê khai phải là một đối tượng JSON, nhận được ${describe(input)}`,
        en: `The inventory must be a JSON object, got ${describe(input)}`,
      }),
    );
    return { header: undefined, findings };
  }
  if (input.schemaVersion !== undefined && input.schemaVersion !== INVENTORY_SCHEMA_VERSION) {
    // Never String() an object: a nested array stringifies recursively and can overflow the stack.
    const got =
      typeof input.schemaVersion === 'number' || typeof input.schemaVersion === 'string'
        ? String(input.schemaVersion).slice(0, 20)
        : describe(input.schemaVersion);
    findings.push(
      schemaFinding(['schemaVersion'], {
        vi: `Phiên bản định dạng ${got} không được hỗ trợ (cần ${INVENTORY_SCHEMA_VERSION})`,
        en: `Unsupported inventory schemaVersion ${got} (expected ${INVENTORY_SCHEMA_VERSION})`,
      }),
    );
    return { header: undefined, findings };
  }
  const portal = InventoryPortalSchema.safeParse(input.portal);
  if (!portal.success) {
    pushZod(findings, ['portal'], portal.error);
    return { header: undefined, findings };
  }
  const qa = parseList(input.qa, 'qa', InventoryQaCaseSchema, findings);
  const consultations = parseList(
    input.consultations,
    'consultations',
    InventoryConsultationSchema,
    findings,
  );
  const newsCounts = parseList(input.newsCounts, 'newsCounts', InventoryNewsCountSchema, findings);
  let operations: z.infer<typeof InventoryOperationsSchema> = { backups: [], reports: [], suspensions: [] };
  if (input.operations !== undefined) {
    if (!isRecord(input.operations)) {
      pushZod(findings, ['operations'], InventoryOperationsSchema.safeParse(input.operations).error);
    } else {
      const ops = input.operations;
      operations = {
        backups: parseList(
          ops.backups,
          'operations.backups',
          InventoryOperationsSchema.shape.backups.unwrap().element,
          findings,
        ),
        reports: parseList(
          ops.reports,
          'operations.reports',
          InventoryOperationsSchema.shape.reports.unwrap().element,
          findings,
        ),
        suspensions: parseList(
          ops.suspensions,
          'operations.suspensions',
          InventoryOperationsSchema.shape.suspensions.unwrap().element,
          findings,
        ),
      };
    }
  }
  let auditLog: unknown[] | undefined;
  if (input.auditLog !== undefined) {
    if (Array.isArray(input.auditLog)) auditLog = input.auditLog;
    else
      findings.push(
        schemaFinding(['auditLog'], {
          vi: 'auditLog phải là một mảng',
          en: 'auditLog must be an array',
        }),
      );
  }
  const header: InventoryHeader = {
    portal: portal.data,
    qa,
    consultations,
    operations,
    newsCounts,
    ...(auditLog === undefined ? {} : { auditLog }),
  };
  return { header, findings };
}

function parseList<S extends z.ZodType>(
  value: unknown,
  name: string,
  schema: S,
  findings: FindingInput[],
): z.infer<S>[] {
  const path = name.split('.');
  if (value === undefined) return [];
  if (!Array.isArray(value)) {
    findings.push(
      schemaFinding(path, {
        vi: `${name} phải là một mảng, nhận được ${describe(value)}`,
        en: `${name} must be an array, got ${describe(value)}`,
      }),
    );
    return [];
  }
  const out: z.infer<S>[] = [];
  let reported = 0;
  for (let i = 0; i < value.length; i++) {
    const r = schema.safeParse(value[i]);
    if (r.success) out.push(r.data);
    else if (reported < MAX_SCHEMA_FINDINGS_PER_SECTION) {
      reported++;
      pushZod(findings, [...path, i], r.error, idOf(value[i]));
    }
  }
  return out;
}

function idOf(v: unknown): string | undefined {
  return isRecord(v) && typeof v.id === 'string' ? v.id.slice(0, 200) : undefined;
}

/** Turns zod issues into schema findings (at most a few per element). */
export function pushZod(
  findings: FindingInput[],
  prefix: readonly (string | number)[],
  error: z.ZodError | undefined,
  item?: string,
): void {
  if (!error) return;
  for (const issue of error.issues.slice(0, 5)) {
    const path = [...prefix, ...issue.path.map((p) => (typeof p === 'symbol' ? String(p) : p))];
    findings.push(
      schemaFinding(
        path,
        {
          vi: `Dữ liệu không hợp lệ tại ${formatPath(path)}: ${issue.message}`,
          en: `Invalid data at ${formatPath(path)}: ${issue.message}`,
        },
        item,
      ),
    );
  }
}

function formatPath(path: readonly (string | number)[]): string {
  let out = '';
  for (const p of path) out += typeof p === 'number' ? `[${p}]` : out === '' ? p : `.${p}`;
  return out || '(root)';
}

function describe(v: unknown): string {
  if (v === null) return 'null';
  if (Array.isArray(v)) return 'an array';
  return typeof v;
}
