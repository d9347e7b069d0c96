import { existsSync, readFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

/**
 * The folder of the installed `vn-portal-kit` package (or of this repository): the nearest folder above
 * `from` whose package.json is named `vn-portal-kit`. `undefined` when there is none (a CommonJS build, where
 * `import.meta.url` is empty, or a copy of the code outside the package).
 */
export function packageRoot(from: string | undefined = import.meta.url): string | undefined {
  let dir: string;
  try {
    dir = dirname(fileURLToPath(from as string));
  } catch {
    return undefined;
  }
  for (;;) {
    const file = join(dir, 'package.json');
    if (existsSync(file)) {
      try {
        if (JSON.parse(readFileSync(file, 'utf8')).name === 'vn-portal-kit') return dir;
      } catch {
        // An unreadable package.json is not ours: keep looking above it.
      }
    }
    const up = dirname(dir);
    if (up === dir) return undefined;
    dir = up;
  }
}

/**
 * A file shipped in the package (`examples/…`, listed in package.json `files`), as an absolute path, so that
 * `npx vn-portal-kit demo` finds it from any folder; the relative path itself when the package root is unknown.
 */
export function packagedFile(relative: string): string {
  const root = packageRoot();
  return root === undefined ? relative : join(root, relative);
}
