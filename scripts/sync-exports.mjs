#!/usr/bin/env node
// Regenerates, from the folders of src/ that have an index.ts:
//   - package.json "exports" (one subpath per module, types first in each condition, .d.ts and .d.cts),
//   - src/index.ts (the root re-exports; heavy or tool-specific modules stay subpath-only),
//   - typedoc.json entry points.
// Run it after adding a module: `node scripts/sync-exports.mjs`. `--check` exits 1 when anything is stale.
import { existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';

const NOT_A_SUBPATH = new Set(['cli']);
/**
 * Subpaths not re-exported from the root: `units` carries ~800 kB of data, `vitest` needs vitest, `playwright`
 * drives a browser from Node (optional peers playwright-core and axe-core), `site` crawls over Node's network.
 */
const NOT_IN_ROOT = new Set(['cli', 'units', 'vitest', 'playwright', 'site']);
const ORDER = [
  'core',
  'text',
  'calendar',
  'documents',
  'categories',
  'profiles',
  'domains',
  'units',
  'workflow',
  'royalty',
  'compliance',
  'feeds',
  'site',
  'vitest',
  'playwright',
];

const modules = readdirSync('src', { withFileTypes: true })
  .filter((d) => d.isDirectory() && !d.name.startsWith('_') && existsSync(`src/${d.name}/index.ts`))
  .map((d) => d.name)
  .filter((m) => !NOT_A_SUBPATH.has(m))
  .sort((a, b) => (ORDER.indexOf(a) + 1 || 99) - (ORDER.indexOf(b) + 1 || 99) || a.localeCompare(b));

const cond = (base) => ({
  import: { types: `./dist/${base}.d.ts`, default: `./dist/${base}.js` },
  require: { types: `./dist/${base}.d.cts`, default: `./dist/${base}.cjs` },
});
const exportsField = { '.': cond('index') };
for (const m of modules) exportsField[`./${m}`] = cond(`${m}/index`);
/** The inventory format as JSON Schema (generated from InventorySchema; test/compliance/inventorySchema.test.ts). */
exportsField['./inventory.schema.json'] = './examples/inventory/inventory.schema.json';
exportsField['./package.json'] = './package.json';

const pkg = JSON.parse(readFileSync('package.json', 'utf8'));
const nextPkg = `${JSON.stringify({ ...pkg, exports: exportsField }, null, 2)}\n`;

const rootIndex = [
  '/**',
  ' * vn-portal-kit: the regulations of Vietnamese government e-portals as code. This root entry re-exports',
  ` * every module except ${[...NOT_IN_ROOT]
    .filter((m) => m !== 'cli')
    .map((m) => `\`${m}\``)
    .join(' and ')} (import those from their subpaths).`,
  ' * Prefer the subpaths (`vn-portal-kit/calendar`, ...) in browsers: each carries only its own data.',
  ' *',
  ' * @packageDocumentation',
  ' * @module vn-portal-kit',
  ' */',
  ...modules.filter((m) => !NOT_IN_ROOT.has(m)).map((m) => `export * from './${m}/index.js';`),
  '',
].join('\n');

const typedoc = `${JSON.stringify(
  {
    $schema: 'https://typedoc.org/schema.json',
    entryPoints: modules.map((m) => `src/${m}/index.ts`),
    out: 'site',
    name: 'vn-portal-kit',
    readme: 'README.md',
    projectDocuments: ['docs/*.md'],
    excludePrivate: true,
    disableSources: true,
    // SITE_RULES's key type is read off this private table of rule definitions.
    intentionallyNotExported: ['src/site/SITE_RULES.ts:rules'],
    highlightLanguages: [
      'bash',
      'console',
      'css',
      'html',
      'javascript',
      'json',
      'jsonc',
      'json5',
      'yaml',
      'tsx',
      'typescript',
      'ts',
      'sh',
      'mermaid',
      'xml',
      'csv',
      'text',
    ],
    excludeInternal: true,
    treatWarningsAsErrors: true,
    validation: { notExported: true, invalidLink: true, notDocumented: true },
    requiredToBeDocumented: ['Function', 'Class', 'Interface', 'TypeAlias', 'Variable', 'Enum'],
    tsconfig: 'tsconfig.json',
  },
  null,
  2,
)}\n`;

const check = process.argv.includes('--check');
let stale = false;
for (const [file, text] of [
  ['package.json', nextPkg],
  ['src/index.ts', rootIndex],
  ['typedoc.json', typedoc],
]) {
  const current = existsSync(file) ? readFileSync(file, 'utf8') : '';
  if (current === text) continue;
  if (check) {
    console.error(`${file} is stale: run node scripts/sync-exports.mjs`);
    stale = true;
  } else writeFileSync(file, text);
}
if (stale) process.exit(1);
console.log(`modules: ${modules.join(', ')}`);
