import type { Finding } from '../../compliance/index.js';
import { SITE_RULES } from '../SITE_RULES.js';
import { siteFinding } from '../siteFinding.js';
import type { FetchOutcome } from './fetchWithRetry.js';

type Failure = Extract<FetchOutcome, { kind: 'failed' }>;

const WHAT = {
  home: { vi: 'Trang chủ', en: 'The homepage' },
  page: { vi: 'Trang', en: 'The page' },
  robots: { vi: 'Tệp robots.txt', en: 'robots.txt' },
  feed: { vi: 'Nguồn tin RSS/Atom', en: 'The RSS/Atom feed' },
  render: { vi: 'Trình duyệt không hiển thị được trang', en: 'The browser could not render the page' },
} as const;

/**
 * A failed fetch as a finding: a 404/410 reached by a link is a broken link (`site.links.broken`, with the
 * page and selector of the link); anything else is `site.fetch`. The homepage failing is an error: nothing
 * could be checked, and the report must not pass.
 */
export function failureFinding(
  url: string,
  failure: Failure,
  from: { readonly url: string; readonly selector: string } | undefined,
  what: keyof typeof WHAT,
): Finding {
  const evidence = {
    reason: failure.reason,
    ...(failure.status === undefined ? {} : { status: failure.status }),
    attempts: failure.attempts,
    ...(from ? { linkedFrom: from.url, linkSelector: from.selector } : {}),
  };
  const gone = failure.reason === 'status' && (failure.status === 404 || failure.status === 410);
  if (gone && from && what === 'page') {
    return siteFinding(SITE_RULES['site.links.broken'], {
      url: from.url,
      selector: from.selector,
      excerpt: url,
      message: {
        vi: `Liên kết hỏng tới ${url} (HTTP ${failure.status})`,
        en: `Broken link to ${url} (HTTP ${failure.status})`,
      },
      evidence: { ...evidence, target: url },
    });
  }
  const label = WHAT[what];
  return siteFinding(SITE_RULES['site.fetch'], {
    url,
    ...(what === 'home' ? { severity: 'error' as const } : {}),
    message:
      what === 'render'
        ? { vi: `${label.vi}: ${failure.message}`, en: `${label.en}: ${failure.message}` }
        : {
            vi: `${label.vi} không tải được: ${failure.message}${failure.attempts > 1 ? ` (sau ${failure.attempts} lần thử)` : ''}`,
            en: `${label.en} could not be fetched: ${failure.message}${failure.attempts > 1 ? ` (after ${failure.attempts} attempts)` : ''}`,
          },
    evidence,
  });
}
