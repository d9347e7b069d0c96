/**
 * Syntax of a provision id: `<REG>` or `<REG>/<article>[.<clause>[.<point>]][#note]`, e.g. `VP-32-2023/6.2`,
 * `TN-40-2012/19.d2`, `NX-2112-2022/7#mat`, `ND-30-2020/PL-III`. Linear: no nested quantifiers over the same
 * characters, and the length is capped before matching.
 */
const CITATION_ID_RE =
  /^[A-Z][A-Z0-9]*(?:-[A-Z0-9]+)*(?:\/[0-9A-Za-zđ-]+(?:\.[0-9A-Za-zđ]+)*(?:#[a-z0-9-]+)?)?$/;

/** Longest accepted provision id. */
export const MAX_CITATION_ID_LENGTH = 120;

/** Whether `id` is a syntactically valid provision id. */
export function isCitationId(id: string): boolean {
  return id.length > 0 && id.length <= MAX_CITATION_ID_LENGTH && CITATION_ID_RE.test(id);
}

/** The regulation part of a provision id (`'VP-32-2023/6.2'` → `'VP-32-2023'`). */
export function regulationOf(id: string): string {
  const slash = id.indexOf('/');
  return slash === -1 ? id : id.slice(0, slash);
}
