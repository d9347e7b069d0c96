import { createIssue, type Issue, type IssuePath, localized } from '../../core/index.js';
import type { HostnameScheme } from '../HostnameScheme.js';

/** The issue for a unit kind the scheme gives no host-name rule (with the kinds it does cover). */
export function kindNotInScheme(scheme: HostnameScheme, kind: string, path: IssuePath): Issue {
  return createIssue(
    'domains.kind-not-in-scheme',
    localized(
      `Quy định ${scheme.id} không đặt tên miền cho loại đơn vị “${kind}”`,
      `The scheme ${scheme.id} has no host-name rule for “${kind}”`,
    ),
    { path, citation: scheme.citation, details: { kinds: scheme.rules.map((r) => r.kind) } },
  );
}
