#!/usr/bin/env node
// `npm run demo`: builds only what the demo runs, the CLI, as one ESM file without type declarations
// (esbuild, about a second), then runs `vn-portal-kit demo` with the arguments given after `--`.
// The full build (`npm run build`: every subpath, ESM + CJS + .d.ts) is what npm publishes; the demo does not
// need it. Progress goes to standard error, so the demo's own output can be piped.
import { spawnSync } from 'node:child_process';
import { performance } from 'node:perf_hooks';
import { build } from 'esbuild';

const out = '.tmp/demo/vn-portal-kit.mjs';
const seconds = (t0) => `${((performance.now() - t0) / 1000).toFixed(1)} s`;

const t0 = performance.now();
process.stderr.write('[1/2] building the CLI (esbuild, no type declarations)… ');
await build({
  entryPoints: ['src/cli/index.ts'],
  outfile: out,
  bundle: true,
  format: 'esm',
  platform: 'node',
  target: 'node20',
  packages: 'external',
  charset: 'utf8',
  logLevel: 'error',
});
process.stderr.write(`${seconds(t0)}\n[2/2] vn-portal-kit demo ${process.argv.slice(2).join(' ')}\n\n`);

const t1 = performance.now();
const run = spawnSync(process.execPath, [out, 'demo', ...process.argv.slice(2)], { stdio: 'inherit' });
process.stderr.write(`\ndemo ran in ${seconds(t1)} (total ${seconds(t0)})\n`);
process.exitCode = run.status ?? 1;
