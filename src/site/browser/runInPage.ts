import type { Page } from 'playwright-core';

/**
 * Runs a self-contained function in the page with a JSON argument. The function is sent as source text, with a
 * no-op `__name` in scope: transpilers that keep function names (esbuild's `keepNames`, used by tsx) wrap
 * nested functions in `__name(…)` calls that do not exist in the page.
 */
export async function runInPage<A, R>(page: Page, fn: (arg: A) => R | Promise<R>, arg: A): Promise<R> {
  const source = `(() => { const __name = (f) => f; return (${fn.toString()})(${JSON.stringify(arg)}); })()`;
  return (await page.evaluate(source)) as R;
}
