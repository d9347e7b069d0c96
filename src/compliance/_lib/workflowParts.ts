import type { CivilDate } from '../../core/index.js';
import type { HostnameScheme } from '../../domains/index.js';
import * as profilesModule from '../../profiles/index.js';
import { nationalProfileAt, type Profile } from '../../profiles/index.js';
import type { WorkflowPolicies } from '../../workflow/index.js';
import type { AuditPolicy } from '../AuditPolicy.js';

type WorkflowPart = Pick<AuditPolicy, 'qa' | 'consultation' | 'editorial' | 'classifiedBan' | 'hostnames'>;

/** A profile that may carry its workflow policies (`vn-portal-kit/profiles` data). */
interface WithWorkflow {
  readonly workflow?: WorkflowPolicies | undefined;
}

/**
 * The workflow policies of a regulation: the profile's `workflow` when it carries one, else the
 * `WORKFLOW_<REGULATION>` table the profiles module ships for it (`WORKFLOW_VP_32_2023` for `VP-32-2023`).
 */
function workflowOf(p: Profile | undefined): WorkflowPolicies | undefined {
  if (!p) return undefined;
  const own = (p as Profile & WithWorkflow).workflow;
  if (own) return own;
  const table = (profilesModule as Record<string, unknown>)[`WORKFLOW_${p.regulationId.replace(/-/g, '_')}`];
  return typeof table === 'object' && table !== null ? (table as WorkflowPolicies) : undefined;
}

const inForce = (s: HostnameScheme | undefined, on: CivilDate): boolean =>
  s !== undefined &&
  (s.validFrom === undefined || s.validFrom <= on) &&
  (s.validTo === undefined || on <= s.validTo);

/**
 * The Q&A, consultation and editorial policies and the host-name scheme that bind a portal on `asOf`: the
 * profile's own, else the national decree's in force on that date. For host names, of the profile's scheme
 * and the national decree's, the one in force that took effect last applies (ND 224/2026 Art. 11.4 puts
 * communes under the province from 2026-07-01, whatever an older provincial scheme said).
 */
export function workflowPolicyParts(p: Profile, asOf: CivilDate): WorkflowPart {
  const national = p.level === 'national' ? undefined : nationalProfileAt(asOf);
  const nationalProfile = national?.ok ? national.value : undefined;
  const own = workflowOf(p);
  const fallback = workflowOf(nationalProfile);
  const editorial = own?.editorial ?? fallback?.editorial;
  const questions = own?.questions ?? fallback?.questions;
  const consultations = own?.consultations ?? fallback?.consultations;

  const part: {
    -readonly [K in keyof WorkflowPart]: WorkflowPart[K];
  } = {};
  if (questions) {
    part.qa = {
      kinds: questions.kinds.flatMap((k) =>
        k.deadline ? [{ id: k.id, rule: k.deadline, citation: k.citation }] : [],
      ),
      defaultKind: questions.defaultKind,
      answererRoles: questions.answerers.roles,
      delegable: questions.answerers.delegable,
      answererCitation: questions.answerers.citation,
    };
  }
  if (consultations) {
    const map = {
      fullText: 'fullText',
      comments: 'showsComments',
      commentForm: 'acceptsComments',
      receivingUnitEmail: 'contactEmail',
    } as const;
    const functions = consultations.requiredFields.fields
      .map((f) => (f in map ? map[f as keyof typeof map] : undefined))
      .filter((f): f is (typeof map)[keyof typeof map] => f !== undefined);
    part.consultation = {
      ...(consultations.minimumCommentPeriod
        ? {
            minimum: {
              rule: consultations.minimumCommentPeriod.rule,
              citation: consultations.minimumCommentPeriod.citation,
            },
          }
        : {}),
      requiredFunctions: functions,
      citation: consultations.requiredFields.citation,
    };
  }
  if (editorial) {
    const approvers = editorial.permissions.filter((x) => x.action === 'approve').flatMap((x) => x.roles);
    const citation = editorial.approvalRequired[0];
    if (citation) {
      part.editorial = {
        approverRoles: [...new Set(approvers)],
        separationOfDuties: true,
        citation,
      };
    }
    if (editorial.classification && editorial.classification.neverPublish.length > 0) {
      part.classifiedBan = editorial.classification.citation;
    }
  }
  const candidates = [p.hostnames, nationalProfile?.hostnames].filter((s): s is HostnameScheme =>
    inForce(s, asOf),
  );
  candidates.sort((a, b) =>
    (b.validFrom ?? '') < (a.validFrom ?? '') ? -1 : (b.validFrom ?? '') > (a.validFrom ?? '') ? 1 : 0,
  );
  const scheme = candidates[0];
  if (scheme) part.hostnames = { scheme, schemeId: scheme.id, citation: scheme.citation };
  return part;
}
