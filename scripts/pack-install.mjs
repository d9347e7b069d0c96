#!/usr/bin/env node
// Packs the package (`npm pack`, what npm publishes) and installs the tarball into a scratch project the way
// `npm install <tarball>` lays it out: node_modules/vn-portal-kit holds exactly the packed files, and the
// runtime dependencies are linked from this repository's node_modules (no network). Prints the project
// folder. Used by scripts/run-examples.sh and scripts/bundle-size.mjs; importable as `packAndInstall()`.
import { execFileSync } from 'node:child_process';
import { mkdirSync, mkdtempSync, readFileSync, symlinkSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = resolve(dirname(fileURLToPath(import.meta.url)), '..');

/**
 * Packs and installs; returns `{ app, tarball }`: the project folder (with `package.json` and
 * `node_modules/vn-portal-kit`) and the tarball path.
 */
export function packAndInstall(into = mkdtempSync(join(tmpdir(), 'vn-portal-kit-pack-'))) {
  const out = execFileSync('npm', ['pack', '--silent', '--pack-destination', into], {
    cwd: root,
    encoding: 'utf8',
  });
  const tarball = join(into, out.trim().split('\n').pop());
  const app = join(into, 'app');
  const pkgDir = join(app, 'node_modules', 'vn-portal-kit');
  mkdirSync(pkgDir, { recursive: true });
  execFileSync('tar', ['-xzf', tarball, '-C', pkgDir, '--strip-components=1']);
  const pkg = JSON.parse(readFileSync(join(root, 'package.json'), 'utf8'));
  for (const dep of Object.keys(pkg.dependencies ?? {})) {
    mkdirSync(dirname(join(app, 'node_modules', dep)), { recursive: true });
    symlinkSync(join(root, 'node_modules', dep), join(app, 'node_modules', dep));
  }
  writeFileSync(join(app, 'package.json'), '{ "private": true, "type": "module" }\n');
  return { app, tarball };
}

if (process.argv[1] && resolve(process.argv[1]) === fileURLToPath(import.meta.url)) {
  const { app } = packAndInstall(process.argv[2] ? resolve(process.argv[2]) : undefined);
  console.log(app);
}
