import { nationalProfileAt, type Profile } from '../../../profiles/index.js';
import {
  type AuditEntry,
  buildApprovalMachine,
  checkAuditTrail,
  type EditorialPolicy,
  verifyAuditLog,
} from '../../../workflow/index.js';
import { type AuditRule, defineRule } from '../../defineRule.js';

/**
 * Options of {@link createAuditLogRule}: a head hash the portal published elsewhere (`anchor`: the log must
 * contain it) or stored apart (`head`: the log must end at it), and the secret of a keyed chain.
 *
 * @example
 * ```ts
 * import type { AuditLogRuleOptions } from 'vn-portal-kit/compliance';
 * const o: AuditLogRuleOptions = { anchor: 'a'.repeat(64) };
 * o.anchor?.length //=> 64
 * ```
 */
export interface AuditLogRuleOptions {
  readonly head?: string;
  readonly anchor?: string;
  readonly key?: string;
}

/** The editorial policy binding the audited portal: the profile's own, else the national decree's on `asOf`. */
function editorialPolicy(profile: unknown, asOf: string): EditorialPolicy | undefined {
  const own = (profile as Profile | undefined)?.workflow?.editorial;
  if (own !== undefined) return own;
  const national = nationalProfileAt(asOf);
  return national.ok ? national.value.workflow?.editorial : undefined;
}

/**
 * Builds the `editorial.audit-log` rule (`editorial.audit-log.anchored` when given a head, an anchor or a key,
 * so that it runs beside the built-in one; pass it in `rules`): the editorial audit trail exported with the inventory (the
 * hash-chained log of `vn-portal-kit/workflow`) verifies — no entry edited, removed, inserted or reordered,
 * the known head (if given) in place — and every entry is a step the profile's approval machine allows (the
 * event from that state, by that role; nobody approving or publishing their own item). It is the evidence
 * that items were approved before publication. Findings cite the provision the failing step breaks, else the
 * profile's approval provision; the rule names no regulation.
 *
 * @example
 * ```ts
 * import { createAuditLogRule } from 'vn-portal-kit/compliance';
 * createAuditLogRule().id //=> 'editorial.audit-log'
 * createAuditLogRule({ anchor: 'a'.repeat(64) }).id //=> 'editorial.audit-log.anchored'
 * ```
 */
export function createAuditLogRule(options: AuditLogRuleOptions = {}): AuditRule {
  const anchored = options.head !== undefined || options.anchor !== undefined || options.key !== undefined;
  return defineRule({
    // With a known head or key it runs beside the built-in rule (rule ids are unique in an audit).
    id: anchored ? 'editorial.audit-log.anchored' : 'editorial.audit-log',
    title: {
      vi: 'Nhật ký duyệt tin toàn vẹn, đúng quy trình',
      en: 'Editorial audit log is intact and follows the workflow',
    },
    severity: 'error',
    create(ctx) {
      const log = ctx.inventory.auditLog;
      if (log === undefined) {
        ctx.notApplicable({
          vi: 'Bản kê khai không kèm nhật ký duyệt tin',
          en: 'The inventory carries no editorial audit log',
        });
        return {};
      }
      const policy = editorialPolicy(ctx.profile, ctx.asOf);
      const fallback = ctx.policy.editorial?.citation ?? policy?.approvalRequired[0];
      return {
        finish() {
          const entries = log as readonly AuditEntry[];
          const r =
            policy === undefined
              ? verifyAuditLog(entries, options)
              : checkAuditTrail(buildApprovalMachine(policy), entries, options);
          if (r.ok) return;
          for (const issue of r.issues.slice(0, 10)) {
            const citation = issue.citation ?? fallback;
            ctx.report({
              ...(citation === undefined ? {} : { citation }),
              message: {
                vi: `Nhật ký duyệt tin không hợp lệ: ${issue.message.vi}`,
                en: `The editorial audit log does not verify: ${issue.message.en}`,
              },
              location: { field: 'auditLog', path: ['auditLog', ...issue.path.filter((p) => p !== 'log')] },
              evidence: { code: issue.code, ...(issue.details ? { details: issue.details } : {}) },
              remediation: {
                vi: 'Xuất lại nhật ký gốc từ hệ thống; điều tra các bản ghi bị sửa, xóa, chèn, đảo thứ tự hoặc không đúng quy trình',
                en: 'Re-export the original log; investigate entries edited, removed, inserted, reordered or outside the workflow',
              },
            });
          }
        },
      };
    },
  });
}

/** `editorial.audit-log` with no known head (see {@link createAuditLogRule}). */
export const auditLogIntegrityRule: AuditRule = createAuditLogRule();
