/**
 * Editorial workflows of Vietnamese government portals as pure, serialisable state machines: content
 * approval by the editorial board (Ban Biên tập), citizen questions and feedback with working-day deadlines,
 * consultations on drafts, and a hash-chained audit trail. The regulations' routing, roles and deadlines are
 * policy data (see `vn-portal-kit/profiles`); this engine never names a province.
 *
 * @packageDocumentation
 * @module workflow
 */
export {
  type ConsultationField,
  type ConsultationPolicy,
  ConsultationPolicySchema,
} from './ConsultationPolicy.js';
export {
  type AttributionRule,
  type ChecklistItem,
  type ClassificationLevel,
  type DelegationRule,
  EDITORIAL_ACTIONS,
  type EditorialAction,
  type EditorialPermission,
  type EditorialPolicy,
  EditorialPolicySchema,
  type EditorialTopic,
  type WorkflowRole,
} from './EditorialPolicy.js';
export {
  type QuestionKind,
  type QuestionPolicy,
  QuestionPolicySchema,
  type StatusNoticeField,
} from './QuestionPolicy.js';
export { type SuspensionNoticePolicy, SuspensionNoticePolicySchema } from './SuspensionNoticePolicy.js';
export { type WorkflowPolicies, WorkflowPoliciesSchema } from './WorkflowPolicies.js';
