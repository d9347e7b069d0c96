/**
 * Shared types and helpers of vn-portal-kit: localized text, citations, issues and results, the error class
 * of the throwing variants, and Vietnamese civil dates (UTC+07:00) that do not depend on the host time zone.
 *
 * @packageDocumentation
 * @module core
 */
export { type Citation, cite } from './Citation.js';
export {
  addCalendarDays,
  type CivilDate,
  civilDateToDays,
  civilFromDays,
  type DateInput,
  dayOfWeek,
  daysFromCivil,
  daysInMonth,
  daysToCivilDate,
  formatCivilDate,
  formatVnDateTime,
  isCivilDate,
  parseCivilDate,
  toCivilDate,
  todayInVietnam,
  toInstant,
  VN_UTC_OFFSET_MINUTES,
  vnDateTimeParts,
  vnInstant,
} from './civilDate.js';
export {
  CLASSIFICATION_MARKS,
  type ClassificationMark,
  classificationMark,
  isPublishableClassification,
  normaliseClassification,
} from './classification.js';
export { deepFreeze } from './deepFreeze.js';
export {
  type CreateIssueOptions,
  createIssue,
  formatIssue,
  formatPath,
  type Issue,
  type IssuePath,
  type IssueSeverity,
  prefixIssuePath,
} from './Issue.js';
export { type Language, type LocalizedText, localized } from './LocalizedText.js';
export { type Err, err, type Ok, ok, type Result, unwrap } from './Result.js';
export { VnPortalKitError } from './VnPortalKitError.js';
