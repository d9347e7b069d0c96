import { type AuditEntry, verifyAuditLog } from '../../../workflow/index.js';
import { defineRule } from '../../defineRule.js';

/**
 * `editorial.audit-log`: the editorial audit trail exported with the inventory (the hash-chained log of
 * `vn-portal-kit/workflow`) verifies: no entry edited, removed or reordered. It is the evidence that items
 * were approved before publication. Its findings cite the audited profile's approval provision (e.g.
 * VP-32-2023/4.6, QN-3069-2021/6.4); the rule itself names no regulation.
 */
export const auditLogIntegrityRule = defineRule({
  id: 'editorial.audit-log',
  title: { vi: 'Nhật ký duyệt tin toàn vẹn', en: 'Editorial audit log is intact' },
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
    const citation = ctx.policy.editorial?.citation;
    return {
      finish() {
        const r = verifyAuditLog(log as readonly AuditEntry[]);
        if (r.ok) return;
        for (const issue of r.issues.slice(0, 10)) {
          ctx.report({
            ...(citation === undefined ? {} : { citation }),
            message: {
              vi: `Nhật ký duyệt tin không toàn vẹn: ${issue.message.vi}`,
              en: `The editorial audit log does not verify: ${issue.message.en}`,
            },
            location: { field: 'auditLog', path: ['auditLog', ...issue.path.filter((p) => p !== 'log')] },
            evidence: { code: issue.code, ...(issue.details ? { details: issue.details } : {}) },
            remediation: {
              vi: 'Xuất lại nhật ký gốc từ hệ thống; điều tra việc sửa, xóa hoặc đảo thứ tự bản ghi',
              en: 'Re-export the original log; investigate the edited, removed or reordered entries',
            },
          });
        }
      },
    };
  },
});
