/**
 * The compliance audit: does a portal comply with the regulation in force on a date, and if not, what exactly
 * is missing, late or wrong, under which article, and how to fix it? An inventory format (zod + JSON Schema)
 * a vendor exports from any CMS; `auditPortal` (in memory or streamed) and `auditPortals` (a province and its
 * sub-portals); data-driven rules with stable ids read from the profiles, plus `defineRule` for your own;
 * reports as JSON, Markdown, HTML, SARIF 2.1.0 and JUnit XML.
 *
 * @packageDocumentation
 * @module compliance
 */

export { type AuditLogRuleOptions, createAuditLogRule } from './_lib/rules/auditLogIntegrity.js';
export type { AuditItem } from './AuditItem.js';
export type {
  AuditPolicy,
  PolicyCadence,
  PolicyFieldRequirement,
  PolicyQa,
  PolicyQaKind,
  PolicyQuota,
  PolicyRequiredCategory,
} from './AuditPolicy.js';
export {
  AUDIT_REPORT_FORMAT,
  AUDIT_REPORT_VERSION,
  type AuditReport,
  type AuditSummary,
  type CategoryTally,
  type RuleSummary,
} from './AuditReport.js';
export {
  type AuditOptions,
  auditPortal,
  auditPortalOrThrow,
  type StreamingInventory,
} from './auditPortal.js';
export { auditPortals, type MultiAuditReport, type PortalToAudit } from './auditPortals.js';
export { BUILTIN_RULES } from './builtinRules.js';
export {
  type AuditRule,
  defineRule,
  type FindingInput,
  type InventoryHeader,
  type RuleContext,
  type RuleVisitor,
  type SimpleRuleDefinition,
  type TimelinessOutcome,
  type VisitorRuleDefinition,
} from './defineRule.js';
export {
  compareFindings,
  type Finding,
  type FindingLocation,
  type FindingSeverity,
  type FindingStatus,
  isProblem,
  SEVERITY_ORDER,
  STATUS_ORDER,
  severityAtLeast,
} from './Finding.js';
export {
  INVENTORY_SCHEMA_VERSION,
  type Inventory,
  type InventoryConsultation,
  InventoryConsultationSchema,
  type InventoryInput,
  type InventoryItem,
  InventoryItemSchema,
  type InventoryNewsCount,
  InventoryNewsCountSchema,
  type InventoryOperations,
  InventoryOperationsSchema,
  type InventoryPortal,
  InventoryPortalSchema,
  type InventoryQaCase,
  InventoryQaCaseSchema,
  InventorySchema,
  inventoryJsonSchema,
  type PortalFeature,
  UNIT_KINDS,
  type UnitKind,
} from './InventorySchema.js';
export { type ParseInventoryOptions, parseInventoryJson } from './parseInventoryJson.js';
export { type ReadInventoryJsonOptions, readInventoryJson } from './readInventoryJson.js';
export {
  InventoryLineError,
  type ReadInventoryLinesOptions,
  readInventoryLines,
} from './readInventoryLines.js';
export { type RenderAuditHtmlOptions, renderAuditHtml } from './renderAuditHtml.js';
export { renderAuditJson } from './renderAuditJson.js';
export { renderAuditJunit } from './renderAuditJunit.js';
export { type RenderAuditMarkdownOptions, renderAuditMarkdown } from './renderAuditMarkdown.js';
export { type RenderAuditSarifOptions, renderAuditSarif } from './renderAuditSarif.js';
export { formatFinding, type RenderAuditTextOptions, renderAuditText } from './renderAuditText.js';
export {
  type ResolvedAuditPolicy,
  resolveAuditPolicy,
  resolveAuditPolicyOrThrow,
} from './resolveAuditPolicy.js';
