import type { LocalizedText } from '../../core/index.js';
import type { FindingInput } from '../defineRule.js';

/** The rule id of inventory-format problems. */
export const SCHEMA_RULE_ID = 'inventory.schema';

/** A finding of the inventory-schema rule at a path. */
export function schemaFinding(
  path: readonly (string | number)[],
  message: LocalizedText,
  item?: string,
): FindingInput {
  const field = path.filter((p): p is string => typeof p === 'string').join('.');
  return {
    status: 'fail',
    message,
    location: { ...(item === undefined ? {} : { item }), ...(field ? { field } : {}), path },
    remediation: {
      vi: 'Sửa bản kê khai theo định dạng trong docs/inventory-format.md (xuất lại từ hệ thống CMS)',
      en: 'Fix the inventory to match docs/inventory-format.md (re-export it from the CMS)',
    },
  };
}
