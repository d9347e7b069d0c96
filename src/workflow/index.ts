/**
 * Editorial workflows of Vietnamese government portals as pure, serialisable state machines: content
 * approval by the editorial board (Ban Biên tập), citizen questions and feedback with working-day deadlines,
 * consultations on drafts, planned-suspension notices, and a hash-chained audit trail. The regulations'
 * routing, roles and deadlines are policy data (see `vn-portal-kit/profiles`); this engine never names a
 * province.
 *
 * @packageDocumentation
 * @module workflow
 */
export {
  type AppendAuditEntryOptions,
  AUDIT_GENESIS_HASH,
  type AuditEntry,
  appendAuditEntry,
  auditLogHead,
  hashSnapshot,
  type VerifyAuditLogOptions,
  verifyAuditLog,
} from './auditLog.js';
export { type AvailableEvent, availableEvents } from './availableEvents.js';
export { APPROVAL_STATES, buildApprovalMachine } from './buildApprovalMachine.js';
export { buildConsultationMachine, CONSULTATION_STATES } from './buildConsultationMachine.js';
export { buildQuestionMachine, PUBLIC_ROLE, QUESTION_STATES } from './buildQuestionMachine.js';
export {
  type ConsultationField,
  type ConsultationPolicy,
  ConsultationPolicySchema,
} from './ConsultationPolicy.js';
export { type CheckAuditTrailOptions, checkAuditTrail } from './checkAuditTrail.js';
export { checkEditorialAuthority, type EditorialAuthority } from './checkEditorialAuthority.js';
export {
  checkSuspensionNotice,
  type SuspensionNoticeCheck,
  type SuspensionPlan,
} from './checkSuspensionNotice.js';
export {
  type CreateWorkflowOptions,
  createWorkflow,
  type SendOptions,
  type Workflow,
  type WorkflowRun,
} from './createWorkflow.js';
export { defineMachine } from './defineMachine.js';
export {
  type AttributionRule,
  type ChecklistItem,
  type ClassificationLevel,
  EDITORIAL_ACTIONS,
  type EditorialAction,
  type EditorialDelegationRule,
  type EditorialPermission,
  type EditorialPolicy,
  EditorialPolicySchema,
  type EditorialTopic,
  type WorkflowRole,
} from './EditorialPolicy.js';
export {
  type Assignment,
  type AttributeCondition,
  type DelegationRule,
  type GuardCommon,
  type GuardDefinition,
  type JsonObject,
  type JsonValue,
  type MachineDefinition,
  type MachineDelegationRule,
  type RequiredField,
  type StartDefinition,
  type StateDefinition,
  SYSTEM_ROLE,
  type TransitionDefinition,
  type TransitionPermission,
} from './MachineDefinition.js';
export { migrateSnapshot, type WorkflowSnapshotV1 } from './migrateSnapshot.js';
export {
  type QuestionKind,
  type QuestionPolicy,
  QuestionPolicySchema,
  type StatusNoticeField,
} from './QuestionPolicy.js';
export {
  buildStatusNotice,
  type QuestionStatus,
  questionStatus,
  type StatusNotice,
} from './questionStatus.js';
export { type SuspensionNoticePolicy, SuspensionNoticePolicySchema } from './SuspensionNoticePolicy.js';
export { startWorkflow } from './startWorkflow.js';
export type { DeadlineEvaluator, TransitionOptions } from './TransitionOptions.js';
export { toMermaid } from './toMermaid.js';
export {
  toXStateConfig,
  type XStateAdapter,
  type XStateWorkflowContext,
  type XStateWorkflowEvent,
} from './toXStateConfig.js';
export { type TransitionOutcome, transition } from './transition.js';
export { type WorkflowPolicies, WorkflowPoliciesSchema } from './WorkflowPolicies.js';
export {
  type AuditRecord,
  type Delegation,
  WORKFLOW_SNAPSHOT_VERSION,
  type WorkflowActor,
  type WorkflowEvent,
  type WorkflowSnapshot,
} from './WorkflowSnapshot.js';
