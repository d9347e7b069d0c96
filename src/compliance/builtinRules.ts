import type { AuditRule } from './defineRule.js';
import { auditLogIntegrityRule } from './rules/auditLogIntegrity.js';
import { basisSupersededRule } from './rules/basisSuperseded.js';
import { classifiedContentRule } from './rules/classifiedContent.js';
import { consultationPeriodRule } from './rules/consultationPeriod.js';
import { documentNumbersRule } from './rules/documentNumbers.js';
import { editorialApprovalRule } from './rules/editorialApproval.js';
import { englishItemsRule } from './rules/englishItems.js';
import { hostnameSchemeRule } from './rules/hostnameScheme.js';
import { monthlyQuotasRule } from './rules/monthlyQuotas.js';
import { operationsBackupsRule } from './rules/operationsBackups.js';
import { operationsReportsRule } from './rules/operationsReports.js';
import { operationsSuspensionsRule } from './rules/operationsSuspensions.js';
import { portalFeaturesRule } from './rules/portalFeatures.js';
import { publicationDeadlineRule } from './rules/publicationDeadline.js';
import { qaAnswererRule } from './rules/qaAnswerer.js';
import { qaTimelinessRule } from './rules/qaTimeliness.js';
import { requiredCategoriesRule } from './rules/requiredCategories.js';
import { requiredFieldsRule } from './rules/requiredFields.js';
import { unicodeTextRule } from './rules/unicodeText.js';

/**
 * The built-in rules, each with a stable id (see `docs/compliance.md` for the legal basis of each):
 * `basis.superseded`, `categories.required`, `fields.required`, `documents.number`, `text.unicode`,
 * `deadline.publication`, `editorial.approval`, `editorial.classified`, `editorial.audit-log`,
 * `qa.timeliness`, `qa.answerer`, `consultation.period`, `hostnames.scheme`, `english.items`,
 * `features.required`, `operations.backups`, `operations.reports`, `operations.suspension-notice`,
 * `quotas.monthly`. (The inventory's own problems are findings of `inventory.schema`.)
 *
 * @example
 * ```ts
 * import { BUILTIN_RULES } from 'vn-portal-kit/compliance';
 * BUILTIN_RULES.map((r) => r.id).includes('deadline.publication') //=> true
 * ```
 */
export const BUILTIN_RULES: readonly AuditRule[] = [
  basisSupersededRule,
  requiredCategoriesRule,
  requiredFieldsRule,
  documentNumbersRule,
  unicodeTextRule,
  publicationDeadlineRule,
  editorialApprovalRule,
  classifiedContentRule,
  auditLogIntegrityRule,
  qaTimelinessRule,
  qaAnswererRule,
  consultationPeriodRule,
  hostnameSchemeRule,
  englishItemsRule,
  portalFeaturesRule,
  operationsBackupsRule,
  operationsReportsRule,
  operationsSuspensionsRule,
  monthlyQuotasRule,
];
