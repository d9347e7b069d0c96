import { accessSync, constants, statSync } from 'node:fs';
import { delimiter, join } from 'node:path';

/** The names tried on `PATH`, in order: Debian's `chromium` first. */
const PATH_NAMES = ['chromium', 'chromium-browser', 'google-chrome-stable', 'google-chrome'];

/**
 * Where the Chromium to drive comes from: the caller's option, the `VN_PORTAL_KIT_CHROMIUM` environment
 * variable, or a search of `PATH`.
 *
 * @example
 * ```ts
 * import type { ChromiumLocation } from 'vn-portal-kit/playwright';
 * const l: ChromiumLocation = { executablePath: '/usr/bin/chromium', from: 'path' };
 * l.from //=> 'path'
 * ```
 */
export interface ChromiumLocation {
  readonly executablePath: string;
  readonly from: 'option' | 'env' | 'path';
}

/**
 * Options of {@link findChromium}; `env` defaults to `process.env` (injectable for tests).
 *
 * @example
 * ```ts
 * import type { FindChromiumOptions } from 'vn-portal-kit/playwright';
 * const o: FindChromiumOptions = { env: { PATH: '/usr/bin' } };
 * o.env?.PATH //=> '/usr/bin'
 * ```
 */
export interface FindChromiumOptions {
  /** An explicit executable; wins over everything else. */
  readonly executablePath?: string | undefined;
  readonly env?: Readonly<Record<string, string | undefined>>;
}

function isExecutableFile(path: string): boolean {
  try {
    if (!statSync(path).isFile()) return false;
    accessSync(path, constants.X_OK);
    return true;
  } catch {
    return false;
  }
}

/**
 * Finds a Chromium executable: `options.executablePath`, else `VN_PORTAL_KIT_CHROMIUM`, else the first of
 * `chromium`, `chromium-browser`, `google-chrome-stable`, `google-chrome` on `PATH`. An option or variable
 * naming a missing file is returned as is (launching it then reports the error); `undefined` when `PATH`
 * has none.
 *
 * @example
 * ```ts
 * import { findChromium } from 'vn-portal-kit/playwright';
 * findChromium({ executablePath: '/opt/chrome/chrome', env: {} }) //=> { executablePath: '/opt/chrome/chrome', from: 'option' }
 * findChromium({ env: { VN_PORTAL_KIT_CHROMIUM: '/x/chromium', PATH: '' } })?.from //=> 'env'
 * findChromium({ env: { PATH: '' } }) //=> undefined
 * ```
 */
export function findChromium(options: FindChromiumOptions = {}): ChromiumLocation | undefined {
  if (options.executablePath) return { executablePath: options.executablePath, from: 'option' };
  const env = options.env ?? process.env;
  const fromEnv = env.VN_PORTAL_KIT_CHROMIUM;
  if (fromEnv) return { executablePath: fromEnv, from: 'env' };
  for (const dir of (env.PATH ?? '').split(delimiter)) {
    if (dir === '') continue;
    for (const name of PATH_NAMES) {
      const candidate = join(dir, name);
      if (isExecutableFile(candidate)) return { executablePath: candidate, from: 'path' };
    }
  }
  return undefined;
}
