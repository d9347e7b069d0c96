/** The part of `playwright-core` this library uses. */
export type PlaywrightCore = typeof import('playwright-core');

/**
 * Imports the optional peer `playwright-core`, or `undefined` when it is not installed.
 */
export async function loadPlaywright(): Promise<PlaywrightCore | undefined> {
  try {
    const mod = (await import('playwright-core')) as PlaywrightCore & { default?: PlaywrightCore };
    return mod.chromium ? mod : mod.default;
  } catch {
    return undefined;
  }
}
