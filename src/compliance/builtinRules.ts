import { auditLogIntegrityRule } from './_lib/rules/auditLogIntegrity.js';
import { basisSupersededRule } from './_lib/rules/basisSuperseded.js';
import { classifiedContentRule } from './_lib/rules/classifiedContent.js';
import { consultationPeriodRule } from './_lib/rules/consultationPeriod.js';
import { documentNumbersRule } from './_lib/rules/documentNumbers.js';
import { editorialApprovalRule } from './_lib/rules/editorialApproval.js';
import { englishItemsRule } from './_lib/rules/englishItems.js';
import { hostnameSchemeRule } from './_lib/rules/hostnameScheme.js';
import { monthlyQuotasRule } from './_lib/rules/monthlyQuotas.js';
import { operationsBackupsRule } from './_lib/rules/operationsBackups.js';
import { operationsReportsRule } from './_lib/rules/operationsReports.js';
import { operationsSuspensionsRule } from './_lib/rules/operationsSuspensions.js';
import { portalFeaturesRule } from './_lib/rules/portalFeatures.js';
import { publicationDeadlineRule } from './_lib/rules/publicationDeadline.js';
import { qaAnswererRule } from './_lib/rules/qaAnswerer.js';
import { qaTimelinessRule } from './_lib/rules/qaTimeliness.js';
import { requiredCategoriesRule } from './_lib/rules/requiredCategories.js';
import { requiredFieldsRule } from './_lib/rules/requiredFields.js';
import { unicodeTextRule } from './_lib/rules/unicodeText.js';
import type { AuditRule } from './defineRule.js';

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
