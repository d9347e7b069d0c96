import { existsSync, readdirSync } from 'node:fs';
import { defineConfig } from 'tsup';

/** Every folder of src/ with an index.ts is a subpath export (see scripts/sync-exports.mjs). */
const modules = readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.startsWith('_') && existsSync(`src/${d.name}/index.ts`))
  .map((d) => d.name);

const entry: Record<string, string> = { index: 'src/index.ts' };
for (const m of modules) entry[`${m}/index`] = `src/${m}/index.ts`;

export default defineConfig({
  entry,
  format: ['esm', 'cjs'],
  dts: true,
  clean: true,
  splitting: true,
  treeshake: true,
  sourcemap: false,
  target: 'es2022',
  platform: 'neutral',
  external: ['vitest', /^node:/],
  // Keep Vietnamese text as UTF-8 in the output instead of \uXXXX escapes: readable, and smaller.
  esbuildOptions(options) {
    options.charset = 'utf8';
  },
  outExtension: ({ format }) => ({ js: format === 'cjs' ? '.cjs' : '.js' }),
});
